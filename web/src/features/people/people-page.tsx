import { ROLE_LABELS, isRole, type Role, TEXT_LIMITS } from '@tandem/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, ButtonLink } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox-group';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Pagination } from '../../components/ui/pagination';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { TextField } from '../../components/ui/text-field';
import type { PeopleFilterInput } from '../../gql/graphql';
import { useMediaQuery, SMALL_SCREEN } from '../../lib/use-media-query';
import { hasRole, isScopedManager, useViewer } from '../auth/use-auth';
import { useTeamOptions } from '../teams/use-teams';
import { InvitePersonDialog } from './invite-person-dialog';
import { PeopleCards, PeopleTable } from './people-list';
import { ROLE_ORDER } from './role-display';
import { PEOPLE_PAGE_SIZE, usePeople } from './use-people';
import './people.css';

const SEARCH_DELAY_MS = 300;

/** Filters live in the URL so a filtered list can be bookmarked, shared and survives reloads. */
function usePeopleSearchParams() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const team = params.get('team') ?? '';
  const role = params.get('role') ?? '';
  const inactive = params.get('inactive') === '1';
  const filter = useMemo<PeopleFilterInput>(
    () => ({ search: q || undefined, teamId: team || undefined, role: isRole(role) ? role : undefined, includeInactive: inactive }),
    [q, team, role, inactive],
  );
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = useCallback(
    (changes: Record<string, string | null>, keepPage = false) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          if (!keepPage) next.delete('page');
          return next;
        },
        // flushSync: filter controls are bound to the URL; a deferred update would snap them back for a moment.
        { replace: true, flushSync: true },
      ),
    [setParams],
  );
  return { params, filter, page, update };
}

export function PeoplePage() {
  const viewer = useViewer();
  const admin = hasRole(viewer, 'ADMIN');
  const { params, filter, page, update } = usePeopleSearchParams();
  const [search, setSearch] = useState(filter.search ?? '');
  const people = usePeople(filter, page);
  const teams = useTeamOptions();
  const inviteOpen = admin && params.get('invite') === '1';
  const small = useMediaQuery(SMALL_SCREEN);

  // Typing updates the URL (and so the query) after a short pause.
  const currentSearch = filter.search ?? '';
  useEffect(() => {
    const trimmed = search.trim();
    if (trimmed === currentSearch) return;
    const timer = window.setTimeout(() => update({ q: trimmed || null }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, currentSearch, update]);

  const filtered = Boolean(filter.search || filter.teamId || filter.role || filter.includeInactive);
  const description = admin
    ? 'Everyone in your organisation: their roles, team and supervisor.'
    : isScopedManager(viewer)
      ? 'People in the programs you oversee.'
      : 'People in the teams you can see.';

  return (
    <>
      <PageHeader
        title="People"
        description={description}
        actions={
          admin ? (
            <>
              <ButtonLink to="/people/import">Import roster</ButtonLink>
              <Button variant="primary" onClick={() => update({ invite: '1' }, true)}>
                Invite person
              </Button>
            </>
          ) : null
        }
      />
      <form className="filters" role="search" aria-label="Filter people" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label="Search"
          maxLength={TEXT_LIMITS.peopleSearch}
          type="search"
          placeholder="Name or e-mail"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select
          label="Team"
          emptyOption="All teams"
          options={(teams.data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={filter.teamId ?? ''}
          onChange={(e) => update({ team: e.target.value || null })}
        />
        <Select
          label="Role"
          emptyOption="All roles"
          options={ROLE_ORDER.map((r: Role) => ({ value: r, label: ROLE_LABELS[r] }))}
          value={filter.role ?? ''}
          onChange={(e) => update({ role: e.target.value || null })}
        />
        <Checkbox
          label="Include deactivated"
          checked={filter.includeInactive ?? false}
          onChange={(e) => update({ inactive: e.target.checked ? '1' : null })}
        />
      </form>

      {people.isPending ? (
        <div className="card">
          <Skeleton lines={6} label="Loading people" />
        </div>
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.people.totalCount === 0 ? (
        filtered ? (
          <EmptyState
            title="No one matches these filters"
            action={
              <Button
                onClick={() => {
                  setSearch('');
                  update({ q: null, team: null, role: null, inactive: null });
                }}
              >
                Clear filters
              </Button>
            }
          />
        ) : (
          <EmptyState
            title="No people yet"
            action={admin ? <Button variant="primary" onClick={() => update({ invite: '1' }, true)}>Invite the first person</Button> : null}
          >
            {admin ? 'Invite people one by one or import your roster from a spreadsheet.' : 'No one is visible to you yet.'}
          </EmptyState>
        )
      ) : (
        <div aria-busy={people.isFetching}>
          {small ? <PeopleCards people={people.data.people.items} /> : <PeopleTable people={people.data.people.items} />}
          <Pagination
            page={page}
            pageSize={PEOPLE_PAGE_SIZE}
            totalCount={people.data.people.totalCount}
            noun="people"
            onPageChange={(p) => update({ page: p > 1 ? String(p) : null }, true)}
          />
        </div>
      )}
      {admin ? <InvitePersonDialog open={inviteOpen} onClose={() => update({ invite: null }, true)} /> : null}
    </>
  );
}
