// The checklist list's statements at a realistic size (60,000 checklists): for each role, the plan Postgres picks under
// row-level security reads the checklist table through an index, a page touches about a page of rows (first page and
// one half-way down), the capped count stops near the cap, and the answer equals the single OR predicate's.
import { Client } from 'pg';
import type { Role } from '@tandem/shared';
import { checklistListStatements, COUNT_CAP, encodeCursor, scopeStatement, type ListScope, type ListStatement } from '../src/modules/checklists/checklist-list';
import type { Viewer } from '../src/common/request-context';
import { personScope } from '../src/common/scope';
import { createOrg, type TestOrg } from './support/factories';
import { ensureInstrument, INSTRUMENT_KEY } from './support/checklist-helpers';
import { isoDaysAgo } from './support/clock';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

const STAFF_PER_TEAM = 100;
const PER_STAFF = 200;
const TAKE = 50;
const RECENT = 'coalesce(c.submitted_at, c.updated_at)';

let app: TestApp;
let org: TestOrg;
let db: Client;
let mid: string;

beforeAll(async () => {
  app = await startTestApp();
  org = await createOrg(app, 'Plans');
  await ensureInstrument(app, org.id);
  const [version] = await app.owner.query(
    `SELECT v.id FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id WHERE i.organization_id = $1 AND i.key = $2 AND v.status = 'PUBLISHED' LIMIT 1`,
    [org.id, INSTRUMENT_KEY]);
  await app.owner.transaction(async (em) => {
    // A hundred staff in each team; the supervisor supervises ten more in a1 (a caseload), the second supervisor everyone
    // else; the manager sees program a (200+ people).
    await em.query(`CREATE TEMP TABLE plan_staff ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, t.team, j, CASE WHEN t.team = $3 AND j <= 10 THEN $4::uuid ELSE $5::uuid END AS supervisor
      FROM unnest($1::uuid[]) t(team), generate_series(1, $2::int) j`,
    [[org.teams.a1, org.teams.a2, org.teams.b1], STAFF_PER_TEAM, org.teams.a1, org.people.supervisor.id, org.people.supervisor2.id]);
    await em.query(`INSERT INTO person (id, organization_id, name, email, started_on) SELECT id, $1, 'Plan staff ' || j, id || '@plans.test', '2020-01-01' FROM plan_staff`, [org.id]);
    await em.query(`INSERT INTO team_membership (organization_id, person_id, team_id, starts_on) SELECT $1, id, team, '2020-01-01' FROM plan_staff`, [org.id]);
    await em.query(`INSERT INTO supervision_assignment (organization_id, supervisor_id, supervisee_id, starts_on)
      SELECT $1, supervisor, id, '2020-01-01' FROM plan_staff`, [org.id]);
    // Everyone's history, the test's staff member and supervisor included: self ratings (1 in 50 still a draft), the
    // supervisors' ratings of their supervisees, and feedback from people served (nobody opened it in the app).
    await em.query(`INSERT INTO checklist (organization_id, instrument_version_id, subject_id, team_id, rater_type, rater_id, opened_by, status, version, revision, submitted_at, created_at, updated_at)
      SELECT $1, $2, s.id, s.team, r.type, r.rater, r.rater, CASE WHEN r.draft THEN 'DRAFT' ELSE 'SUBMITTED' END, 2, CASE WHEN r.draft THEN 0 ELSE 1 END,
        CASE WHEN r.draft THEN NULL ELSE r.at END, r.at, r.at
      FROM (SELECT id, team, j, supervisor FROM plan_staff UNION ALL SELECT $4::uuid, $5::uuid, 0, $6::uuid) s, generate_series(1, $3::int) n,
        LATERAL (SELECT CASE n % 3 WHEN 0 THEN 'SELF' WHEN 1 THEN 'SUPERVISOR' ELSE 'PERSON_SERVED' END AS type,
          CASE n % 3 WHEN 0 THEN s.id WHEN 1 THEN s.supervisor END AS rater, (n % 3 = 0 AND (n + s.j) % 50 = 0) AS draft,
          app_now() - make_interval(days => n * 3, hours => s.j % 24, secs => (s.j * 7 + n) % 60) AS at) r`,
    [org.id, version.id, PER_STAFF, org.people.staff.id, org.teams.a1, org.people.supervisor.id]);
  });
  await app.owner.query('ANALYZE');
  const [m] = await app.owner.query(`SELECT to_char(${RECENT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k, id FROM checklist c
    WHERE organization_id = $1 ORDER BY ${RECENT} DESC, id OFFSET (SELECT count(*) / 2 FROM checklist WHERE organization_id = $1) LIMIT 1`, [org.id]);
  mid = encodeCursor(m.k, m.id);
  db = new Client({ connectionString: app.appDbUrl });
  await db.connect();
});

afterAll(async () => {
  await db.end();
  await app.close();
});

/** A statement as the API runs it: the app role, in a transaction bound to the organisation (row-level security on). */
async function asApp<T>(sql: string, params: unknown[]): Promise<T[]> {
  await db.query('BEGIN');
  try {
    await db.query(`SELECT set_config('app.organization_id', $1, true)`, [org.id]);
    return (await db.query(sql, params)).rows as T[];
  } finally {
    await db.query('ROLLBACK');
  }
}

