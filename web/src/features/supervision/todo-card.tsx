import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { ErrorState } from '../../components/ui/error-state';
import { Skeleton } from '../../components/ui/spinner';
import { NOTE_STATUS, OCCURRENCE_STATUS, personNames } from './labels';
import { formatOccurrenceWhen } from './time';
import { useOccurrences, type Occurrence } from './use-supervision';
import { clock } from '../../lib/clock';
import { DAY_MS, HOUR_MS } from '@tandem/shared';

const LOOK_BACK_DAYS = 60;

/** The recent window, fixed to the hour so the query key stays put while the page is open. */
function recentWindow(): { from: string; to: string } {
  const hour = Math.floor(clock.nowMs() / HOUR_MS) * HOUR_MS;
  return { from: new Date(hour - LOOK_BACK_DAYS * DAY_MS).toISOString(), to: new Date(hour + HOUR_MS).toISOString() };
}

export interface TodoCardProps {
  viewerId: string;
  /** SUPERVISOR: sessions to write up and sign; SUPERVISEE: notes to reflect on and sign. */
  as: 'SUPERVISOR' | 'SUPERVISEE';
}

function needsSupervisor(o: Occurrence, viewerId: string, now: number): boolean {
  if (o.supervisorId !== viewerId || new Date(o.startsAt).getTime() > now) return false;
  if (o.note) return o.note.status === 'DRAFT' || o.note.status === 'SIGNED_BY_SUPERVISEE';
  return o.status === 'COMPLETED' || o.status === 'SCHEDULED';
}

function needsSupervisee(o: Occurrence, viewerId: string): boolean {
  return o.superviseeIds.includes(viewerId) && !!o.note && (o.note.status === 'DRAFT' || o.note.status === 'SIGNED_BY_SUPERVISOR');
}

/** What is waiting for the viewer in recent sessions: notes to write, reflect on or sign. */
export function SupervisionTodoCard({ viewerId, as }: TodoCardProps) {
  const filter = { ...recentWindow(), ...(as === 'SUPERVISOR' ? { supervisorId: viewerId } : { superviseeId: viewerId }), includeCancelled: false };
  const query = useOccurrences(filter);
  const now = clock.nowMs();
  const items = (query.data ?? [])
    .filter((o) => (as === 'SUPERVISOR' ? needsSupervisor(o, viewerId, now) : needsSupervisee(o, viewerId)))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const title = as === 'SUPERVISOR' ? 'To write up and sign' : 'Notes to reflect on and sign';
  return (
    <section className="card" aria-labelledby={`todo-${as}`}>
      <h2 id={`todo-${as}`} className="card-title">
        {title}
      </h2>
      {query.isPending ? (
        <Skeleton lines={2} label="Loading recent sessions" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">
          {as === 'SUPERVISOR'
            ? `Nothing waiting from the last ${LOOK_BACK_DAYS} days: every past session has a signed note or an outcome.`
            : 'Nothing waiting. When your supervisor writes up a session, it shows here for your reflection.'}
        </p>
      ) : (
        <ul className="plain-list todo-list">
          {items.slice(0, 8).map((o) => (
            <li key={o.id}>
              <Link to={`/supervision/occurrences/${encodeURIComponent(o.id)}`}>
                {as === 'SUPERVISOR' ? personNames(o.supervisees) || o.title || 'Supervision' : `With ${o.supervisor.name}`}
              </Link>
              <span className="muted small">{formatOccurrenceWhen(o.startsAt, o.endsAt)}</span>
              {o.note ? (
                <Badge tone={NOTE_STATUS[o.note.status].tone}>{NOTE_STATUS[o.note.status].label}</Badge>
              ) : (
                <Badge tone={OCCURRENCE_STATUS[o.status].tone}>{o.status === 'SCHEDULED' ? 'Outcome not recorded' : 'No note yet'}</Badge>
              )}
            </li>
          ))}
        </ul>
      )}
      {items.length > 8 ? <p className="muted small">and {items.length - 8} more in the calendar</p> : null}
    </section>
  );
}
