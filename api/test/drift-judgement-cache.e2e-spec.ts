// The overview reads each team's judged series (control limits, CUSUM, signals over its whole history) from an
// in-memory cache that keeps each team's history with its analytics team revision token
// (api/src/modules/analytics/drift-judgements.ts). Here every kind of change that can move a judgement is made — a
// submission, an amendment (the old revision is withdrawn), a back-dated team move, a baseline restart, direct writes
// to the rollups and a full rebuild — and after each one the overview read through the cache equals a fresh
// judgement, for windows that end today and in the past, monthly and weekly, for one rater type and a mix; and the
// first read after the change reads again only the histories of the teams the change touched.
import { DEMO_PASSWORD, rebuildRollups, seedDemoOrganization } from '@tandem/database';
import { driftJudgementCache } from '../src/modules/analytics/drift-judgements';
import { driftOverviewMemo } from '../src/modules/analytics/overview-memo';
import { call, personIdByEmail } from './support/admin-helpers';
import { AMEND, fillAndSubmit, uniformAnswers } from './support/checklist-helpers';
import { isoDaysAgo, testClock } from './support/clock';
import { login } from './support/factories';
import { dataOf } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import type { DriftFilterInput } from './gql/graphql';

export const SignalInJudgementCacheFragment = graphql(`fragment SignalInJudgementCache on DriftSignal { id metric period since rule message severity direction inForce beforeRange }`);
const OVERVIEW = graphql(`query OverviewInJudgementCache($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods
  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists }
  attention { team { id } activeSignals { ...SignalInJudgementCache } } improving { team { id } activeSignals { ...SignalInJudgementCache } }
  programs { programId teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }
  teams(page: { first: 100 }) { totalCount items { team { id }
    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }
    activeSignals { ...SignalInJudgementCache } dimensions { dimensionCode score n suppressed }
    series { metric points { period value n suppressed }
      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }
      signals { ...SignalInJudgementCache } } } } } }`);
const TEAM = graphql(`query TeamDriftInJudgementCache($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {
  metrics { metric points { period value n suppressed }
    limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }
    signals { ...SignalInJudgementCache } } } }`);
const MOVE = graphql(`mutation AssignTeamInJudgementCache($i: AssignTeamInput!) { assignTeam(input: $i) { id } }`);

/** Windows ending today and in the past (as another TANDEM_NOW would), monthly and weekly, one rater type and a mix. */
const FILTERS: DriftFilterInput[] = [
  {},
  { granularity: 'WEEK' },
  { from: isoDaysAgo(400), to: isoDaysAgo(70) },
  { granularity: 'WEEK', from: isoDaysAgo(200), to: isoDaysAgo(20) },
  { raterTypes: ['SELF', 'SUPERVISOR'] },
];

let app: TestApp;
let admin: string;
let staff: string;
let organizationId: string;

beforeAll(async () => {
  // This file is about the judged-series cache: the overview's kept first screen (overview-memo.ts, its own spec) would
  // answer the repeated reads without asking it.
  driftOverviewMemo.enabled = false;
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  const seeded = await seedDemoOrganization(app.owner, testClock.now());
  organizationId = seeded.organizationId!;
  admin = await login(app, 'admin@tandem.demo', DEMO_PASSWORD);
  staff = await login(app, 'staff@tandem.demo', DEMO_PASSWORD);
}, 180_000);
afterAll(async () => {
  driftJudgementCache.enabled = true;
  driftOverviewMemo.enabled = true;
  await app.close();
});

const overview = async (f: DriftFilterInput) => dataOf(await call(app, OVERVIEW, { f }, { token: admin }), 'driftOverview');

/**
 * After a change: for every window, the first read through the cache reads again the histories of exactly `changed`
 * teams (the rest come from the cache, re-judged in memory if the organisation's spread moved), the next one reads
 * and judges none, and both equal a fresh judgement. With `spreadMoves` false no kept team is judged again either.
 */
