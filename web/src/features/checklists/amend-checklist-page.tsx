import type { InstrumentDefinition, RaterType } from '@tandem/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button, ButtonLink } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { TextAreaField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import { errorMessage, isApiError } from '../../lib/graphql-client';
import { useViewer } from '../auth/use-auth';
import { answersFromServer, parseDefinition, stepsFor, type AnswerState, type LocalAnswer } from './checklist-definition';
import { ChecklistReview } from './checklist-review';
import { ChecklistStepper } from './checklist-stepper';
import { checklistTitle } from './checklist-wording';
import { useAmendChecklist, useChecklist, type ChecklistDetail } from './use-checklists';
import './checklists.css';
import { TEXT_LIMITS } from '@tandem/shared';

function changedAnswers(before: AnswerState, after: AnswerState) {
  return Object.entries(after).flatMap(([itemCode, a]) => {
    const old = before[itemCode];
    if (a.value === undefined) return [];
    if (old && old.value === a.value && old.comment === a.comment) return [];
    return [{ itemCode, value: a.value, comment: a.comment }];
  });
}

function AmendForm({ checklist, def }: { checklist: ChecklistDetail; def: InstrumentDefinition }) {
  const raterType = checklist.raterType as RaterType;
  const steps = useMemo(() => stepsFor(def, raterType), [def, raterType]);
  const [original] = useState(() => answersFromServer(checklist.answers));
  const [answers, setAnswers] = useState<AnswerState>(original);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const amend = useAmendChecklist();
  const navigate = useNavigate();
  const toast = useToast();
  const patch = (itemCode: string, change: Partial<LocalAnswer>) =>
    setAnswers((all) => ({ ...all, [itemCode]: { ...(all[itemCode] ?? { value: undefined, comment: '' }), ...change } }));
  const changes = changedAnswers(original, answers);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setReasonError('Say briefly why the answers are changing (it is kept in the history).');
      document.getElementById('amend-reason')?.focus();
      return;
    }
    setReasonError(null);
    amend.mutate(
      { checklistId: checklist.id, version: checklist.version, answers: changes, reason: reason.trim() },
      {
        onSuccess: (updated) => {
          toast.show(`Changes saved as revision ${updated.revision}.`);
          navigate(`/checklists/${checklist.id}`);
        },
      },
    );
  };

  return (
    <ChecklistStepper
      initialStep={0}
      def={def}
      raterType={raterType}
      steps={steps}
      answers={answers}
      onValue={(code, value) => patch(code, { value })}
      onComment={(code, comment) => patch(code, { comment })}
      status={<p className="save-indicator">{changes.length === 0 ? 'No answers changed yet' : `${changes.length} ${changes.length === 1 ? 'answer' : 'answers'} changed — saved when you confirm below`}</p>}
      renderReview={(goToItem) => (
        <ChecklistReview def={def} raterType={raterType} steps={steps} answers={answers} goToItem={goToItem}>
          <form className="stack" onSubmit={handleSubmit} noValidate>
            <TextAreaField
              id="amend-reason"
              label="Why are the answers changing?"
              description="Kept with the checklist’s history, so anyone reading it later understands the change."
              className="field--prose"
              value={reason}
              maxLength={TEXT_LIMITS.amendReason}
              onChange={(e) => setReason(e.target.value)}
              error={reasonError}
            />
            {amend.isError ? (
              <Alert tone="danger" title="The changes weren’t saved">
                {isApiError(amend.error, 'CONFLICT') ? 'This checklist was changed elsewhere. Reload the page to start from the latest answers.' : errorMessage(amend.error)}
              </Alert>
            ) : null}
            <div className="form-actions">
              <Button type="submit" variant="primary" loading={amend.isPending} disabled={changes.length === 0}>
                Save changes as a new revision
              </Button>
              <ButtonLink to={`/checklists/${checklist.id}`} variant="ghost">
                Cancel
              </ButtonLink>
            </div>
          </form>
        </ChecklistReview>
      )}
    />
  );
}

/** Changing a submitted checklist: the same steps, then a reason; the earlier revision is kept. */
export function AmendChecklistPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const query = useChecklist(id);
  const def = useMemo(() => (query.data ? parseDefinition(query.data.instrumentVersion.definitionJson) : null), [query.data]);
  const back = <Link to={`/checklists/${id}`}>Back to the result</Link>;
  if (query.isPending) {
    return (
      <>
        <PageHeader title="Change answers" breadcrumb={back} />
        <div className="card">
          <Skeleton lines={6} label="Loading the checklist" />
        </div>
      </>
    );
  }
  if (query.isError || !def) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  const allowed = c.status === 'SUBMITTED' && c.raterId === viewer.id && c.raterType !== 'PERSON_SERVED';
  return (
    <>
      <PageHeader
        title={`Change answers: ${checklistTitle(c.raterType as RaterType, c.subject.name, c.subjectId === viewer.id).replace(/^Your /, 'your ')}`}
        description="Changes are saved as a new revision; the earlier answers stay in the history."
        breadcrumb={back}
      />
      {allowed ? (
        <AmendForm key={`${c.id}:${c.version}`} checklist={c} def={def} />
      ) : (
        <Alert tone="info" title="These answers can’t be changed here">
          Only the person who rated can change a submitted checklist, and feedback from people supported stays as it was given.
        </Alert>
      )}
    </>
  );
}
