import { call, ok } from './support/admin-helpers';
import { DAY_MS } from '@tandem/shared';
import { inOnePeriod, testClock } from './support/clock';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf } from './support/graphql';
import { insertNote, insertSession, minutesFromNow } from './support/matrix-supervision';
import { startTestApp, type TestApp } from './support/test-app';
import { weekBounds } from '../src/modules/supervision/week.service';
import { graphql } from './gql';

const WEEK = graphql(`query SupervisorWeek($i: SupervisorWeekInput) { supervisorWeek(input: $i) {
  timeZone from to
  sessions { id startsAt status }
  notesToWrite { id startsAt status supervisees { id } }
  notesAwaiting { noteId occurrenceId step with { id } }
  ratingsDue { subjectId raterType dueDate status }
  actionItemsDue { id dueOn status description }
} }`);

interface Week {
  timeZone: string; from: string; to: string;
  sessions: { id: string }[]; notesToWrite: { id: string; startsAt: string }[];
  notesAwaiting: { noteId: string; step: string; with: { id: string }[] }[];
  ratingsDue: { subjectId: string; raterType: string; dueDate: string }[];
  actionItemsDue: { id: string; dueOn: string }[];
}

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
const ids = { thisWeek: '', toWrite: '', draftNote: '', signedNote: '', finalisedNote: '', lockedNote: '', dueItem: '', laterItem: '' };
/** The day the setup made `dueItem` due: "today" then (a test may run on the next day, the item is still due). */
let dueItemOn = '';
/** The week (its first instant) a test expects the API to count in; one `now` gives it and every bound checked. */
const utcWeekOf = (ms: number) => weekBounds(ms, 'UTC').from.toISOString();

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'Week');
  t = await tokensFor(app, org);
  ids.toWrite = (await insertSession(app, org, { startsAt: minutesFromNow(-1 / 24) })).occurrenceId;
  const draft = await insertNote(app, org);
  ids.draftNote = draft.noteId;
  ids.dueItem = draft.actionItemId;
  const [[due]] = await app.owner.query('UPDATE supervision_action_item SET due_on = app_now()::date WHERE id = $1 RETURNING due_on::text AS on', [draft.actionItemId]);
  dueItemOn = due.on;
  const signed = await insertNote(app, org, { superviseeSigned: true });
  ids.signedNote = signed.noteId;
  ids.laterItem = signed.actionItemId;
  await app.owner.query(`UPDATE supervision_action_item SET due_on = app_now()::date + 30 WHERE id = $1`, [signed.actionItemId]);
  ids.finalisedNote = (await insertNote(app, org, { finalized: true })).noteId;
  ids.lockedNote = (await insertNote(app, org, { locked: true })).noteId;
});
afterAll(async () => app.close());

