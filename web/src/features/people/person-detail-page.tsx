import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { formatDate } from '../../lib/format';
import { hasRole, useViewer } from '../auth/use-auth';
import { PersonAccountCard } from './person-account-card';
import { PersonEditDialog } from './person-edit-dialog';
import { PersonRolesCard } from './person-roles-card';
import { PersonSupervisorCard } from './person-supervisor-card';
import { PersonTeamCard } from './person-team-card';
import { PersonStatusBadge, RoleBadges } from './role-display';
import { usePerson } from './use-people';
import './people.css';

/** One person: details for everyone who may see them; roles, team, supervisor and access for admins. */
export function PersonDetailPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const admin = hasRole(viewer, 'ADMIN');
  const query = usePerson(id);
  const [editing, setEditing] = useState(false);
  const backLink = hasRole(viewer, 'ADMIN', 'PROGRAM_MANAGER') ? <Link to="/people">People</Link> : <Link to="/">Home</Link>;

  if (query.isPending) {
    return (
      <>
        <PageHeader title="Person" breadcrumb={backLink} />
        <div className="card">
          <Skeleton lines={5} label="Loading person" />
        </div>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <PageHeader title="Person" breadcrumb={backLink} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const person = query.data.person;
  return (
    <>
      <PageHeader
        title={person.name}
        breadcrumb={backLink}
        description={person.jobTitle || undefined}
        actions={
          admin ? (
            <Button onClick={() => setEditing(true)} variant="primary">
              Edit details
            </Button>
          ) : null
        }
      />
      <div className="person-sections">
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title" className="card-title">
            Details
          </h2>
          <dl className="details-list">
            <dt>Status</dt>
            <dd>
              <PersonStatusBadge active={person.active} invitationPending={person.invitationPending} />
            </dd>
            <dt>E-mail</dt>
            <dd>
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
            <dt>Roles</dt>
            <dd>
              <RoleBadges roles={person.roles} />
            </dd>
            <dt>Job title</dt>
            <dd>{person.jobTitle || <span className="muted">—</span>}</dd>
            <dt>Lived experience</dt>
            <dd>{person.livedExperience ? 'Brings lived experience of recovery to the role' : <span className="muted">Not recorded</span>}</dd>
            <dt>Started</dt>
            <dd>{formatDate(person.startedOn)}</dd>
            {person.supervisees.length > 0 ? (
              <>
                <dt>Supervises</dt>
                <dd>
                  <ul className="plain-list">
                    {person.supervisees.map((s) => (
                      <li key={s.id}>
                        <Link to={`/people/${s.id}`}>{s.name}</Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        {admin ? <PersonRolesCard key={person.id} person={person} /> : null}
        <PersonTeamCard person={person} editable={admin} />
        <PersonSupervisorCard person={person} editable={admin} />
        {admin ? <PersonAccountCard person={person} /> : null}
      </div>
      {admin ? <PersonEditDialog person={person} open={editing} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
