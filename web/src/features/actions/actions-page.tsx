import { ACTION_AGENDA_OVERDUE_DAYS, formatDriftPeriod } from '@tandem/shared';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Pagination } from '../../components/ui/pagination';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import type { ActionFieldsFragment, ActionItemStatus, ActionScope } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../lib/format';
import { errorMessage, request } from '../../lib/graphql-client';
import { useViewer } from '../auth/use-auth';
import { TeamOptionsQueryDocument } from '../teams/teams.graphql';
import { actionFor, beforeAfterText, CHANGE_TONES, SCOPE_LABELS, scopeLabel, statusText } from './actions-format';
import { ACTIONS_PAGE_SIZE, actionsCsvHref, useActionsPage, useSetActionStatus, type ActionFilters } from './use-actions';
import './actions.css';

const STATUSES: ActionItemStatus[] = ['OPEN', 'DONE', 'DROPPED'];
const SCOPES: ActionScope[] = ['TEAM', 'CASELOAD', 'PERSON'];
const SOURCE_WORDS: Record<string, string> = { SIGNAL: 'From a drift signal', HAND: 'Agreed by hand', NOTE: 'Agreed in supervision' };

function readFilters(params: URLSearchParams, me: string): ActionFilters {
  const status = params.get('status');
  const scope = params.get('scope');
  return {
    // Open actions by default: the page is a to-do list first; "Any status" shows the history.
    status: status === 'ANY' ? null : STATUSES.find((s) => s === status) ?? 'OPEN',
    scope: SCOPES.find((s) => s === scope) ?? null,
    teamId: params.get('team'),
    ownerId: params.get('mine') === '1' ? me : null,
    overdue: params.get('overdue') === '1',
    actionId: params.get('id'),
  };
}

function StatusCell({ action }: { action: ActionFieldsFragment }) {
  const setStatus = useSetActionStatus();
  const status = statusText(action);
  const next: ActionItemStatus = action.status === 'OPEN' ? 'DONE' : 'OPEN';
  return (
    <div className="action-status">
      <Badge tone={status.tone}>{status.text}</Badge>
      {action.completedOn ? <span className="small muted">{formatDate(action.completedOn)}</span> : null}
      {action.canUpdate ? (
        <Button size="sm" loading={setStatus.isPending} onClick={() => setStatus.mutate({ actionItemId: action.id, status: next })}>
          {action.status === 'OPEN' ? 'Mark done' : 'Reopen'}
        </Button>
      ) : !action.textVisible ? (
        <span className="small muted">Its owner or supervisor marks it done</span>
      ) : null}
      {setStatus.error ? <span className="small" role="alert">{errorMessage(setStatus.error)}</span> : null}
    </div>
  );
}

/**
 * Every action the viewer may see — for teams, supervisors’ caseloads and people — with its owner, due date, whether it
 * is overdue, and the figure it is about before and after, from the dashboard’s own figures.
 */