describe('supervisorWeek', () => {
  // The session in the middle of this week is written in the test, from the same "now" as the bounds it is checked against,
  // and the week is read in that same week (inOnePeriod): a Monday midnight between two clock reads cannot split them.
  it('lists this week’s sessions, notes to write, notes waiting for the supervisor, ratings and actions due', () => inOnePeriod(async (now) => {
    const bounds = weekBounds(now, 'UTC');
    ids.thisWeek = (await insertSession(app, org, { startsAt: new Date(bounds.from.getTime() + 3.5 * DAY_MS) })).occurrenceId;
    const week = (await ok(app, WEEK, { i: { timeZone: 'UTC' } }, { token: t.supervisor })).supervisorWeek as Week;
    expect({ timeZone: week.timeZone, from: week.from, to: week.to }).toEqual({ timeZone: 'UTC', from: bounds.from.toISOString(), to: bounds.to.toISOString() });
    expect(week.sessions.map((s) => s.id)).toContain(ids.thisWeek);
    for (const s of week.sessions as { id: string; startsAt: string }[]) {
      expect(Date.parse(s.startsAt)).toBeGreaterThanOrEqual(bounds.from.getTime());
      expect(Date.parse(s.startsAt)).toBeLessThan(bounds.to.getTime());
    }
    // Held an hour ago, no note yet: to write. Sessions with a note are not.
    expect(week.notesToWrite.map((o) => o.id)).toContain(ids.toWrite);
    expect(week.notesToWrite.every((o) => Date.parse(o.startsAt) <= testClock.nowMs())).toBe(true);
    // Waiting for the supervisor: a draft to finalise, a note the supervisee signed to counter-sign. Not a finalised note
    // waiting for the supervisee, not a locked one.
    const steps = new Map(week.notesAwaiting.map((n) => [n.noteId, n.step]));
    expect(steps.get(ids.draftNote)).toBe('FINALIZE');
    expect(steps.get(ids.signedNote)).toBe('COUNTER_SIGN');
    expect(steps.has(ids.finalisedNote)).toBe(false);
    expect(steps.has(ids.lockedNote)).toBe(false);
    expect(week.notesAwaiting.find((n) => n.noteId === ids.draftNote)!.with).toEqual([{ id: org.people.staff.id }]);
    // Never rated, started 400 days ago: an observation rating is overdue.
    expect(week.ratingsDue).toContainEqual(expect.objectContaining({ subjectId: org.people.staff.id, raterType: 'SUPERVISOR' }));
    expect(week.ratingsDue.every((r) => r.raterType === 'SUPERVISOR' && r.dueDate <= bounds.lastDay)).toBe(true);
    expect(week.actionItemsDue.map((a) => a.id)).toEqual([ids.dueItem]);
    expect(week.actionItemsDue[0]).toMatchObject({ dueOn: dueItemOn, status: 'OPEN', description: 'Share one story with purpose' });
  }, utcWeekOf));

  it('counts the week in the given time zone and moves by whole weeks', async () => {
    const nyWeekOf = (ms: number) => weekBounds(ms, 'America/New_York').from.toISOString();
    await inOnePeriod(async (now) => {
      const ny = (await ok(app, WEEK, { i: { timeZone: 'America/New_York' } }, { token: t.supervisor })).supervisorWeek as Week;
      expect(ny.from).toBe(nyWeekOf(now));
    }, nyWeekOf);
    const next = await inOnePeriod(async (now) => {
      const week = (await ok(app, WEEK, { i: { timeZone: 'UTC', weekOffset: 1 } }, { token: t.supervisor })).supervisorWeek as Week;
      expect(Date.parse(week.from) - Date.parse(utcWeekOf(now))).toBe(7 * DAY_MS);
      return week;
    }, utcWeekOf);
    expect(next.sessions.map((s) => s.id)).not.toContain(ids.thisWeek);
    // Without a zone: the one in the supervisor's notification settings, else UTC.
    expect(((await ok(app, WEEK, {}, { token: t.supervisor })).supervisorWeek as Week).timeZone).toBe('UTC');
  });

  it('is for supervisors only, and shows another supervisor nothing of this one’s week', async () => {
    for (const who of ['staff', 'manager', 'admin'] as const) {
      const res = await call(app, WEEK, {}, { token: t[who] });
      expect({ who, code: codeOf(res), data: res.data }).toEqual({ who, code: 'FORBIDDEN', data: null });
    }
    const other = JSON.stringify((await ok(app, WEEK, { i: { timeZone: 'UTC' } }, { token: t.supervisor2 })).supervisorWeek);
    for (const id of Object.values(ids)) expect(other).not.toContain(id);
  });

  it('refuses an unknown time zone or a week too far away with BAD_USER_INPUT', async () => {
    for (const i of [{ timeZone: 'Mars/Olympus_Mons' }, { timeZone: 'x'.repeat(100) }, { weekOffset: 40 }, { weekOffset: -9 }]) {
      const res = await call(app, WEEK, { i }, { token: t.supervisor });
      expect({ i, code: codeOf(res) }).toEqual({ i, code: 'BAD_USER_INPUT' });
    }
  });
});
