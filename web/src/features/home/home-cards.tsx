import { useQueries } from '@tanstack/react-query';
import { ROLE_LABELS } from '@tandem/shared';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { ButtonLink } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { Skeleton } from '../../components/ui/spinner';
import type { HomeOverviewQuery } from '../../gql/graphql';
import { formatDate, formatDateTime, formatNumber, plural, todayIso } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { HomeSupervisionAgendaQueryDocument } from './home.graphql';
import { hasRole, useViewer } from '../auth/use-auth';
import { useHomeSupervision } from './use-home';
import { clock } from '../../lib/clock';

export type HomeOverview = HomeOverviewQuery;

export function greeting(now = clock.now()): string {
  const h = now.getHours();
  return h < 12 ? 'Good morning' : h < 18 ? 'Good afternoon' : 'Good evening';
}

export function firstNameOf(name: string): string {
  return name.split(/\s+/).find((part) => !/\.$/.test(part)) ?? name;
}

export function Stat({ label, value, to, detail }: { label: string; value: number | string; to?: string; detail?: string }) {
  const body = (
    <>
      <span className="stat__value">{typeof value === 'number' ? formatNumber(value) : value}</span>
      <span className="stat__label">{label}</span>
      {detail ? <span className="stat__detail">{detail}</span> : null}
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

/** Who you are here: roles, job, team, supervisor, start date. */
export function AboutYouCard({ overview }: { overview: HomeOverview }) {
  const viewer = useViewer();
  const me = overview.me;
  return (
    <section className="card" aria-labelledby="home-you">
      <h2 id="home-you" className="card-title">
        You at {viewer.organization.name}
      </h2>
      <dl className="details-list">
        <dt>Roles</dt>
        <dd>
          <ul className="inline-list" aria-label="Your roles">
            {me.roles.map((r) => (
              <li key={r}>
                <Badge tone="primary">{ROLE_LABELS[r]}</Badge>
              </li>
            ))}
          </ul>
        </dd>
        {me.jobTitle ? (
          <>
            <dt>Job title</dt>
            <dd>{me.jobTitle}</dd>
          </>
        ) : null}
        <dt>Team</dt>
        <dd>
          {me.team ? (
            <>
              <Link to={`/teams/${me.team.id}`}>{me.team.name}</Link>
              <span className="muted"> · {me.team.program.name}</span>
            </>
          ) : (
            <span className="muted">Not in a team</span>
          )}
        </dd>
        {hasRole(viewer, 'STAFF') || me.supervisor ? (
          <>
            <dt>Supervisor</dt>
            <dd>{me.supervisor ? me.supervisor.name : <span className="muted">No supervisor assigned yet</span>}</dd>
          </>
        ) : null}
        {me.startedOn ? (
          <>
            <dt>Started</dt>
            <dd>{formatDate(me.startedOn)}</dd>
          </>
        ) : null}
      </dl>
      <p className="home__card-link">
        <Link to="/profile">Your profile</Link>
      </p>
    </section>
  );
}

export function SuperviseesListCard({ overview }: { overview: HomeOverview }) {
  const supervisees = overview.me.supervisees;
  return (
    <section className="card" aria-labelledby="home-supervisees">
      <h2 id="home-supervisees" className="card-title">
        People you supervise
      </h2>
      {supervisees.length === 0 ? (
        <EmptyState title="No supervisees yet">An administrator assigns supervisees on each person’s page.</EmptyState>
      ) : (
        <ul className="plain-list home__people">
          {supervisees.map((p) => (
            <li key={p.id}>
              <Link to={`/people/${p.id}`}>{p.name}</Link>
              <span className="muted small">{p.team ? p.team.name : 'No team'}</span>
              {p.invitationPending ? <Badge tone="warning">Invitation pending</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ProgramsCard({ overview }: { overview: HomeOverview }) {
  return (
    <section className="card" aria-labelledby="home-programs">
      <h2 id="home-programs" className="card-title">
        Programs you oversee
      </h2>
      {overview.programs.length === 0 ? (
        <p className="muted">No programs are visible to you yet.</p>
      ) : (
        <ul className="plain-list">
          {overview.programs.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      )}
      <p className="home__card-link">
        <Link to="/teams">See teams</Link> · <Link to="/people">See people</Link>
      </p>
    </section>
  );
}

export function AdminOnboardCard() {
  return (
    <section className="card" aria-labelledby="home-admin">
      <h2 id="home-admin" className="card-title">
        Bring your people in
      </h2>
      <p className="muted">
        Invite people one at a time or import a roster from a spreadsheet. Each person gets a one-time link to set their password.
      </p>
      <div className="row">
        <ButtonLink to="/people?invite=1" variant="primary">
          Invite a person
        </ButtonLink>
        <ButtonLink to="/people/import">Import a roster</ButtonLink>
      </div>
    </section>
  );
}

const DIMENSION_SHORT: Record<string, string> = {
  D1: 'Shared power', D2: 'Reciprocity', D3: 'Lived experience', D4: 'Listening for meaning', D5: 'Person-directed goals',
  D6: 'Role integrity', D7: 'Organisational conditions',
};

/** The next supervision for each person: when it is, and the open actions on its agenda (from notes and from drift signals). */
export function AgendaCard({ people, title, emptyText, own = false }: { people: { id: string; name: string }[]; title: string; emptyText: string; own?: boolean }) {
  const agendas = useQueries({
    queries: people.map((p) => ({
      queryKey: ['home', 'agenda', p.id],
      queryFn: () => request(HomeSupervisionAgendaQueryDocument, { superviseeId: p.id }),
    })),
  });
  const loading = agendas.some((a) => a.isPending);
  const failed = agendas.find((a) => a.isError);
  const rows = people.map((p, i) => ({ person: p, agenda: agendas[i]?.data?.supervisionAgenda }))
    .filter((r) => r.agenda && (r.agenda.openActionItems.length > 0 || r.agenda.nextOccurrence));
  return (
    <section className="card" aria-labelledby="home-agendas">
      <h2 id="home-agendas" className="card-title">
        {title}
      </h2>
      {loading ? (
        <Skeleton lines={3} label="Loading supervision agendas" />
      ) : failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : rows.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="plain-list home__agendas">
          {rows.map(({ person, agenda }) => (
            <li key={person.id} className="home__agenda">
              <p className="home__agenda-head">
                {own ? null : <strong>{person.name}</strong>}
                {agenda!.nextOccurrence ? (
                  <Link className="small" to={`/supervision/occurrences/${encodeURIComponent(agenda!.nextOccurrence.id)}`}>
                    Next session {formatDateTime(agenda!.nextOccurrence.startsAt)}
                    {own ? null : <span className="visually-hidden"> with {person.name}</span>}
                  </Link>
                ) : (
                  <span className="muted small">No session scheduled yet</span>
                )}
              </p>
              {agenda!.openActionItems.length === 0 ? (
                <p className="muted small" style={{ margin: 0 }}>No open actions on the agenda.</p>
              ) : (
                <ul className="home__actions">
                  {agenda!.openActionItems.slice(0, 3).map((a) => (
                    <li key={a.id}>
                      <span>
                        {a.textVisible && a.description ? a.description : 'An agreed action (details in the supervision note)'}
                        {a.driftSignalId ? <> <Badge tone="info">from a drift signal</Badge></> : null}
                      </span>
                      <span className="muted small">
                        {a.owner.name}
                        {a.dueOn ? ` · due ${formatDate(a.dueOn)}` : ''}
                        {a.dimension ? ` · ${a.dimension} ${DIMENSION_SHORT[a.dimension] ?? ''}` : ''}
                        {a.dueOn && a.dueOn < todayIso() ? <> <Badge tone="warning">past its due date</Badge></> : null}
                      </span>
                    </li>
                  ))}
                  {agenda!.openActionItems.length > 3 ? <li className="muted small">and {agenda!.openActionItems.length - 3} more</li> : null}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Supervisees whose supervision is overdue or behind what the policy asks (from the API's compliance figures). */
export function SupervisionDueCard() {
  const compliance = useHomeSupervision();
  const rows = compliance.data?.supervisionCompliance.supervisees ?? [];
  const late = rows.filter((r) => r.overdue || r.status !== 'ON_TRACK');
  return (
    <section className="card" aria-labelledby="home-supervision">
      <h2 id="home-supervision" className="card-title">
        Supervision to catch up on
      </h2>
      {compliance.isPending ? (
        <Skeleton lines={2} label="Loading supervision" />
      ) : compliance.isError ? (
        <ErrorState error={compliance.error} onRetry={() => void compliance.refetch()} />
      ) : late.length === 0 ? (
        <p className="muted">Everyone you supervise is on track with supervision.</p>
      ) : (
        <ul className="plain-list home__people">
          {late.map((r) => (
            <li key={r.superviseeId}>
              <Link to={`/dashboard/people/${r.superviseeId}`}>{r.supervisee.name}</Link>
              <span className="muted small">
                {r.daysSinceLast === null ? 'no session recorded yet' : `${plural(r.daysSinceLast, 'day', 'days')} since the last session`}
                {` · ${r.recorded} of ${r.required} held`}
              </span>
              {r.overdue ? <Badge tone="warning">Overdue</Badge> : <Badge tone="info">Behind</Badge>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
