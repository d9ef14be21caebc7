import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { ErrorState } from '../../components/ui/error-state';
import { Skeleton } from '../../components/ui/spinner';
import { plural } from '../../lib/format';
import { COMPLIANCE_STATUS } from './labels';
import { useCompliance } from './use-supervision-admin';
import './supervision.css';

export interface OverdueSupervisionCardProps {
  title?: string;
  /** At most this many people (the rest are counted). */
  limit?: number;
}

/** Supervisees whose supervision is overdue or behind the policy, with a way to schedule or see the full table. */
export function OverdueSupervisionCard({ title = 'Supervision to catch up on', limit = 6 }: OverdueSupervisionCardProps) {
  const compliance = useCompliance({});
  const rows = (compliance.data?.supervisees ?? [])
    .filter((r) => r.status !== 'ON_TRACK')
    .sort((a, b) => (a.status === b.status ? (b.daysSinceLast ?? 9999) - (a.daysSinceLast ?? 9999) : a.status === 'OVERDUE' ? -1 : 1));
  return (
    <section className="card overdue-card" aria-labelledby="overdue-supervision-title">
      <h2 id="overdue-supervision-title" className="card-title">
        {title}
      </h2>
      {compliance.isPending ? (
        <Skeleton lines={2} label="Loading supervision compliance" />
      ) : compliance.isError ? (
        <ErrorState error={compliance.error} onRetry={() => void compliance.refetch()} />
      ) : rows.length === 0 ? (
        <p className="muted">Everyone is on track with supervision.</p>
      ) : (
        <ul className="plain-list overdue-card__list">
          {rows.slice(0, limit).map((r) => {
            const s = COMPLIANCE_STATUS[r.status];
            return (
              <li key={r.superviseeId}>
                <Link to={`/supervision?supervisee=${encodeURIComponent(r.superviseeId)}`}>{r.supervisee.name}</Link>
                <span className="muted small">
                  {r.daysSinceLast === null ? 'no session recorded yet' : `${plural(r.daysSinceLast, 'day', 'days')} since the last session`} · {r.recorded} of {r.required} held
                </span>
                <Badge tone={s.tone}>
                  <span aria-hidden="true">{s.icon}</span> {s.label}
                </Badge>
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > limit ? <p className="muted small">and {plural(rows.length - limit, 'more person', 'more people')}</p> : null}
      <p className="small">
        <Link to="/supervision/compliance">See supervision compliance</Link>
      </p>
    </section>
  );
}
