import { DEMO_PASSWORD, seedDemoOrganization } from '@tandem/database';
import { call, callRaw } from './support/admin-helpers';
import { login } from './support/factories';
import { dataOf, expectCode } from './support/graphql';
import { testClock } from './support/clock';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import type { DriftOverviewPageQuery } from './gql/graphql';

// Issue 14: the overview answers with the first screen (key figures, where to look first, improving, program rollups)
// and pages the team list on the server; a page carries series only for its own teams.

export const SIGNAL = graphql(`fragment PagedSignal on DriftSignal { id direction severity since }`);
export const TEAM = graphql(`fragment PagedTeamSummary on TeamDriftSummary { team { id name } program { id name } latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex n }
  activeSignals { ...PagedSignal } dimensions { dimensionCode score n suppressed } supervision { required recorded }
  series { metric points { period value n } signals { id } } }`);
const PAGE = graphql(`query DriftOverviewPage($f: DriftFilterInput, $p: DriftTeamsPageInput) { driftOverview(filter: $f) {
  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }
  attention { team { id } activeSignals { ...PagedSignal } } improving { team { id } activeSignals { ...PagedSignal } }
  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }
  teams(page: $p) { totalCount pageInfo { endCursor hasNextPage } items { ...PagedTeamSummary } } } }`);

type Summary = DriftOverviewPageQuery['driftOverview']['teams']['items'][number];

let app: TestApp;
let admin: string;
let manager: string;
let staff: string;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  await seedDemoOrganization(app.owner, testClock.now());
  admin = await login(app, 'admin@tandem.demo', DEMO_PASSWORD);
  manager = await login(app, 'manager@tandem.demo', DEMO_PASSWORD);
  staff = await login(app, 'staff@tandem.demo', DEMO_PASSWORD);
}, 180_000);
afterAll(async () => app.close());

const overview = async (p: Record<string, unknown> | null, f: Record<string, unknown> | null = null, token = admin) =>
  dataOf(await call(app, PAGE, { f, p }, { token }), 'driftOverview');

const rank = (s: Summary) => {
  const worse = s.activeSignals.filter((x) => x.direction !== 'better');
  return worse.some((x) => x.severity === 'alert') ? 2 : worse.length ? 1 : 0;
};

/** Every team of the scope, walking the pages `size` at a time. */
async function walk(size: number, extra: Record<string, unknown> = {}, f: Record<string, unknown> | null = null): Promise<Summary[]> {
  const out: Summary[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const o = await overview({ first: size, ...extra, ...(after ? { after } : {}) }, f);
    out.push(...o.teams.items);
    if (!o.teams.pageInfo.hasNextPage) return out;
    after = o.teams.pageInfo.endCursor;
  }
  throw new Error('the pages never ended');
}

