import { screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import type { ActionsPageQuery } from '../../gql/graphql';
import { TeamOptionsQueryDocument } from '../teams/teams.graphql';
import { ActionsPageQueryDocument, SetActionStatusMutationDocument } from './actions.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { beforeAfterText, scopeLabel } from './actions-format';
import { actionsCsvHref } from './use-actions';

type ActionItem = ActionsPageQuery['actions']['items'][number];

const base: Omit<ActionItem, 'id' | 'description'> = {
  scope: 'TEAM', status: 'OPEN', overdue: false, textVisible: true, canUpdate: true, source: 'SIGNAL', person: null, groupSession: false, supervisor: null,
  team: { id: 't-inpatient', name: 'Inpatient Bridge' }, owner: { id: 'person-me', name: 'Morgan Reyes' }, dueOn: '2026-10-01', createdOn: '2026-08-03',
  completedOn: null, metric: 'MFI', metricLabel: 'Mutuality Fidelity Index', worseDirection: 'down', signalPeriod: '2026-07', signalRule: 'CUSUM',
  signalDirection: 'worse', before: { period: '2026-07', value: 58 }, after: { period: '2026-11', value: 66.5 }, change: 'better',
};
const items: ActionItem[] = [
  { ...base, id: 'a1', overdue: true, description: 'Team day on mutuality' },
  {
    ...base, id: 'a2', scope: 'PERSON', source: 'NOTE', textVisible: false, canUpdate: false, description: null, team: null,
    person: { id: 'p1', name: 'Zara Patel' }, owner: { id: 'p1', name: 'Zara Patel' }, metric: null, metricLabel: null, before: null, after: null, change: null, signalPeriod: null,
  },
  {
    ...base, id: 'a3', scope: 'PERSON', source: 'NOTE', description: 'Share one piece of lived experience with purpose', team: null,
    person: { id: 'p2', name: 'Grace Kim' }, owner: { id: 'p2', name: 'Grace Kim' }, metric: 'DIM:D3', metricLabel: 'Lived experience',
    before: null, after: null, change: null, signalPeriod: null,
  },
];

function stubActions() {
  return stubGraphQL({
    Me: () => meResponse(['PROGRAM_MANAGER'], { name: 'Morgan Reyes' }),
    TeamOptions: () => answer(TeamOptionsQueryDocument, { programs: [], teams: [{ id: 't-inpatient', name: 'Inpatient Bridge', programId: 'p' }] }),
    ActionsPage: (v) => {
      const input = (v.input ?? {}) as { overdue?: boolean; offset?: number };
      const shown = input.overdue ? items.filter((a) => a.overdue) : items;
      return answer(ActionsPageQueryDocument, { actions: { total: input.overdue ? 1 : 30, overdue: 1, offset: input.offset ?? 0, limit: 25, items: shown } });
    },
    SetActionStatus: (v) => answer(SetActionStatusMutationDocument, { updateActionItem: { id: (v.input as { actionItemId: string }).actionItemId, status: 'DONE' } }),
  });
}

describe('Actions page', () => {
  it('lists actions with whom they are for, overdue raised, and the figure before and after', async () => {
    stubActions();
    renderApp('/actions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Actions' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Actions' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Team day on mutuality');
    expect(rows[1]).toHaveTextContent('Inpatient Bridge (whole team)');
    expect(rows[1]).toHaveTextContent('Overdue');
    expect(rows[1]).toHaveTextContent('58.0 (Jul 2026) → 66.5 (Nov 2026), better');
    expect(screen.getByText(/, 1 overdue/)).toHaveTextContent('30 actions, 1 overdue');
    expect(screen.getByText(/until 60 days past its due date/)).toBeInTheDocument();
  });

  it('does not offer to complete an action whose text you may not read', async () => {
    stubActions();
    renderApp('/actions');
    const table = await screen.findByRole('table', { name: 'Actions' });
    const row = within(table).getAllByRole('row')[2]!;
    expect(row).toHaveTextContent('Agreed in a supervision note you may not read');
    expect(within(row).queryByRole('button', { name: 'Mark done' })).not.toBeInTheDocument();
    expect(row).toHaveTextContent('Its owner or supervisor marks it done');
  });

  it('shows an action agreed in supervision with its context, not a missing team figure', async () => {
    stubActions();
    renderApp('/actions');
    const table = await screen.findByRole('table', { name: 'Actions' });
    const [, , hidden, withDimension] = within(table).getAllByRole('row');
    for (const row of [hidden!, withDimension!]) {
      expect(row).not.toHaveTextContent(/No team figure|No figure linked/);
      expect(row).toHaveTextContent('Agreed in supervision');
    }
    expect(within(hidden!).getByLabelText('No figure')).toHaveTextContent('—');
    expect(withDimension).toHaveTextContent('Lived experience');
    expect(withDimension).toHaveTextContent('The dimension worked on with Grace Kim');
  });

  it('marks an action done, filters on the server and pages', async () => {
    const api = stubActions();
    const { user } = renderApp('/actions');
    const table = await screen.findByRole('table', { name: 'Actions' });
    await user.click(within(within(table).getAllByRole('row')[1]!).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(api.callsOf('SetActionStatus')[0]!.variables).toEqual({ input: { actionItemId: 'a1', status: 'DONE' } }));

    await user.click(screen.getByLabelText('Overdue only'));
    await waitFor(() => expect(api.callsOf('ActionsPage').at(-1)!.variables).toEqual({ input: { status: 'OPEN', overdue: true, offset: 0, limit: 25 } }));
    expect(screen.getByRole('link', { name: 'Export as CSV' })).toHaveAttribute('href', '/reports/actions.csv?status=OPEN&overdue=true');
    await user.click(screen.getByLabelText('Overdue only'));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.callsOf('ActionsPage').at(-1)!.variables).toMatchObject({ input: { offset: 25, limit: 25 } }));
  });

  it('is not for staff', async () => {
    stubGraphQL({ Me: () => meResponse(['STAFF']) });
    renderApp('/actions');
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Actions' })).not.toBeInTheDocument());
  });
});

