import { Link, useParams } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import { plural } from '../../lib/format';
import { PersonStatusBadge, RoleBadges } from '../people/role-display';
import { useTeam } from './use-teams';
import '../people/people.css';
import './teams.css';

/** One team and its current members. */
export function TeamDetailPage() {
  const { id = '' } = useParams();
  const team = useTeam(id);
  const breadcrumb = <Link to="/teams">Teams</Link>;
  if (team.isPending) {
    return (
      <>
        <PageHeader title="Team" breadcrumb={breadcrumb} />
        <div className="card">
          <Skeleton lines={5} label="Loading team" />
        </div>
      </>
    );
  }
  if (team.isError) {
    return (
      <>
        <PageHeader title="Team" breadcrumb={breadcrumb} />
        <ErrorState error={team.error} onRetry={() => void team.refetch()} />
      </>
    );
  }
  const t = team.data.team;
  return (
    <>
      <PageHeader
        title={t.name}
        breadcrumb={breadcrumb}
        description={
          <>
            {t.program.name} · {plural(t.memberCount, 'active member', 'active members')}
            {t.archived ? (
              <>
                {' '}
                <Badge>Archived</Badge>
              </>
            ) : null}
          </>
        }
      />
      {t.description ? <p className="team-detail__description">{t.description}</p> : null}
      <h2 className="card-title">Members</h2>
      {t.members.length === 0 ? (
        <EmptyState title="No members you can see">People join a team from their page, the invite form or a roster import.</EmptyState>
      ) : (
        <Table caption={`Members of ${t.name}`}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Roles</th>
              <th scope="col">Supervisor</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {t.members.map((m) => (
              <tr key={m.id}>
                <td>
                  <div className="person-cell">
                    <Link to={`/people/${m.id}`}>{m.name}</Link>
                    {m.jobTitle ? <span className="muted small">{m.jobTitle}</span> : null}
                  </div>
                </td>
                <td>
                  <RoleBadges roles={m.roles} />
                </td>
                <td>{m.supervisor ? m.supervisor.name : <span className="muted">—</span>}</td>
                <td>
                  <PersonStatusBadge active invitationPending={m.invitationPending} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
