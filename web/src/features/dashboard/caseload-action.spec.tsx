import { screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import { CreateActionMutationDocument } from '../actions/actions.graphql';
import { LanguageDensityQueryDocument, TeamMembersQueryDocument } from './dashboard.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { teamDriftResponse, teamOptionsResponse } from './test-fixtures';

const members = [
  { id: 'p1', name: 'Zara Patel', jobTitle: 'Peer specialist', supervisor: { id: 'helen', name: 'Dr. Helen Marsh' } },
  { id: 'p2', name: 'Omar Diaz', jobTitle: 'Peer specialist', supervisor: { id: 'helen', name: 'Dr. Helen Marsh' } },
  { id: 'p3', name: 'Ivy Chen', jobTitle: 'Peer specialist', supervisor: { id: 'sam', name: 'Sam Okafor' } },
];

function stubTeamPage() {
  return stubGraphQL({
    Me: () => meResponse(['PROGRAM_MANAGER'], { name: 'Morgan Reyes' }),
    TeamOptions: () => teamOptionsResponse(),
    TeamDrift: () => teamDriftResponse(),
    DriftTeamMembers: () => answer(TeamMembersQueryDocument, { team: { id: 't-inpatient', name: 'Inpatient Bridge', members } }),
    DriftLanguageDensity: () => answer(LanguageDensityQueryDocument, { languageDensitySeries: [] }),
    CreateAction: (v) => answer(CreateActionMutationDocument, {
        createAction: {
          id: 'a9', scope: 'CASELOAD', status: 'OPEN', overdue: false, textVisible: true, description: (v.input as { description: string }).description, canUpdate: true,
          source: 'SIGNAL', team: { id: 't-inpatient', name: 'Inpatient Bridge' }, person: null, groupSession: false, supervisor: { id: 'sam', name: 'Sam Okafor' },
          owner: { id: 'sam', name: 'Sam Okafor' }, dueOn: '2026-12-29', createdOn: '2026-12-01', completedOn: null, metric: 'MDI', metricLabel: 'Medical-model drift',
          worseDirection: 'up', signalPeriod: '2026-06', signalRule: 'CUSUM', signalDirection: 'worse', before: null, after: null, change: null,
        },
      }),
  });
}

describe('An action for one supervisor’s caseload', () => {
  it('names the supervisor, suggests them as owner, and sends the caseload scope without naming a supervisee', async () => {
    const api = stubTeamPage();
    const { user } = renderApp('/dashboard/teams/t-inpatient');
    await screen.findByRole('heading', { level: 1, name: 'Inpatient Bridge' });
    await user.click(within(screen.getByRole('region', { name: 'Signals and what moved' })).getByRole('button', { name: 'Create action' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an action from this signal' });
    await user.click(within(dialog).getByLabelText(/One supervisor’s caseload/));
    // Incomplete: nothing is sent and the missing choice is named.
    await user.click(within(dialog).getByRole('button', { name: 'Create action' }));
    expect(within(dialog).getByText('Choose whose caseload it is')).toBeInTheDocument();
    expect(api.callsOf('CreateAction')).toHaveLength(0);
    const caseload = within(dialog).getByLabelText(/Whose caseload/);
    // Each supervisor once, with how many of this team they supervise.
    expect(within(caseload).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a supervisor', 'Dr. Helen Marsh — supervises 2 people here', 'Sam Okafor — supervises 1 person here',
    ]);
    await user.selectOptions(caseload, 'sam');
    expect(within(dialog).getByLabelText(/^Owner/)).toHaveValue('sam');
    await user.click(within(dialog).getByRole('button', { name: 'Create action' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const { input } = api.callsOf('CreateAction')[0]!.variables as { input: Record<string, unknown> };
    expect(input).toMatchObject({ scope: 'CASELOAD', supervisorId: 'sam', ownerId: 'sam', teamId: 't-inpatient' });
    expect(input).not.toHaveProperty('superviseeId');
    expect(await screen.findByText(/Action created for the caseload/)).toBeInTheDocument();
  });
});
