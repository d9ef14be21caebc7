import { useId, useState } from 'react';
import { FieldError } from '../../components/ui/field';
import { TextAreaField } from '../../components/ui/text-field';
import type { LocalAnswer } from './checklist-definition';
import './checklists.css';
import { TEXT_LIMITS } from '@tandem/shared';

export interface ScaleQuestionProps {
  itemCode: string;
  /** Position in the whole form (shown, not read: the legend is the question). */
  number: number;
  prompt: string;
  help?: string;
  scaleLabels: readonly string[];
  /** Offered only when the item allows "not applicable". */
  naLabel?: string | null;
  answer: LocalAnswer | undefined;
  onValue: (value: number | null) => void;
  /** Omit to offer no comment (the person-served form keeps nothing but the answers). */
  onComment?: (comment: string) => void;
  /** Leaving the comment field. */
  onCommentBlur?: () => void;
  error?: string | null;
  /** A comment was typed before an answer was chosen. */
  commentWaiting?: boolean;
  /** Larger type and spacing for the plain-language forms. */
  plain?: boolean;
}

/**
 * One item: the prompt as the legend of a native radio group (arrow keys move between points, the platform announces
 * "3 of 6"), the scale labels as large tap targets, "not applicable" only where the item allows it, a help disclosure
 * and an optional comment.
 */
export function ScaleQuestion({
  itemCode, number, prompt, help, scaleLabels, naLabel, answer, onValue, onComment, onCommentBlur, error, commentWaiting, plain,
}: ScaleQuestionProps) {
  const id = useId();
  const name = `answer-${id}`;
  const errorId = error ? `${id}-error` : undefined;
  const [commentOpen, setCommentOpen] = useState(() => Boolean(answer?.comment));
  const [openedNow, setOpenedNow] = useState(false);
  const value = answer?.value;
  return (
    <fieldset
      className={['question', plain ? 'question--plain' : '', error ? 'question--invalid' : ''].filter(Boolean).join(' ')}
      id={`question-${itemCode}`}
      aria-describedby={errorId}
    >
      <legend className="question__prompt">
        <span className="question__number" aria-hidden="true">
          {number}
        </span>
        <span className="question__text">{prompt}</span>
      </legend>
      {help ? (
        <details className="question__help">
          <summary>What to look for</summary>
          <p>{help}</p>
        </details>
      ) : null}
      <div className="scale">
        {scaleLabels.map((label, index) => {
          const point = index + 1;
          return (
            <label key={point} className={value === point ? 'scale__option scale__option--checked' : 'scale__option'}>
              <input
                type="radio"
                className="scale__input"
                name={name}
                value={point}
                checked={value === point}
                onChange={() => onValue(point)}
              />
              <span className="scale__point" aria-hidden="true">
                {point}
              </span>
              <span className="scale__label">{label}</span>
            </label>
          );
        })}
        {naLabel ? (
          <label className={value === null ? 'scale__option scale__option--na scale__option--checked' : 'scale__option scale__option--na'}>
            <input type="radio" className="scale__input" name={name} value="na" checked={value === null} onChange={() => onValue(null)} />
            <span className="scale__point" aria-hidden="true">
              –
            </span>
            <span className="scale__label">{naLabel}</span>
          </label>
        ) : null}
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      {onComment ? (
        <div className="question__comment">
          {commentOpen ? (
            <TextAreaField
              label="Comment"
              optional
              className="field--prose"
              rows={2}
              maxLength={TEXT_LIMITS.answerComment}
              autoFocus={openedNow}
              value={answer?.comment ?? ''}
              onChange={(e) => onComment(e.target.value)}
              onBlur={onCommentBlur}
              description={commentWaiting ? 'Your comment is saved once you choose an answer above.' : undefined}
            />
          ) : (
            <button type="button" className="link-button" onClick={() => {
                setCommentOpen(true);
                setOpenedNow(true);
              }}>
              Add a comment<span className="visually-hidden"> to question {number}</span>
            </button>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
