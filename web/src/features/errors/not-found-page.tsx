import { ButtonLink } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="The address may be mistyped, or the page has moved." />
      <ButtonLink to="/" variant="primary">
        Go to Home
      </ButtonLink>
    </>
  );
}