async function expectCacheAgrees(changed: number | 'all', spreadMoves = true): Promise<void> {
  // Windows of one granularity and rater mix share the kept spread: the first of them reads the moved teams' parts.
  const spreadsRead = new Set<string>();
  try {
    for (const f of FILTERS) {
      driftJudgementCache.enabled = false;
      const fresh = await overview(f);
      driftJudgementCache.enabled = true;
      const { hits, misses, rejudged, spreadReads } = driftJudgementCache;
      expect(await overview(f)).toEqual(fresh);
      const read = changed === 'all' ? fresh.kpis.teams : changed;
      expect(driftJudgementCache.misses - misses).toBe(read);
      // The organisation's spread too: only those teams' parts of it are read again.
      const spreadKey = `${f.granularity ?? 'MONTH'}|${(f.raterTypes ?? ['SELF']).join('+')}`;
      if (changed !== 'all') expect(driftJudgementCache.spreadReads - spreadReads).toBe(spreadsRead.has(spreadKey) ? 0 : read);
      spreadsRead.add(spreadKey);
      expect(driftJudgementCache.hits - hits).toBe(fresh.kpis.teams - read);
      // The rest are judged again all together when the spread moved (a new cell of one rating leaves it be), or not at all.
      const again = driftJudgementCache.rejudged - rejudged;
      expect(spreadMoves ? [0, fresh.kpis.teams - read] : [0]).toContain(again);
      const after = { ...driftJudgementCache };
      expect(await overview(f)).toEqual(fresh);
      expect(driftJudgementCache.hits).toBe(after.hits + fresh.kpis.teams);
      expect(driftJudgementCache.misses).toBe(after.misses);
      expect(driftJudgementCache.rejudged).toBe(after.rejudged);
      expect(driftJudgementCache.spreadReads).toBe(after.spreadReads);
      // The team page pools the same kept spread (its own metrics' parts): the same figures as a fresh read.
      const id = fresh.teams.items[0]!.team.id;
      driftJudgementCache.enabled = false;
      const page = dataOf(await call(app, TEAM, { id, f }, { token: admin }), 'teamDrift');
      driftJudgementCache.enabled = true;
      expect(dataOf(await call(app, TEAM, { id, f }, { token: admin }), 'teamDrift')).toEqual(page);
      expect(dataOf(await call(app, TEAM, { id, f }, { token: admin }), 'teamDrift')).toEqual(page);
    }
  } finally {
    driftJudgementCache.enabled = true;
  }
}

/** Fills the cache for every window, so that the next check proves the change was noticed. */
async function warm(): Promise<void> {
  for (const f of FILTERS) await overview(f);
}

const teamIds = async (): Promise<string[]> =>
  (await app.owner.query('SELECT id FROM team WHERE organization_id = $1 ORDER BY name', [organizationId])).map((r: { id: string }) => r.id);

