import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { auditRowsOf, call } from './support/admin-helpers';
import { startTwoOrgs } from './support/checklist-helpers';
import { DAY_MS } from '@tandem/shared';
import { inOnePeriod, testClock, utcDayOf } from './support/clock';
import type { RoleKey, TestOrg } from './support/factories';
import type { TestApp } from './support/test-app';
import { graphql } from './gql';

// Issue 13: the quarterly fidelity review packet (GET /reports/fidelity-review.pdf), read back as text and pages.

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
let foreignAdmin: string;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayName = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/**
 * The one "now" the rollups are written from and the packets with dates are asked for: the months and the quarter come
 * from it, so a new month (or quarter) starting between the setup and a test cannot move the data out of the range asked.
 */
let setupNow = testClock.nowMs();

/** The first day of the month `k` months before the setup's. */
function monthAgo(k: number): string {
  const now = new Date(setupNow);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - k, 1)).toISOString().slice(0, 10);
}

/** Monthly SELF rollup cells for a team, the last value in this month: n ratings with within-period SD 15. */
async function writeSeries(teamId: string, metric: string, values: number[], n: number): Promise<void> {
  for (let i = 0; i < values.length; i++) {
    const mean = values[i]!;
    await app.owner.query(
      `INSERT INTO metric_rollup (organization_id, team_id, period_type, period_start, rater_type, metric, count, sum, sum_sq)
       VALUES ($1, $2, 'MONTH', $3, 'SELF', $4, $5, $6, $7)`,
      [org.id, teamId, monthAgo(values.length - 1 - i), metric, n, mean * n, (n - 1) * 225 + n * mean * mean],
    );
  }
}

const WAVE = [0, 3, -2, 4, -3, 1, -4, 2, -1, 3, -2, 0];
/** Eighteen steady months around `level`, then `tail`. */
const history = (level: number, tail: number[]) => [...Array.from({ length: 18 }, (_, i) => level + WAVE[i % 12]!), ...tail];

/** The setup's quarter so far: its first day to the setup's day. */
const quarter = () => {
  const now = new Date(setupNow);
  return { from: new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1)).toISOString().slice(0, 10), to: utcDayOf(setupNow) };
};

