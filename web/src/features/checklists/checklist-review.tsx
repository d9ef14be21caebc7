import { scoreChecklist, type ChecklistScore, type InstrumentDefinition, type RaterType } from '@tandem/shared';
import type { ReactNode } from 'react';
import { Badge } from '../../components/ui/badge';
import { Table } from '../../components/ui/table';
import { isAnswered, promptOf, scoringAnswers, type AnswerState, type ChecklistStep } from './checklist-definition';
import { bandInfo, formatIndex, formatScore } from './checklist-wording';

export interface ChecklistReviewProps {
  def: InstrumentDefinition;
  raterType: RaterType;
  steps: ChecklistStep[];
  answers: AnswerState;
  goToItem: (itemCode: string) => void;
  /** Submit (or save an amendment) and its messages. */
  children: ReactNode;
}

/** The live preview uses the same scoring as the server (never re-implemented here). */
function preview(def: InstrumentDefinition, raterType: RaterType, answers: AnswerState): ChecklistScore | null {
  try {
    return scoreChecklist(def, scoringAnswers(answers), { raterType });
  } catch {
    return null;
  }
}

/** The last step: what is still unanswered, per dimension, and a live preview of the scores. */
export function ChecklistReview({ def, raterType, steps, answers, goToItem, children }: ChecklistReviewProps) {
  const score = preview(def, raterType, answers);
  const band = bandInfo(score?.band);
  const titles = new Map(def.dimensions.map((d) => [d.code as string, d]));
  const total = steps.reduce((n, s) => n + s.items.length, 0);
  const missing = steps.reduce((n, s) => n + s.items.filter((i) => !isAnswered(answers, i.code)).length, 0);
  return (
    <div className="review">
      <section aria-labelledby="review-unanswered">
        <h3 id="review-unanswered">{missing === 0 ? 'Every question is answered' : `${missing} ${missing === 1 ? 'question' : 'questions'} not answered yet`}</h3>
        {missing === 0 ? (
          <p className="review__done">All {total} answered. You can still go back and change anything before you submit.</p>
        ) : (
          <ul className="review__dimensions">
            {steps.map((step) => {
              const open = step.items.filter((i) => !isAnswered(answers, i.code));
              return (
                <li key={step.dimension.code} className="review__dimension">
                  <p className="review__dimension-title">
                    {step.dimension.title}
                    <span className="review__count"> · {step.items.length - open.length} of {step.items.length} answered</span>
                  </p>
                  {open.length === 0 ? (
                    <p className="review__done">All answered</p>
                  ) : (
                    <ul className="review__open">
                      {open.map((item) => (
                        <li key={item.code}>
                          <span>{promptOf(item, raterType)}</span>{' '}
                          <button type="button" className="link-button" onClick={() => goToItem(item.code)}>
                            Answer<span className="visually-hidden"> question {item.code}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="review-preview" className="review__preview">
        <h3 id="review-preview">Score preview</h3>
        <p className="muted small">
          Worked out from your answers so far, the same way as when you submit. Scores run from 1 to 5; drift items count the other way round.
        </p>
        <p className="review__index">
          <span>Mutuality Fidelity Index: </span>
          <strong data-testid="preview-index">{score && score.mutualityIndex !== null ? formatIndex(score.mutualityIndex, score.mutualityIndex100) : 'not yet — a few more answers needed'}</strong>
          {band ? <Badge tone={band.tone}>{band.label}</Badge> : null}
        </p>
        <Table caption="Score preview by dimension">
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {(score?.dimensions ?? []).map((d) => (
              <tr key={d.dimensionCode}>
                <th scope="row">{titles.get(d.dimensionCode)?.shortTitle ?? d.dimensionCode}</th>
                <td>{d.score === null ? <span className="muted">needs more answers</span> : formatScore(d.score)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
      {children}
    </div>
  );
}
