import { checklistCompleteness, type InstrumentDefinition, type RaterType } from '@tandem/shared';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { useToast } from '../../components/ui/toast';
import { errorMessage, isApiError } from '../../lib/graphql-client';
import { scoringAnswers, stepsFor, type AnswerState } from './checklist-definition';
import { ChecklistReview } from './checklist-review';
import { ChecklistStepper } from './checklist-stepper';
import { SaveStatus } from '../../components/ui/save-status';
import { forgetSubmitKey, submitKeyFor } from './submit-key';
import { useChecklistAutosave } from './use-checklist-autosave';
import { useSubmitChecklist, type ChecklistDetail } from './use-checklists';

interface SubmitProblem {
  title: string;
  message?: string;
  problems: string[];
}

function serverProblems(error: unknown): string[] {
  const problems = isApiError(error) ? error.details.problems : undefined;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
}

function safeCompleteness(def: InstrumentDefinition, raterType: RaterType, answers: AnswerState) {
  try {
    return checklistCompleteness(def, raterType, scoringAnswers(answers));
  } catch (error) {
    return { canSubmit: false, problems: [errorMessage(error)], warnings: [] as string[] };
  }
}

/** Submit: blocked (with the reasons) until every dimension has enough answers; exactly once per idempotency key. */
function SubmitPanel({
  checklistId, def, raterType, answers, flush,
}: { checklistId: string; def: InstrumentDefinition; raterType: RaterType; answers: AnswerState; flush: () => Promise<boolean> }) {
  const submit = useSubmitChecklist();
  const navigate = useNavigate();
  const toast = useToast();
  const [problem, setProblem] = useState<SubmitProblem | null>(null);
  const [flushing, setFlushing] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const completeness = safeCompleteness(def, raterType, answers);

  const show = (p: SubmitProblem) => {
    setProblem(p);
    window.setTimeout(() => alertRef.current?.focus(), 0);
  };

  const handleSubmit = async () => {
    setProblem(null);
    if (!completeness.canSubmit) {
      show({ title: 'Not quite ready to submit', problems: completeness.problems });
      return;
    }
    setFlushing(true);
    const saved = await flush();
    setFlushing(false);
    if (!saved) {
      show({ title: 'Your latest answers aren’t saved yet', message: 'We keep trying in the background. Please submit again in a moment.', problems: [] });
      return;
    }
    submit.mutate(
      { checklistId, idempotencyKey: submitKeyFor(checklistId) },
      {
        onSuccess: () => {
          forgetSubmitKey(checklistId);
          toast.show('Submitted — thank you for taking the time to reflect.');
          navigate(`/checklists/${checklistId}`, { replace: true });
        },
        onError: (error) => {
          const retry = !isApiError(error, 'BAD_USER_INPUT') && !isApiError(error, 'CONFLICT') && !isApiError(error, 'FORBIDDEN');
          show({
            title: retry ? 'Couldn’t submit — please try again' : 'This checklist can’t be submitted yet',
            message: serverProblems(error).length ? undefined : errorMessage(error),
            problems: serverProblems(error),
          });
        },
      },
    );
  };

  return (
    <div className="submit-panel">
      {completeness.warnings.length ? (
        <Alert tone="info" title="Good to know">
          <ul>
            {completeness.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {problem ? (
        <div ref={alertRef} tabIndex={-1} className="submit-panel__problem">
          <Alert tone="danger" title={problem.title}>
            {problem.message ? <p>{problem.message}</p> : null}
            {problem.problems.length ? (
              <ul>
                {problem.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        </div>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" onClick={() => void handleSubmit()} loading={submit.isPending || flushing}>
          Submit checklist
        </Button>
        {!completeness.canSubmit ? <span className="muted small">A few more answers are needed before you can submit.</span> : null}
      </div>
    </div>
  );
}

/** Filling in a draft: steps, autosave with conflict merge, review with live preview, submit. */
export function DraftChecklistForm({ checklist, def }: { checklist: ChecklistDetail; def: InstrumentDefinition }) {
  const raterType = checklist.raterType as RaterType;
  const steps = useMemo(() => stepsFor(def, raterType), [def, raterType]);
  const autosave = useChecklistAutosave({ checklist });
  const itemError = autosave.status.kind === 'rejected' ? { itemCode: autosave.status.itemCode, message: autosave.status.message } : null;
  return (
    <>
      {autosave.notice ? (
        <div className="checklist-notice">
          <Alert tone="info" title="We kept your answers" live="status">
            <p>{autosave.notice}</p>
            <Button size="sm" onClick={autosave.dismissNotice}>
              OK
            </Button>
          </Alert>
        </div>
      ) : null}
      <ChecklistStepper
        def={def}
        raterType={raterType}
        steps={steps}
        answers={autosave.answers}
        onValue={autosave.setValue}
        onComment={autosave.setComment}
        onCommentBlur={() => void autosave.flush()}
        status={<SaveStatus status={autosave.status} idleText="Your answers save as you go" />}
        itemError={itemError}
        commentWaiting={autosave.waitingForAnswer}
        renderReview={(goToItem) => (
          <ChecklistReview def={def} raterType={raterType} steps={steps} answers={autosave.answers} goToItem={goToItem}>
            <SubmitPanel checklistId={checklist.id} def={def} raterType={raterType} answers={autosave.answers} flush={autosave.flush} />
          </ChecklistReview>
        )}
      />
    </>
  );
}
