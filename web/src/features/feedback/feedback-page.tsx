import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { LoadingState } from '../../components/ui/spinner';
import { errorMessage, isApiError } from '../../lib/graphql-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { parseDefinition } from '../checklists/checklist-definition';
import { CalmLayout } from './calm-layout';
import { PlainLanguageForm } from './plain-language-form';
import { ThankYou } from './thank-you';
import { usePersonServedForm, useSubmitPersonServedFeedback } from './use-feedback';

function LinkGone() {
  return (
    <div className="calm__card">
      <h1>This link can’t be used any more</h1>
      <p>
        Each feedback link works once and for two weeks. If you have just sent your answers, they arrived safely — thank you.
        Otherwise, ask the person who sent it for a new link.
      </p>
    </div>
  );
}

/** The public person-served form at /feedback/:token: no sign-in, no app shell, nothing stored about the person. */
export function FeedbackPage() {
  useDocumentTitle('Your feedback');
  const { token = '' } = useParams();
  const form = usePersonServedForm(token);
  const submit = useSubmitPersonServedFeedback();
  const [sent, setSent] = useState(false);
  const def = useMemo(() => (form.data ? parseDefinition(form.data.definitionJson) : null), [form.data]);

  if (form.isPending) {
    return (
      <CalmLayout>
        <LoadingState label="Opening the form" />
      </CalmLayout>
    );
  }
  if (form.isError || !def) {
    return (
      <CalmLayout>
        {isApiError(form.error, 'NOT_FOUND') || isApiError(form.error, 'BAD_USER_INPUT') ? (
          <LinkGone />
        ) : (
          <div className="calm__card">
            <h1>The form didn’t open</h1>
            <Alert tone="danger">{errorMessage(form.error)}</Alert>
            <p>
              <Button onClick={() => void form.refetch()}>Try again</Button>
            </p>
          </div>
        )}
      </CalmLayout>
    );
  }
  const { peerFirstName, organizationName } = form.data;
  if (sent) {
    return (
      <CalmLayout organizationName={organizationName}>
        <ThankYou>
          <p>Your answers have been sent. They help {peerFirstName} keep their support truly shared with the people they work with.</p>
          <p className="muted">You can close this page now.</p>
        </ThankYou>
      </CalmLayout>
    );
  }
  if (submit.isError && isApiError(submit.error, 'NOT_FOUND')) {
    return (
      <CalmLayout organizationName={organizationName}>
        <LinkGone />
      </CalmLayout>
    );
  }
  return (
    <CalmLayout organizationName={organizationName}>
      <PlainLanguageForm
        def={def}
        peerFirstName={peerFirstName}
        pending={submit.isPending}
        error={submit.isError ? errorMessage(submit.error) : null}
        onSubmit={(answers) => submit.mutate({ token, answers }, { onSuccess: () => setSent(true) })}
      />
    </CalmLayout>
  );
}
