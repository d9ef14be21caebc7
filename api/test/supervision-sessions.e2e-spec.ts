import ICAL from 'ical.js';
import { call, callRaw, ok } from './support/admin-helpers';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf } from './support/graphql';
import { insertSession, minutesFromNow, occurrenceIdOf } from './support/matrix-supervision';
import { startTestApp, type TestApp } from './support/test-app';
import { testClock } from './support/clock';
import { hashToken } from '../src/modules/auth/tokens';
import { DAY_MS } from '@tandem/shared';
import { graphql } from './gql';
import type { ScheduleSupervisionInput, SupervisionSessionsFilterInput } from './gql/graphql';

const SCHEDULE = graphql(`mutation ScheduleSupervisionInSupervisionSessions($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) {
  warnings session { id version recurrence recurrenceText startsAt startsLocal timeZone seriesEndsAt isRecurring supervisor { id } supervisees { id } } } }`);
const UPDATE = graphql(`mutation UpdateSupervisionSessionInSupervisionSessions($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { warnings session { id version location recurrence previousSessionId startsAt seriesEndsAt } } }`);
const LIST = graphql(`query SupervisionSessionsInSupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) {
  id sessionId startsAt endsAt originalStartsAt timeZone status statusReason moved isRecurring recurrenceText location icsPath supervisor { id } supervisees { id } note { id } } }`);
