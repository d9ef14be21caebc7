import { useMemo, useState } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { LoadingState } from '../../components/ui/spinner';
import { errorMessage, isApiError } from '../../lib/graphql-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMe } from '../auth/use-auth';
import { CalmLayout } from '../feedback/calm-layout';
import { PlainLanguageForm, type PlainAnswer } from '../feedback/plain-language-form';
import { ThankYou } from '../feedback/thank-you';
import { parseDefinition } from './checklist-definition';
import { forgetSubmitKey, submitKeyFor } from './submit-key';
import { useChecklist, useSaveChecklistAnswers, useSubmitChecklist, type ChecklistDetail } from './use-checklists';

/** Saves every answer and submits, once (the idempotency key survives a retry). One reload on a version conflict. */
function useSendTabletAnswers(checklist: ChecklistDetail | undefined, refetch: () => Promise<{ data?: ChecklistDetail }>) {
  const save = useSaveChecklistAnswers();
  const submit = useSubmitChecklist();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (answers: PlainAnswer[]) => {
    if (!checklist) return;
    setPending(true);
    setError(null);
    const input = (version: number) => ({ checklistId: checklist.id, version, answers: answers.map((a) => ({ ...a, comment: '' })) });
    try {
      try {
        await save.mutateAsync(input(checklist.version));
      } catch (e) {
        if (!isApiError(e, 'CONFLICT')) throw e;
        const fresh = (await refetch()).data;
        if (!fresh) throw e;
        await save.mutateAsync(input(fresh.version));
      }
      await submit.mutateAsync({ checklistId: checklist.id, idempotencyKey: submitKeyFor(checklist.id) });
      forgetSubmitKey(checklist.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  };
  return { send, pending, error };
}

/**
 * "Hand the tablet": the person-served short form on the staff member's own device, full screen, with none of their
 * account showing. After sending, a thank-you screen waits for the staff member to tap "Return to my account".
 */
export function HandOverPage() {
  useDocumentTitle('Your feedback');
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const query = useChecklist(id);
  const def = useMemo(() => (query.data ? parseDefinition(query.data.instrumentVersion.definitionJson) : null), [query.data]);
  const tablet = useSendTabletAnswers(query.data, () => query.refetch());
  const [leaving, setLeaving] = useState(false);

  if (me.isError && isApiError(me.error, 'UNAUTHENTICATED')) {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  }
  if (me.isPending || query.isPending) {
    return (
      <CalmLayout>
        <LoadingState label="Opening the form" />
      </CalmLayout>
    );
  }
  if (me.isError || query.isError || !def) {
    return (
      <CalmLayout>
        <div className="calm__card">
          <h1>The form didn’t open</h1>
          <Alert tone="danger">{errorMessage(me.error ?? query.error)}</Alert>
          <p>
            <Button onClick={() => navigate('/checklists')}>Return to my account</Button>
          </p>
        </div>
      </CalmLayout>
    );
  }
  const checklist = query.data;
  if (checklist.raterType !== 'PERSON_SERVED') return <Navigate to={`/checklists/${checklist.id}`} replace />;
  const firstName = me.data.me.name.split(/\s+/)[0] ?? me.data.me.name;
  const organizationName = me.data.me.organization.name;
  const returnToAccount = () => navigate('/checklists', { replace: true });

  if (checklist.status === 'SUBMITTED') {
    return (
      <CalmLayout organizationName={organizationName}>
        <ThankYou>
          <p>Your answers have been saved. Thank you for taking the time.</p>
          <p>Please hand the device back to {firstName} now.</p>
          <div className="calm__return">
            <p className="muted small">For {firstName}:</p>
            <Button variant="secondary" onClick={returnToAccount}>
              Return to my account
            </Button>
          </div>
        </ThankYou>
      </CalmLayout>
    );
  }

  return (
    <CalmLayout organizationName={organizationName}>
      <PlainLanguageForm def={def} peerFirstName={firstName} pending={tablet.pending} error={tablet.error} onSubmit={(a) => void tablet.send(a)} />
      <div className="calm__leave">
        <button type="button" className="link-button" onClick={() => setLeaving(true)}>
          Stop and hand back to {firstName}
        </button>
      </div>
      <ConfirmDialog
        open={leaving}
        title={`Hand back to ${firstName}?`}
        description="Nothing is sent. The form stays as a draft you can open again later."
        confirmLabel="Hand back"
        tone="primary"
        onCancel={() => setLeaving(false)}
        onConfirm={returnToAccount}
      />
    </CalmLayout>
  );
}