export function ActionsPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params, viewer.id);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const actions = useActionsPage(filters, page);
  const teams = useQuery({ queryKey: ['teams', 'options'], queryFn: () => request(TeamOptionsQueryDocument), staleTime: 5 * 60_000 });

  const setParam = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  const data = actions.data?.actions;
  const filtered = Boolean(params.get('status') || filters.scope || filters.teamId || filters.ownerId || filters.overdue || filters.actionId);

  return (
    <>
      <PageHeader
        title="Actions"
        description="What was agreed for teams, caseloads and people, who is taking it forward, and what the figure did since. Overdue actions are listed first."
      />
      <p className="muted small">
        An open action stays on the person’s supervision agenda until {ACTION_AGENDA_OVERDUE_DAYS} days past its due date; after that it is listed
        here, marked overdue, until someone marks it done or drops it.
      </p>
      {filters.actionId ? (
        <Alert tone="info" title="Showing one action">
          <Button variant="ghost" onClick={() => setParam({ id: null })}>
            Show all actions
          </Button>
        </Alert>
      ) : null}
      <div className="actions-filters">
        <Select
          label="Status"
          options={[...STATUSES.map((s) => ({ value: s, label: statusText({ status: s, overdue: false }).text })), { value: 'ANY', label: 'Any status' }]}
          value={params.get('status') === 'ANY' ? 'ANY' : (filters.status ?? 'OPEN')}
          onChange={(e) => setParam({ status: e.target.value === 'OPEN' ? null : e.target.value })}
        />
        <Select
          label="For"
          emptyOption="Teams, caseloads and people"
          options={SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s]! }))}
          value={filters.scope ?? ''}
          onChange={(e) => setParam({ scope: e.target.value || null })}
        />
        <Select
          label="Team"
          emptyOption="Every team"
          options={(teams.data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={filters.teamId ?? ''}
          onChange={(e) => setParam({ team: e.target.value || null })}
        />
        <div className="actions-toggles" role="group" aria-label="Show only">
          <label className="actions-toggle">
            <input type="checkbox" checked={filters.overdue} onChange={(e) => setParam({ overdue: e.target.checked ? '1' : null })} />
            Overdue only
          </label>
          <label className="actions-toggle">
            <input type="checkbox" checked={filters.ownerId !== null} onChange={(e) => setParam({ mine: e.target.checked ? '1' : null })} />
            Mine only
          </label>
        </div>
      </div>
      <div className="actions-toolbar">
        {data ? (
          <p className="muted" role="status">
            {formatNumber(data.total)} {data.total === 1 ? 'action' : 'actions'}
            {data.overdue ? `, ${formatNumber(data.overdue)} overdue` : ''}
          </p>
        ) : null}
        <div>
          {filtered ? (
            <Button variant="ghost" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              Clear filters
            </Button>
          ) : null}
          <a className="btn btn--secondary" href={actionsCsvHref(filters)} download>
            Export as CSV
          </a>
        </div>
      </div>
      {actions.isPending ? (
        <div className="card">
          <Skeleton lines={6} label="Loading actions" />
        </div>
      ) : actions.isError ? (
        <ErrorState error={actions.error} onRetry={() => void actions.refetch()} />
      ) : !data || data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No actions match these filters' : 'No open actions'}>
          Actions are agreed from a signal on a team’s page of the drift dashboard, or in a supervision note.
        </EmptyState>
      ) : (
        <div className="card" aria-busy={actions.isFetching}>
          <Table caption="Actions">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">For</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Figure before → after</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <span className="action-text">{a.description ?? <span className="muted">Agreed in a supervision note you may not read</span>}</span>
                    <span className="small muted">
                      {SOURCE_WORDS[a.source] ?? a.source}
                      {a.signalPeriod ? `, ${formatDriftPeriod(a.signalPeriod)}` : ''} · agreed {formatDate(a.createdOn)}
                    </span>
                  </td>
                  <td>
                    {a.team ? <Link to={`/dashboard/teams/${a.team.id}`}>{actionFor(a)}</Link> : actionFor(a)}
                    <div className="small muted">{scopeLabel(a)}</div>
                  </td>
                  <td>{a.owner.name}</td>
                  <td className="table__nowrap">
                    {a.dueOn ? formatDate(a.dueOn) : '—'}
                    {a.overdue ? (
                      <div>
                        <Badge tone="danger">Overdue</Badge>
                      </div>
                    ) : null}
                  </td>
                  <td className="action-figure">
                    {a.metricLabel ? <strong className="small">{a.metricLabel}</strong> : null}
                    {beforeAfterText(a) !== null ? (
                      <div className="small">{beforeAfterText(a)}</div>
                    ) : a.metricLabel ? (
                      <div className="small muted">The dimension worked on{a.person ? ` with ${a.person.name}` : ''}</div>
                    ) : (
                      <span className="muted" aria-label="No figure">—</span>
                    )}
                    {a.change ? <Badge tone={CHANGE_TONES[a.change] ?? 'neutral'}>{a.change === 'same' ? 'about the same' : a.change}</Badge> : null}
                  </td>
                  <td>
                    <StatusCell action={a} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageSize={ACTIONS_PAGE_SIZE} totalCount={data.total} noun="actions" onPageChange={(p) => setParam({ page: p > 1 ? String(p) : null })} />
        </div>
      )}
    </>
  );
}
