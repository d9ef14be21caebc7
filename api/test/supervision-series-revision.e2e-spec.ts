// After a write, the occurrence cache expands again only the sessions whose own revision token moved
// (supervision_series_revision, kept by the same triggers as the organisation's token) and merges them into the buckets
// it holds. Here each kind of write is made once, and after each one: the figures read through the cache equal a fresh
// expansion (cache off) for windows across the daylight-saving changes of New York and London, and the number of
// sessions expanded again is exactly the number the write touched (not the whole organisation).
import { DAY_MS, MINUTE_MS } from '@tandem/shared';
import { countedOccurrenceCache } from '../src/modules/supervision/counted-occurrences';
import { ok } from './support/admin-helpers';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import { complianceWindows, dayBefore, minuteNowMs } from './support/supervision-windows';

const SCHEDULE = graphql(`mutation ScheduleInSeriesRevision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }`);
const UPDATE = graphql(`mutation UpdateSessionInSeriesRevision($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }`);
const END = graphql(`mutation EndSeriesInSeriesRevision($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }`);
const CANCEL = graphql(`mutation CancelInSeriesRevision($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }`);
const MOVE = graphql(`mutation MoveInSeriesRevision($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }`);
const MARK = graphql(`mutation MarkInSeriesRevision($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }`);
const RECORD = graphql(`mutation RecordNoteInSeriesRevision($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }`);
const ASSIGN_TEAM = graphql(`mutation AssignTeamInSeriesRevision($i: AssignTeamInput!) { assignTeam(input: $i) { id } }`);
const OCCURRENCES = graphql(`query OccurrencesInSeriesRevision($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }`);
const COMPLIANCE = graphql(`query ComplianceInSeriesRevision($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {
  supervisees { superviseeId teamId required recorded ratio daysSinceLast lastSessionAt overdue status
    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }
  teams { id supervisees required recorded ratio onTrack behind overdue }
  total { supervisees required recorded ratio } } }`);

interface Occurrence { id: string; sessionId: string; startsAt: string; status: string }
interface Figures {
  supervisees: { superviseeId: string; teamId: string | null; required: number; recorded: number; reconciliation: Record<string, number> }[];
  teams: { id: string | null; supervisees: number }[];
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
const staffOf = (f: Figures, id: string) => f.supervisees.find((s) => s.superviseeId === id)!;

async function schedule(superviseeId: string, zone: string, daysAgo: number, recurrence: string | null, supervisor: 'supervisor' | 'supervisor2' = 'supervisor') {
  return (await ok(app, SCHEDULE, {
    i: {
      supervisorId: org.people[supervisor].id, superviseeIds: [superviseeId], startsAt: `${localDay(daysAgo)}T10:00`, durationMinutes: 60, timeZone: zone,
      modality: 'INDIVIDUAL', channel: 'VIDEO', recurrence,
    },
  }, { token: t[supervisor] })).scheduleSupervision.session as { id: string; version: number };
}

async function occurrencesOf(sessionId: string, fromDaysAgo: number, toDaysAgo: number): Promise<Occurrence[]> {
  const list: Occurrence[] = (await ok(app, OCCURRENCES, { f: { from: iso(nowMs - fromDaysAgo * DAY_MS), to: iso(nowMs - toDaysAgo * DAY_MS) } }, { token: t.admin }))
    .supervisionSessions;
  return list.filter((o) => o.sessionId === sessionId);
}

/** Every window read through the cache (the entry it holds), then afresh: equal. */
async function expectCacheAgrees(): Promise<Figures> {
  let first: Figures | null = null;
  try {
    for (const f of windows) {
      for (const token of [t.admin, t.supervisor]) {
        countedOccurrenceCache.enabled = true;
        const cached = await figures(token, f);
        countedOccurrenceCache.enabled = false;
        expect(cached).toEqual(await figures(token, f));
        countedOccurrenceCache.enabled = true;
        first ??= cached;
      }
    }
  } finally {
    countedOccurrenceCache.enabled = true;
  }
  return first!;
}

/** Makes the write with the cache filled for every window; the figures after it agree, and exactly `sessions` were expanded again. */
async function afterWrite(sessions: number, write: () => Promise<unknown>): Promise<Figures> {
  await expectCacheAgrees();
  const organisations = countedOccurrenceCache.organizations.size;
  const expanded = countedOccurrenceCache.seriesExpanded;
  await write();
  const after = await expectCacheAgrees();
  expect({ expandedAgain: countedOccurrenceCache.seriesExpanded - expanded, organisations: countedOccurrenceCache.organizations.size })
    .toEqual({ expandedAgain: sessions, organisations });
  return after;
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'SeriesRevision');
  t = await tokensFor(app, org);
  countedOccurrenceCache.clear();
  const newYork = await schedule(org.people.staff.id, 'America/New_York', 400, 'FREQ=WEEKLY');
  const london = await schedule(org.people.staff2.id, 'Europe/London', 390, 'FREQ=WEEKLY;INTERVAL=2', 'supervisor2');
  await schedule(org.people.staff.id, 'UTC', 20, null);
  series = { newYork: newYork.id, london: london.id };
});
afterAll(async () => app.close());

