import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { formatDate } from '../../lib/format';
import type { ActionMarker } from './overview-types';

/** Each action's mark on the chart ("A1"), by creation order. */
export function actionMark(index: number): string {
  return `A${index + 1}`;
}

/** What the detector says happened to the action's measure since it was agreed (the API's outcome). */
export function outcomeText(outcome: string | null | undefined): { tone: 'success' | 'warning' | 'neutral'; text: string } {
  if (outcome === 'better') return { tone: 'success', text: 'improving: an improvement signal is in force' };
  if (outcome === 'worse') return { tone: 'warning', text: 'still drifting: a drift signal is in force' };
  return { tone: 'neutral', text: 'no clear change yet' };
}

/**
 * Actions taken on this team's signals, with the dimension before and after (from the API) and whether the detector
 * sees an improvement since: the end of the loop — did the practice the action was about recover?
 */
export function ActionsCard({ actions, dimensionTitles, metricLabels = {} }: { actions: ActionMarker[]; dimensionTitles: Record<string, string>; metricLabels?: Record<string, string> }) {
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title" className="card-title">
        Actions and what followed
      </h2>
      <p className="small muted" style={{ marginTop: 0 }}>
        Actions in the same month share one line on the chart (“A1, A2”). <Link to="/actions">All actions</Link>
      </p>
      {actions.length === 0 ? (
        <p className="muted">
          No actions are linked to this team’s signals yet. When one is agreed, it shows here and as a green line on the chart, with the
          dimension’s score before and after.
        </p>
      ) : (
        <ul className="marker-list">
          {actions.map((a, i) => (
            <li key={a.id} className="marker-list__item">
              <span className="marker-list__mark marker-list__mark--action">{actionMark(i)}</span>
              <div className="marker-list__body">
                <strong>{a.description}</strong>
                <p className="small muted" style={{ margin: '0.2rem 0 0' }}>
                  {formatDate(a.createdOn)}
                  {a.ownerName ? ` · ${a.ownerName}` : ''}
                  {a.dueDate ? ` · due ${formatDate(a.dueDate)}` : ''}
                  {a.scope === 'TEAM' ? ' · for the whole team' : ''}
                </p>
              </div>
              <div className="stack-sm" style={{ alignItems: 'flex-end' }}>
                <Badge tone={a.overdue ? 'danger' : a.status === 'DONE' ? 'success' : a.status === 'OPEN' ? 'info' : 'neutral'}>
                  {a.overdue ? 'open, overdue' : a.status.toLowerCase()}
                </Badge>
                <span className="small">
                  {a.dimensionCode ? `${a.dimensionCode} ${dimensionTitles[a.dimensionCode] ?? ''}` : (metricLabels[a.metric] ?? 'Mutuality Fidelity Index')}:{' '}
                  <span className="before-after">
                    {a.before !== null ? a.before.toFixed(1) : '—'} → {a.after !== null ? a.after.toFixed(1) : 'not yet'}
                  </span>
                </span>
                <Badge tone={outcomeText(a.outcome).tone}>{outcomeText(a.outcome).text}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