beforeAll(async () => {
  let foreign: TestOrg;
  ({ app, org, t, foreign, foreignAdmin } = await startTwoOrgs('Review'));
  void foreign;
  setupNow = testClock.nowMs();
  // Team A1 drops sharply in the last months (a drift alert); Team A2 has only two raters a month (suppressed).
  await writeSeries(org.teams.a1, 'MFI', history(80, [62, 58, 55]), 6);
  await writeSeries(org.teams.a1, 'HDI', history(20, [35, 40, 42]), 6);
  await writeSeries(org.teams.a1, 'MDI', history(18, [18, 19, 17]), 6);
  for (const [i, d] of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'].entries()) await writeSeries(org.teams.a1, `DIM:${d}`, history(78, [60 - i, 55, 50]), 6);
  await writeSeries(org.teams.a2, 'MFI', history(70, [70, 71, 69]), 2);
  await writeSeries(org.teams.a2, 'DIM:D1', history(70, [70, 71, 69]), 2);
  await writeSeries(org.teams.b1, 'MFI', history(75, [75, 74, 76]), 6);
  const res = await call(app, graphql(`mutation CreateDriftAction($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }`), {
    i: {
      teamId: org.teams.a1, superviseeId: org.people.staff.id, ownerId: org.people.supervisor.id, dueOn: utcDayOf(setupNow + DAY_MS), dimensionCode: 'D1', // tomorrow: not in the past on either side of a midnight
      description: 'Team session on sharing decisions with the people we support',
    },
  }, { token: t.manager });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}, 120_000);
afterAll(async () => app.close());

const path = (q: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) for (const x of [v].flat()) params.append(k, x);
  return `/reports/fidelity-review.pdf?${params}`;
};
const get = (q: Record<string, string | string[]>, headers: Record<string, string> = {}) => fetch(`${app.url}${path(q)}`, { headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The PDF's text (whitespace folded) and page count, parsed by pdf.js (pdf-parse) in a child process. */
async function pdfText(res: Response): Promise<{ text: string; pages: number }> {
  const pdf = Buffer.from(await res.arrayBuffer());
  const child = spawn(process.execPath, [join(__dirname, 'support', 'pdf-text.child.cjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const out: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  const code = await new Promise<number | null>((resolve) => {
    child.on('close', resolve);
    child.stdin.end(pdf);
  });
  if (code !== 0) throw new Error(`pdf-parse exited with ${code}`);
  const r = JSON.parse(Buffer.concat(out).toString('utf8')) as { text: string; pages: number };
  return { text: r.text.replace(/\s+/g, ' '), pages: r.pages };
}

describe('GET /reports/fidelity-review.pdf', () => {
  // The cover is dated on the API's today: read within one day (inOnePeriod) with the test's.
  it('a program manager gets their programme’s packet: cover, contents, figures, heat map, a section per team, notes, page numbers', () => inOnePeriod(async (now) => {
    const q = quarter();
    const requestId = randomUUID();
    const res = await get({ programId: org.programs.a, ...q }, { ...bearer(t.manager), 'x-request-id': requestId });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="fidelity-review-program-a-${q.from}-to-${q.to}.pdf"`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const { text, pages } = await pdfText(res);
    // Cover: programme, period and the business clock's date (never the wall clock).
    expect(text).toContain('Quarterly fidelity review');
    expect(text).toContain('Program A');
    expect(text).toContain(`${dayName(q.from)} – ${dayName(q.to)}`);
    expect(text).toContain(`Generated ${dayName(utcDayOf(now))} by ${org.people.manager.name}`);
    // Contents, each section, the two teams of program A and never program B's.
    for (const heading of ['Contents', 'Key figures', 'Teams at a glance', 'Where practice is strong and where it drifts', 'Supervision held against policy',
      'Actions and their effect', 'Team A1', 'Team A2', 'Signals explained', 'How to read this packet']) {
      expect({ heading, found: text.includes(heading) }).toEqual({ heading, found: true });
    }
    expect(text).not.toContain('Team B1');
    // Team A1's drop is explained in words; the action agreed on it is listed with its dimension.
    expect(text).toMatch(/Worth a conversation: Mutuality Fidelity Index fell below its usual level/);
    expect(text).toMatch(/Alert: Mutuality Fidelity Index \(self-assessment\)/);
    expect(text).toContain('Team session on sharing decisions with the people we support');
    // Team A2's two raters a month are suppressed, as on the dashboard.
    expect(text).toContain('Too few checklists to report a level');
    expect(text).toContain('fewer than 3 ratings: not shown');
    expect(text).toMatch(/n<3/);
    // 1 cover + 1 contents + key figures + heat map/supervision/actions + two teams (≥ 1 page each) + notes.
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(pages).toBeLessThanOrEqual(12);
    expect(text).toContain(`Page 2 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // The download is audited against the programme.
    expect((await auditRowsOf(app, requestId)).map((r) => [r.action, r.entity, r.entity_id, r.summary])).toEqual([
      ['report.fidelity_review_downloaded', 'program', org.programs.a, { from: q.from, to: q.to }],
    ]);
  }));

  it('signed in by cookie works as well; without dates the packet covers the last complete quarter', () => inOnePeriod(async (nowMs) => {
    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: org.people.admin.email, password: 'correct-horse-battery' } } }),
    });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('tandem_session='))!.split(';')[0]!;
    const res = await get({ programId: org.programs.b }, { cookie });
    expect(res.status).toBe(200);
    const { text } = await pdfText(res);
    const now = new Date(nowMs);
    const q = Math.floor(now.getUTCMonth() / 3);
    const year = q === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
    expect(text).toContain(`Q${q === 0 ? 4 : q} ${year}`);
    expect(text).toContain('Team B1');
  }));

  it('is for program managers of that programme and admins: others get 401, 403 or 404 and no PDF', async () => {
    const q = { programId: org.programs.a, ...quarter() };
    expect((await get(q)).status).toBe(401);
    for (const role of ['supervisor', 'staff'] as const) {
      const res = await get(q, bearer(t[role]));
      expect({ role, status: res.status, type: res.headers.get('content-type') }).toEqual({ role, status: 403, type: 'text/plain; charset=utf-8' });
    }
    // Program B is not the manager's; program A is not the foreign organisation's; an unknown programme is nobody's.
    expect((await get({ ...q, programId: org.programs.b }, bearer(t.manager))).status).toBe(404);
    expect((await get(q, bearer(foreignAdmin))).status).toBe(404);
    expect((await get({ ...q, programId: randomUUID() }, bearer(t.admin))).status).toBe(404);
    expect((await get(q, bearer('not-a-session'))).status).toBe(401);
  });

  it.each([
    ['no programme', { programId: '', from: '2026-01-01', to: '2026-03-31' }, 'Choose a programme: programId is missing'],
    ['a malformed programme id', { programId: 'program-a', from: '2026-01-01', to: '2026-03-31' }, 'programId is not a programme id'],
    ['a day that does not exist', { from: '2026-02-30', to: '2026-03-31' }, 'from must be a date written YYYY-MM-DD, such as 2026-07-01'],
    ['a date in another format', { from: '01/01/2026', to: '2026-03-31' }, 'from must be a date written YYYY-MM-DD, such as 2026-07-01'],
    ['only one end', { from: '2026-01-01' }, 'Give both from and to (or neither, for the last complete quarter)'],
    ['an end before the start', { from: '2026-03-31', to: '2026-01-01' }, 'The period ends before it starts'],
    ['more than a year', { from: '2024-01-01', to: '2025-06-30' }, 'A review packet covers at most a year; choose a shorter period'],
    ['a repeated parameter', { from: ['2026-01-01', '2026-02-01'], to: '2026-03-31' }, 'Give from once, as plain text'],
    ['a period far in the future', { from: '2099-01-01', to: '2099-03-31' }, 'The period has not started yet'],
  ])('bad input (%s) is 400 with a plain message, never a 500', async (_label, query, message) => {
    const res = await get({ programId: org.programs.a, ...query } as Record<string, string | string[]>, bearer(t.manager));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(message);
  });
});
