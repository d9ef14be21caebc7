import type { InstrumentDefinition, RaterType } from '@tandem/shared';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '../../components/ui/button';
import { ProgressBar } from '../../components/ui/progress-bar';
import {
  answeredCount, firstUnansweredStep, promptOf, type AnswerState, type ChecklistStep,
} from './checklist-definition';
import { ScaleQuestion } from './scale-question';

export interface ChecklistStepperProps {
  def: InstrumentDefinition;
  raterType: RaterType;
  steps: ChecklistStep[];
  answers: AnswerState;
  onValue: (itemCode: string, value: number | null) => void;
  onComment: (itemCode: string, comment: string) => void;
  /** Leaving a comment: an autosaving form saves what is pending now. */
  onCommentBlur?: () => void;
  /** Shown under the progress bar (the autosave indicator). */
  status?: ReactNode;
  /** An item-level error from the server, shown at the item. */
  itemError?: { itemCode: string | null; message: string } | null;
  commentWaiting?: (itemCode: string) => boolean;
  /** The final step; receives a way to jump back to an item. */
  renderReview: (goToItem: (itemCode: string) => void) => ReactNode;
  /** Where to open without ?step: by default the first step with an unanswered item. */
  initialStep?: number;
}

/** "?step=3" (1-based dimension) or "?step=review"; null when the URL names no step. */
function stepFromParam(param: string | null, count: number): number | null {
  if (param === null) return null;
  if (param === 'review') return count;
  const n = Number(param);
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : null;
}

/**
 * The checklist as steps: one dimension per step, then a review step. The step lives in the URL (so the phone's back
 * button goes back a step); without one, a draft resumes at its first unanswered step.
 */
export function ChecklistStepper({
  def, raterType, steps, answers, onValue, onComment, onCommentBlur, status, itemError, commentWaiting, renderReview, initialStep,
}: ChecklistStepperProps) {
  const [params, setParams] = useSearchParams();
  const [resumeAt] = useState(() => initialStep ?? firstUnansweredStep(steps, answers));
  const current = stepFromParam(params.get('step'), steps.length) ?? resumeAt;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const firstRender = useRef(true);
  const { answered, expected } = answeredCount(steps, answers);
  const numbers = new Map(steps.flatMap((s) => s.items).map((item, i) => [item.code, i + 1]));

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = pendingFocus.current ? document.getElementById(`question-${pendingFocus.current}`) : null;
    pendingFocus.current = null;
    if (target) {
      target.scrollIntoView?.({ block: 'center' });
      (target.querySelector<HTMLInputElement>('input:checked') ?? target.querySelector<HTMLInputElement>('input'))?.focus();
    } else {
      (document.scrollingElement ?? document.documentElement).scrollTop = 0;
      headingRef.current?.focus();
    }
  }, [current]);

  const go = (index: number) => {
    const next = new URLSearchParams(params);
    next.set('step', index >= steps.length ? 'review' : String(index + 1));
    setParams(next);
  };
  const goToItem = (itemCode: string) => {
    const index = steps.findIndex((s) => s.items.some((i) => i.code === itemCode));
    if (index === -1) return;
    pendingFocus.current = itemCode;
    go(index);
  };

  const step = steps[current];
  const nextTitle = current + 1 < steps.length ? steps[current + 1]!.dimension.shortTitle : 'Review and submit';

  return (
    <div className="checklist-form">
      <div className="checklist-form__progress">
        <ProgressBar label={`${answered} of ${expected} questions answered`} value={answered} max={expected || 1} />
        {status}
      </div>
      <section className="card checklist-step" aria-labelledby="checklist-step-title">
        <p className="checklist-step__count">
          Step {current + 1} of {steps.length + 1}
        </p>
        {step ? (
          <>
            <h2 id="checklist-step-title" ref={headingRef} tabIndex={-1}>
              {step.dimension.title}
            </h2>
            <p className="muted">{step.dimension.description}</p>
            <div className="checklist-step__items">
              {step.items.map((item) => (
                <ScaleQuestion
                  key={item.code}
                  itemCode={item.code}
                  number={numbers.get(item.code) ?? 0}
                  prompt={promptOf(item, raterType)}
                  help={item.help}
                  scaleLabels={def.scale.labels}
                  naLabel={item.naAllowed ? def.scale.naLabel : null}
                  answer={answers[item.code]}
                  onValue={(v) => onValue(item.code, v)}
                  onComment={(c) => onComment(item.code, c)}
                  onCommentBlur={onCommentBlur}
                  commentWaiting={commentWaiting?.(item.code)}
                  error={itemError && itemError.itemCode === item.code ? itemError.message : null}
                />
              ))}
            </div>
          </>
        ) : (
          <>
            <h2 id="checklist-step-title" ref={headingRef} tabIndex={-1}>
              Review and submit
            </h2>
            {renderReview(goToItem)}
          </>
        )}
      </section>
      <div className="checklist-form__nav">
        <Button onClick={() => go(current - 1)} disabled={current === 0}>
          Back
        </Button>
        {step ? (
          <Button variant="primary" onClick={() => go(current + 1)}>
            Next<span className="hide-sm">: {nextTitle}</span>
          </Button>
        ) : null}
      </div>
    </div>
  );
}
