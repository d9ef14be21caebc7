// The dashboard overview's first screen (every team's summary, both orders of the team list, the lists, rollups and
// key figures, with the supervision figures) is kept between requests (api/src/modules/analytics/overview-memo.ts),
// keyed by the analytics, supervision and roster revision tokens, the viewer's scope and the filter. Here each kind of
// change that can move a figure is made — a submission, an amendment, a team move, a baseline restart, a supervision
// session and a supervision write — and after each one the kept screen equals a fresh computation (neither the kept
// screen nor the judged-series cache), for an admin, a manager of some programs, a supervisor and a program filter,
// monthly and weekly, in both orders and filtered; and a second read comes from the kept screen without summarising a team.
import { DEMO_PASSWORD, seedDemoOrganization } from '@tandem/database';
import { MINUTE_MS } from '@tandem/shared';
import { driftJudgementCache } from '../src/modules/analytics/drift-judgements';
import { driftOverviewMemo } from '../src/modules/analytics/overview-memo';
import { call, ok, personIdByEmail } from './support/admin-helpers';
import { AMEND, fillAndSubmit, uniformAnswers } from './support/checklist-helpers';
import { inOnePeriod, isoDaysAgo, testClock } from './support/clock';
import { login } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import type { DriftFilterInput, DriftTeamsPageInput } from './gql/graphql';

export const SignalInOverviewMemoFragment = graphql(`fragment SignalInOverviewMemo on DriftSignal { id metric period since rule message severity direction inForce beforeRange }`);
const OVERVIEW = graphql(`query OverviewInOverviewMemo($f: DriftFilterInput, $page: DriftTeamsPageInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize
  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }
  attention { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }
  improving { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }
  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }
  teams(page: $page) { totalCount pageInfo { endCursor hasNextPage } items { team { id name memberCount } program { id name }
    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }
    activeSignals { ...SignalInOverviewMemo } dimensions { dimensionCode dimensionTitle score n suppressed }
    series { metric label badDirection points { period periodStart value n suppressed }
      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }
      signals { ...SignalInOverviewMemo } }
    supervision { ratio recorded required overdueCount superviseeCount } } } } }`);
const MOVE = graphql(`mutation AssignTeamInOverviewMemo($i: AssignTeamInput!) { assignTeam(input: $i) { id } }`);
const SCHEDULE = graphql(`mutation ScheduleSupervisionInOverviewMemo($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }`);

let app: TestApp;
const tokens: Record<'admin' | 'manager' | 'supervisor' | 'staff', string> = { admin: '', manager: '', supervisor: '', staff: '' };
let organizationId: string;
let programId: string;

/** The viewers and filters compared: each scope's own figures, monthly and weekly, in both orders, filtered and not. */
const reads = (): { who: keyof typeof tokens; f: DriftFilterInput; page: DriftTeamsPageInput }[] => [
  { who: 'admin', f: {}, page: { first: 100 } },
  { who: 'admin', f: { granularity: 'WEEK' }, page: { first: 5, sort: 'NAME' } },
  { who: 'admin', f: {}, page: { first: 100, statuses: ['STEADY', 'WATCH'] } },
  { who: 'manager', f: {}, page: { first: 100 } },
  { who: 'supervisor', f: {}, page: { first: 100 } },
  { who: 'admin', f: { programId }, page: { first: 100, sort: 'NAME' } },
];

const read = async (who: keyof typeof tokens, f: DriftFilterInput, page: DriftTeamsPageInput) =>
  (await ok(app, OVERVIEW, { f, page }, { token: tokens[who] })).driftOverview;

/** Worked out afresh: neither the kept screen nor the judged-series cache. */
async function fresh(who: keyof typeof tokens, f: DriftFilterInput, page: DriftTeamsPageInput) {
  driftOverviewMemo.enabled = false;
  driftJudgementCache.enabled = false;
  try {
    return await read(who, f, page);
  } finally {
    driftOverviewMemo.enabled = true;
    driftJudgementCache.enabled = true;
  }
}

