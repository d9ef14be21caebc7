import { Link } from 'react-router-dom';
import { Table } from '../../components/ui/table';
import type { PersonListItemFragment } from '../../gql/graphql';
import { PersonStatusBadge, RoleBadges } from './role-display';
import './people.css';

/** The people list as a table (wide screens). */
export function PeopleTable({ people }: { people: PersonListItemFragment[] }) {
  return (
    <Table caption="People">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">E-mail</th>
          <th scope="col">Roles</th>
          <th scope="col">Team</th>
          <th scope="col">Supervisor</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id} className={p.active ? undefined : 'table-row--muted'}>
            <td>
              <div className="person-cell">
                <Link to={`/people/${p.id}`}>{p.name}</Link>
                {p.jobTitle ? <span className="muted small">{p.jobTitle}</span> : null}
              </div>
            </td>
            <td>{p.email}</td>
            <td>
              <RoleBadges roles={p.roles} />
            </td>
            <td className="table__nowrap">{p.team ? <Link to={`/teams/${p.team.id}`}>{p.team.name}</Link> : <span className="muted">—</span>}</td>
            <td className="table__nowrap">{p.supervisor ? p.supervisor.name : <span className="muted">—</span>}</td>
            <td>
              <PersonStatusBadge active={p.active} invitationPending={p.invitationPending} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The same list as cards (phones), so nothing hides off to the side. */
export function PeopleCards({ people }: { people: PersonListItemFragment[] }) {
  return (
    <ul className="people-cards" aria-label="People">
      {people.map((p) => (
        <li key={p.id} className={p.active ? 'people-card' : 'people-card people-card--muted'}>
          <div className="people-card__head">
            <Link to={`/people/${p.id}`} className="people-card__name">
              {p.name}
            </Link>
            <PersonStatusBadge active={p.active} invitationPending={p.invitationPending} />
          </div>
          {p.jobTitle ? <p className="muted small">{p.jobTitle}</p> : null}
          <RoleBadges roles={p.roles} />
          <dl className="people-card__facts">
            <dt>Team</dt>
            <dd>{p.team ? <Link to={`/teams/${p.team.id}`}>{p.team.name}</Link> : '—'}</dd>
            <dt>Supervisor</dt>
            <dd>{p.supervisor ? p.supervisor.name : '—'}</dd>
            <dt>E-mail</dt>
            <dd>{p.email}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
