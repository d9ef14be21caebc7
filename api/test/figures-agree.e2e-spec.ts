import { DEMO_PASSWORD, seedDemoOrganization } from '@tandem/database';
import { indexBand, supervisionWindow } from '@tandem/shared';
import { callRaw } from './support/admin-helpers';
import { login } from './support/factories';
import { dataOf, type TypedDocumentNode, type VariablesArg } from './support/graphql';
import { inOnePeriod, isoDaysAgo, testClock, utcDayOf } from './support/clock';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// Issue 9, item 4: one definition per figure. The same figure reads the same on the dashboard (driftOverview), the
// team page (teamDrift, and supervisionCompliance for the team over the catalogue's window) and the compliance page
// (supervisionCompliance over the same window), for the same scope and range.

const OVERVIEW = graphql(`query DriftOverviewInFiguresAgree($f: DriftFilterInput) { driftOverview(filter: $f) { to
  kpis { mutualityIndex band supervisionRatio }
  teams(page: { first: 100 }) { items { team { id name } latest { period mutualityIndex band }
    dimensions { dimensionCode score }
    supervision { required recorded overdueCount superviseeCount } } } } }`);
const TEAM_DRIFT = graphql(`query TeamDriftInFiguresAgree($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {
  metrics { metric points { period value } } } }`);
const COMPLIANCE = graphql(`query SupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {
  total { required recorded overdue supervisees }
  teams { id required recorded overdue supervisees } } }`);

interface TeamSummary {
  team: { id: string; name: string };
  latest: { period: string | null; mutualityIndex: number | null; band: string | null };
  dimensions: { dimensionCode: string; score: number | null }[];
  supervision: { required: number; recorded: number; overdueCount: number; superviseeCount: number } | null;
}
interface ComplianceTeam { id: string | null; required: number; recorded: number; overdue: number; supervisees: number }

let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  await seedDemoOrganization(app.owner, testClock.now());
  admin = await login(app, 'admin@tandem.demo', DEMO_PASSWORD);
}, 180_000);
afterAll(async () => app.close());

const as = <R, V>(document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>) =>
  callRaw<R>(app, document, variables as Record<string, unknown> | undefined, { token: admin });

/** The range ending `endDaysAgo` days ago, a year long (negative: ending in the future). */
const range = (endDaysAgo: number) => ({ from: isoDaysAgo(endDaysAgo + 365), to: isoDaysAgo(endDaysAgo) });

describe.each([
  ['the default range (ending today)', null],
  ['a range that ended 45 days ago', range(45)],
  ['a range that ended 200 days ago', range(200)],
  ['a range that ends next month', range(-30)],
])('for %s', (_name, filter) => {
  let teams: TeamSummary[];
  let to: string;
  /** The day (UTC) the dashboard was read on: its range, windows and overdue counts are the API's of that day. */
  let readOn = '';
  const readDashboard = async (now: number) => {
    const overview = dataOf(await as(OVERVIEW, { f: filter }), 'driftOverview');
    teams = overview.teams.items;
    to = overview.to;
    readOn = utcDayOf(now);
  };
  /**
   * The dashboard and the compliance page are compared as the API sees them on one day: a test runs within one UTC day
   * (inOnePeriod) and reads the dashboard again when that day is not the one it was read on.
   */
  const onTheDashboardsDay = (check: (today: string) => Promise<void>) => inOnePeriod(async (now) => {
    if (utcDayOf(now) !== readOn) await readDashboard(now);
    await check(readOn);
  });

  beforeAll(() => inOnePeriod(readDashboard));

  it('supervision on the dashboard is the compliance page’s figure over the 90 days ending at the end of the range', () => onTheDashboardsDay(async (today) => {
    const window = supervisionWindow(to, today);
    const compliance = dataOf(await as(COMPLIANCE, { f: { from: window.startsAt, to: window.endsAt } }), 'supervisionCompliance');
    const byTeam = new Map<string | null, ComplianceTeam>(compliance.teams.map((t: ComplianceTeam) => [t.id, t]));
    const withSupervision = teams.filter((t) => t.supervision && t.supervision.required > 0);
    expect(withSupervision.length).toBeGreaterThan(0);
    for (const t of teams) {
      const c = byTeam.get(t.team.id);
      expect([t.team.name, t.supervision]).toEqual([t.team.name, c
        ? { required: c.required, recorded: c.recorded, overdueCount: c.overdue, superviseeCount: c.supervisees }
        : null]);
    }
  }));

  it('the team page asks for the same window for one team and reads the same numbers', () => onTheDashboardsDay(async (today) => {
    const window = supervisionWindow(to, today);
    const busiest = [...teams].sort((a, b) => (b.supervision?.required ?? 0) - (a.supervision?.required ?? 0))[0]!;
    const compliance = dataOf(await as(COMPLIANCE, { f: { teamId: busiest.team.id, from: window.startsAt, to: window.endsAt } }), 'supervisionCompliance');
    expect(compliance.total).toEqual({
      required: busiest.supervision!.required, recorded: busiest.supervision!.recorded,
      overdue: busiest.supervision!.overdueCount, supervisees: busiest.supervision!.superviseeCount,
    });
  }));

  it('a team’s index on the dashboard is its team page’s latest point, on 0–100, with the band of that figure', () => onTheDashboardsDay(async () => {
    const rated = teams.filter((t) => t.latest.mutualityIndex !== null);
    expect(rated.length).toBeGreaterThan(0);
    for (const t of rated) {
      const drift = dataOf(await as(TEAM_DRIFT, { id: t.team.id, f: filter }), 'teamDrift');
      const mfi = drift.metrics.find((m) => m.metric === 'MFI')!;
      const latest = mfi.points.filter((p) => p.value !== null).at(-1)!;
      expect([t.team.name, t.latest.period, t.latest.mutualityIndex]).toEqual([t.team.name, latest.period, latest.value]);
      expect(t.latest.mutualityIndex).toBeGreaterThanOrEqual(0);
      expect(t.latest.mutualityIndex).toBeLessThanOrEqual(100);
      expect(t.latest.band).toBe(indexBand(t.latest.mutualityIndex!));
      for (const d of t.dimensions) if (d.score !== null) expect(d.score).toBeGreaterThan(5); // 0–100, not 1–5
    }
  }));
});
