import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import { formatDate } from '../../lib/format';
import { PersonStatusBadge } from './role-display';
import { useMySupervisees } from './use-people';
import './people.css';

/** A supervisor's current supervisees (the people they may see individually). */
export function SuperviseesPage() {
  const query = useMySupervisees();
  return (
    <>
      <PageHeader title="My supervisees" description="The peer specialists you currently supervise." />
      {query.isPending ? (
        <div className="card">
          <Skeleton lines={4} label="Loading your supervisees" />
        </div>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.me.supervisees.length === 0 ? (
        <EmptyState title="You don’t supervise anyone yet">An administrator assigns supervisors on each person’s page.</EmptyState>
      ) : (
        <Table caption="My supervisees">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Team</th>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {query.data.me.supervisees.map((p) => (
              <tr key={p.id}>
                <td>
                  <div className="person-cell">
                    <Link to={`/people/${p.id}`}>{p.name}</Link>
                    {p.jobTitle ? <span className="muted small">{p.jobTitle}</span> : null}
                  </div>
                </td>
                <td>{p.email}</td>
                <td>{p.team ? p.team.name : <span className="muted">—</span>}</td>
                <td className="table__nowrap">{formatDate(p.startedOn)}</td>
                <td>
                  <PersonStatusBadge active={p.active} invitationPending={p.invitationPending} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
