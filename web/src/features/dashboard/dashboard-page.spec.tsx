import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, stubGraphQL, type OperationHandler } from '../../test/graphql-stub';
import type { CreateActionMutation } from '../../gql/graphql';
import { CreateActionMutationDocument } from '../actions/actions.graphql';
import { DeleteBaselineResetMutationDocument, DriftSupervisionQueryDocument, LanguageDensityQueryDocument, RebaselineTeamMutationDocument, TeamMembersQueryDocument } from './dashboard.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { homeOverviewResponse, overviewResponse, overviewWithImprovementResponse, teamDriftResponse, teamOptionsResponse } from './test-fixtures';

function stubDashboard(extra: Record<string, OperationHandler> = {}) {
  return stubGraphQL({
    Me: () => meResponse(['PROGRAM_MANAGER'], { name: 'Morgan Reyes' }),
    HomeOverview: () => homeOverviewResponse(),
    TeamOptions: () => teamOptionsResponse(),
    DriftOverview: (v) => overviewResponse(v),
    TeamDrift: () => teamDriftResponse(),
    DriftTeamMembers: () => answer(TeamMembersQueryDocument, { team: { id: 't-inpatient', name: 'Inpatient Bridge', members: [{ id: 'p1', name: 'Zara Patel', jobTitle: 'Peer specialist', supervisor: { id: 'helen', name: 'Dr. Helen Marsh' } }] } }),
    DriftSupervision: () => answer(DriftSupervisionQueryDocument, { supervisionCompliance: { from: '2025-10-18T00:00:00Z', to: '2026-11-21T00:00:00Z', total: { ratio: 0.5, recorded: 10, required: 20, overdue: 3, supervisees: 10 }, teams: [{ id: 't-inpatient', ratio: 0, recorded: 0, required: 10, overdue: 3, behind: 0, supervisees: 5 }] } }),
    DriftLanguageDensity: () => answer(LanguageDensityQueryDocument, { languageDensitySeries: [] }),
    ...extra,
  });
}