async function viewerOf(personId: string): Promise<Viewer> {
  const grants: { role: Role; program_id: string | null }[] = await app.owner.query('SELECT role, program_id FROM role_grant WHERE person_id = $1', [personId]);
  const managers = grants.filter((g) => g.role === 'PROGRAM_MANAGER');
  return {
    personId, organizationId: org.id, sessionId: 'plans', name: 'viewer', email: 'viewer@plans.test', roles: [...new Set(grants.map((g) => g.role))],
    managedProgramIds: managers.length === 0 || managers.some((g) => g.program_id === null) ? null : managers.map((g) => g.program_id!),
  };
}

interface PlanNode { 'Node Type': string; 'Relation Name'?: string; 'Actual Rows': number; 'Actual Loops': number; 'Rows Removed by Filter'?: number; Plans?: PlanNode[] }

/** The checklist scans of a plan (run with ANALYZE) and how many rows they touched in all. */
async function scans(statement: ListStatement): Promise<{ types: string[]; touched: number }> {
  const [row] = await asApp<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params);
  const found: PlanNode[] = [];
  const walk = (n: PlanNode) => {
    if (n['Relation Name'] === 'checklist') found.push(n);
    n.Plans?.forEach(walk);
  };
  walk(row!['QUERY PLAN'][0].Plan);
  return {
    types: found.map((n) => n['Node Type']),
    touched: found.reduce((sum, n) => sum + (n['Actual Rows'] + (n['Rows Removed by Filter'] ?? 0)) * n['Actual Loops'], 0),
  };
}

/** The list as one OR predicate defines it (owner connection, no branches): ids of the page and the capped count. */
async function reference(viewer: Viewer, filter: Filter, after: string | null) {
  const scope = personScope(viewer, 'c.subject_id', 4);
  const where = `c.organization_id = $1 AND (c.opened_by = $2 OR ($3::boolean = false AND (c.rater_id = $2 OR (c.status = 'SUBMITTED' AND ${scope.sql}))))
    ${filter.subjectId ? `AND c.subject_id = '${filter.subjectId}'` : ''} ${filter.status ? `AND c.status = '${filter.status}'` : ''}
    ${filter.from ? `AND ${RECENT} >= '${filter.from}'::date` : ''} ${filter.to ? `AND ${RECENT} < '${filter.to}'::date + 1` : ''}`;
  const params = [org.id, viewer.personId, !!filter.mine, ...scope.params];
  const cursor = after ? JSON.parse(Buffer.from(after, 'base64url').toString()) as [string, string] : null;
  const position = cursor ? `AND (${RECENT} < '${cursor[0]}'::timestamptz OR (${RECENT} = '${cursor[0]}'::timestamptz AND c.id > '${cursor[1]}'))` : '';
  const ids = await app.owner.query(`SELECT c.id FROM checklist c WHERE ${where} ${position} ORDER BY ${RECENT} DESC, c.id LIMIT ${TAKE}`, params);
  const [{ n }] = await app.owner.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM checklist c WHERE ${where} LIMIT ${COUNT_CAP + 1}) x`, params);
  return { ids: ids.map((r: { id: string }) => r.id), count: n as number };
}

type Filter = { mine?: boolean; subjectId?: string; status?: 'DRAFT' | 'SUBMITTED'; from?: string; to?: string };

describe('the checklist list at 60,000 checklists', () => {
  const cases: [string, () => string, Filter | (() => Filter), 'whole' | 'small' | 'large' | 'none'][] = [
    ['an admin', () => org.people.admin.id, {}, 'whole'],
    ["a staff member's own list", () => org.people.staff.id, { mine: true }, 'none'],
    ['a staff member, everything they may see', () => org.people.staff.id, {}, 'small'],
    ['an admin, one subject', () => org.people.admin.id, () => ({ subjectId: org.people.staff.id }), 'whole'],
    ['a supervisor (a caseload)', () => org.people.supervisor.id, {}, 'small'],
    ['a program manager (a program of 200 people)', () => org.people.manager.id, {}, 'large'],
    // The filters the web sends: a month's window (the rating comparison), drafts (the drafts card).
    ['an admin, one month', () => org.people.admin.id, () => ({ from: isoDaysAgo(300), to: isoDaysAgo(270) }), 'whole'],
    ['a supervisor, drafts', () => org.people.supervisor.id, { status: 'DRAFT' }, 'small'],
  ];

  it.each(cases)('%s: indexed plans, a page of rows touched, the OR predicate’s answer', async (_who, person, f, shape) => {
    const viewer = await viewerOf(person());
    const filter: Filter = typeof f === 'function' ? f() : f;
    const scopeSql = filter.mine ? null : scopeStatement(viewer);
    const scope = scopeSql ? (await asApp<ListScope>(scopeSql.sql, scopeSql.params))[0]! : null;
    expect(scope === null ? (filter.mine ? 'none' : 'whole') : scope.ids === null ? 'large' : 'small').toBe(shape);
    for (const after of [null, mid]) {
      const statements = checklistListStatements(viewer, filter, { skip: 0, take: TAKE, after }, scope);
      const page = await scans(statements.page);
      expect(page.types).not.toContain('Seq Scan');
      expect(page.touched).toBeLessThan(1_500);
      // The count may read the table in its stored order (it needs no order), but stops near the cap in each branch.
      expect((await scans(statements.count)).touched).toBeLessThan(4 * (COUNT_CAP + 1));
      const want = await reference(viewer, filter, after);
      const got = await asApp<{ id: string }>(statements.page.sql, statements.page.params);
      expect(got.slice(0, TAKE).map((r) => r.id)).toEqual(want.ids);
      expect(Math.min((await asApp<{ n: number }>(statements.count.sql, statements.count.params))[0]!.n, COUNT_CAP + 1)).toBe(want.count);
    }
  });
});