describe('actions wording', () => {
  it('says plainly when there is no figure yet', () => {
    expect(beforeAfterText({ metric: 'MFI', before: null, after: null, change: null })).toMatch(/No team figure for that period/);
    expect(beforeAfterText({ metric: 'MFI', before: null, after: null, change: null, source: 'SIGNAL' })).toMatch(/No team figure for that period/);
    expect(beforeAfterText({ metric: 'DIM:D3', before: null, after: null, change: null, source: 'NOTE' })).toBeNull();
    expect(beforeAfterText({ metric: null, before: null, after: null, change: null, source: 'NOTE' })).toBeNull();
    expect(beforeAfterText({ metric: 'MFI', before: { period: '2026-07', value: 58 }, after: null, change: null, source: 'NOTE' })).toBe('58.0 (Jul 2026) → not yet: no later period with enough ratings');
    expect(beforeAfterText({ metric: 'HDI', before: { period: '2026-07', value: 40 }, after: null, change: null })).toBe('40.0 (Jul 2026) → not yet: no later period with enough ratings');
    expect(beforeAfterText({ metric: 'HDI', before: { period: '2026-07', value: 40 }, after: { period: '2026-09', value: 40.4 }, change: 'same' })).toMatch(/about the same$/);
    expect(actionsCsvHref({ status: null, scope: null, teamId: null, ownerId: null, overdue: false, actionId: 'x' })).toBe('/reports/actions.csv');
  });

  it('calls an action from a group session’s note the group’s, and one person’s the person’s', () => {
    const group = { scope: 'PERSON' as const, groupSession: true };
    expect(scopeLabel(group)).toBe('Group supervision');
    expect(scopeLabel({ ...group, groupSession: false })).toBe('One person');
    expect(scopeLabel({ scope: 'TEAM', groupSession: false })).toBe('Team');
    expect(scopeLabel({ scope: 'CASELOAD', groupSession: false })).toBe('Caseload');
  });
});