describe('Manager dashboard', () => {
  it('is the program manager’s home: headline figures, where to look first, and every chart', async () => {
    const api = stubDashboard();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: /Morgan/ })).toBeInTheDocument();
    const figures = await screen.findByRole('region', { name: 'Key figures' });
    expect(within(figures).getByText('Teams with alerts').parentElement).toHaveTextContent('1');
    expect(within(figures).getByText('Supervision held').parentElement).toHaveTextContent('50%');

    const attention = screen.getByRole('region', { name: 'Where to look first' });
    const link = within(attention).getByRole('link', { name: 'Inpatient Bridge' });
    expect(link.getAttribute('href')).toMatch(/^\/dashboard\/teams\/t-inpatient\?metric=MDI&signal=/);
    expect(attention).toHaveTextContent('Medical-model drift: sustained drift (Aug 2026)');
    expect(attention).toHaveTextContent('Steady: 1 team with no signal in force.');
    // Whether supervision keeps up, per team.
    expect(screen.getByText('Supervision, last 90 days: 3 sessions held, 10 required · 2 people overdue')).toBeInTheDocument();

    // The heat map prints values on 0–100 against the team's own average (73.3 here), and hatches the suppressed cell.
    // It is drawn right after the first screen is painted.
    expect(await screen.findByRole('img', { name: 'Inpatient Bridge, D3 Dimension 3: 57.5 of 100, 15.8 below the team’s average, 15 ratings' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Inpatient Bridge, D1 Dimension 1: 87.5 of 100, 14.2 above the team’s average, 15 ratings' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Northside Peers, D2 Dimension 2: too few ratings' })).toBeInTheDocument();
    // Alert teams come first in the trends, with a sentence each.
    expect(screen.getByRole('heading', { name: 'Mutuality Fidelity Index by team' })).toBeInTheDocument();
    expect(screen.getByText('1 of 2 teams has an alert: Inpatient Bridge (medical-model drift).')).toBeInTheDocument();
    expect(screen.getByText('Inpatient Bridge (MDI 64) leans toward medical-model practice; the other team stays below 25 on both.')).toBeInTheDocument();

    // The overview was asked for self-assessments over the default range, once: the home page asked for it as soon as
    // it knew a manager was signed in, before the dashboard's code had loaded (whose first request is the filter's
    // team options), and the dashboard found that answer instead of asking again.
    const variables = api.callsOf('DriftOverview')[0]!.variables as { filter: Record<string, unknown> };
    expect(variables.filter).toMatchObject({ granularity: 'MONTH', raterTypes: ['SELF'] });
    expect(api.callsOf('DriftOverview')).toHaveLength(1);
    // It asks for what the small multiples draw, not each series' control-chart detail (the team page reads that).
    expect(api.callsOf('DriftOverview')[0]!.query).not.toMatch(/cusumWorse|sigma|baselinePeriods|periodStart/);
    const order = api.calls.map((c) => c.operationName);
    expect(order.indexOf('DriftOverview')).toBeLessThan(order.indexOf('TeamOptions'));
    // Only the measure the small multiples draw: the fidelity index until another is chosen.
    expect(api.callsOf('DriftOverview')[0]!.variables).toMatchObject({ seriesMetrics: ['MFI'] });
  });

  it('asks for the chosen measure’s series when the trends switch measure, and draws them', async () => {
    const api = stubDashboard();
    renderApp('/');
    const trends = await screen.findByRole('region', { name: 'Mutuality Fidelity Index by team' });
    await userEvent.selectOptions(within(trends).getByRole('combobox', { name: 'Measure' }), 'Medical-model drift');
    expect(await screen.findByRole('region', { name: 'Medical-model drift by team' })).toBeInTheDocument();
    await waitFor(() => expect(api.callsOf('DriftOverview').at(-1)!.variables).toMatchObject({ seriesMetrics: ['MDI'] }));
    const cards = await waitFor(() => {
      const shown = [...document.querySelectorAll<HTMLElement>('li.small-multiple')];
      expect(shown).toHaveLength(2);
      return shown;
    });
    // Each card now tells the medical-model series (Inpatient Bridge's alert is on it), not the fidelity index.
    expect(within(cards[0]!).getByRole('link', { name: 'Inpatient Bridge' })).toBeInTheDocument();
    expect(cards[0]!).toHaveTextContent('latest 63.5');
  });

  it('asks for the cards under a manager’s dashboard only once its first screen is in, so they do not compete with it', async () => {
    let answered = false;
    let askedEarly: boolean | undefined;
    stubDashboard({
      DriftOverview: async (v) => {
        await new Promise((r) => setTimeout(r, 150));
        answered = true;
        return overviewResponse(v);
      },
      HomeOverview: () => {
        askedEarly ??= !answered;
        return homeOverviewResponse();
      },
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Programs you oversee' })).toBeInTheDocument();
    expect(askedEarly).toBe(false);
  });

  it('drills into a team: control chart, signal explanation with the items that moved, people and annotations', async () => {
    stubDashboard();
    renderApp('/dashboard/teams/t-inpatient?program=p-bridge');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inpatient Bridge' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Drift dashboard' })).toHaveAttribute('href', '/?program=p-bridge');
    // The drift-index alert is explained first.
    expect(screen.getByRole('heading', { name: 'Medical-model drift (MDI) — Inpatient Bridge' })).toBeInTheDocument();
    const signals = screen.getByRole('region', { name: 'Signals and what moved' });
    expect(within(signals).getByRole('heading', { name: 'Medical-model drift: sustained drift' })).toBeInTheDocument();
    expect(signals).toHaveTextContent('D6.1');
    expect(signals).toHaveTextContent('moved toward drift');
    expect(signals).not.toHaveTextContent('D1.2');
    // Managers are told why individual trends are not theirs to open.
    expect(await screen.findByText(/shown only to them and to their supervisor \(Dr. Helen Marsh for this team\)/)).toBeInTheDocument();
    const annotations = screen.getByRole('region', { name: 'Annotations' });
    expect(within(annotations).getByRole('button', { name: 'Edit Ward reorganisation' })).toBeInTheDocument();
    expect(within(annotations).queryByRole('button', { name: 'Edit Nora Quinn joined the team' })).not.toBeInTheDocument();
  });
});

const createdAction: CreateActionMutation['createAction'] = {
  id: 'a1', scope: 'TEAM', status: 'OPEN', overdue: false, textVisible: true, description: 'Reflect together', canUpdate: true, source: 'SIGNAL',
  team: { id: 't-inpatient', name: 'Inpatient Bridge' }, person: null, groupSession: false, supervisor: null, owner: { id: 'person-me', name: 'Morgan Reyes' },
  dueOn: '2026-12-19', createdOn: '2026-11-21', completedOn: null, metric: 'MDI', metricLabel: 'Medical-model drift', worseDirection: 'up',
  signalPeriod: '2026-06', signalRule: 'CUSUM', signalDirection: 'worse', before: null, after: null, change: null,
};