describe('driftOverview: the first screen and one page of teams', () => {
  it('pages every team exactly once, with the same figures as one big page, and series only on the page', async () => {
    const all = await overview({ first: 100 });
    expect(all.teams.totalCount).toBe(6);
    expect(all.teams.items).toHaveLength(6);
    expect(all.kpis.teams).toBe(6);
    const paged = await walk(4);
    expect(paged).toEqual(all.teams.items);

    const first = await overview({ first: 2 });
    expect(first.teams.items).toHaveLength(2);
    expect(first.teams.totalCount).toBe(6);
    expect(first.teams.pageInfo.hasNextPage).toBe(true);
    expect(first.teams.items.every((t) => t.series.map((s) => s.metric).join() === 'MFI,HDI,MDI')).toBe(true);
    // The key figures do not depend on the page.
    expect(first.kpis).toEqual(all.kpis);
    expect(first.programs).toEqual(all.programs);
  });

  it('orders by concern by default: alerts, then watches, then the rest, lowest fidelity first', async () => {
    const { teams, kpis, attention, improving, programs } = await overview({ first: 100 });
    const items: Summary[] = teams.items;
    const ranks = items.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      if (rank(a) === rank(b) && a.latest.mutualityIndex !== null && b.latest.mutualityIndex !== null) {
        expect(a.latest.mutualityIndex).toBeLessThanOrEqual(b.latest.mutualityIndex);
      }
    }
    // The demo organisation has drifting teams, so the first page opens on one of them.
    expect(rank(items[0]!)).toBeGreaterThan(0);
    expect(kpis.teamsWithAlerts).toBe(ranks.filter((r) => r === 2).length);
    expect(kpis.teamsOnWatch).toBe(ranks.filter((r) => r === 1).length);
    expect(kpis.teamsSteady).toBe(items.filter((t) => t.activeSignals.length === 0).length);
    expect(kpis.teamsImproving).toBe(items.filter((t) => t.activeSignals.some((s) => s.direction === 'better')).length);
    // Where to look first: the concerning teams in the same order; improving: every team with an improvement in force.
    expect(attention.map((t) => t.team.id)).toEqual(items.filter((t) => rank(t) > 0).map((t) => t.team.id));
    expect(new Set(improving.map((t) => t.team.id))).toEqual(new Set(items.filter((t) => t.activeSignals.some((s) => s.direction === 'better')).map((t) => t.team.id)));
    // Program rollups add up to the key figures.
    expect(programs.map((p) => p.programName).sort()).toEqual(['Community Peer Support', 'Hospital Bridge']);
    const sum = (k: 'teams' | 'teamsWithAlerts' | 'teamsOnWatch' | 'teamsSteady') => programs.reduce((n, p) => n + p[k], 0);
    expect([sum('teams'), sum('teamsWithAlerts'), sum('teamsOnWatch'), sum('teamsSteady')]).toEqual([kpis.teams, kpis.teamsWithAlerts, kpis.teamsOnWatch, kpis.teamsSteady]);
  });

  it('sorts by name, searches by part of a name, and filters by status, band and program', async () => {
    const byName = await walk(2, { sort: 'NAME' });
    expect(byName.map((t) => t.team.name)).toEqual([
      'Crisis Respite', 'ED Navigators', 'Harbor House', 'Inpatient Bridge', 'Northside Peers', 'Riverside Outreach',
    ]);
    const search = await overview({ search: '  bRiDgE ' });
    expect(search.teams.items.map((t) => t.team.name)).toEqual(['Inpatient Bridge']);
    expect(search.teams.totalCount).toBe(1);
    expect(search.kpis.teams).toBe(6); // the key figures keep the whole scope
    expect((await overview({ search: 'no such team' })).teams).toEqual({ totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, items: [] });

    const all: Summary[] = (await overview({ first: 100 })).teams.items;
    const alerting = await overview({ statuses: ['ALERT'] });
    expect(alerting.teams.items.map((t) => t.team.id)).toEqual(all.filter((t) => rank(t) === 2).map((t) => t.team.id));
    expect(alerting.teams.totalCount).toBe(alerting.kpis.teamsWithAlerts);
    const steadyOrWatch = await overview({ statuses: ['STEADY', 'WATCH'] });
    expect(steadyOrWatch.teams.totalCount).toBe(steadyOrWatch.kpis.teamsSteady + steadyOrWatch.kpis.teamsOnWatch);
    const band = all.find((t) => t.latest.band)!.latest.band!;
    const banded = await overview({ bands: [band] });
    expect(banded.teams.items.map((t) => t.team.id)).toEqual(all.filter((t) => t.latest.band === band).map((t) => t.team.id));

    const program = all[0]!.program;
    const inProgram = await overview({ first: 100 }, { programId: program.id });
    expect(inProgram.teams.items.map((t) => t.team.id)).toEqual(all.filter((t) => t.program.id === program.id).map((t) => t.team.id));
    expect(inProgram.kpis.teams).toBe(inProgram.teams.totalCount);
  });

  it('a page’s figures equal the unpaged figures for the same team (weekly too)', async () => {
    const f = { granularity: 'WEEK' };
    const whole: Summary[] = (await overview({ first: 100 }, f)).teams.items;
    const paged = await walk(1, {}, f);
    expect(paged).toEqual(whole);
    for (const t of whole) {
      const one = await overview({ first: 1 }, { ...f, teamIds: [t.team.id] });
      expect(one.teams.items).toEqual([t]);
    }
  });

  it('is for admins, managers and supervisors: staff are refused', async () => {
    expectCode(await call(app, PAGE, { p: { first: 5 } }, { token: staff }), 'FORBIDDEN');
    const mine = await overview({ first: 100 }, null, manager);
    expect(mine.teams.totalCount).toBe(6);
  });

  it('refuses page sizes out of range and cursors that are not from this list, with a clear message', async () => {
    const bad = async (p: Record<string, unknown>, message: RegExp) => {
      const res = await call(app, PAGE, { p }, { token: admin });
      expectCode(res, 'BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(message);
    };
    await bad({ first: 0 }, /first must be at least 1/);
    await bad({ first: 10000 }, /first can be at most 100/);
    await bad({ after: 'not-a-cursor' }, /not a cursor from this list/);
    await bad({ after: 'x'.repeat(121) }, /not a cursor from this list/);
    await bad({ search: 'x'.repeat(121) }, /120/);
    const { teams } = await overview({ first: 2, sort: 'NAME' });
    await bad({ after: teams.pageInfo.endCursor, sort: 'CONCERN' }, /another order/);
    expectCode(await callRaw(app, PAGE, { p: { statuses: ['SLEEPY'] } }, { token: admin }), 'BAD_USER_INPUT');
  });
});
