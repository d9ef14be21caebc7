import { screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL, type GraphQLResponseStub } from '../../test/graphql-stub';
import { ScheduleSupervisionMutationDocument, SupervisionOccurrencesQueryDocument, SupervisionPeopleQueryDocument } from './supervision.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { occurrenceFixture, SUPERVISEE, SUPERVISOR } from './testing/fixtures';
import { addDays, todayKey } from './time';

function stubCalendar(occurrences = [occurrenceFixture()], extra: Record<string, (v: Record<string, unknown>) => GraphQLResponseStub> = {}) {
  return stubGraphQL({
    Me: () => meResponse(['SUPERVISOR'], { id: SUPERVISOR.id, name: SUPERVISOR.name }),
    SupervisionOccurrences: () => answer(SupervisionOccurrencesQueryDocument, { supervisionSessions: occurrences }),
    SupervisionPeople: () => answer(SupervisionPeopleQueryDocument, { me: { id: SUPERVISOR.id, supervisees: [{ ...SUPERVISEE, active: true, team: null }, { id: 'staff-2', name: 'Maya Chen', active: true, team: null }] } }),
    ...extra,
  });
}

describe('The supervision calendar', () => {
  it('places an occurrence on its day in the week view, with its status in words', async () => {
    const api = stubCalendar([
      occurrenceFixture({ status: 'MISSED', statusReason: 'Jordan was unwell' }),
      occurrenceFixture({ id: 'sess-2_20260305T120000Z', startsAt: '2026-03-05T12:00:00.000Z', status: 'CANCELLED', supervisees: [{ id: 'staff-2', name: 'Maya Chen' }] }),
      occurrenceFixture({ id: 'sess-3_20260306T120000Z', startsAt: '2026-03-06T12:00:00.000Z', moved: true }),
    ]);
    renderApp('/supervision?date=2026-03-04');
    const grid = await screen.findByRole('grid', { name: 'Week of 2 – 8 Mar 2026' });
    const tuesday = await within(grid).findByRole('gridcell', { name: /^Tuesday 3 March 2026, 1 session/ });
    const chip = await within(tuesday).findByRole('button', { name: /Jordan Lee/ });
    expect(chip).toHaveTextContent('Missed');
    expect(within(grid).getByRole('gridcell', { name: /^Monday 2 March 2026, no sessions/ })).toBeInTheDocument();
    expect(within(within(grid).getByRole('gridcell', { name: /^Thursday 5 March/ })).getByRole('button')).toHaveTextContent(/Maya Chen.*Cancelled/);
    expect(within(within(grid).getByRole('gridcell', { name: /^Friday 6 March/ })).getByRole('button')).toHaveTextContent(/Scheduled.*Moved/);
    // The range asked for is the viewer's week.
    const [first] = api.callsOf('SupervisionOccurrences').filter((c) => !('includeCancelled' in (c.variables.filter as object)));
    expect(first?.variables.filter).toMatchObject({ from: new Date(2026, 2, 2).toISOString(), to: new Date(2026, 2, 9).toISOString(), supervisorId: SUPERVISOR.id });
  });

  it('moves between days with the arrow keys and changes week past the edge', async () => {
    stubCalendar();
    const { user, location } = renderApp('/supervision?date=2026-03-04');
    const grid = await screen.findByRole('grid', { name: 'Week of 2 – 8 Mar 2026' });
    const wednesday = within(grid).getByRole('gridcell', { name: /^Wednesday 4 March 2026/ });
    expect(wednesday).toHaveAttribute('tabindex', '0');
    wednesday.focus();
    await user.keyboard('{ArrowLeft}');
    expect(within(grid).getByRole('gridcell', { name: /^Tuesday 3 March 2026/ })).toHaveFocus();
    expect(location().search).toContain('date=2026-03-03');
    await user.keyboard('{End}{ArrowRight}');
    expect(await screen.findByRole('grid', { name: 'Week of 9 – 15 Mar 2026' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('gridcell', { name: /^Monday 9 March 2026/ })).toHaveFocus());
  });

  it('opens an occurrence with its details, .ics and actions', async () => {
    stubCalendar([occurrenceFixture({ status: 'COMPLETED' })]);
    const { user } = renderApp('/supervision?date=2026-03-04');
    await user.click(await screen.findByRole('button', { name: /Jordan Lee/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Supervision with Jordan Lee' });
    expect(within(dialog).getByRole('link', { name: 'Download .ics' })).toHaveAttribute('href', '/calendar/session/sess-1_20260303T120000Z.ics');
    expect(within(dialog).getByRole('link', { name: 'Open session' })).toHaveAttribute('href', '/supervision/occurrences/sess-1_20260303T120000Z');
    expect(within(dialog).getByRole('button', { name: 'Mark as missed' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'End the series…' })).toBeInTheDocument();
    // Held sessions cannot be moved or cancelled.
    expect(within(dialog).queryByRole('button', { name: 'Move…' })).not.toBeInTheDocument();
  });
});

describe('Scheduling', () => {
  it('builds the recurrence in plain words, sends an RRULE and shows double-booking warnings after saving', async () => {
    const api = stubCalendar([], {
      ScheduleSupervision: () => answer(ScheduleSupervisionMutationDocument, {
          scheduleSupervision: {
            warnings: ['Double-booked: Sam Okafor already has a supervision session on Tue, 10 Mar 2026, 10:00 (Europe/London).'],
            session: { id: 'sess-9', startsAt: '2026-03-10T10:00:00.000Z', recurrenceText: 'every 2 weeks on Tuesday and Thursday until 1 Mar 2027' },
          },
        }),
    });
    const { user } = renderApp('/supervision?date=2026-03-04');
    await user.click(await screen.findByRole('button', { name: 'Schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule supervision' });
    await user.selectOptions(within(dialog).getByLabelText('Supervisee'), 'Jordan Lee');
    const date = within(dialog).getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2027-03-09');
    await user.selectOptions(within(dialog).getByLabelText('Time zone'), 'Europe/London');
    expect(within(dialog).getByText('Does not repeat', { selector: 'p' })).toBeInTheDocument();

    await user.selectOptions(within(dialog).getByLabelText('Pattern'), 'WEEKLY');
    const every = within(dialog).getByLabelText(/^Every/);
    await user.clear(every);
    await user.type(every, '2');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Thursday' }));
    expect(within(dialog).getByRole('checkbox', { name: 'Tuesday' })).toBeChecked();
    expect(within(dialog).getByText('Every 2 weeks on Tuesday and Thursday')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Until a date' }));
    await user.type(within(dialog).getByLabelText('Last date'), '2027-06-01');
    expect(within(dialog).getByText('Every 2 weeks on Tuesday and Thursday until 1 Jun 2027')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(api.callsOf('ScheduleSupervision')).toHaveLength(1));
    expect(api.callsOf('ScheduleSupervision')[0]!.variables.input).toMatchObject({
      supervisorId: SUPERVISOR.id,
      superviseeIds: [SUPERVISEE.id],
      modality: 'INDIVIDUAL',
      startsAt: '2027-03-09T10:00',
      timeZone: 'Europe/London',
      durationMinutes: 60,
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270601T225959Z',
    });
    const after = await screen.findByRole('dialog', { name: 'Scheduled' });
    expect(within(after).getByText(/Double-booked: Sam Okafor already has/)).toBeInTheDocument();
  });

  it('asks for the missing choices before sending anything', async () => {
    const api = stubCalendar();
    const { user } = renderApp('/supervision?date=2026-03-04');
    await user.click(await screen.findByRole('button', { name: 'Schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule supervision' });
    await user.selectOptions(within(dialog).getByLabelText('Pattern'), 'MONTHLY');
    await user.selectOptions(within(dialog).getByLabelText('On day of the month'), '31');
    expect(within(dialog).getByText(/Every month on the 31st/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Months without a day 31 have no session/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'After a number of sessions' }));
    const count = within(dialog).getByLabelText('Number of sessions');
    await user.clear(count);
    await user.type(count, '6');
    expect(within(dialog).getByText('Every month on the 31st, 6 times')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(within(dialog).getByText('Choose a supervisee.')).toBeInTheDocument();
    expect(api.callsOf('ScheduleSupervision')).toHaveLength(0);
  });

  it('flags a start in the past in the form, before anything is saved', async () => {
    const api = stubCalendar();
    const { user } = renderApp('/supervision');
    await user.click(await screen.findByRole('button', { name: 'Schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule supervision' });
    const date = within(dialog).getByLabelText('Date');
    await user.clear(date);
    await user.type(date, addDays(todayKey(), -1));
    expect(await within(dialog).findByText('This start is in the past')).toBeInTheDocument();
    expect(within(dialog).getByText(/has already gone by\. If you meant a future date, change it now/)).toBeInTheDocument();
    expect(api.callsOf('ScheduleSupervision')).toHaveLength(0);
    await user.clear(date);
    await user.type(date, addDays(todayKey(), 2));
    await waitFor(() => expect(within(dialog).queryByText('This start is in the past')).not.toBeInTheDocument());
  });

  it('schedules a whole team as one group session in one step', async () => {
    const team = { id: 'team-a', name: 'Northside' };
    const api = stubCalendar([], {
      SupervisionPeople: () => answer(SupervisionPeopleQueryDocument, { me: { id: SUPERVISOR.id, supervisees: [
          { ...SUPERVISEE, active: true, team }, { id: 'staff-2', name: 'Maya Chen', active: true, team }, { id: 'staff-3', name: 'Ola Berg', active: true, team: { id: 'team-b', name: 'Riverside' } },
        ] } }),
      ScheduleSupervision: () => answer(ScheduleSupervisionMutationDocument, { scheduleSupervision: { warnings: [], session: { id: 'sess-9', startsAt: '2026-03-10T10:00:00.000Z', recurrenceText: null } } }),
    });
    const { user } = renderApp('/supervision');
    await user.click(await screen.findByRole('button', { name: 'Schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule supervision' });
    expect(within(dialog).getByText(/choose Group as the kind of session/)).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Kind of session'), 'GROUP');
    await user.click(within(dialog).getByRole('button', { name: 'Everyone in Northside (2)' }));
    expect(within(dialog).getByRole('checkbox', { name: 'Jordan Lee' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Maya Chen' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Ola Berg' })).not.toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Everyone in Northside (2)' })).toBeDisabled();
    const date = within(dialog).getByLabelText('Date');
    await user.clear(date);
    await user.type(date, addDays(todayKey(), 3));
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(api.callsOf('ScheduleSupervision')).toHaveLength(1));
    expect(api.callsOf('ScheduleSupervision')[0]!.variables.input).toMatchObject({ modality: 'GROUP', superviseeIds: [SUPERVISEE.id, 'staff-2'] });
  });
});

