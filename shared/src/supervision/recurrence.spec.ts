import { buildRRule, describeRecurrence, parseRRule } from './recurrence';

describe('buildRRule', () => {
  it('writes parts in a fixed order and leaves INTERVAL=1 out', () => {
    expect(buildRRule({ freq: 'WEEKLY', interval: 2, byDay: ['TU'], until: new Date('2027-03-01T23:59:59Z') })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270301T235959Z',
    );
    expect(buildRRule({ freq: 'WEEKLY', interval: 1, byDay: ['th', 'MO'] })).toBe('FREQ=WEEKLY;BYDAY=TH,MO');
    expect(buildRRule({ freq: 'MONTHLY', interval: 1, byMonthDay: 15, count: 6 })).toBe('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6');
    expect(buildRRule({ freq: 'MONTHLY', interval: 1, byDay: ['-1FR'] })).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(buildRRule({ freq: 'DAILY', interval: 3 })).toBe('FREQ=DAILY;INTERVAL=3');
  });

  it('rejects invalid options', () => {
    const until = new Date('2027-01-01T00:00:00Z');
    expect(() => buildRRule({ freq: 'WEEKLY', interval: 1, count: 3, until })).toThrow('COUNT and UNTIL');
    expect(() => buildRRule({ freq: 'WEEKLY', interval: 0 })).toThrow('INTERVAL');
    expect(() => buildRRule({ freq: 'WEEKLY', interval: 1.5 })).toThrow('INTERVAL');
    expect(() => buildRRule({ freq: 'WEEKLY', interval: 1, byDay: ['XX'] })).toThrow('BYDAY');
    expect(() => buildRRule({ freq: 'MONTHLY', interval: 1, byMonthDay: 32 })).toThrow('BYMONTHDAY');
    expect(() => buildRRule({ freq: 'MONTHLY', interval: 1, byMonthDay: 0 })).toThrow('BYMONTHDAY');
    expect(() => buildRRule({ freq: 'DAILY', interval: 1, count: 0 })).toThrow('COUNT');
  });

  it('round-trips through parseRRule', () => {
    const until = new Date('2027-03-01T23:59:59Z');
    expect(parseRRule(buildRRule({ freq: 'WEEKLY', interval: 2, byDay: ['TU', 'FR'], until }))).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      byDay: [
        { ordinal: null, day: 'TU' },
        { ordinal: null, day: 'FR' },
      ],
      byMonthDay: [],
      count: null,
      until,
      unsupported: [],
    });
  });
});

describe('parseRRule', () => {
  it('accepts an RRULE: prefix, lower case and date-only UNTIL', () => {
    expect(parseRRule('RRULE:freq=weekly;byday=1mo;until=20270301')).toMatchObject({
      freq: 'WEEKLY',
      byDay: [{ ordinal: 1, day: 'MO' }],
      until: new Date('2027-03-01T00:00:00Z'),
    });
  });

  it('rejects broken rules', () => {
    expect(() => parseRRule('INTERVAL=2')).toThrow('FREQ is required');
    expect(() => parseRRule('FREQ=HOURLY')).toThrow('Unsupported FREQ');
    expect(() => parseRRule('FREQ=WEEKLY;UNTIL=20270230')).toThrow('UNTIL');
    expect(() => parseRRule('FREQ=WEEKLY;COUNT=2;UNTIL=20270301')).toThrow('COUNT and UNTIL');
    expect(() => parseRRule('FREQ=WEEKLY;oops')).toThrow('Invalid RRULE part');
  });
});

describe('describeRecurrence', () => {
  it.each([
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270301T235959Z', 'every 2 weeks on Tuesday until 1 Mar 2027'],
    ['FREQ=WEEKLY;BYDAY=TH,MO', 'every Monday and Thursday'],
    ['FREQ=WEEKLY', 'every week'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'every weekday'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=FR,MO,WE', 'every 2 weeks on Monday, Wednesday and Friday'],
    ['FREQ=DAILY', 'every day'],
    ['FREQ=DAILY;INTERVAL=3;COUNT=1', 'every 3 days, once'],
    ['FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6', 'every month on the 15th, 6 times'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,22', 'every month on the 1st and 22nd'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'every month on the last day'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'every month on the last Friday'],
    ['FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO', 'every 3 months on the first Monday'],
    ['FREQ=MONTHLY;BYDAY=2TU,4TU', 'every month on the second Tuesday and fourth Tuesday'],
    ['FREQ=YEARLY', 'every year'],
    ['RRULE:FREQ=WEEKLY;UNTIL=20270301', 'every week until 1 Mar 2027'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'every month on weekdays (with additional rules)'],
    ['FREQ=WEEKLY;WKST=MO;BYDAY=WE', 'every Wednesday'],
    ['FREQ=HOURLY', 'on a custom schedule'],
    ['', 'on a custom schedule'],
  ])('%s → %s', (rule, words) => {
    expect(describeRecurrence(rule)).toBe(words);
  });

  it('formats the UNTIL date for the locale', () => {
    expect(describeRecurrence('FREQ=WEEKLY;UNTIL=20270301T235959Z', 'en-US')).toBe('every week until Mar 1, 2027');
  });
});

describe('describeRecurrence in a time zone', () => {
  it('names the UNTIL date where the series happens, not in UTC', () => {
    // 1 March 2027 23:59 in New York is 2 March 04:59 UTC.
    const rule = 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270302T045900Z';
    expect(describeRecurrence(rule, 'en-GB', 'America/New_York')).toBe('every Tuesday until 1 Mar 2027');
    expect(describeRecurrence(rule)).toBe('every Tuesday until 2 Mar 2027');
  });
});