const CANCEL = graphql(`mutation CancelSupervisionOccurrenceInSupervisionSessions($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { warnings occurrence { id status statusReason } } }`);
const MOVE = graphql(`mutation MoveSupervisionOccurrenceInSupervisionSessions($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { warnings occurrence { id startsAt originalStartsAt moved location } } }`);
const END = graphql(`mutation EndSupervisionSeriesInSupervisionSessions($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { warnings session { id recurrence seriesEndsAt } } }`);
const MARK = graphql(`mutation MarkSupervisionOccurrenceInSupervisionSessions($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { id status } } }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'Sessions');
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

const london = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));

function scheduleInput(extra: Partial<ScheduleSupervisionInput> = {}): ScheduleSupervisionInput {
  return {
    supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt: '2031-10-07T10:00', durationMinutes: 60,
    timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'IN_PERSON', recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20320301T000000Z', location: 'Room 1',
    ...extra,
  };
}

async function list(token: string, f: SupervisionSessionsFilterInput) {
  return (await ok(app, LIST, { f }, { token })).supervisionSessions;
}

describe('scheduling', () => {
  let seriesId: string;

  it('a supervisor schedules a weekly series in Europe/London with their supervisee', async () => {
    const res = await ok(app, SCHEDULE, { i: scheduleInput() }, { token: t.supervisor });
    const s = res.scheduleSupervision.session!;
    seriesId = s.id;
    expect(res.scheduleSupervision.warnings).toEqual([]);
    expect(s).toMatchObject({
      version: 1, recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20320301T000000Z', recurrenceText: 'every Tuesday until 1 Mar 2032', startsAt: '2031-10-07T09:00:00.000Z',
      startsLocal: '2031-10-07T10:00:00', timeZone: 'Europe/London', isRecurring: true, seriesEndsAt: '2032-02-24T11:00:00.000Z',
      supervisor: { id: org.people.supervisor.id }, supervisees: [{ id: org.people.staff.id }],
    });
    const audit = await app.owner.query(`SELECT action FROM audit_event WHERE entity_id = $1`, [s.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['supervision_session.scheduled']);
  });

  it('expands the series at 10:00 local time on both sides of the October clock change', async () => {
    const occ = await list(t.supervisor, { from: '2031-10-01T00:00:00Z', to: '2031-11-10T00:00:00Z', supervisorId: org.people.supervisor.id });
    const mine = occ.filter((o) => o.sessionId === seriesId);
    expect(mine.map((o) => o.startsAt)).toEqual([
      '2031-10-07T09:00:00.000Z', '2031-10-14T09:00:00.000Z', '2031-10-21T09:00:00.000Z', '2031-10-28T10:00:00.000Z', '2031-11-04T10:00:00.000Z',
    ]);
    expect(new Set(mine.map((o) => london(o.startsAt).slice(-5)))).toEqual(new Set(['10:00']));
    expect(mine[0]).toMatchObject({
      id: occurrenceIdOf(seriesId, new Date('2031-10-07T09:00:00Z')), status: 'SCHEDULED', moved: false, isRecurring: true, location: 'Room 1',
      icsPath: `/calendar/session/${seriesId}_20311007T090000Z.ics`, note: null,
    });
  });

  it('"monthly on the 31st" skips months without a 31st', async () => {
    const res = await ok(app, SCHEDULE, {
      i: scheduleInput({ startsAt: '2031-01-31T09:00', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4', channel: 'VIDEO' }),
    }, { token: t.supervisor });
    const id = res.scheduleSupervision.session!.id;
    const occ = (await list(t.supervisor, { from: '2031-01-01T00:00:00Z', to: '2031-09-01T00:00:00Z' })).filter((o) => o.sessionId === id);
    expect(occ.map((o) => london(o.startsAt))).toEqual(['31/01/2031, 09:00', '31/03/2031, 09:00', '31/05/2031, 09:00', '31/07/2031, 09:00']);
    expect(res.scheduleSupervision.session!.seriesEndsAt).toBe('2031-07-31T09:00:00.000Z');
  });

  it('warns, without blocking, when the supervisor is double-booked', async () => {
    const clash = await ok(app, SCHEDULE, { i: scheduleInput({ startsAt: '2031-10-28T10:30', recurrence: null, modality: 'INDIVIDUAL' }) }, { token: t.supervisor });
    expect(clash.scheduleSupervision.session!.id).toBeTruthy();
    expect(clash.scheduleSupervision.warnings).toEqual([expect.stringMatching(/^Double-booked: .* already has a supervision session on Tue, 28 Oct 2031, 10:00/)]);
    const other = await ok(app, SCHEDULE, {
      i: scheduleInput({ supervisorId: org.people.supervisor2.id, superviseeIds: [org.people.staff2.id], startsAt: '2031-10-28T10:30', recurrence: null }),
    }, { token: t.admin });
    expect(other.scheduleSupervision.warnings).toEqual([]);
  });

  it.each([
    ['staff', {}],
    ['manager', {}],
    ['supervisor', { superviseeIds: ['staff2'] }],
    ['supervisor', { supervisorId: 'supervisor2', superviseeIds: ['staff2'] }],
  ] as const)('refuses %s scheduling %j with FORBIDDEN', async (caller, overrides) => {
    const people = org.people as Record<string, { id: string }>;
    const i = scheduleInput({
      ...('supervisorId' in overrides ? { supervisorId: people[overrides.supervisorId]!.id } : {}),
      ...('superviseeIds' in overrides ? { superviseeIds: overrides.superviseeIds.map((k) => people[k]!.id) } : {}),
    });
    const res = await call(app, SCHEDULE, { i }, { token: t[caller] });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, /time zone/],
    ['an abbreviation instead of a zone', { timeZone: 'EST' }, /time zone/],
    ['a broken RRULE', { recurrence: 'FREQ=WEEKLY;BYDAY=XX' }, /recurrence rule is not valid.*BYDAY/],
    ['an unsupported frequency', { recurrence: 'FREQ=SECONDLY' }, /Unsupported FREQ/],
    ['a rule that ends before it starts', { recurrence: 'FREQ=WEEKLY;UNTIL=20200101T000000Z' }, /no sessions/],
    ['a 5-minute duration', { durationMinutes: 5 }, /at least 15 minutes/],
    ['no supervisees', { superviseeIds: [] }, /at least one supervisee/],
    ['the supervisor as supervisee', { superviseeIds: ['SUPERVISOR'] }, /cannot also be the supervisor/],
    ['two supervisees in an individual session', { superviseeIds: ['STAFF', 'STAFF2'] }, /exactly one supervisee/],
    ['a malformed start', { startsAt: '31/10/2031' }, /startsAt/],
  ])('rejects %s with BAD_USER_INPUT', async (_label, overrides, message) => {
    const map: Record<string, string> = { SUPERVISOR: org.people.supervisor.id, STAFF: org.people.staff.id, STAFF2: org.people.staff2.id };
    const i = scheduleInput(overrides);
    if (Array.isArray(i.superviseeIds)) i.superviseeIds = (i.superviseeIds as string[]).map((k) => map[k] ?? k);
    const res = await call(app, SCHEDULE, { i }, { token: t.supervisor });
    expect({ code: codeOf(res), message: res.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
  });

  it('shows sessions to their people, the supervisor, managers of the program and admins, and no one else', async () => {
    const window = { from: '2031-10-01T00:00:00Z', to: '2031-10-09T00:00:00Z' };
    const seen = async (who: RoleKey) => (await list(t[who], window)).some((o) => o.sessionId === seriesId);
    expect({
      admin: await seen('admin'), manager: await seen('manager'), supervisor: await seen('supervisor'), staff: await seen('staff'),
      supervisor2: await seen('supervisor2'), staff2: await seen('staff2'),
    }).toEqual({ admin: true, manager: true, supervisor: true, staff: true, supervisor2: false, staff2: false });
  });

  it('limits the range and checks its order', async () => {
    expect(codeOf(await call(app, LIST, { f: { from: '2031-01-01T00:00:00Z', to: '2033-01-01T00:00:00Z' } }, { token: t.admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, LIST, { f: { from: '2031-02-01T00:00:00Z', to: '2031-01-01T00:00:00Z' } }, { token: t.admin }))).toBe('BAD_USER_INPUT');
  });
});

describe('changing sessions and occurrences', () => {
  let s: { id: string; version: number };
  const occ = (iso: string) => occurrenceIdOf(s.id, new Date(iso));

  beforeAll(async () => {
    const res = await ok(app, SCHEDULE, { i: scheduleInput({ startsAt: '2032-10-05T10:00', recurrence: 'FREQ=WEEKLY;COUNT=8', superviseeIds: [org.people.staff.id] }) }, { token: t.supervisor });
    s = res.scheduleSupervision.session!;
  });

  it('updates details with optimistic concurrency', async () => {
    const res = await ok(app, UPDATE, { i: { sessionId: s.id, version: 1, location: 'Garden room' } }, { token: t.supervisor });
    expect(res.updateSupervisionSession.session).toMatchObject({ id: s.id, version: 2, location: 'Garden room' });
    const stale = await call(app, UPDATE, { i: { sessionId: s.id, version: 1, location: 'Lost update' } }, { token: t.admin });
    expect({ code: codeOf(stale), reason: stale.errors?.[0]?.extensions?.reason }).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(codeOf(await call(app, UPDATE, { i: { sessionId: s.id, version: 2, location: 'x' } }, { token: t.staff }))).toBe('FORBIDDEN');
    expect(codeOf(await call(app, UPDATE, { i: { sessionId: s.id, version: 2, location: 'x' } }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, UPDATE, { i: { sessionId: s.id, version: 2, timeZone: 'Nowhere/Land' } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    s.version = 2;
  });

  it('cancels one occurrence and moves another; both show in the range query', async () => {
    const c = await ok(app, CANCEL, { i: { occurrenceId: occ('2032-10-12T09:00:00Z'), reason: 'Training day' } }, { token: t.supervisor });
    expect(c.cancelSupervisionOccurrence.occurrence).toMatchObject({ status: 'CANCELLED', statusReason: 'Training day' });
    const m = await ok(app, MOVE, { i: { occurrenceId: occ('2032-10-19T09:00:00Z'), startsAt: '2032-10-20T14:00', location: 'Room 2' } }, { token: t.admin });
    expect(m.moveSupervisionOccurrence.occurrence).toMatchObject({
      id: occ('2032-10-19T09:00:00Z'), startsAt: '2032-10-20T13:00:00.000Z', originalStartsAt: '2032-10-19T09:00:00.000Z', moved: true, location: 'Room 2',
    });
    const all = (await list(t.staff, { from: '2032-10-01T00:00:00Z', to: '2032-11-01T00:00:00Z' })).filter((o) => o.sessionId === s.id);
    expect(all.map((o) => [o.startsAt, o.status, o.moved])).toEqual([
      ['2032-10-05T09:00:00.000Z', 'SCHEDULED', false],
      ['2032-10-12T09:00:00.000Z', 'CANCELLED', false],
      ['2032-10-20T13:00:00.000Z', 'SCHEDULED', true],
      ['2032-10-26T09:00:00.000Z', 'SCHEDULED', false],
    ]);
    const active = await list(t.staff, { from: '2032-10-01T00:00:00Z', to: '2032-11-01T00:00:00Z', includeCancelled: false });
    expect(active.filter((o) => o.sessionId === s.id)).toHaveLength(3);
    // The moved occurrence is found by its new day, not its original one.
    expect((await list(t.staff, { from: '2032-10-19T00:00:00Z', to: '2032-10-20T00:00:00Z' })).filter((o) => o.sessionId === s.id)).toEqual([]);
  });

  it('refuses occurrence changes from people who may not make them, and bad input', async () => {
    expect(codeOf(await call(app, CANCEL, { i: { occurrenceId: occ('2032-10-26T09:00:00Z') } }, { token: t.staff }))).toBe('FORBIDDEN');
    expect(codeOf(await call(app, CANCEL, { i: { occurrenceId: occ('2032-10-26T09:00:00Z') } }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, CANCEL, { i: { occurrenceId: occ('2032-10-26T09:30:00Z') } }, { token: t.supervisor }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, CANCEL, { i: { occurrenceId: 'not-an-occurrence' } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, MOVE, { i: { occurrenceId: occ('2032-10-26T09:00:00Z'), startsAt: 'tomorrow' } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, MARK, { i: { occurrenceId: occ('2032-10-26T09:00:00Z'), status: 'COMPLETED' } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await callRaw(app, MARK, { i: { occurrenceId: occ('2032-10-26T09:00:00Z'), status: 'SCHEDULED' } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
  });

  it('ends a series from a date', async () => {
    const res = await ok(app, END, { i: { sessionId: s.id, from: '2032-11-01T00:00' } }, { token: t.supervisor });
    expect(res.endSupervisionSeries.session).toMatchObject({ recurrence: 'FREQ=WEEKLY;UNTIL=20321031T235959Z', seriesEndsAt: '2032-10-26T10:00:00.000Z' });
    expect((await list(t.supervisor, { from: '2032-10-27T00:00:00Z', to: '2032-12-31T00:00:00Z' })).filter((o) => o.sessionId === s.id)).toEqual([]);
    expect(codeOf(await call(app, END, { i: { sessionId: s.id, from: '1 Nov' } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, END, { i: { sessionId: s.id, from: '2032-11-01T00:00' } }, { token: t.staff }))).toBe('FORBIDDEN');
    const oneOff = await ok(app, SCHEDULE, { i: scheduleInput({ startsAt: '2032-12-01T10:00', recurrence: null }) }, { token: t.supervisor });
    expect(codeOf(await call(app, END, { i: { sessionId: oneOff.scheduleSupervision.session!.id, from: '2032-11-01T00:00' } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    const gone = await ok(app, END, { i: { sessionId: s.id, from: '2032-01-01T00:00' } }, { token: t.supervisor });
    expect(gone.endSupervisionSeries).toEqual({ session: null, warnings: [expect.stringContaining('whole series was removed')] });
  });

  it('marks held and missed occurrences', async () => {
    const past = await insertSession(app, org, { startsAt: minutesFromNow(-3) });
    const res = await ok(app, MARK, { i: { occurrenceId: past.occurrenceId, status: 'MISSED', reason: 'Off sick' } }, { token: t.supervisor });
    expect(res.markSupervisionOccurrence.occurrence).toEqual({ id: past.occurrenceId, status: 'MISSED' });
    const again = await ok(app, MARK, { i: { occurrenceId: past.occurrenceId, status: 'COMPLETED' } }, { token: t.admin });
    expect(again.markSupervisionOccurrence.occurrence.status).toBe('COMPLETED');
    expect(codeOf(await call(app, MARK, { i: { occurrenceId: past.occurrenceId, status: 'COMPLETED' } }, { token: t.manager }))).toBe('FORBIDDEN');
  });

  it('splits a series whose timing changes after it began: earlier occurrences keep their times', async () => {
    const began = await insertSession(app, org, { startsAt: minutesFromNow(-21), recurrence: 'FREQ=WEEKLY' });
    const res = await ok(app, UPDATE, { i: { sessionId: began.sessionId, version: 1, recurrence: 'FREQ=WEEKLY;INTERVAL=2' } }, { token: t.supervisor });
    const next = res.updateSupervisionSession.session!;
    expect(next.previousSessionId).toBe(began.sessionId);
    expect(next.recurrence).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(new Date(next.startsAt).getTime()).toBeGreaterThan(testClock.nowMs());
    expect(res.updateSupervisionSession.warnings).toEqual(expect.arrayContaining([expect.stringContaining('keep their times')]));
    const around = await list(t.supervisor, { from: minutesFromNow(-22).toISOString(), to: minutesFromNow(40).toISOString() });
    const old = around.filter((o) => o.sessionId === began.sessionId);
    expect(old.map((o) => o.startsAt)).toEqual([0, 7, 14, 21].map((d) => new Date(began.startsAt.getTime() + d * DAY_MS).toISOString()).filter((x) => new Date(x).getTime() < testClock.nowMs()));
    expect(around.filter((o) => o.sessionId === next.id).length).toBeGreaterThan(0);
    const other = await insertSession(app, org, { startsAt: minutesFromNow(-7), recurrence: 'FREQ=WEEKLY' });
    const wrong = await call(app, UPDATE, { i: { sessionId: other.sessionId, version: 1, startsAt: minutesFromNow(-1).toISOString() } }, { token: t.supervisor });
    expect({ code: codeOf(wrong), message: wrong.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('new start in the future') });
  });
});

describe('calendars', () => {
  let seriesId: string;
  const occ = (iso: string) => occurrenceIdOf(seriesId, new Date(iso));

  beforeAll(async () => {
    const res = await ok(app, SCHEDULE, { i: scheduleInput({ startsAt: '2033-10-04T10:00', recurrence: 'FREQ=WEEKLY;COUNT=6', channel: 'VIDEO', link: 'https://meet.example/abc' }) }, { token: t.supervisor });
    seriesId = res.scheduleSupervision.session!.id;
    await ok(app, CANCEL, { i: { occurrenceId: occ('2033-10-11T09:00:00Z') } }, { token: t.supervisor });
    await ok(app, MOVE, { i: { occurrenceId: occ('2033-10-18T09:00:00Z'), startsAt: '2033-10-19T14:00' } }, { token: t.supervisor });
  });

  it('serves a private feed whose RRULE, EXDATE and RECURRENCE-ID parse back to the same occurrences', async () => {
    const { createCalendarFeed: url } = await ok(app, graphql(`mutation CreateCalendarFeed { createCalendarFeed }`), {}, { token: t.staff });
    const path = new URL(url).pathname;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
    const res = await fetch(`${app.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    const root = new ICAL.Component(ICAL.parse(text));
    for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
    const vevents = root.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === `${seriesId}@tandem`);
    const master = vevents.find((v) => !v.hasProperty('recurrence-id'))!;
    expect((master.getFirstProperty('exdate')!.getFirstValue() as ICAL.Time).toJSDate().toISOString()).toBe('2033-10-11T09:00:00.000Z');
    const overrides = vevents.filter((v) => v.hasProperty('recurrence-id'));
    expect((overrides[0]!.getFirstPropertyValue('recurrence-id') as ICAL.Time).toJSDate().toISOString()).toBe('2033-10-18T09:00:00.000Z');
    const event = new ICAL.Event(master);
    for (const o of overrides) event.relateException(o);
    const it = event.iterator();
    const fromFeed: string[] = [];
    for (let next = it.next(); next; next = it.next()) fromFeed.push(event.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    const fromApi = (await list(t.staff, { from: '2033-10-01T00:00:00Z', to: '2033-12-01T00:00:00Z', includeCancelled: false }))
      .filter((o) => o.sessionId === seriesId).map((o) => o.startsAt);
    expect(fromFeed).toEqual(fromApi);
    expect(fromApi).toHaveLength(5);
    expect(text).not.toMatch(/We talked|reflection/i);
  });

  it('the feed address is shown once and stored hashed; a new one replaces it; revoking makes it 404', async () => {
    expect((await ok(app, graphql(`query CalendarFeed { calendarFeed { active createdAt } }`), {}, { token: t.supervisor })).calendarFeed).toEqual({ active: false, createdAt: null });
    const { createCalendarFeed: before } = await ok(app, graphql(`mutation CreateCalendarFeed { createCalendarFeed }`), {}, { token: t.supervisor });
    const token = new URL(before).pathname.replace(/^\/calendar\/|\.ics$/g, '');
    expect((await fetch(`${app.url}${new URL(before).pathname}`)).status).toBe(200);
    // Only the token's SHA-256 is stored; the address is not in the database, nor shown again.
    const stored = await app.owner.query('SELECT token_hash FROM calendar_feed WHERE person_id = $1 AND revoked_at IS NULL', [org.people.supervisor.id]);
    expect(stored).toEqual([{ token_hash: hashToken(token) }]);
    expect(JSON.stringify(await app.owner.query('SELECT * FROM calendar_feed'))).not.toContain(token);
    const status = await ok(app, graphql(`query CalendarFeed { calendarFeed { active createdAt } }`), {}, { token: t.supervisor });
    expect(JSON.stringify(status)).not.toContain(token);
    expect(status.calendarFeed).toEqual({ active: true, createdAt: expect.any(String) });
    // A new address replaces the old one.
    const { createCalendarFeed: after } = await ok(app, graphql(`mutation CreateCalendarFeed { createCalendarFeed }`), {}, { token: t.supervisor });
    expect(after).not.toBe(before);
    expect((await fetch(`${app.url}${new URL(before).pathname}`)).status).toBe(404);
    expect((await fetch(`${app.url}${new URL(after).pathname}`)).status).toBe(200);
    // Revoked: 404, and no live feed.
    expect((await ok(app, graphql(`mutation RevokeCalendarFeed { revokeCalendarFeed }`), {}, { token: t.supervisor })).revokeCalendarFeed).toBe(true);
    expect((await fetch(`${app.url}${new URL(after).pathname}`)).status).toBe(404);
    expect((await ok(app, graphql(`query CalendarFeed { calendarFeed { active createdAt } }`), {}, { token: t.supervisor })).calendarFeed).toEqual({ active: false, createdAt: null });
    expect((await fetch(`${app.url}/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
  });

  it('downloads one occurrence as .ics for signed-in people who may see it', async () => {
    const path = `/calendar/session/${occ('2033-10-18T09:00:00Z')}.ics`;
    const get = (token?: string) => fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const res = await get(t.staff);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="supervision-2033-10-19.ics"');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2033-10-19T13:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2033-10-19T14:00:00.000Z');
    expect((await get()).status).toBe(401);
    expect((await get(t.staff2)).status).toBe(404);
    expect((await get(t.manager)).status).toBe(200);
    expect((await fetch(`${app.url}/calendar/session/nonsense.ics`, { headers: { authorization: `Bearer ${t.staff}` } })).status).toBe(404);
  });
});