describe('the judged-series cache', () => {
  it('equals a fresh judgement after every change that can move a signal', async () => {
    driftJudgementCache.clear();
    await expectCacheAgrees('all');
    const some = (await overview({})).teams.items.filter((t: { activeSignals: unknown[] }) => t.activeSignals.length > 0);
    expect(some.length).toBeGreaterThan(0);

    // A submission far from the team's usual level.
    const me = await personIdByEmail(app, 'staff@tandem.demo');
    const submitted = await fillAndSubmit(app, staff, me, 'SELF', uniformAnswers('SELF', 1, 5));
    await expectCacheAgrees(1);

    // An amendment: the old revision is withdrawn from the rollups and the new one added.
    const amended = await call(app, AMEND, { i: { checklistId: submitted.id, version: submitted.version, answers: uniformAnswers('SELF', 5, 1), reason: 'Corrected after discussion' } }, { token: staff });
    expect(amended.errors).toBeUndefined();
    await expectCacheAgrees(1);

    // A back-dated team move re-attributes the checklists submitted since then.
    const [home] = await app.owner.query('SELECT team_id FROM team_membership WHERE person_id = $1 AND ends_on IS NULL', [me]);
    const other = (await teamIds()).find((id) => id !== home.team_id)!;
    const moved = await call(app, MOVE, { i: { personId: me, teamId: other, startsOn: isoDaysAgo(2) } }, { token: admin });
    expect(moved.errors).toBeUndefined();
    // Both teams: the one the checklists leave and the one they join.
    await expectCacheAgrees(2);

    // A baseline restart written straight into the database.
    await warm();
    const [adminId] = await app.owner.query(`SELECT id FROM person WHERE email = 'admin@tandem.demo'`);
    await app.owner.query(
      `INSERT INTO drift_baseline_reset (organization_id, team_id, starts_on, reason, created_by) VALUES ($1, $2, $3, 'A new way of working', $4)`,
      [organizationId, other, isoDaysAgo(120), adminId.id],
    );
    // A restart moves no rollup, so the organisation's spread stands: only that team is read and judged again.
    await expectCacheAgrees(1, false);

    // Direct writes to the rollups: one team's fidelity drops in its latest months, then a cell disappears.
    await warm();
    await app.owner.query(
      `UPDATE metric_rollup SET sum = sum - 30 * count, sum_sq = sum_sq - 60 * sum + 900 * count
       WHERE organization_id = $1 AND team_id = $2 AND metric = 'MFI' AND period_start >= $3::date`,
      [organizationId, other, isoDaysAgo(70)],
    );
    await expectCacheAgrees(1);
    await warm();
    await app.owner.query(
      `DELETE FROM metric_rollup WHERE organization_id = $1 AND team_id = $2 AND metric = 'HDI' AND period_type = 'MONTH'
         AND period_start = (SELECT max(period_start) FROM metric_rollup WHERE organization_id = $1 AND team_id = $2 AND metric = 'HDI' AND period_type = 'MONTH')`,
      [organizationId, other],
    );
    await expectCacheAgrees(1);

    // A rebuild from the checklists puts every rollup back.
    await warm();
    await app.owner.transaction((em) => rebuildRollups(em, organizationId));
    await expectCacheAgrees('all');
  }, 600_000);

  it('keeps a program’s teams and the whole organisation in one entry, each team checked against its own token', async () => {
    const teams: { id: string; program_id: string }[] = await app.owner.query('SELECT id, program_id FROM team WHERE organization_id = $1 ORDER BY name', [organizationId]);
    const [p, q] = [...new Set(teams.map((t) => t.program_id))];
    const inP = teams.filter((t) => t.program_id === p).map((t) => t.id);
    const inQ = teams.filter((t) => t.program_id === q).map((t) => t.id);
    // Every recent MFI rating 2 lower and each cell's sum of squared deviations larger by its count: a shift alone
    // leaves the within-period spread as it was (bit for bit or not, by the data's rounding), so the spread moves for sure.
    const lower = (teamId: string) => app.owner.query(
      `UPDATE metric_rollup SET sum = sum - 2 * count, sum_sq = sum_sq - 4 * sum + 4 * count + count
       WHERE organization_id = $1 AND team_id = $2 AND metric = 'MFI' AND period_start >= $3::date`, [organizationId, teamId, isoDaysAgo(100)]);
    const agrees = async (f: DriftFilterInput) => {
      driftJudgementCache.enabled = false;
      const fresh = await overview(f);
      driftJudgementCache.enabled = true;
      const before = { ...driftJudgementCache };
      expect(await overview(f)).toEqual(fresh);
      return { read: driftJudgementCache.misses - before.misses, hit: driftJudgementCache.hits - before.hits, rejudged: driftJudgementCache.rejudged - before.rejudged };
    };
    driftJudgementCache.clear();
    expect(await agrees({ programId: p })).toEqual({ read: inP.length, hit: 0, rejudged: 0 });
    // A write to a team of the other program: the first program's teams are checked, found unchanged, and judged again with the new spread.
    await lower(inQ[0]!);
    expect(await agrees({})).toEqual({ read: inQ.length, hit: inP.length, rejudged: inP.length });
    // A write to the first program: its page reads that team again; then the whole organisation reads nothing.
    await lower(inP[0]!);
    expect(await agrees({ programId: p })).toEqual({ read: 1, hit: inP.length - 1, rejudged: inP.length - 1 });
    expect(await agrees({})).toEqual({ read: 0, hit: teams.length, rejudged: inQ.length });
  }, 120_000);

  it('serves an unchanged organisation from the cache, every team a hit', async () => {
    await warm();
    const before = await overview({});
    const hits = driftJudgementCache.hits;
    expect(await overview({})).toEqual(before);
    expect(driftJudgementCache.hits).toBe(hits + before.kpis.teams);
    // Every kept team was found current under the organisation's token, with its team's token, and the memory count adds up.
    const [{ token }] = await app.owner.query('SELECT token::text AS token FROM analytics_revision WHERE organization_id = $1', [organizationId]);
    const teamTokens = new Map<string, string>((await app.owner.query('SELECT team_id, token::text AS token FROM analytics_team_revision WHERE organization_id = $1', [organizationId]))
      .map((r: { team_id: string; token: string }) => [r.team_id, r.token]));
    const entries = [...driftJudgementCache.entries.values()];
    expect(entries.length).toBe(FILTERS.length);
    for (const e of entries) {
      expect(e.teams.size).toBe(before.kpis.teams);
      for (const [id, t] of e.teams) expect([t.checked, t.token]).toEqual([token, teamTokens.get(id) ?? null]);
      expect(e.weight).toBe([...e.teams.values()].reduce((n, t) => n + t.weight, 0));
    }
    // The spread's parts (monthly and weekly, one rater type and a mix): every team with a token, each under its current one.
    const spreads = [...driftJudgementCache.spreads.values()];
    expect(spreads.length).toBe(3);
    for (const s of spreads) {
      expect(s.checked).toBe(token);
      expect(Object.fromEntries(s.tokens)).toEqual(Object.fromEntries(teamTokens));
      expect(s.weight).toBe([...s.partials.values()].reduce((n, p) => n + p.size, 0));
      expect(s.weight).toBeGreaterThan(0);
    }
    expect(driftJudgementCache.weight).toBe(entries.reduce((n, e) => n + e.weight, 0) + spreads.reduce((n, s) => n + s.weight, 0));
  }, 120_000);
});
