// The supervision figures read recurring series expanded from an in-memory cache keyed by the organisation's
// supervision revision (api/src/modules/supervision/counted-occurrences.ts). Here every change that can move a figure
// is made, and after each one the figures read through the cache — a second read that must be served from it — equal
// a fresh expansion of exactly the window asked for, for an admin and a supervisor and for windows across the
// daylight-saving changes of the series' zones.
import { DAY_MS, MINUTE_MS } from '@tandem/shared';
import { countedOccurrenceCache } from '../src/modules/supervision/counted-occurrences';
import { ok } from './support/admin-helpers';
import { testClock } from './support/clock';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import { complianceWindows, dayBefore, minuteNowMs } from './support/supervision-windows';

const SCHEDULE = graphql(`mutation ScheduleSupervisionInSupervisionFiguresCache($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }`);
const UPDATE = graphql(`mutation UpdateSupervisionSessionInSupervisionFiguresCache($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version } } }`);
const END = graphql(`mutation EndSupervisionSeriesInSupervisionFiguresCache($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }`);
const CANCEL = graphql(`mutation CancelOccurrenceStatus($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }`);
const MOVE = graphql(`mutation MoveSupervisionOccurrenceInSupervisionFiguresCache($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }`);
const MARK = graphql(`mutation MarkSupervisionOccurrence($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }`);
const RECORD = graphql(`mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }`);
const FINALIZE = graphql(`mutation FinalizeSupervisionNoteInSupervisionFiguresCache($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { version } }`);
const SIGN = graphql(`mutation SignSupervisionNoteInSupervisionFiguresCache($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }`);
const UPDATE_POLICY = graphql(`mutation UpdateSupervisionPolicyInSupervisionFiguresCache($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }`);
const OCCURRENCES = graphql(`query SupervisionSessionsInSupervisionFiguresCache($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }`);
export const RECONCILIATION = graphql(`fragment CachedReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }`);
const COMPLIANCE = graphql(`query SupervisionComplianceInSupervisionFiguresCache($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {
  supervisees { superviseeId teamId programId required requiredByEnd recorded ratio daysSinceLast lastSessionAt currentIntervalDays overdue status
    reconciliation { ...CachedReconciliation } }
  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...CachedReconciliation } }
  programs { id supervisees required recorded ratio }
  total { supervisees required recorded ratio reconciliation { ...CachedReconciliation } } } }`);

interface Occurrence { id: string; sessionId: string; startsAt: string; status: string }
interface Reconciliation { scheduled: number; completed: number; documented: number; missed: number; cancelled: number; pastStillScheduled: number }
interface Figures {
  supervisees: { superviseeId: string; required: number; recorded: number; reconciliation: Reconciliation }[];
  total: { required: number; recorded: number; reconciliation: Reconciliation };
}

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
const nowMs = minuteNowMs();
const iso = (ms: number) => new Date(ms).toISOString();
const localDay = (daysAgo: number) => dayBefore(nowMs, daysAgo);
const windows = complianceWindows(nowMs);
let series: { newYork: string; london: string };

const figures = async (token: string, f: Record<string, string>): Promise<Figures> => (await ok(app, COMPLIANCE, { f }, { token })).supervisionCompliance;

/** Every window, as an admin and as a supervisor: the second read comes from the cache and equals a fresh expansion. */
async function expectCacheAgrees(): Promise<Figures> {
  let first: Figures | null = null;
  try {
    for (const f of windows) {
      for (const token of [t.admin, t.supervisor, t.supervisor2]) {
        countedOccurrenceCache.enabled = true;
        await figures(token, f);
        const misses = countedOccurrenceCache.misses;
        const hits = countedOccurrenceCache.hits;
        const cached = await figures(token, f);
        expect({ missesOnSecondRead: countedOccurrenceCache.misses - misses, servedFromCache: countedOccurrenceCache.hits > hits })
          .toEqual({ missesOnSecondRead: 0, servedFromCache: true });
        countedOccurrenceCache.enabled = false;
        const fresh = await figures(token, f);
        countedOccurrenceCache.enabled = true;
        expect(cached).toEqual(fresh);
        first ??= cached;
      }
    }
  } finally {
    countedOccurrenceCache.enabled = true;
  }
  return first!;
}

const staffFigures = (f: Figures) => f.supervisees.find((s) => s.superviseeId === org.people.staff.id)!;

async function occurrencesOf(sessionId: string, fromDaysAgo: number, toDaysAgo: number): Promise<Occurrence[]> {
  const list: Occurrence[] = (await ok(app, OCCURRENCES, { f: { from: iso(nowMs - fromDaysAgo * DAY_MS), to: iso(nowMs - toDaysAgo * DAY_MS) } }, { token: t.admin }))
    .supervisionSessions;
  return list.filter((o) => o.sessionId === sessionId);
}

async function schedule(token: string, supervisorId: string, superviseeId: string, zone: string, daysAgo: number, recurrence: string | null) {
  return (await ok(app, SCHEDULE, {
    i: { supervisorId, superviseeIds: [superviseeId], startsAt: `${localDay(daysAgo)}T10:00`, durationMinutes: 60, timeZone: zone, modality: 'INDIVIDUAL', channel: 'VIDEO', recurrence },
  }, { token })).scheduleSupervision.session as { id: string; version: number };
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'FiguresCache');
  t = await tokensFor(app, org);
  countedOccurrenceCache.clear();
  const newYork = await schedule(t.supervisor, org.people.supervisor.id, org.people.staff.id, 'America/New_York', 400, 'FREQ=WEEKLY');
  const london = await schedule(t.supervisor2, org.people.supervisor2.id, org.people.staff2.id, 'Europe/London', 390, 'FREQ=WEEKLY;INTERVAL=2');
  await schedule(t.supervisor, org.people.supervisor.id, org.people.staff.id, 'UTC', 20, null);
  series = { newYork: newYork.id, london: london.id };
});
afterAll(async () => app.close());

