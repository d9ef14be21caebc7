import { DEMO_PASSWORD, seedDemoOrganization } from '@tandem/database';
import { ok } from './support/admin-helpers';
import { login } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { testClock } from './support/clock';
import { DAY_MS } from '@tandem/shared';
import { graphql } from './gql';

// The demo history must read back through the API exactly as stored: every stored occurrence is one the series'
// rule produces (no duplicates, nothing orphaned), and the team stories show in compliance and language.
let app: TestApp;
let result: { sessions: number; notes: number };
let admin: string;
const today = testClock.now();

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  // The demo seed includes the supervision history; count what it stored.
  await seedDemoOrganization(app.owner, today);
  const [counts] = await app.owner.query(
    `SELECT (SELECT count(*) FROM supervision_session)::int AS sessions, (SELECT count(*) FROM supervision_note)::int AS notes`,
  );
  result = counts;
  admin = await login(app, 'admin@tandem.demo', DEMO_PASSWORD);
}, 120_000);
afterAll(async () => app.close());

describe('demo supervision history', () => {
  it('creates a year of sessions and notes', () => {
    expect(result.sessions).toBeGreaterThan(40);
    expect(result.notes).toBeGreaterThan(400);
  });

  it('every stored occurrence is one its series produces (the API lists each once, with the stored status)', async () => {
    const from = new Date(today.getTime() - 380 * DAY_MS);
    const list = (await ok(app, graphql(`query SupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status note { id } } }`), {
      f: { from: from.toISOString(), to: today.toISOString() },
    }, { token: admin })).supervisionSessions as { id: string; status: string; note: { id: string } | null }[];
    expect(new Set(list.map((o) => o.id)).size).toBe(list.length);
    const stored = await app.owner.query(`SELECT status, count(*)::int AS n FROM supervision_occurrence WHERE starts_at >= $1 AND starts_at < $2 GROUP BY status`, [from, today]);
    for (const { status, n } of stored as { status: string; n: number }[]) {
      expect({ status, listed: list.filter((o) => o.status === status).length }).toEqual({ status, listed: n });
    }
    const [notes] = await app.owner.query('SELECT count(*)::int AS n FROM supervision_note WHERE held_at >= $1', [from]);
    expect(list.filter((o) => o.note).length).toBe(notes.n);
  });

  it('tells the team stories in compliance and language', async () => {
    const teams: { id: string; name: string }[] = await app.owner.query('SELECT id, name FROM team');
    const team = (name: string) => teams.find((t) => t.name === name)!.id;
    const c = (await ok(app, graphql(`query SupervisionComplianceInSupervisionDemoSeed { supervisionCompliance { teams { id ratio overdue supervisees reconciliation { heldNotDocumented missed cancelled documentedNotScheduled } } } }`), {}, { token: admin })).supervisionCompliance;
    const of = (name: string) => c.teams.find((t) => t.id === team(name))!;
    if (process.env.SHOW_DEMO) console.info(JSON.stringify({ result, teams: teams.map((t) => ({ name: t.name, ...of(t.name) })) }, null, 1));
    expect(of('Inpatient Bridge').overdue).toBe(of('Inpatient Bridge').supervisees);
    expect(of('Northside Peers').overdue).toBe(0);
    expect(of('Northside Peers').ratio).toBeGreaterThan(0.8);
    expect(of('Inpatient Bridge').reconciliation.cancelled + of('Inpatient Bridge').reconciliation.missed).toBeGreaterThan(of('Northside Peers').reconciliation.cancelled + of('Northside Peers').reconciliation.missed);
    expect(of('ED Navigators').reconciliation.documentedNotScheduled).toBeGreaterThanOrEqual(1);

    const series = (await ok(app, graphql(`query LanguageDensitySeriesInSupervisionDemoSeed($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes densities { medicalModel hierarchical mutuality } } } }`), {
      f: { from: new Date(today.getTime() - 365 * DAY_MS).toISOString().slice(0, 10), to: today.toISOString().slice(0, 10) },
    }, { token: admin })).languageDensitySeries as { teamId: string; points: { notes: number; densities: { medicalModel: number; hierarchical: number; mutuality: number } | null }[] }[];
    const mean = (name: string, key: 'medicalModel' | 'hierarchical' | 'mutuality', slice: [number, number]) => {
      const pts = series.find((s) => s.teamId === team(name))!.points.slice(...slice).filter((p) => p.densities);
      return pts.reduce((sum, p) => sum + p.densities![key], 0) / Math.max(1, pts.length);
    };
    expect(mean('Inpatient Bridge', 'medicalModel', [-5, -1])).toBeGreaterThan(mean('Inpatient Bridge', 'medicalModel', [0, 4]) + 5);
    expect(mean('Riverside Outreach', 'hierarchical', [-6, -1])).toBeGreaterThan(mean('Northside Peers', 'hierarchical', [-6, -1]) + 5);
    expect(mean('Harbor House', 'mutuality', [-5, -1])).toBeGreaterThan(mean('Harbor House', 'mutuality', [0, 4]));

    const harborItems = await app.owner.query(
      `SELECT ai.status, ai.checklist_id FROM supervision_action_item ai JOIN supervision_note n ON n.id = ai.note_id WHERE n.team_id = $1 AND ai.description LIKE 'Share part of my own recovery story%'`,
      [team('Harbor House')],
    );
    expect(harborItems.length).toBe(5);
    expect(harborItems.every((i: { status: string }) => i.status === 'DONE')).toBe(true);
    // Linked to each person's last checklist before the team day (someone who joined just before it has none yet).
    expect(harborItems.filter((i: { checklist_id: string | null }) => i.checklist_id).length).toBeGreaterThanOrEqual(4);
  });
});