describe('a write expands again only the series it touched', () => {
  it('the windows hold clock changes, and a cold read agrees', async () => {
    await expectCacheAgrees();
    const hours = new Set((await occurrencesOf(series.newYork, 366, 0)).map((o) => new Date(o.startsAt).getUTCHours()));
    expect([...hours].sort()).toEqual([14, 15]);
  });

  it('a new series', async () => {
    const before = staffOf(await figures(t.admin, {}), org.people.staff.id);
    const after = await afterWrite(1, () => schedule(org.people.staff.id, 'America/New_York', 45, 'FREQ=WEEKLY;INTERVAL=2'));
    expect(staffOf(after, org.people.staff.id).reconciliation.scheduled).toBeGreaterThan(before.reconciliation.scheduled!);
  });

  it('a cancelled, a moved (across a day), a completed and a documented occurrence', async () => {
    const open = (await occurrencesOf(series.newYork, 60, 1)).filter((o) => o.status === 'SCHEDULED');
    expect(open.length).toBeGreaterThanOrEqual(4);
    const before = staffOf(await figures(t.admin, {}), org.people.staff.id);
    await afterWrite(1, () => ok(app, CANCEL, { i: { occurrenceId: open[0]!.id } }, { token: t.supervisor }));
    await afterWrite(1, () => ok(app, MOVE, { i: { occurrenceId: open[1]!.id, startsAt: iso(Date.parse(open[1]!.startsAt) + 26 * 60 * MINUTE_MS) } }, { token: t.supervisor }));
    await afterWrite(1, () => ok(app, MARK, { i: { occurrenceId: open[2]!.id, status: 'COMPLETED' } }, { token: t.supervisor }));
    const after = await afterWrite(1, () => ok(app, RECORD, { i: { occurrenceId: open[3]!.id, types: ['SUPPORTIVE'] } }, { token: t.supervisor }));
    const r = staffOf(after, org.people.staff.id).reconciliation;
    // The note also records its occurrence as held: two completed, one of them documented.
    expect([r.cancelled, r.completed, r.documented]).toEqual([before.reconciliation.cancelled! + 1, before.reconciliation.completed! + 2, before.reconciliation.documented! + 1]);
  });

  it('a series re-timed from a future date (the old one ends, a new one starts) and a series ended', async () => {
    const [{ version }] = await app.owner.query('SELECT version FROM supervision_session WHERE id = $1', [series.london]);
    await afterWrite(2, () => ok(app, UPDATE, { i: { sessionId: series.london, version, startsAt: `${localDay(-3)}T16:30`, recurrence: 'FREQ=WEEKLY;INTERVAL=3' } },
      { token: t.supervisor2 }));
    const before = (await occurrencesOf(series.newYork, 80, 0)).length;
    await afterWrite(1, () => ok(app, END, { i: { sessionId: series.newYork, from: `${localDay(17)}T00:00` } }, { token: t.supervisor }));
    expect((await occurrencesOf(series.newYork, 80, 0)).length).toBeLessThan(before);
  });

  it('a deleted series', async () => {
    const doomed = await schedule(org.people.staff2.id, 'Europe/London', 30, 'FREQ=WEEKLY', 'supervisor2');
    await expectCacheAgrees();
    const before = staffOf(await figures(t.admin, {}), org.people.staff2.id).reconciliation.scheduled!;
    // Ending it before its first occurrence removes it.
    const after = await afterWrite(1, () => ok(app, END, { i: { sessionId: doomed.id, from: `${localDay(40)}T00:00` } }, { token: t.supervisor2 }));
    expect((await app.owner.query('SELECT 1 FROM supervision_session WHERE id = $1', [doomed.id])).length).toBe(0);
    // Its revision row went with it (the rows deleted with it by cascade do not put it back).
    expect((await app.owner.query('SELECT 1 FROM supervision_series_revision WHERE session_id = $1', [doomed.id])).length).toBe(0);
    expect(staffOf(after, org.people.staff2.id).reconciliation.scheduled).toBeLessThan(before);
  });

  it('a supervisee moving team (no supervision write: nothing expanded again, the team read afresh)', async () => {
    const after = await afterWrite(0, () => ok(app, ASSIGN_TEAM, { i: { personId: org.people.staff.id, teamId: org.teams.a2 } }, { token: t.admin }));
    expect(staffOf(after, org.people.staff.id).teamId).toBe(org.teams.a2);
  });

  it('two reads at once after a write agree, read no bucket afresh, and keep the byte estimate the sum of the entries', async () => {
    const weekly = await schedule(org.people.staff.id, 'America/New_York', 30, 'FREQ=WEEKLY');
    await expectCacheAgrees();
    const [open] = (await occurrencesOf(weekly.id, 10, -20)).filter((o) => o.status === 'SCHEDULED');
    await ok(app, CANCEL, { i: { occurrenceId: open!.id } }, { token: t.supervisor });
    const misses = countedOccurrenceCache.misses;
    const [a, b] = await Promise.all([figures(t.admin, {}), figures(t.admin, {})]);
    expect(a).toEqual(b);
    expect(countedOccurrenceCache.misses).toBe(misses);
    const bytes = [...countedOccurrenceCache.organizations.values()].reduce((sum, e) => sum + e.bytes, 0);
    expect(countedOccurrenceCache.bytes).toBe(bytes);
    await expectCacheAgrees();
  });

  it('a write straight to the database', async () => {
    const [open] = (await occurrencesOf(series.london, 60, 1)).filter((o) => o.status === 'SCHEDULED');
    const after = await afterWrite(1, () => app.owner.query(
      `INSERT INTO supervision_occurrence (organization_id, session_id, original_start, starts_at, duration_minutes, status) VALUES ($1, $2, $3, $3, 60, 'MISSED')`,
      [org.id, open!.sessionId, open!.startsAt]));
    expect(staffOf(after, org.people.staff2.id).reconciliation.missed).toBeGreaterThan(0);
  });
});