describe('supervision figures read through the occurrence cache', () => {
  it('agree with a fresh expansion for series that cross daylight-saving changes', async () => {
    const before = await expectCacheAgrees();
    expect(staffFigures(before).reconciliation.pastStillScheduled).toBeGreaterThan(0);
    // The weekly 10:00 in New York is at two different UTC hours within the year the windows cover: a DST change is inside.
    const hours = new Set((await occurrencesOf(series.newYork, 366, 0)).map((o) => new Date(o.startsAt).getUTCHours()));
    expect([...hours].sort()).toEqual([14, 15]);
  });

  it('agree after an occurrence is cancelled, moved and marked, and after a note is recorded and signed', async () => {
    const before = staffFigures(await figures(t.admin, {}));
    const recent = (await occurrencesOf(series.newYork, 60, 1)).filter((o) => o.status === 'SCHEDULED');
    expect(recent.length).toBeGreaterThanOrEqual(6);
    const [cancelled, moved, completed, documented] = recent;
    await ok(app, CANCEL, { i: { occurrenceId: cancelled!.id } }, { token: t.supervisor });
    await ok(app, MOVE, { i: { occurrenceId: moved!.id, startsAt: iso(Date.parse(moved!.startsAt) + 2 * 60 * MINUTE_MS) } }, { token: t.supervisor });
    await ok(app, MARK, { i: { occurrenceId: completed!.id, status: 'COMPLETED' } }, { token: t.supervisor });
    const afterMarks = staffFigures(await expectCacheAgrees());
    expect(afterMarks.reconciliation.cancelled).toBe(before.reconciliation.cancelled + 1);
    expect(afterMarks.reconciliation.completed).toBe(before.reconciliation.completed + 1);

    const note = (await ok(app, RECORD, { i: { occurrenceId: documented!.id, types: ['SUPPORTIVE'] } }, { token: t.supervisor })).recordSupervisionNote;
    const afterNote = staffFigures(await expectCacheAgrees());
    expect(afterNote.reconciliation.documented).toBe(afterMarks.reconciliation.documented + 1);
    const finalised = (await ok(app, FINALIZE, { i: { noteId: note.id, version: note.version } }, { token: t.supervisor })).finalizeSupervisionNote;
    await ok(app, SIGN, { i: { noteId: note.id, version: finalised.version } }, { token: t.staff });
    expect(staffFigures(await expectCacheAgrees())).toEqual(afterNote);
  });

  it('agree after a series is re-timed from a future date (split) and ended, and after a one-off is scheduled', async () => {
    const before = staffFigures(await figures(t.admin, {}));
    const session = series.london;
    const [{ version }] = await app.owner.query('SELECT version FROM supervision_session WHERE id = $1', [session]);
    await ok(app, UPDATE, { i: { sessionId: session, version, startsAt: `${localDay(-3)}T16:30` } }, { token: t.supervisor2 });
    const pastWeekly = async () => (await occurrencesOf(series.newYork, 80, 0)).filter((o) => Date.parse(o.startsAt) <= testClock.nowMs()).length;
    const weeklyBefore = await pastWeekly();
    await ok(app, END, { i: { sessionId: series.newYork, from: `${localDay(17)}T00:00` } }, { token: t.supervisor });
    const removed = weeklyBefore - (await pastWeekly());
    expect(removed).toBeGreaterThanOrEqual(2);
    await schedule(t.supervisor, org.people.supervisor.id, org.people.staff.id, 'Europe/London', 12, null);
    const after = staffFigures(await expectCacheAgrees());
    expect(after.reconciliation.scheduled).toBe(before.reconciliation.scheduled - removed + 1);
  });

  it('agree after a policy change (not cached: read each time) and after a write straight to the database', async () => {
    const before = staffFigures(await figures(t.admin, {}));
    await ok(app, UPDATE_POLICY, { i: { programId: org.programs.a, preset: 'CUSTOM', stages: [{ untilMonths: null, everyDays: 7 }] } }, { token: t.admin });
    const afterPolicy = staffFigures(await expectCacheAgrees());
    expect(afterPolicy.required).toBeGreaterThan(before.required);
    // A write that bypasses the API still gives the organisation a new revision (database triggers), so nothing stale is served.
    const missedBefore = (await figures(t.admin, {})).supervisees.find((s) => s.superviseeId === org.people.staff2.id)!.reconciliation.missed;
    const [revision] = await app.owner.query('SELECT token FROM supervision_revision WHERE organization_id = $1', [org.id]);
    const [open] = (await occurrencesOf(series.london, 60, 1)).filter((o) => o.status === 'SCHEDULED');
    await app.owner.query(
      `INSERT INTO supervision_occurrence (organization_id, session_id, original_start, starts_at, duration_minutes, status)
       VALUES ($1, $2, $3, $3, 60, 'MISSED')`, [org.id, open!.sessionId, open!.startsAt],
    );
    const [changed] = await app.owner.query('SELECT token FROM supervision_revision WHERE organization_id = $1', [org.id]);
    expect(changed.token).not.toBe(revision.token);
    const missed = (f: Figures) => f.supervisees.find((s) => s.superviseeId === org.people.staff2.id)!.reconciliation.missed;
    expect(missed(await expectCacheAgrees())).toBe(missedBefore + 1);
  });
});
