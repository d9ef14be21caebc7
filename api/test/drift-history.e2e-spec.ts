import { DEMO_PASSWORD, seedDemoOrganization } from '@tandem/database';
import { addPerson, auditRowsOf, callRaw, uniq } from './support/admin-helpers';
import { ensureInstrument } from './support/checklist-helpers';
import { createOrg, login, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { dataOf, expectCode, type TypedDocumentNode, type VariablesArg } from './support/graphql';
import { inOnePeriod, isoDaysAgo, testClock, utcDayOf } from './support/clock';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// Issue 9, items 1–3: signals judged on each series' whole history (the range only chooses what is shown), the
// managers' baseline restarts, and improvement as a signal of its own.

export const SIGNAL = graphql(`fragment HistorySignal on DriftSignal { id metric period since rule severity direction inForce beforeRange message }`);
const TEAM_DRIFT = graphql(`query TeamDrift($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {
  from to metrics { metric points { period value n } signals { ...HistorySignal }
    limits { centre baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } } }
  annotations { id onDate label details kind automatic }
  actionMarkers { id outcome outcomeSignalId } } }`);
const OVERVIEW = graphql(`query DriftOverview($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teamsWithAlerts }
  teams(page: { first: 100 }) { items { team { id name } activeSignals { ...HistorySignal } } } } }`);
const REBASELINE = graphql(`mutation RebaselineTeam($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id teamId fromDate reason createdByName } }`);
const DELETE_RESET = graphql(`mutation DeleteBaselineReset($id: ID!) { deleteBaselineReset(id: $id) }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
let foreignAdmin: string;
let demoAdmin: string;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  // The demo seeds only an empty database: first the demo organisation, then two factory organisations.
  await seedDemoOrganization(app.owner, testClock.now());
  demoAdmin = await login(app, 'admin@tandem.demo', DEMO_PASSWORD);
  org = await createOrg(app, 'History');
  const foreign = await createOrg(app, 'Foreign');
  await ensureInstrument(app, org.id);
  await ensureInstrument(app, foreign.id);
  t = await tokensFor(app, org);
  foreignAdmin = await login(app, foreign.people.admin.email);
}, 180_000);
afterAll(async () => app.close());

const as = <R, V>(token: string, document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>) =>
  callRaw<R>(app, document, variables as Record<string, unknown> | undefined, { token });

interface Signal {
  id: string; metric: string; period: string; since: string; rule: string; severity: string; direction: string;
  inForce: boolean; beforeRange: boolean; message: string;
}
interface Series { metric: string; signals: Signal[]; limits: { restarts: string[]; baselinePeriods: string[] } | null }

// The API's default range and its months end at its own today: a test that writes or asks by month reads "now" once and
// runs within that day (inOnePeriod), so a midnight (a new month) between its clock reads and the API's cannot split them.

/** The last `months` calendar months up to the day of `nowMs`: from the first day of the earliest, to that day. */
function lastMonths(months: number, nowMs: number): { from: string; to: string } {
  const now = new Date(nowMs);
  return { from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1)).toISOString().slice(0, 10), to: utcDayOf(nowMs) };
}

/** A month label `k` months before the month of `nowMs` ('2026-03'). */
function monthAgo(k: number, nowMs: number): string {
  const now = new Date(nowMs);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - k, 1)).toISOString().slice(0, 7);
}

const key = (s: Signal) => `${s.metric} ${s.rule} ${s.direction} ${s.severity} since ${s.since} at ${s.period}`;

async function teamSignals(token: string, teamId: string, f: Record<string, unknown>): Promise<Signal[]> {
  const metrics = dataOf(await as(token, TEAM_DRIFT, { id: teamId, f }), 'teamDrift').metrics as Series[];
  return metrics.flatMap((m) => m.signals);
}

async function demoTeam(name: string): Promise<string> {
  const [row] = await app.owner.query('SELECT id FROM team WHERE name = $1', [name]);
  return row.id as string;
}

describe('demo organisation: the same signals for any range that contains them', () => {
  it('Inpatient Bridge shows the same signals, same rules and periods, for the last 24, 12, 6 and 3 months', () => inOnePeriod(async (now) => {
    const team = await demoTeam('Inpatient Bridge');
    const full = await teamSignals(demoAdmin, team, lastMonths(24, now));
    const alerts = full.filter((s) => s.severity === 'alert' && s.direction === 'worse');
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.some((s) => s.metric === 'MDI')).toBe(true);
    for (const months of [12, 6, 3]) {
      const range = lastMonths(months, now);
      const first = range.from.slice(0, 7);
      const shown = await teamSignals(demoAdmin, team, range);
      // Every signal that fired in the range is the one the 24-month view shows for those periods…
      expect(shown.filter((s) => !s.beforeRange).map(key).sort()).toEqual(full.filter((s) => s.period >= first).map(key).sort());
      // …and earlier signals still in force are listed as such, exactly the ones in force in the long view.
      expect(shown.filter((s) => s.beforeRange).map(key).sort()).toEqual(full.filter((s) => s.period < first && s.inForce).map(key).sort());
      expect(shown.filter((s) => s.beforeRange).every((s) => s.inForce)).toBe(true);
    }
    // Looking at this quarter, the manager is still told: drift is in force.
    const quarter = dataOf(await as(demoAdmin, OVERVIEW, { f: lastMonths(3, now) }), 'driftOverview');
    const bridge = quarter.teams.items.find((x) => x.team.name === 'Inpatient Bridge')!;
    expect(bridge.activeSignals.some((s: Signal) => s.severity === 'alert' && s.direction === 'worse')).toBe(true);
    expect(quarter.kpis.teamsWithAlerts).toBeGreaterThan(0);
  }));

  it('Harbor House’s recovery is an improvement signal in force (MFI up, drift indices down)', async () => {
    const overview = dataOf(await as(demoAdmin, OVERVIEW), 'driftOverview');
    const harbor = overview.teams.items.find((x) => x.team.name === 'Harbor House')!;
    const better = (harbor.activeSignals as Signal[]).filter((s) => s.direction === 'better');
    expect(better.map((s) => s.metric)).toContain('MFI');
    expect(better.find((s) => s.metric === 'MFI')?.message).toMatch(/above its usual level of [\d.]+ (since|in) \w{3} \d{4}/);
    expect((harbor.activeSignals as Signal[]).filter((s) => s.direction === 'worse' && s.rule === 'CUSUM')).toEqual([]);
    for (const s of overview.teams.items.flatMap((x: { activeSignals: Signal[] }) => x.activeSignals)) expect(['worse', 'better']).toContain(s.direction);
  });
});

// ── a factory team with a known history in the rollups ────────────────────────────────────────────────────────────

/** Writes monthly rollup cells (SELF) for `metric`, the last value in the month of `nowMs`: n ratings with within-period SD 15. */
async function writeSeries(nowMs: number, teamId: string, metric: string, values: number[], n = 5): Promise<void> {
  for (let i = 0; i < values.length; i++) {
    const month = `${monthAgo(values.length - 1 - i, nowMs)}-01`;
    const mean = values[i]!;
    await app.owner.query(
      `INSERT INTO metric_rollup (organization_id, team_id, period_type, period_start, rater_type, metric, count, sum, sum_sq)
       VALUES ($1, $2, 'MONTH', $3, 'SELF', $4, $5, $6, $7)`,
      [org.id, teamId, month, metric, n, mean * n, (n - 1) * 225 + n * mean * mean],
    );
  }
}

const WAVE = [0, 3, -2, 4, -3, 1, -4, 2, -1, 3, -2, 0];
const steady = (count: number, level: number) => Array.from({ length: count }, (_, i) => level + WAVE[i % 12]!);

async function freshTeam(): Promise<string> {
  const [row] = await app.owner.query('INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, $3) RETURNING id', [org.id, org.programs.a, `Team ${uniq()}`]);
  return row.id as string;
}

async function mdi(token: string, teamId: string, f: Record<string, unknown> = {}) {
  const drift = dataOf(await as(token, TEAM_DRIFT, { id: teamId, f }), 'teamDrift');
  return { series: (drift.metrics as Series[]).find((m) => m.metric === 'MDI')!, annotations: drift.annotations as { id: string; kind: string; onDate: string; details: string }[] };
}

describe('rebaselineTeam', () => {
  it('a program manager restarts a team’s baseline: stored, audited, on the chart, and the detector starts afresh there', () => inOnePeriod(async (now) => {
    const team = await freshTeam();
    await writeSeries(now, team, 'MDI', [...steady(12, 30), ...steady(12, 45)]);
    const before = await mdi(t.manager, team);
    const drift = before.series.signals.find((s) => s.rule === 'CUSUM' && s.direction === 'worse');
    expect(drift).toMatchObject({ inForce: true, since: monthAgo(11, now) });
    expect(before.series.limits?.restarts).toEqual([]);

    const fromDate = `${monthAgo(5, now)}-10`;
    const res = await as(t.manager, REBASELINE, { i: { teamId: team, fromDate, reason: '  Team day on lived experience  ' } });
    const reset = dataOf(res, 'rebaselineTeam');
    expect(reset).toMatchObject({ teamId: team, fromDate, reason: 'Team day on lived experience', createdByName: org.people.manager.name });
    expect((await auditRowsOf(app, res.requestId!)).map((r) => [r.action, r.summary])).toEqual([
      ['drift_baseline.restarted', { after: { teamId: team, fromDate, reason: 'Team day on lived experience' } }],
    ]);

    const after = await mdi(t.manager, team);
    expect(after.series.limits?.restarts).toEqual([monthAgo(5, now)]);
    expect(after.series.limits?.baselinePeriods[0]).toBe(monthAgo(5, now));
    // The earlier drift is no longer in force: the team's usual level now starts at the restart.
    expect(after.series.signals.filter((s) => s.inForce && s.period < monthAgo(5, now))).toEqual([]);
    expect(after.annotations).toContainEqual(expect.objectContaining({ id: `baseline:${reset.id}`, kind: 'BASELINE_RESET', onDate: fromDate, details: 'Team day on lived experience' }));
    // Admins may too, for any team; the same day twice is a conflict.
    expect(dataOf(await as(t.admin, REBASELINE, { i: { teamId: team, fromDate: `${monthAgo(2, now)}-01`, reason: 'Restructure' } }), 'rebaselineTeam').teamId).toBe(team);
    expectCode(await as(t.admin, REBASELINE, { i: { teamId: team, fromDate, reason: 'Again' } }), 'CONFLICT');

    // Removing a restart takes it off the chart, and is audited.
    const removed = await as(t.manager, DELETE_RESET, { id: reset.id });
    expect(dataOf(removed, 'deleteBaselineReset')).toBe(true);
    expect((await auditRowsOf(app, removed.requestId!)).map((r) => r.action)).toEqual(['drift_baseline.restart_removed']);
    expect((await mdi(t.manager, team)).series.limits?.restarts).toEqual([monthAgo(2, now)]);
  }));

  it('is for the program’s manager and admins only: FORBIDDEN for supervisors and staff, NOT_FOUND outside one’s programs or organisation', async () => {
    const input = { teamId: org.teams.a1, fromDate: isoDaysAgo(30), reason: 'Team day' };
    expectCode(await as(t.supervisor, REBASELINE, { i: input }), 'FORBIDDEN');
    expectCode(await as(t.staff, REBASELINE, { i: input }), 'FORBIDDEN');
    expectCode(await as(t.manager, REBASELINE, { i: { ...input, teamId: org.teams.b1 } }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, REBASELINE, { i: input }), 'NOT_FOUND');
    expect(await app.owner.query('SELECT 1 FROM drift_baseline_reset WHERE team_id = ANY($1)', [[org.teams.a1, org.teams.b1]])).toEqual([]);
    const [reset] = await app.owner.query(
      `INSERT INTO drift_baseline_reset (organization_id, team_id, starts_on, reason) VALUES ($1, $2, $3, 'Seeded') RETURNING id`, [org.id, org.teams.b1, isoDaysAgo(40)],
    );
    expectCode(await as(t.supervisor2, DELETE_RESET, { id: reset.id }), 'FORBIDDEN');
    expectCode(await as(t.manager, DELETE_RESET, { id: reset.id }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, DELETE_RESET, { id: reset.id }), 'NOT_FOUND');
    // A manager who also supervises someone in another program's team sees that team, but does not manage it.
    await app.owner.query(`INSERT INTO role_grant (organization_id, person_id, role) VALUES ($1, $2, 'SUPERVISOR')`, [org.id, org.people.manager.id]);
    await addPerson(app, org.id, 'bstaff', ['STAFF'], { teamId: org.teams.b1, supervisorId: org.people.manager.id });
    const both = await login(app, org.people.manager.email);
    expectCode(await as(both, REBASELINE, { i: { ...input, teamId: org.teams.b1 } }), 'FORBIDDEN');
    expectCode(await as(both, DELETE_RESET, { id: reset.id }), 'FORBIDDEN');
    expect(await app.owner.query('SELECT 1 FROM drift_baseline_reset WHERE team_id = $1', [org.teams.b1])).toHaveLength(1);
  });

  it('refuses bad input with BAD_USER_INPUT: a future date, a date that does not exist, a missing reason, a bad id', async () => {
    const input = { teamId: org.teams.a2, fromDate: isoDaysAgo(30), reason: 'Team day' };
    expectCode(await as(t.admin, REBASELINE, { i: { ...input, fromDate: isoDaysAgo(-3) } }), 'BAD_USER_INPUT');
    expectCode(await as(t.admin, REBASELINE, { i: { ...input, fromDate: '2025-02-30' } }), 'BAD_USER_INPUT');
    expectCode(await as(t.admin, REBASELINE, { i: { ...input, reason: '  ' } }), 'BAD_USER_INPUT');
    expectCode(await as(t.admin, REBASELINE, { i: { ...input, reason: '\u{1F600}a' } }), 'BAD_USER_INPUT');
    expectCode(await as(t.admin, REBASELINE, { i: { ...input, reason: 'x'.repeat(501) } }), 'BAD_USER_INPUT');
    expectCode(await as(t.admin, REBASELINE, { i: { ...input, teamId: 'not-a-team' } }), 'BAD_USER_INPUT');
    expectCode(await as(t.admin, DELETE_RESET, { id: 'not-an-id' }), 'NOT_FOUND');
    expect(await app.owner.query('SELECT 1 FROM drift_baseline_reset WHERE team_id = $1', [org.teams.a2])).toEqual([]);
  });
});

describe('improvement and the loop', () => {
  it('signals carry their direction; an action’s outcome is the improvement signal in force since it was agreed', () => inOnePeriod(async (now) => {
    const team = await freshTeam();
    // Fidelity (bad when it falls): steady, a fall, then recovery after an action agreed nine months ago.
    await writeSeries(now, team, 'MFI', [...steady(10, 70), ...steady(7, 52), ...steady(7, 70)]);
    const [action] = await app.owner.query(
      `INSERT INTO supervision_action_item (organization_id, team_id, supervisee_id, description, owner_id, created_at)
       VALUES ($1, $2, $3, 'Reflect together on sharing lived experience', $4, $5) RETURNING id`,
      [org.id, team, org.people.staff.id, org.people.supervisor.id, `${monthAgo(8, now)}-15T12:00:00Z`],
    );
    const drift = dataOf(await as(t.admin, TEAM_DRIFT, { id: team }), 'teamDrift');
    const signals = (drift.metrics as Series[]).find((m) => m.metric === 'MFI')!.signals.filter((s) => s.rule === 'CUSUM');
    expect(signals.map((s) => [s.direction, s.inForce])).toEqual([['worse', false], ['better', true]]);
    expect(drift.actionMarkers).toEqual([{ id: action.id, outcome: 'better', outcomeSignalId: signals[1]!.id }]);
  }));
});
