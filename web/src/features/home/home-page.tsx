import { ROLE_LABELS } from '@tandem/shared';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { ButtonLink } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { formatDate, formatNumber } from '../../lib/format';
import { hasRole, useViewer } from '../auth/use-auth';
import { useHomeOverview } from './use-home';
import './home.css';

function greeting(now = new Date()): string {
  const h = now.getHours();
  return h < 12 ? 'Good morning' : h < 18 ? 'Good afternoon' : 'Good evening';
}

function Stat({ label, value, to }: { label: string; value: number; to?: string }) {
  const body = (
    <>
      <span className="stat__value">{formatNumber(value)}</span>
      <span className="stat__label">{label}</span>
    </>
  );
  return to ? (
    <Link className="stat card stat--link" to={to}>
      {body}
    </Link>
  ) : (
    <div className="stat card">{body}</div>
  );
}

/** A role-aware welcome: who you are here, your team and supervisor, and what you can see. */
export function HomePage() {
  const viewer = useViewer();
  const overview = useHomeOverview();
  const firstName = viewer.name.split(/\s+/)[0] ?? viewer.name;
  const admin = hasRole(viewer, 'ADMIN');
  const manager = hasRole(viewer, 'PROGRAM_MANAGER');
  const supervisor = hasRole(viewer, 'SUPERVISOR');
  const seesOthers = admin || manager;

  return (
    <>
      <PageHeader
        title={`${greeting()}, ${firstName}`}
        description={`${viewer.organization.name} · ${viewer.roles.map((r) => ROLE_LABELS[r]).join(', ')}`}
      />
      {overview.isPending ? (
        <div className="card">
          <Skeleton lines={4} label="Loading your overview" />
        </div>
      ) : overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <div className="stack home">
          {seesOthers || supervisor ? (
            <section aria-labelledby="home-visible">
              <h2 id="home-visible" className="home__section-title">
                {admin ? 'Your organisation' : manager ? 'Your programs' : 'Your supervision'}
              </h2>
              <div className="grid-stats">
                {seesOthers ? <Stat label={overview.data.programs.length === 1 ? 'program' : 'programs'} value={overview.data.programs.length} to="/teams" /> : null}
                {seesOthers ? <Stat label={overview.data.teams.length === 1 ? 'team' : 'teams'} value={overview.data.teams.length} to="/teams" /> : null}
                {seesOthers ? (
                  <Stat label={overview.data.people.totalCount === 1 ? 'active person' : 'active people'} value={overview.data.people.totalCount} to="/people" />
                ) : null}
                {supervisor ? (
                  <Stat
                    label={overview.data.me.supervisees.length === 1 ? 'supervisee' : 'supervisees'}
                    value={overview.data.me.supervisees.length}
                    to="/supervisees"
                  />
                ) : null}
              </div>
            </section>
          ) : null}

          <div className="grid-2">
            <section className="card" aria-labelledby="home-you">
              <h2 id="home-you" className="card-title">
                You at {viewer.organization.name}
              </h2>
              <dl className="details-list">
                <dt>Roles</dt>
                <dd>
                  <ul className="inline-list" aria-label="Your roles">
                    {overview.data.me.roles.map((r) => (
                      <li key={r}>
                        <Badge tone="primary">{ROLE_LABELS[r]}</Badge>
                      </li>
                    ))}
                  </ul>
                </dd>
                {overview.data.me.jobTitle ? (
                  <>
                    <dt>Job title</dt>
                    <dd>{overview.data.me.jobTitle}</dd>
                  </>
                ) : null}
                <dt>Team</dt>
                <dd>
                  {overview.data.me.team ? (
                    <>
                      <Link to={`/teams/${overview.data.me.team.id}`}>{overview.data.me.team.name}</Link>
                      <span className="muted"> · {overview.data.me.team.program.name}</span>
                    </>
                  ) : (
                    <span className="muted">Not in a team</span>
                  )}
                </dd>
                {hasRole(viewer, 'STAFF') || overview.data.me.supervisor ? (
                  <>
                    <dt>Supervisor</dt>
                    <dd>
                      {overview.data.me.supervisor ? (
                        overview.data.me.supervisor.name
                      ) : (
                        <span className="muted">No supervisor assigned yet</span>
                      )}
                    </dd>
                  </>
                ) : null}
                {overview.data.me.startedOn ? (
                  <>
                    <dt>Started</dt>
                    <dd>{formatDate(overview.data.me.startedOn)}</dd>
                  </>
                ) : null}
              </dl>
              <p className="home__card-link">
                <Link to="/profile">Your profile</Link>
              </p>
            </section>

            {supervisor ? (
              <section className="card" aria-labelledby="home-supervisees">
                <h2 id="home-supervisees" className="card-title">
                  People you supervise
                </h2>
                {overview.data.me.supervisees.length === 0 ? (
                  <EmptyState title="No supervisees yet">An administrator assigns supervisees on each person’s page.</EmptyState>
                ) : (
                  <ul className="plain-list home__people">
                    {overview.data.me.supervisees.map((p) => (
                      <li key={p.id}>
                        <Link to={`/people/${p.id}`}>{p.name}</Link>
                        <span className="muted small">{p.team ? p.team.name : 'No team'}</span>
                        {p.invitationPending ? <Badge tone="warning">Invitation pending</Badge> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ) : null}

            {manager && !admin ? (
              <section className="card" aria-labelledby="home-programs">
                <h2 id="home-programs" className="card-title">
                  Programs you oversee
                </h2>
                {overview.data.programs.length === 0 ? (
                  <p className="muted">No programs are visible to you yet.</p>
                ) : (
                  <ul className="plain-list">
                    {overview.data.programs.map((p) => (
                      <li key={p.id}>{p.name}</li>
                    ))}
                  </ul>
                )}
                <p className="home__card-link">
                  <Link to="/teams">See teams</Link>
                </p>
              </section>
            ) : null}

            {admin ? (
              <section className="card" aria-labelledby="home-admin">
                <h2 id="home-admin" className="card-title">
                  Bring your people in
                </h2>
                <p className="muted">
                  Invite people one at a time or import a roster from a spreadsheet. Each person gets a one-time link to set
                  their password.
                </p>
                <div className="row">
                  <ButtonLink to="/people?invite=1" variant="primary">
                    Invite a person
                  </ButtonLink>
                  <ButtonLink to="/people/import">Import a roster</ButtonLink>
                </div>
              </section>
            ) : null}
          </div>
        </div>
      )}
    </>
  );
}