/**
 * For every read: the first one after a change works the screen out again (the change moved a token), the second
 * comes from the kept screen without summarising a team, and both equal a fresh computation. Within one minute of the
 * clock, which the supervision figures are keyed by: a screen kept in an earlier minute is not reused, so "already read"
 * means read in this very minute, and an attempt that a new minute made to run again starts from an empty cache.
 */
async function expectKeptAgrees(): Promise<Record<string, number>> {
  const teams: Record<string, number> = {};
  /** scope → the minute its screen was last kept in (every read of an attempt that ended in the minute it began). */
  const keptIn = new Map<string, string>();
  const minuteOf = (ms: number) => String(Math.floor(ms / MINUTE_MS));
  for (const { who, f, page } of reads()) {
    const scope = `${who}:${JSON.stringify(f)}`;
    let attempts = 0;
    await inOnePeriod(async (nowMs) => {
      if (attempts++ > 0) {
        // The clock crossed a minute during the last attempt, which may have kept screens under either minute.
        driftOverviewMemo.clear();
        keptIn.clear();
      }
      const { misses, hits, teamsSummarised } = driftOverviewMemo;
      const first = await read(who, f, page);
      // Another page of a scope already read since the change, in this minute, comes from its kept screen too.
      const again = keptIn.get(scope) === minuteOf(nowMs);
      expect(driftOverviewMemo.misses - misses).toBe(again ? 0 : 1);
      expect(driftOverviewMemo.teamsSummarised - teamsSummarised).toBe(again ? 0 : first.kpis.teams);
      const walked = driftOverviewMemo.teamsSummarised;
      const second = await read(who, f, page);
      expect({ hits: driftOverviewMemo.hits - hits, summarised: driftOverviewMemo.teamsSummarised - walked }).toEqual({ hits: again ? 2 : 1, summarised: 0 });
      const expected = await fresh(who, f, page);
      expect(first).toEqual(expected);
      expect(second).toEqual(expected);
      teams[scope] = first.kpis.teams;
      // Kept in this minute (inOnePeriod accepts the attempt only if it ends in the minute it began).
      keptIn.set(scope, minuteOf(nowMs));
    }, minuteOf);
  }
  return teams;
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  const seeded = await seedDemoOrganization(app.owner, testClock.now());
  organizationId = seeded.organizationId!;
  // The manager is one of a single program (the demo's manager@ manages every program with a team).
  const emails = { admin: 'admin@tandem.demo', manager: 'priya.natarajan@tandem.demo', supervisor: 'supervisor@tandem.demo', staff: 'staff@tandem.demo' };
  for (const who of Object.keys(tokens) as (keyof typeof tokens)[]) tokens[who] = await login(app, emails[who], DEMO_PASSWORD);
  [{ program_id: programId }] = await app.owner.query('SELECT program_id FROM team WHERE organization_id = $1 ORDER BY name LIMIT 1', [organizationId]);
}, 180_000);
afterAll(async () => {
  driftOverviewMemo.enabled = true;
  driftJudgementCache.enabled = true;
  await app.close();
});

