import { render, screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import type { SupervisorWeekQuery } from '../../gql/graphql';
import { SupervisorWeekQueryDocument } from './week.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { complianceWordsCases } from './testing/compliance-cases';
import { ComplianceStatusWords } from './compliance-page';
import { SUPERVISEE, SUPERVISOR } from './testing/fixtures';

type Week = SupervisorWeekQuery['supervisorWeek'];

const EMPTY_WEEK: Week = {
  timeZone: 'Europe/London', from: '2026-03-02T00:00:00.000Z', to: '2026-03-09T00:00:00.000Z',
  sessions: [], notesToWrite: [], notesAwaiting: [], ratingsDue: [], actionItemsDue: [],
};
const OCC = { id: 'sess-1_20260303T120000Z', startsAt: '2026-03-03T12:00:00.000Z', endsAt: '2026-03-03T13:00:00.000Z', supervisees: [SUPERVISEE] };

function stubWeek(week: Partial<Week>) {
  return stubGraphQL({
    Me: () => meResponse(['SUPERVISOR'], { id: SUPERVISOR.id, name: SUPERVISOR.name }),
    SupervisorWeek: () => answer(SupervisorWeekQueryDocument, { supervisorWeek: { ...EMPTY_WEEK, ...week } }),
  });
}

describe('Your week (supervisor)', () => {
  it('says what to do when the week is empty', async () => {
    const api = stubWeek({});
    renderApp('/supervision/week');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your week' })).toBeInTheDocument();
    const sessions = await screen.findByRole('region', { name: 'Sessions this week' });
    expect(within(sessions).getByRole('link', { name: 'Schedule one from the supervision calendar' })).toHaveAttribute('href', '/supervision');
    expect(screen.getByRole('region', { name: 'Notes to write' })).toHaveTextContent('Every session you held in the last 60 days has a note.');
    expect(screen.getByRole('region', { name: 'Notes waiting for you' })).toHaveTextContent('Nothing to finalise or sign.');
    expect(screen.getByRole('region', { name: 'Observation ratings due' })).toHaveTextContent('No observation ratings due by the end of this week.');
    expect(screen.getByRole('region', { name: 'Actions due' })).toHaveTextContent('No open actions due by the end of this week.');
    expect(screen.getByText(/2 – 8 Mar 2026, times in Europe\/London/)).toBeInTheDocument();
    expect(api.callsOf('SupervisorWeek')[0]!.variables.input).toMatchObject({ weekOffset: 0, timeZone: expect.any(String) });
  });

  it('lists what is planned and waiting, each with the way to act on it', async () => {
    stubWeek({
      sessions: [{ ...OCC, status: 'SCHEDULED', modality: 'INDIVIDUAL', note: null }],
      notesToWrite: [{ ...OCC, status: 'COMPLETED' }],
      notesAwaiting: [
        { noteId: 'n1', occurrenceId: 'sess-2_20260226T120000Z', heldAt: '2026-02-26T12:00:00.000Z', step: 'COUNTER_SIGN', with: [SUPERVISEE] },
        { noteId: 'n2', occurrenceId: 'sess-3_20260227T120000Z', heldAt: '2026-02-27T12:00:00.000Z', step: 'FINALIZE', with: [{ id: 'p2', name: 'Maya Chen' }] },
      ],
      ratingsDue: [{ subjectId: SUPERVISEE.id, subjectName: SUPERVISEE.name, dueDate: '2026-03-01', status: 'OVERDUE', draftId: null }],
      actionItemsDue: [{ id: 'a1', description: 'Ask before advising', textVisible: true, dueOn: '2026-03-04', occurrenceId: 'sess-2_20260226T120000Z', owner: SUPERVISEE }],
    });
    renderApp('/supervision/week');
    const sessions = await screen.findByRole('region', { name: /^Sessions this week/ });
    expect(within(sessions).getByRole('link', { name: /Tuesday 3 March 2026/ })).toHaveAttribute('href', '/supervision/occurrences/sess-1_20260303T120000Z');
    expect(within(sessions).getByText('Scheduled')).toBeInTheDocument();
    const toWrite = screen.getByRole('region', { name: /^Notes to write/ });
    expect(within(toWrite).getByRole('link', { name: 'Write the note of the session with Jordan Lee' })).toHaveAttribute('href', '/supervision/occurrences/sess-1_20260303T120000Z');
    const awaiting = screen.getByRole('region', { name: /^Notes waiting for you/ });
    expect(within(awaiting).getByRole('link', { name: /^Counter-sign the note of 26 Feb 2026 with Jordan Lee/ })).toBeInTheDocument();
    expect(within(awaiting).getByRole('link', { name: /^Finalise the note of 27 Feb 2026 with Maya Chen/ })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /^Observation ratings due/ })).getByText('Was due 1 Mar 2026')).toBeInTheDocument();
    const actions = screen.getByRole('region', { name: /^Actions due/ });
    expect(within(actions).getByText('Ask before advising')).toBeInTheDocument();
    expect(within(actions).getByText(/Jordan Lee · (was )?due 4 Mar 2026/)).toBeInTheDocument();
  });

  it('moves to the next week through the URL', async () => {
    const api = stubWeek({});
    const { user, location } = renderApp('/supervision/week');
    await user.click(await screen.findByRole('button', { name: 'Next week' }));
    await waitFor(() => expect(location().search).toBe('?week=1'));
    await waitFor(() => expect(api.callsOf('SupervisorWeek').some((c) => (c.variables.input as { weekOffset: number }).weekOffset === 1)).toBe(true));
  });
});

describe('Compliance status words', () => {
  it.each(complianceWordsCases)('%j shows “%s”', (figures, label) => {
    render(<ComplianceStatusWords figures={figures} />);
    expect(screen.getByText(label)).toBeInTheDocument();
    if (figures.recorded >= figures.required) expect(document.body).not.toHaveTextContent(/overdue/i);
  });
});
