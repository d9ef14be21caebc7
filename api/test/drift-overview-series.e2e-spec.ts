import { DEMO_PASSWORD, seedDemoOrganization } from '@tandem/database';
import { call, callRaw } from './support/admin-helpers';
import { login } from './support/factories';
import { dataOf, expectCode } from './support/graphql';
import { testClock } from './support/clock';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// Issue 14: the dashboard's small multiples draw one measure at a time, so the overview's page of teams carries only
// the series a query asks for (`series(metrics:)`): a third of the answer's points at 500 teams.

const SERIES = graphql(`query OverviewSeriesOf($p: DriftTeamsPageInput, $m: [OverviewSeriesMetric!]) { driftOverview {
  teams(page: $p) { items { team { id } series(metrics: $m) { metric label badDirection points { period value n suppressed }
    limits { centre points { period centre lower upper } } signals { id } } } } } }`);
const ALL = graphql(`query OverviewSeriesAll($p: DriftTeamsPageInput) { driftOverview {
  teams(page: $p) { items { team { id } series { metric label badDirection points { period value n suppressed }
    limits { centre points { period centre lower upper } } signals { id } } } } } }`);

let app: TestApp;
let manager: string;
let staff: string;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  await seedDemoOrganization(app.owner, testClock.now());
  manager = await login(app, 'manager@tandem.demo', DEMO_PASSWORD);
  staff = await login(app, 'staff@tandem.demo', DEMO_PASSWORD);
}, 180_000);
afterAll(async () => app.close());

const page = { first: 100 };

describe('driftOverview teams: series of the measures asked for', () => {
  it('answers every measure without `metrics`, and exactly the asked ones, in the overview’s order, with it', async () => {
    const all = dataOf(await call(app, ALL, { p: page }, { token: manager }), 'driftOverview').teams.items;
    expect(all).toHaveLength(6);
    expect(all.every((t) => t.series.map((s) => s.metric).join() === 'MFI,HDI,MDI')).toBe(true);
    // Real series, not empty shells: the demo organisation has self-assessments every month.
    expect(all.some((t) => t.series.some((s) => s.points.some((p) => p.value !== null)))).toBe(true);

    const ask = async (m: ('MFI' | 'HDI' | 'MDI')[] | null) => dataOf(await call(app, SERIES, { p: page, m }, { token: manager }), 'driftOverview').teams.items;
    for (const m of [['HDI'], ['MDI', 'MFI'], ['MFI', 'HDI', 'MDI'], ['MDI', 'MDI']] as const) {
      const some = await ask([...m]);
      const expected = all.map((t) => ({ team: t.team, series: t.series.filter((s) => (m as readonly string[]).includes(s.metric)) }));
      // The very series (points, limits, signals) the full answer carries for those measures, in MFI, HDI, MDI order.
      expect(some).toEqual(expected);
    }
    expect((await ask([])).every((t) => t.series.length === 0)).toBe(true);
    expect(await ask(null)).toEqual(all);
  });

  it('refuses a measure the overview does not chart, with a clear message and no data', async () => {
    for (const m of [['ODI'], ['mfi'], ['DIM:D1'], 'MFI; DROP TABLE team']) {
      const res = await callRaw(app, SERIES, { p: page, m }, { token: manager });
      expect(res.status).toBe(400);
      expectCode(res, 'BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(/OverviewSeriesMetric/);
    }
  });

  it('is the overview’s own access: a staff member may not read it whatever the measures', async () => {
    expectCode(await call(app, SERIES, { p: page, m: ['MFI'] }, { token: staff }), 'FORBIDDEN');
    expectCode(await call(app, SERIES, { p: page, m: ['MFI'] }), 'UNAUTHENTICATED');
  });
});
