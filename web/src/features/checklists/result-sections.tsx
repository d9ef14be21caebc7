import type { InstrumentDefinition, RaterType } from '@tandem/shared';
import { formatDateTime } from '../../lib/format';
import { promptOf, stepsFor } from './checklist-definition';
import { formatChecklistIndex, formatScore } from './checklist-wording';
import type { ChecklistDetail } from './use-checklists';

/** Drift items rated 4–5, each as a gentle question to take to supervision. */
export function ReflectionTopics({ checklist, def, you }: { checklist: ChecklistDetail; def: InstrumentDefinition; you: boolean }) {
  if (checklist.itemAlerts.length === 0) return null;
  const items = new Map(def.items.map((i) => [i.code, i]));
  const raterType = checklist.raterType as RaterType;
  return (
    <section className="card" aria-labelledby="result-topics">
      <h2 id="result-topics">To bring to supervision</h2>
      <p className="muted">
        {you ? 'You' : 'These answers'} noticed a few moments that pull away from mutual practice. They’re not marks against
        anyone — they’re good starting points for a conversation.
      </p>
      <ul className="plain-list result__topics">
        {checklist.itemAlerts.map((alert) => {
          const item = items.get(alert.itemCode);
          return (
            <li key={alert.itemCode} className="topic">
              <p className="topic__question">{item?.reflectionPrompt ?? (item ? promptOf(item, raterType) : alert.itemCode)}</p>
              {item ? (
                <p className="muted small">
                  From: “{promptOf(item, raterType)}” — rated {alert.value} of 5
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The answers given, per dimension, behind a disclosure. */
export function AnswersList({ checklist, def }: { checklist: ChecklistDetail; def: InstrumentDefinition }) {
  const raterType = checklist.raterType as RaterType;
  const answers = new Map(checklist.answers.map((a) => [a.itemCode, a]));
  const label = (value: number | null | undefined) =>
    value === undefined ? 'Not answered' : value === null ? def.scale.naLabel : `${value} · ${def.scale.labels[value - 1] ?? ''}`;
  return (
    <details className="card result__answers">
      <summary>
        <h2>The answers</h2>
      </summary>
      {stepsFor(def, raterType).map((step) => (
        <div key={step.dimension.code} className="result__answers-dimension">
          <h3>{step.dimension.title}</h3>
          <dl className="answer-list">
            {step.items.map((item) => {
              const a = answers.get(item.code);
              return (
                <div key={item.code} className="answer-list__row">
                  <dt>{promptOf(item, raterType)}</dt>
                  <dd>
                    {label(a ? a.value : undefined)}
                    {a?.comment ? <span className="answer-list__comment">“{a.comment}”</span> : null}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </details>
  );
}

/** Amendments are new revisions; the earlier ones are kept with the reason given. */
export function RevisionHistory({ checklist }: { checklist: ChecklistDetail }) {
  if (checklist.revisions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="result-revisions">
      <h2 id="result-revisions">Changes since first submitted</h2>
      <ol className="revision-list">
        {checklist.revisions.map((r) => (
          <li key={r.revision}>
            <p className="result__text-title">
              Revision {r.revision}
              <span className="muted small"> · submitted {formatDateTime(r.submittedAt)} · index {formatScore(r.mutualityIndex)}</span>
            </p>
            <p>
              Changed {formatDateTime(r.createdAt)}
              {r.amendedByName ? ` by ${r.amendedByName}` : ''}: <q>{r.reason}</q>
            </p>
          </li>
        ))}
        <li>
          <p className="result__text-title">
            Revision {checklist.revision} <span className="muted small">· current · index {formatChecklistIndex(checklist)}</span>
          </p>
        </li>
      </ol>
    </section>
  );
}