describe('the kept overview first screen', () => {
  it('equals a fresh computation after every change that can move a figure, for every scope', async () => {
    driftOverviewMemo.clear();
    const scopes = await expectKeptAgrees();
    // Each scope has its own figures: the manager and the supervisor see fewer teams than the organisation, the program fewer still.
    const all = scopes['admin:{}']!;
    expect(scopes['manager:{}']).toBeLessThan(all);
    expect(scopes['supervisor:{}']).toBeLessThan(all);
    expect(scopes[`admin:${JSON.stringify({ programId })}`]).toBeLessThan(all);

    // A submission far from the team's usual level, then its amendment.
    const me = await personIdByEmail(app, 'staff@tandem.demo');
    const submitted = await fillAndSubmit(app, tokens.staff, me, 'SELF', uniformAnswers('SELF', 1, 5));
    await expectKeptAgrees();
    const amended = await call(app, AMEND, { i: { checklistId: submitted.id, version: submitted.version, answers: uniformAnswers('SELF', 5, 1), reason: 'Corrected after discussion' } }, { token: tokens.staff });
    expect(amended.errors).toBeUndefined();
    await expectKeptAgrees();

    // A team move: the person's supervision now counts for the other team (and the checklists since then move with them).
    const [home] = await app.owner.query('SELECT team_id FROM team_membership WHERE person_id = $1 AND ends_on IS NULL', [me]);
    const [other] = await app.owner.query('SELECT id FROM team WHERE organization_id = $1 AND id <> $2 ORDER BY name LIMIT 1', [organizationId, home.team_id]);
    const moved = await call(app, MOVE, { i: { personId: me, teamId: other.id, startsOn: isoDaysAgo(2) } }, { token: tokens.admin });
    expect(moved.errors).toBeUndefined();
    await expectKeptAgrees();

    // A baseline restart written straight into the database.
    const [adminId] = await app.owner.query(`SELECT id FROM person WHERE email = 'admin@tandem.demo'`);
    await app.owner.query(
      `INSERT INTO drift_baseline_reset (organization_id, team_id, starts_on, reason, created_by) VALUES ($1, $2, $3, 'A new way of working', $4)`,
      [organizationId, other.id, isoDaysAgo(120), adminId.id],
    );
    await expectKeptAgrees();

    // A supervision session scheduled (held four days ago), then every session held marked missed.
    const supervisorId = await personIdByEmail(app, 'supervisor@tandem.demo');
    const supervisee = await personIdByEmail(app, 'staff@tandem.demo');
    const startsAt = `${isoDaysAgo(4)}T10:00`;
    await ok(app, SCHEDULE, { i: { supervisorId, superviseeIds: [supervisee], startsAt, durationMinutes: 60, timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'VIDEO' } }, { token: tokens.admin });
    await expectKeptAgrees();
    const before = await read('admin', {}, { first: 100 });
    await app.owner.query(`UPDATE supervision_occurrence SET status = 'MISSED' WHERE organization_id = $1 AND status = 'COMPLETED'`, [organizationId]);
    const after = await expectKeptAgrees();
    expect(after['admin:{}']).toBe(all);
    // The figures did move (so the comparison above is about new figures, not the kept ones).
    expect((await read('admin', {}, { first: 100 })).kpis.supervisionRatio).not.toEqual(before.kpis.supervisionRatio);
  }, 600_000);

  it('keeps one screen per scope: a supervisor never gets the organisation’s, nor a program filter another’s', async () => {
    // Counted within one minute of the clock (the supervision figures' key): a new minute runs it again, from an empty cache.
    await inOnePeriod(async () => {
      driftOverviewMemo.clear();
      const everyone = await read('admin', {}, { first: 100 });
      const mine = await read('supervisor', {}, { first: 100 });
      const program = await read('admin', { programId }, { first: 100 });
      expect(mine.kpis.teams).toBeLessThan(everyone.kpis.teams);
      expect(program.kpis.teams).toBeLessThan(everyone.kpis.teams);
      expect(driftOverviewMemo.cache.size).toBe(3);
      const ids = (o: typeof everyone) => o.teams.items.map((t) => t.team.id).sort();
      expect(ids(await read('supervisor', {}, { first: 100 }))).toEqual(ids(mine));
      expect(ids(await read('admin', { programId }, { first: 100 }))).toEqual(ids(program));
      expect(ids(await read('admin', {}, { first: 100 }))).toEqual(ids(everyone));
      expect(driftOverviewMemo.hits).toBe(3);
      // A roster write (a team renamed) moves the roster token: the organisation's screen is worked out again and
      // replaces the one kept before for that scope (no stale screen stays behind holding old figures).
      const renamed = everyone.teams.items[0]!.team;
      await app.owner.query(`UPDATE team SET name = name || ' (renamed)' WHERE id = $1`, [renamed.id]);
      const misses = driftOverviewMemo.misses;
      const after = await read('admin', {}, { first: 100 });
      expect(driftOverviewMemo.misses).toBe(misses + 1);
      expect(after.teams.items.find((t) => t.team.id === renamed.id)!.team.name).toBe(`${renamed.name} (renamed)`);
      expect(after).toEqual(await fresh('admin', {}, { first: 100 }));
      expect(driftOverviewMemo.cache.size).toBe(3);
    }, (ms) => String(Math.floor(ms / MINUTE_MS)));
  }, 120_000);
});
