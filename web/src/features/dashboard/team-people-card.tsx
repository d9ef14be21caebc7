import { Link } from 'react-router-dom';
import { Skeleton } from '../../components/ui/spinner';
import { hasRole, useViewer } from '../auth/use-auth';
import { useTeamMembers } from './use-dashboard';

/**
 * People behind the team's trend: a supervisor sees their own supervisees' trends; everyone else sees why individual
 * trends are not shown to them (a person's trend is for them and their supervisor).
 */
export function TeamPeopleCard({ teamId, search }: { teamId: string; search: string }) {
  const viewer = useViewer();
  const members = useTeamMembers(teamId);
  const list = members.data?.team.members ?? [];
  const mine = list.filter((m) => m.supervisor?.id === viewer.id);
  const supervisors = [...new Map(list.flatMap((m) => (m.supervisor ? [[m.supervisor.id, m.supervisor.name] as const] : []))).values()];
  return (
    <section className="card" aria-labelledby="people-title">
      <h2 id="people-title" className="card-title">
        People
      </h2>
      {members.isPending ? (
        <Skeleton lines={3} label="Loading the team’s people" />
      ) : mine.length > 0 ? (
        <>
          <p className="small muted">Your supervisees in this team. Their own trends are for them and for you as their supervisor.</p>
          <ul className="people-list">
            {mine.map((m) => (
              <li key={m.id}>
                <Link to={`/dashboard/people/${m.id}${search}`}>{m.name}</Link>
                <span className="muted small"> · {m.jobTitle || 'Peer specialist'}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>
            A person’s own trend is shown only to them and to their supervisor
            {supervisors.length ? ` (${supervisors.join(', ')} for this team)` : ''}. {hasRole(viewer, 'PROGRAM_MANAGER', 'ADMIN') ? 'Here you see the team as a whole: ' : ''}
            that keeps the conversation on practice and conditions, not on individuals.
          </p>
          <p className="small muted" style={{ margin: 0 }}>
            {list.length ? `${list.length} ${list.length === 1 ? 'person' : 'people'} in the team.` : null} A signal worth discussing is best taken to supervision.
          </p>
        </>
      )}
    </section>
  );
}
