import { defaultRecurrence, describeDraft, recurrenceProblems, recurrenceToRRule, type RecurrenceDraft } from './recurrence-model';

const base = (patch: Partial<RecurrenceDraft>): RecurrenceDraft => ({ ...defaultRecurrence('2026-03-03'), ...patch });

describe('the recurrence builder model', () => {
  it('starts as a one-off on the first session’s weekday and date', () => {
    const draft = defaultRecurrence('2026-03-03');
    expect(draft).toMatchObject({ kind: 'NONE', weekdays: ['TU'], monthDay: 3 });
    expect(recurrenceToRRule(draft, 'Europe/London')).toBeNull();
    expect(describeDraft(draft)).toBe('Does not repeat');
  });

  it('builds a weekly rule with an interval and several days, in week order', () => {
    const draft = base({ kind: 'WEEKLY', interval: 2, weekdays: ['TH', 'TU'] });
    expect(recurrenceToRRule(draft, 'Europe/London')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH');
    expect(describeDraft(draft)).toBe('Every 2 weeks on Tuesday and Thursday');
  });

  it('builds a monthly rule on day 31 (and the last day)', () => {
    expect(recurrenceToRRule(base({ kind: 'MONTHLY', monthDay: 31 }), 'UTC')).toBe('FREQ=MONTHLY;BYMONTHDAY=31');
    expect(describeDraft(base({ kind: 'MONTHLY', monthDay: 31 }))).toBe('Every month on the 31st');
    expect(recurrenceToRRule(base({ kind: 'MONTHLY', interval: 3, monthDay: -1 }), 'UTC')).toBe('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1');
    expect(describeDraft(base({ kind: 'MONTHLY', monthDay: -1 }))).toBe('Every month on the last day');
  });

  it('ends on the chosen day in the series’ zone (UNTIL in UTC) and words it as that day', () => {
    const draft = base({ kind: 'WEEKLY', weekdays: ['TU'], end: 'UNTIL', until: '2027-03-01' });
    expect(recurrenceToRRule(draft, 'Europe/London')).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270301T235959Z');
    // New York is five hours behind in March: the end of 1 March there is early on 2 March in UTC.
    expect(recurrenceToRRule(draft, 'America/New_York')).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270302T045959Z');
    expect(describeDraft(draft)).toBe('Every Tuesday until 1 Mar 2027');
  });

  it('ends after a number of sessions', () => {
    const draft = base({ kind: 'WEEKLY', weekdays: ['MO', 'TH'], end: 'COUNT', count: 6 });
    expect(recurrenceToRRule(draft, 'UTC')).toBe('FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6');
    expect(describeDraft(draft)).toBe('Every Monday and Thursday, 6 times');
  });

  it('says what is missing', () => {
    expect(recurrenceProblems(base({ kind: 'WEEKLY', weekdays: [] }), '2026-03-03')).toEqual({ weekdays: 'Choose at least one day.' });
    expect(recurrenceProblems(base({ kind: 'WEEKLY', end: 'UNTIL', until: '2026-03-01' }), '2026-03-03')).toEqual({ until: 'The last date is before the first session.' });
    expect(recurrenceProblems(base({ kind: 'MONTHLY', interval: 0, end: 'COUNT', count: Number.NaN }), '2026-03-03')).toEqual({
      interval: 'Choose a whole number from 1 to 52.',
      count: 'Choose how many sessions (1 to 500).',
    });
  });
});
