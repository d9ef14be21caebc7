import { canonicalTimeZone, floatingToInstant, instantToFloating, wallTimeOf } from '@tandem/shared';
import ICAL from 'ical.js';
import { buildCalendar, type IcsSeries } from './ics';
import {
  expandOccurrences, isOriginalStart, lastStartOf, normaliseSeries, occurrenceId, originalStarts, parseOccurrenceId, RecurrenceError,
  ruleEndingBefore, type OccurrenceOverride, type SeriesTiming,
} from './occurrences';
import { transitions } from './ical-time';

const d = (iso: string) => new Date(iso);
const floating = (iso: string) => Date.parse(`${iso}Z`);
const local = (instant: Date, tz: string) => {
  const w = wallTimeOf(instant, tz);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
};

function series(startLocal: string, timeZone: string, recurrence: string | null, durationMinutes = 60): SeriesTiming {
  const n = normaliseSeries({ startsLocalMs: floating(startLocal), timeZone, recurrence, durationMinutes });
  return { startsLocalMs: n.startsLocalMs, timeZone, recurrence: n.recurrence, durationMinutes };
}

describe('time zones', () => {
  it('validates IANA names', () => {
    expect(canonicalTimeZone('Europe/London')).toBe('Europe/London');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('EST')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });

  it('reads skipped local times with the offset before the gap and repeated ones as the first (RFC 5545 §3.3.5)', () => {
    // London, 29 Mar 2026: 01:00 GMT → 02:00 BST. 01:30 does not exist.
    expect(new Date(floatingToInstant(floating('2026-03-29T01:30:00'), 'Europe/London')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 25 Oct 2026: 02:00 BST → 01:00 GMT. 01:30 happens twice; the first is BST.
    expect(new Date(floatingToInstant(floating('2026-10-25T01:30:00'), 'Europe/London')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instantToFloating(Date.parse('2026-07-01T09:00:00Z'), 'Europe/London')).toBe(floating('2026-07-01T10:00:00'));
  });

  it('finds the daylight-saving transitions', () => {
    const found = transitions('Europe/London', Date.parse('2026-01-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z'));
    expect(found.map((t) => new Date(t.at).toISOString())).toEqual(['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']);
  });
});

describe('series expansion', () => {
  it('a weekly 10:00 Europe/London series stays at 10:00 local across the October and March changes', () => {
    const s = series('2026-10-06T10:00:00', 'Europe/London', 'FREQ=WEEKLY;BYDAY=TU');
    const oct = originalStarts(s, d('2026-10-01T00:00:00Z'), d('2026-11-05T00:00:00Z'));
    expect(oct.map((x) => x.toISOString())).toEqual([
      '2026-10-06T09:00:00.000Z', '2026-10-13T09:00:00.000Z', '2026-10-20T09:00:00.000Z', // BST
      '2026-10-27T10:00:00.000Z', '2026-11-03T10:00:00.000Z', // GMT
    ]);
    expect(oct.map((x) => local(x, 'Europe/London').slice(11))).toEqual(['10:00', '10:00', '10:00', '10:00', '10:00']);
    const march = originalStarts(s, d('2027-03-20T00:00:00Z'), d('2027-04-01T00:00:00Z'));
    expect(march.map((x) => x.toISOString())).toEqual(['2027-03-23T10:00:00.000Z', '2027-03-30T09:00:00.000Z']);
  });

  it('works the same in New York (a different change date)', () => {
    const s = series('2026-10-29T16:30:00', 'America/New_York', 'FREQ=WEEKLY;COUNT=2');
    expect(originalStarts(s, d('2026-10-01T00:00:00Z'), d('2026-12-01T00:00:00Z')).map((x) => x.toISOString())).toEqual([
      '2026-10-29T20:30:00.000Z', '2026-11-05T21:30:00.000Z',
    ]);
  });

  it('"monthly on the 31st" skips months without a 31st (RFC 5545), it does not clamp', () => {
    const s = series('2026-01-31T09:00:00', 'Europe/London', 'FREQ=MONTHLY;BYMONTHDAY=31');
    const starts = originalStarts(s, d('2026-01-01T00:00:00Z'), d('2027-01-01T00:00:00Z'));
    expect(starts.map((x) => local(x, 'Europe/London'))).toEqual([
      '2026-01-31 09:00', '2026-03-31 09:00', '2026-05-31 09:00', '2026-07-31 09:00', '2026-08-31 09:00', '2026-10-31 09:00', '2026-12-31 09:00',
    ]);
  });

  it('normalises the rule: prefix and case, UNTIL to UTC, a start moved onto the pattern, a finite end', () => {
    const n = normaliseSeries({ startsLocalMs: floating('2026-10-05T10:00:00'), timeZone: 'Europe/London', recurrence: 'rrule:freq=weekly;byday=tu;until=20261027', durationMinutes: 60 });
    expect(n.recurrence).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261027T235959Z'); // end of the local day (GMT by then)
    expect(n.startAdjusted).toBe(true); // Monday → the first Tuesday
    expect(n.startsAt.toISOString()).toBe('2026-10-06T09:00:00.000Z');
    expect(n.seriesEndsAt?.toISOString()).toBe('2026-10-27T11:00:00.000Z');
    const open = normaliseSeries({ startsLocalMs: floating('2026-10-06T10:00:00'), timeZone: 'Europe/London', recurrence: 'FREQ=WEEKLY', durationMinutes: 60 });
    expect(open).toMatchObject({ recurrence: 'FREQ=WEEKLY', seriesEndsAt: null, startAdjusted: false });
    const once = normaliseSeries({ startsLocalMs: floating('2026-10-06T10:00:00'), timeZone: 'Europe/London', recurrence: null, durationMinutes: 45 });
    expect(once.seriesEndsAt?.toISOString()).toBe('2026-10-06T09:45:00.000Z');
  });

  it.each([
    ['INTERVAL=2', 'FREQ is required'],
    ['FREQ=HOURLY', 'Unsupported FREQ'],
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY'],
    ['FREQ=WEEKLY;BYHOUR=9,15', 'BYHOUR'],
    ['FREQ=WEEKLY;COUNT=900', 'COUNT can be at most'],
    ['FREQ=WEEKLY;UNTIL=20200101T000000Z', 'no sessions after the start'],
    ['FREQ=WEEKLY\nEXDATE:20261013T100000', 'single RRULE'],
    ['FREQ=WEEKLY;UNTIL=2027', 'UNTIL'],
  ])('rejects %j with a clear message', (rule, message) => {
    expect(() => normaliseSeries({ startsLocalMs: floating('2026-10-06T10:00:00'), timeZone: 'Europe/London', recurrence: rule, durationMinutes: 60 })).toThrow(RecurrenceError);
    expect(() => normaliseSeries({ startsLocalMs: floating('2026-10-06T10:00:00'), timeZone: 'Europe/London', recurrence: rule, durationMinutes: 60 })).toThrow(message);
  });

  it('ends a series before a date and knows its last start', () => {
    const s = series('2026-10-06T10:00:00', 'Europe/London', 'FREQ=WEEKLY;BYDAY=TU');
    expect(lastStartOf(s)).toBeNull();
    const ended = ruleEndingBefore(s, d('2026-10-20T00:00:00Z'));
    expect(ended).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261019T235959Z');
    expect(lastStartOf({ ...s, recurrence: ended })?.toISOString()).toBe('2026-10-13T09:00:00.000Z');
    expect(ruleEndingBefore(s, d('2026-10-06T09:00:00Z'))).toBeNull(); // nothing would remain
    expect(isOriginalStart(s, d('2026-10-27T10:00:00Z'))).toBe(true);
    expect(isOriginalStart(s, d('2026-10-27T09:00:00Z'))).toBe(false);
  });

  it('occurrence ids are stable and round-trip', () => {
    const id = occurrenceId('3f2b1c4d-0000-4000-8000-00000000009c', d('2026-10-13T09:00:00Z'));
    expect(id).toBe('3f2b1c4d-0000-4000-8000-00000000009c_20261013T090000Z');
    expect(parseOccurrenceId(id)).toEqual({ sessionId: '3f2b1c4d-0000-4000-8000-00000000009c', originalStart: d('2026-10-13T09:00:00Z') });
    expect(parseOccurrenceId('nope')).toBeNull();
    expect(parseOccurrenceId('3f2b1c4d-0000-4000-8000-00000000009c_20261313T090000Z')).toBeNull();
  });
});

// A weekly Tuesday 10:00 London series with the 13 Oct occurrence cancelled and the 20 Oct one moved to Wed 21 Oct 14:00.
const SESSION_ID = '0d9c3a9e-5b7a-4c1e-9f00-2a6b7c8d9e01';
const TIMING = series('2026-10-06T10:00:00', 'Europe/London', 'FREQ=WEEKLY;BYDAY=TU;COUNT=6');
const OVERRIDES: OccurrenceOverride[] = [
  { originalStart: d('2026-10-13T09:00:00Z'), startsAt: d('2026-10-13T09:00:00Z'), durationMinutes: 60, status: 'CANCELLED', location: null, link: null },
  { originalStart: d('2026-10-20T09:00:00Z'), startsAt: d('2026-10-21T13:00:00Z'), durationMinutes: 60, status: 'SCHEDULED', location: 'Room 2', link: null },
];

describe('moved and cancelled occurrences', () => {
  it('show in a range query with their status, new time and original start', () => {
    const list = expandOccurrences(TIMING, OVERRIDES, d('2026-10-01T00:00:00Z'), d('2026-11-01T00:00:00Z'));
    expect(list.map((o) => ({ start: o.startsAt.toISOString(), original: o.originalStart.toISOString(), status: o.status, moved: o.moved }))).toEqual([
      { start: '2026-10-06T09:00:00.000Z', original: '2026-10-06T09:00:00.000Z', status: 'SCHEDULED', moved: false },
      { start: '2026-10-13T09:00:00.000Z', original: '2026-10-13T09:00:00.000Z', status: 'CANCELLED', moved: false },
      { start: '2026-10-21T13:00:00.000Z', original: '2026-10-20T09:00:00.000Z', status: 'SCHEDULED', moved: true },
      { start: '2026-10-27T10:00:00.000Z', original: '2026-10-27T10:00:00.000Z', status: 'SCHEDULED', moved: false },
    ]);
  });

  it('a moved occurrence belongs to the range of its new time, not its original one', () => {
    expect(expandOccurrences(TIMING, OVERRIDES, d('2026-10-20T00:00:00Z'), d('2026-10-21T00:00:00Z'))).toEqual([]);
    const wed = expandOccurrences(TIMING, OVERRIDES, d('2026-10-21T00:00:00Z'), d('2026-10-22T00:00:00Z'));
    expect(wed.map((o) => o.startsAt.toISOString())).toEqual(['2026-10-21T13:00:00.000Z']);
    // An occurrence running across the range start is included.
    expect(expandOccurrences(TIMING, [], d('2026-10-06T09:30:00Z'), d('2026-10-06T09:45:00Z'))).toHaveLength(1);
  });
});

describe('iCalendar feed', () => {
  const feedSeries: IcsSeries = {
    sessionId: SESSION_ID, summary: 'Supervision: Sam and Jordan', description: 'Individual supervision (in person)', location: 'Room 1',
    url: null, timeZone: 'Europe/London', startsAt: new Date(floatingToInstant(TIMING.startsLocalMs, TIMING.timeZone)), durationMinutes: 60,
    recurrence: TIMING.recurrence, sequence: 2, updatedAt: d('2026-09-30T12:00:00Z'),
    exceptions: OVERRIDES.map((o) => ({ ...o })),
  };
  const oneOff: IcsSeries = {
    ...feedSeries, sessionId: '0d9c3a9e-5b7a-4c1e-9f00-2a6b7c8d9e02', recurrence: null, startsAt: d('2026-12-01T15:00:00Z'), exceptions: [],
    timeZone: 'America/New_York', summary: 'Group supervision',
  };
  const text = buildCalendar({ name: 'Supervision', series: [feedSeries, oneOff], now: d('2026-09-30T12:00:00Z') });

  it('writes RRULE, EXDATE and RECURRENCE-ID with the series zone, and a VTIMEZONE per zone', () => {
    expect(text).toContain('DTSTART;TZID=Europe/London:20261006T100000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6');
    expect(text).toContain('EXDATE;TZID=Europe/London:20261013T100000');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/London:20261020T100000');
    expect(text).toContain('DTSTART;TZID=Europe/London:20261021T140000');
    expect(text).toContain('DTSTART;TZID=America/New_York:20261201T100000');
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('parses back with an independent parser (ical.js) to the same occurrences', () => {
    const root = new ICAL.Component(ICAL.parse(text));
    for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
    const vevents = root.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === `${SESSION_ID}@tandem`);
    const master = vevents.find((v) => !v.hasProperty('recurrence-id'))!;
    const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id'));
    const rrule = master.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect({ freq: rrule.freq, count: rrule.count, byDay: rrule.parts.BYDAY }).toEqual({ freq: 'WEEKLY', count: 6, byDay: ['TU'] });
    const exdate = master.getFirstProperty('exdate')!;
    expect(exdate.getParameter('tzid')).toBe('Europe/London');
    expect((exdate.getFirstValue() as ICAL.Time).toJSDate().toISOString()).toBe('2026-10-13T09:00:00.000Z');
    expect(exceptions).toHaveLength(1);
    const rid = exceptions[0]!.getFirstPropertyValue('recurrence-id') as ICAL.Time;
    expect(rid.toJSDate().toISOString()).toBe('2026-10-20T09:00:00.000Z');
    expect(exceptions[0]!.getFirstPropertyValue('location')).toBe('Room 2');

    const event = new ICAL.Event(master);
    for (const e of exceptions) event.relateException(e);
    const it = event.iterator();
    const seen: string[] = [];
    for (let next = it.next(); next; next = it.next()) seen.push(event.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    const ours = expandOccurrences(TIMING, OVERRIDES, d('2026-01-01T00:00:00Z'), d('2028-01-01T00:00:00Z'))
      .filter((o) => o.status !== 'CANCELLED').map((o) => o.startsAt.toISOString());
    expect(seen).toEqual(ours);
    expect(seen).toEqual([
      '2026-10-06T09:00:00.000Z', '2026-10-21T13:00:00.000Z', '2026-10-27T10:00:00.000Z', '2026-11-03T10:00:00.000Z', '2026-11-10T10:00:00.000Z',
    ]);

    const single = root.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `${oneOff.sessionId}@tandem`)!;
    expect((single.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect((single.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe('2026-12-01T16:00:00.000Z');
  });

  it('a cancelled one-off stays in the feed marked CANCELLED', () => {
    const cancelled = buildCalendar({
      name: 'x',
      series: [{ ...oneOff, exceptions: [{ originalStart: oneOff.startsAt, startsAt: oneOff.startsAt, durationMinutes: 60, status: 'CANCELLED', location: null }] }],
      now: d('2026-09-30T12:00:00Z'),
    });
    expect(cancelled).toContain('STATUS:CANCELLED');
  });
});

describe('expanding a far range of a long-running series', () => {
  // A range years after DTSTART starts the library from a later DTSTART on the rule's own grid; the occurrences must be
  // exactly those a walk from the real start gives.
  it.each([
    ['FREQ=WEEKLY;BYDAY=TU', 'Europe/London'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', 'America/New_York'],
    ['FREQ=WEEKLY;BYDAY=MO,FR', 'Europe/London'],
    ['FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=SU,SA', 'Australia/Lord_Howe'],
    ['FREQ=DAILY;INTERVAL=3', 'America/New_York'],
    ['FREQ=DAILY;BYDAY=MO,WE', 'Asia/Kolkata'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20290301T000000Z', 'Europe/London'],
    ['FREQ=WEEKLY;BYMONTH=3,10;BYDAY=SU', 'Europe/London'],
  ])('%s in %s', (rule, zone) => {
    const s = series('2026-01-07T10:00', zone, rule);
    const from = d('2028-09-20T00:00:00Z');
    const to = d('2029-04-10T00:00:00Z');
    const walked = originalStarts(s, d('2026-01-01T00:00:00Z'), to).filter((t) => t >= from).map((t) => t.toISOString());
    expect(originalStarts(s, from, to).map((t) => t.toISOString())).toEqual(walked);
    expect(walked.length).toBeGreaterThan(0);
  });
});