describe('The loop: from a signal to an action', () => {
  it('makes a team’s signal the team’s action by default, naming nobody, with the signal’s direction', async () => {
    const api = stubDashboard({ CreateAction: () => answer(CreateActionMutationDocument, { createAction: createdAction }) });
    const { user } = renderApp('/dashboard/teams/t-inpatient');
    await screen.findByRole('heading', { level: 1, name: 'Inpatient Bridge' });
    const signals = screen.getByRole('region', { name: 'Signals and what moved' });
    await user.click(within(signals).getByRole('button', { name: 'Create action' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an action from this signal' });
    expect(within(dialog).getByLabelText('What will be done')).toHaveValue(
      'Reflect together on medical-model drift at Inpatient Bridge (sustained drift, Jun 2026); start with items D6.1.',
    );
    expect(within(dialog).getByLabelText('The whole team (nobody in particular is named)')).toBeChecked();
    expect(within(dialog).queryByLabelText(/On whose supervision agenda/)).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Owner/)).toHaveValue('person-me');
    await user.click(within(dialog).getByRole('button', { name: 'Create action' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('CreateAction')[0]!.variables).toEqual({
      input: {
        scope: 'TEAM', teamId: 't-inpatient', signalId: 't-inpatient:SELF:MDI:2026-06:CUSUM', signalDirection: 'worse', ownerId: 'person-me',
        dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        description: 'Reflect together on medical-model drift at Inpatient Bridge (sustained drift, Jun 2026); start with items D6.1.',
      },
    });
    // The team's drift is read again, so the marker appears on the chart.
    await waitFor(() => expect(api.callsOf('TeamDrift').length).toBeGreaterThan(1));
  });

  it('can put it on one person’s supervision agenda instead', async () => {
    const api = stubDashboard({ CreateAction: () => answer(CreateActionMutationDocument, { createAction: { ...createdAction, scope: 'PERSON' } }) });
    const { user } = renderApp('/dashboard/teams/t-inpatient');
    await screen.findByRole('heading', { level: 1, name: 'Inpatient Bridge' });
    await user.click(within(screen.getByRole('region', { name: 'Signals and what moved' })).getByRole('button', { name: 'Create action' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an action from this signal' });
    await user.click(within(dialog).getByLabelText('One person, on their next supervision agenda'));
    // Nothing is sent until it is complete.
    await user.click(within(dialog).getByRole('button', { name: 'Create action' }));
    expect(within(dialog).getByText('Choose whose supervision it goes to')).toBeInTheDocument();
    expect(api.callsOf('CreateAction')).toHaveLength(0);
    await user.selectOptions(within(dialog).getByLabelText(/On whose supervision agenda/), 'p1');
    await user.selectOptions(within(dialog).getByLabelText(/^Owner/), 'helen');
    await user.click(within(dialog).getByRole('button', { name: 'Create action' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('CreateAction')[0]!.variables).toMatchObject({ input: { scope: 'PERSON', superviseeId: 'p1', ownerId: 'helen' } });
  });

  it('refuses a second open action on the same signal and links to the first', async () => {
    stubDashboard({
      CreateAction: () => ({
        data: null,
        errors: [{ message: 'There is already an open action for this signal; update that one instead', extensions: { code: 'CONFLICT', existingActionId: 'a0', existingActionPath: '/actions?id=a0' } }],
      }),
    });
    const { user } = renderApp('/dashboard/teams/t-inpatient');
    await screen.findByRole('heading', { level: 1, name: 'Inpatient Bridge' });
    await user.click(within(screen.getByRole('region', { name: 'Signals and what moved' })).getByRole('button', { name: 'Create action' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an action from this signal' });
    await user.click(within(dialog).getByRole('button', { name: 'Create action' }));
    expect(await within(dialog).findByText(/already an open action for this signal/)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open the existing action' })).toHaveAttribute('href', '/actions?id=a0');
  });
});

describe('Improvement is a signal too', () => {
  it('lists teams with an improvement in force under “Improving”, beside “Where to look first”, and counts them', async () => {
    stubDashboard({ DriftOverview: (v) => overviewWithImprovementResponse(v) });
    renderApp('/');
    const improving = await screen.findByRole('region', { name: 'Improving' });
    const link = within(improving).getByRole('link', { name: 'Harbor House' });
    expect(link.getAttribute('href')).toMatch(/^\/dashboard\/teams\/t-harbor\?metric=MFI&signal=t-harbor%3ASELF%3AMFI%3A2026-08%3ACUSUM/);
    expect(improving).toHaveTextContent('Mutuality Fidelity Index: sustained improvement (since Jul 2026)');
    expect(within(improving).queryByText('Inpatient Bridge')).not.toBeInTheDocument();
    // An improvement is not something to worry about: Harbor House is neither under “Where to look first” nor “Steady”.
    const attention = screen.getByRole('region', { name: 'Where to look first' });
    expect(within(attention).queryByRole('link', { name: 'Harbor House' })).not.toBeInTheDocument();
    expect(attention).toHaveTextContent('Steady: 1 team with no signal in force.');
    const figures = screen.getByRole('region', { name: 'Key figures' });
    expect(within(figures).getByText('Improving').parentElement).toHaveTextContent('1');
    expect(screen.getByText('1 of 3 teams has an alert: Inpatient Bridge (medical-model drift).')).toBeInTheDocument();
  });

  it('says so when no team is improving', async () => {
    stubDashboard();
    renderApp('/');
    const improving = await screen.findByRole('region', { name: 'Improving' });
    expect(improving).toHaveTextContent('No team shows a sustained improvement right now.');
  });
});

describe('Restarting a team’s baseline', () => {
  const withRestart = () => {
    const response = teamDriftResponse();
    response.data.teamDrift.annotations.push({
      id: 'baseline:5b0c7f2e-0000-4000-8000-000000000009', teamId: 't-inpatient', personId: null, onDate: '2026-10-02',
      label: 'Drift baseline restarted', kind: 'BASELINE_RESET', details: 'Ward merger', automatic: false,
    });
    return response;
  };

  it('lets the program’s manager restart it from a date with a reason, and remove a restart', async () => {
    const api = stubDashboard({
      TeamDrift: () => withRestart(),
      RebaselineTeam: () => answer(RebaselineTeamMutationDocument, { rebaselineTeam: { id: 'r1', teamId: 't-inpatient', fromDate: '2026-11-02', reason: 'Team day' } }),
      DeleteBaselineReset: () => answer(DeleteBaselineResetMutationDocument, { deleteBaselineReset: true }),
    });
    const { user } = renderApp('/dashboard/teams/t-inpatient');
    const annotations = await screen.findByRole('region', { name: 'Annotations' });
    expect(annotations).toHaveTextContent('Drift baseline restarted');
    expect(annotations).toHaveTextContent('Baseline restart');
    // A restart is not edited like a note.
    expect(within(annotations).queryByRole('button', { name: 'Edit Drift baseline restarted' })).not.toBeInTheDocument();

    await user.click(within(annotations).getByRole('button', { name: 'Restart baseline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restart the drift baseline' });
    await user.click(within(dialog).getByRole('button', { name: 'Restart baseline' }));
    expect(within(dialog).getByText('Say in a few words why the baseline restarts')).toBeInTheDocument();
    expect(api.callsOf('RebaselineTeam')).toHaveLength(0);
    const from = within(dialog).getByLabelText(/^From/);
    await user.clear(from);
    await user.type(from, '2026-11-02');
    await user.type(within(dialog).getByLabelText(/^Why/), 'Team day');
    await user.click(within(dialog).getByRole('button', { name: 'Restart baseline' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('RebaselineTeam')[0]!.variables).toEqual({ input: { teamId: 't-inpatient', fromDate: '2026-11-02', reason: 'Team day' } });

    await user.click(within(annotations).getByRole('button', { name: /^Remove the baseline restart/ }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove this baseline restart?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove restart' }));
    await waitFor(() => expect(api.callsOf('DeleteBaselineReset')).toHaveLength(1));
    expect(api.callsOf('DeleteBaselineReset')[0]!.variables).toEqual({ id: '5b0c7f2e-0000-4000-8000-000000000009' });
  });

  it('is not offered to a supervisor', async () => {
    stubDashboard({ Me: () => meResponse(['SUPERVISOR'], { name: 'Dr. Helen Marsh' }), TeamDrift: () => withRestart() });
    renderApp('/dashboard/teams/t-inpatient');
    const annotations = await screen.findByRole('region', { name: 'Annotations' });
    expect(within(annotations).queryByRole('button', { name: 'Restart baseline' })).not.toBeInTheDocument();
    expect(within(annotations).queryByRole('button', { name: /^Remove the baseline restart/ })).not.toBeInTheDocument();
  });
});
