import { Link } from 'react-router-dom';
import { RATER_TYPE_LABELS } from '@tandem/shared';
import { formatDate } from '../../lib/format';
import { hasRole, useViewer } from '../auth/use-auth';
import type { DriftSignal, SeriesPoint } from './drift-shaping';
import { useSignalChecklists, useTeamMembers } from './use-dashboard';

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The checklists behind a signal's period, for the supervisor of the people who were rated; others are told who can
 * open them (individual checklists are not a manager's drill-down).
 */
export function SignalChecklists({ teamId, signal, points, to }: { teamId: string; signal: DriftSignal; points: readonly Pick<SeriesPoint, 'period' | 'periodStart'>[]; to: string }) {
  const viewer = useViewer();
  const supervisor = hasRole(viewer, 'SUPERVISOR');
  const members = useTeamMembers(teamId);
  const mine = new Set((members.data?.team.members ?? []).filter((m) => m.supervisor?.id === viewer.id).map((m) => m.id));
  const index = points.findIndex((p) => p.period === signal.period);
  const from = index >= 0 ? points[index]!.periodStart : undefined;
  const until = index >= 0 && points[index + 1] ? dayBefore(points[index + 1]!.periodStart) : to;
  const enabled = supervisor && mine.size > 0 && Boolean(from);
  const checklists = useSignalChecklists({ teamId, from, to: until, status: 'SUBMITTED' }, enabled);
  if (!enabled) {
    return (
      <p className="small muted" style={{ margin: 0 }}>
        The checklists behind this signal can be opened by each person’s supervisor.
      </p>
    );
  }
  const items = (checklists.data?.checklists.items ?? []).filter((c) => mine.has(c.subject.id));
  return (
    <div>
      <h4 className="small" style={{ margin: '0 0 0.35rem' }}>Your supervisees’ checklists in this period</h4>
      {checklists.isPending ? (
        <p className="small muted">Loading checklists…</p>
      ) : items.length === 0 ? (
        <p className="small muted" style={{ margin: 0 }}>None of your supervisees’ checklists fall in this period.</p>
      ) : (
        <ul className="plain-list small">
          {items.map((c) => (
            <li key={c.id}>
              <Link to={`/checklists/${c.id}`}>
                {c.subject.name} — {RATER_TYPE_LABELS[c.raterType]}
              </Link>
              <span className="muted"> · {formatDate(c.submittedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
