import { useNavigate } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-client';
import { useCreatePersonServedLink, useStartChecklist } from './use-checklists';

/**
 * Feedback from someone the peer specialist supports: a one-time link for their own phone, or the short form on this
 * device ("hand the tablet"). Nothing about the person served is stored — only their answers.
 */
export function AskFeedbackCard({ subjectId }: { subjectId: string }) {
  const link = useCreatePersonServedLink();
  const start = useStartChecklist();
  const navigate = useNavigate();
  return (
    <section className="card" id="ask-feedback" aria-labelledby="ask-feedback-title" tabIndex={-1}>
      <h2 id="ask-feedback-title" className="card-title">
        Ask someone you support for feedback
      </h2>
      <p className="muted">
        A few short questions in plain language about how your time together feels. Their name is never asked for or kept.
      </p>
      <div className="ask-feedback">
        <div className="ask-feedback__option">
          <h3>Send them a link</h3>
          <p className="small">They open it on their own phone. Each link works once and for two weeks.</p>
          <Button onClick={() => link.mutate(subjectId)} loading={link.isPending}>
            {link.data ? 'Create another link' : 'Create a feedback link'}
          </Button>
          {link.data ? (
            <div className="ask-feedback__link" role="status">
              <code>{link.data.url}</code>
              <CopyButton text={link.data.url} label="Copy link" />
              <p className="muted small">Works once, until {formatDateTime(link.data.expiresAt)}.</p>
            </div>
          ) : null}
          {link.isError ? (
            <Alert tone="danger" title="No link was created">
              {errorMessage(link.error)}
            </Alert>
          ) : null}
        </div>
        <div className="ask-feedback__option">
          <h3>Hand them this device</h3>
          <p className="small">A calm full-screen form with none of your account showing. When they’re done, you tap to return.</p>
          <Button
            onClick={() =>
              start.mutate({ raterType: 'PERSON_SERVED', subjectId }, { onSuccess: (c) => navigate(`/checklists/${c.id}/hand-over`) })
            }
            loading={start.isPending}
          >
            Hand the tablet over
          </Button>
          {start.isError ? (
            <Alert tone="danger" title="The form didn’t open">
              {errorMessage(start.error)}
            </Alert>
          ) : null}
        </div>
      </div>
    </section>
  );
}
