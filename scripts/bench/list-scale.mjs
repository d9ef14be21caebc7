// `node scripts/bench/list-scale.mjs [--checklists 1000000] [--port 55560]`: the checklist list at a million checklists.
// Grows the demo organisation straight in Postgres (generate_series; no answers — the list does not read them) to 500
// teams of nine staff with a supervisor each, a third program the demo manager does not manage, and `--checklists`
// checklists (about 1 % drafts); ANALYZE; then times, through the real GraphQL API, each role's first page and a deep
// keyset page (a cursor half-way down the table), and EXPLAINs (ANALYZE, BUFFERS) the list's two statements as the
// app role under row-level security. The data directory (.test-data/list-scale) is kept, so a second run (say, after
// an index migration) skips the generation; `--fresh` starts over. Build api and database first.
import { createRequire } from 'node:module';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { client, median, timeMedian } from './measures.mjs';

const { values: args } = parseArgs({ options: {
  checklists: { type: 'string', default: '1000000' }, port: { type: 'string', default: '55560' }, fresh: { type: 'boolean', default: false },
  repeats: { type: 'string', default: '7' },
} });
const target = Number(args.checklists);
const REPEATS = Number(args.repeats);
const TEAMS = 500;
const STAFF_PER_TEAM = 9;

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const db = require(join(root, 'database', 'dist', 'index.js'));
const { loadConfig } = require(join(root, 'api', 'dist', 'config', 'config.js'));
const { createServer } = require(join(root, 'api', 'dist', 'server.js'));
const { createLogger } = require(join(root, 'api', 'dist', 'common', 'logger.js'));
const { checklistListStatements, encodeCursor, scopeStatement } = require(join(root, 'api', 'dist', 'modules', 'checklists', 'checklist-list.js'));
const { Client } = require(join(root, 'node_modules', 'pg'));

const dataDir = join(root, '.test-data', 'list-scale');
if (args.fresh) rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const log = (line) => process.stderr.write(`· ${line}\n`);

const prepared = await db.prepareDatabase({ appPassword: 'tandem-bench', dataDir, embeddedPort: Number(args.port), databaseName: 'tandem' });
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PORT: '3999', LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000' });
const owner = db.createDataSource({ url: prepared.ownerUrl, poolSize: 2, clock: config.clock, timeouts: db.MAINTENANCE_TIMEOUTS });
await owner.initialize();
const today = config.clock.now();
let [org] = await owner.query(`SELECT id FROM organization ORDER BY created_at LIMIT 1`);
if (!org) {
  await owner.transaction((em) => db.ensureDefaultInstrumentsForAll(em));
  org = { id: (await db.seedDemoOrganization(owner, today)).organizationId };
}
const orgId = org.id;
const [{ n: have }] = await owner.query('SELECT count(*)::int AS n FROM checklist WHERE organization_id = $1', [orgId]);
if (have < target * 0.9) {
  log(`generating ${target.toLocaleString('en')} checklists`);
  const started = performance.now();
  await grow(target);
  log(`generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
await owner.query('VACUUM ANALYZE checklist');
const [size] = await owner.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'DRAFT')::int AS drafts FROM checklist WHERE organization_id = $1`, [orgId]);
log(`${size.n.toLocaleString('en')} checklists (${size.drafts} drafts)`);

async function grow(n) {
  await owner.transaction(async (em) => {
    await em.query(`SELECT set_config('work_mem', '256MB', true)`);
    const [{ hash }] = await em.query(`SELECT password_hash AS hash FROM person WHERE organization_id = $1 AND password_hash IS NOT NULL LIMIT 1`, [orgId]);
    const [ids] = await em.query(`SELECT
        (SELECT id FROM person WHERE email = 'supervisor@tandem.demo') AS supervisor, (SELECT id FROM person WHERE email = 'staff@tandem.demo') AS staff,
        (SELECT team_id FROM team_membership m JOIN person p ON p.id = m.person_id WHERE p.email = 'staff@tandem.demo' LIMIT 1) AS "staffTeam"`);
    // A third program the demo manager does not manage: a limited manager sees two thirds of the organisation.
    await em.query(`INSERT INTO program (organization_id, name) VALUES ($1, 'Bench program') ON CONFLICT DO NOTHING`, [orgId]);
    await em.query(`CREATE TEMP TABLE bench_team ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, k, (SELECT array_agg(id ORDER BY name) FROM program WHERE organization_id = $1) AS programs,
        CASE WHEN k <= 2 THEN $3::uuid ELSE gen_random_uuid() END AS supervisor
      FROM generate_series(1, $2::int) k`, [orgId, TEAMS, ids.supervisor]);
    await em.query(`INSERT INTO team (id, organization_id, program_id, name, description)
      SELECT id, $1, programs[1 + k % array_length(programs, 1)], format('List team %s', lpad(k::text, 4, '0')), '' FROM bench_team`, [orgId]);
    await em.query(`INSERT INTO person (id, organization_id, name, email, password_hash, job_title, lived_experience, started_on)
      SELECT supervisor, $1, format('List supervisor %s', k), format('list-sup-%s@tandem.bench', k), $2, 'Peer supervisor', true, '2020-01-01'
      FROM bench_team WHERE k > 2`, [orgId, hash]);
    await em.query(`INSERT INTO role_grant (organization_id, person_id, role) SELECT $1, supervisor, 'SUPERVISOR' FROM bench_team WHERE k > 2`, [orgId]);
    await em.query(`CREATE TEMP TABLE bench_staff ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, t.id AS team_id, t.supervisor, t.k, j FROM bench_team t, generate_series(1, ${STAFF_PER_TEAM}) j`);
    await em.query(`INSERT INTO person (id, organization_id, name, email, password_hash, job_title, lived_experience, started_on)
      SELECT id, $1, format('List staff %s-%s', k, j), format('list-%s-%s@tandem.bench', k, j), $2, 'Peer specialist', true, '2020-01-01'
      FROM bench_staff`, [orgId, hash]);
    await em.query(`INSERT INTO role_grant (organization_id, person_id, role) SELECT $1, id, 'STAFF' FROM bench_staff`, [orgId]);
    await em.query(`INSERT INTO team_membership (organization_id, person_id, team_id, starts_on) SELECT $1, id, team_id, '2020-01-01' FROM bench_staff`, [orgId]);
    await em.query(`INSERT INTO supervision_assignment (organization_id, supervisor_id, supervisee_id, starts_on)
      SELECT $1, supervisor, id, '2020-01-01' FROM bench_staff`, [orgId]);
    // The demo staff member gets a generated history too (their own list is one of the measured pages).
    await em.query(`INSERT INTO bench_staff SELECT $1::uuid, $2::uuid, $3::uuid, 0, 0`, [ids.staff, ids.staffTeam, ids.supervisor]);
    const months = Math.ceil(n / ((TEAMS * STAFF_PER_TEAM + 1) * 5));
    await em.query(`CREATE TEMP TABLE bench_tpl ON COMMIT DROP AS
      SELECT c.*, (row_number() OVER (PARTITION BY rater_type ORDER BY id) - 1)::int AS i, count(*) OVER (PARTITION BY rater_type)::int AS cnt
      FROM checklist c WHERE organization_id = $1 AND status = 'SUBMITTED' AND team_id IS NOT NULL`, [orgId]);
    // Five checklists per staff member and month: self, supervisor, three from people served (one handed over on a
    // tablet, so opened by the staff member; two by link, opened by nobody). About 1 % are still drafts.
    await em.query(`INSERT INTO checklist (organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, team_id, status,
        version, revision, submitted_at, created_at, updated_at, scores, mutuality_index, mutuality_index_100, band)
      SELECT $1, t.instrument_version_id, g.id, g.rater_type, g.rater, g.opener, CASE WHEN g.draft THEN NULL ELSE g.team_id END,
        CASE WHEN g.draft THEN 'DRAFT' ELSE 'SUBMITTED' END, 2, CASE WHEN g.draft THEN 0 ELSE 1 END,
        CASE WHEN g.draft THEN NULL ELSE g.at END, g.at, g.at, CASE WHEN g.draft THEN NULL ELSE t.scores END,
        t.mutuality_index, t.mutuality_index_100, t.band
      FROM (
        SELECT s.id, s.team_id, x.rater_type, x.slot,
          CASE x.rater_type WHEN 'SELF' THEN s.id WHEN 'SUPERVISOR' THEN s.supervisor END AS rater,
          CASE WHEN x.rater_type = 'SELF' OR x.slot = 2 THEN s.id WHEN x.rater_type = 'SUPERVISOR' THEN s.supervisor END AS opener,
          $2::timestamptz - make_interval(days => m * 30 + x.slot * 6 + (s.j + s.k + m) % 5 + 1, hours => (s.k * 7 + s.j + m) % 9,
            secs => ((s.k * 131 + s.j * 17 + m * 7) % 3600)::float8) AS at,
          (s.k * 131 + s.j * 17 + m * 7 + x.slot) AS pick, ((s.k * 31 + s.j * 7 + m * 13 + x.slot) % 100 = 0) AS draft
        FROM bench_staff s, generate_series(0, $3::int - 1) m,
          (VALUES ('SELF', 0), ('SUPERVISOR', 1), ('PERSON_SERVED', 2), ('PERSON_SERVED', 3), ('PERSON_SERVED', 4)) AS x(rater_type, slot)
      ) g JOIN bench_tpl t ON t.rater_type = g.rater_type AND t.i = g.pick % t.cnt`,
    [orgId, today.toISOString(), months]);
  });
}

// The API as users reach it.
const server = await createServer(config, prepared.appUrl, createLogger('silent'));
await server.app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${server.app.getHttpServer().address().port}`;
const { gql } = client(url);
const login = async (email) => (await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password: db.DEMO_PASSWORD } })).login.token;
const LIST = `query($f: ChecklistFilterInput, $p: PageInput, $after: String) { checklists(filter: $f, page: $p, after: $after) {
  totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id status submittedAt raterType subject { id name } } } }`;

const [staff] = await owner.query(`SELECT id FROM person WHERE email = 'staff@tandem.demo'`);
const [team] = await owner.query(`SELECT team_id AS id FROM team_membership m JOIN person p ON p.id = m.person_id WHERE p.email = 'staff@tandem.demo'`);
const monthAgo = (n) => new Date(today.getTime() - n * 30 * 86_400_000).toISOString().slice(0, 10);
// Half-way down the organisation's list: a cursor is a position, so the same one serves every role.
const [mid] = await owner.query(`SELECT to_char(coalesce(submitted_at, updated_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k, id
  FROM checklist WHERE organization_id = $1 ORDER BY coalesce(submitted_at, updated_at) DESC, id OFFSET $2 LIMIT 1`, [orgId, Math.floor(size.n / 2)]);
const deep = encodeCursor(mid.k, mid.id);
const roles = [
  ['admin', 'admin@tandem.demo', {}],
  ['staff own (mine)', 'staff@tandem.demo', { mine: true }],
  ['staff, everything they may see', 'staff@tandem.demo', {}],
  ['one subject (admin)', 'admin@tandem.demo', { subjectId: staff.id }],
  ['supervisor', 'supervisor@tandem.demo', {}],
  ['program manager (2 of 3 programs)', 'manager@tandem.demo', {}],
  ['admin, one team', 'admin@tandem.demo', { teamId: team.id }],
  ['admin, drafts', 'admin@tandem.demo', { status: 'DRAFT' }],
  ['admin, one month', 'admin@tandem.demo', { from: monthAgo(2), to: monthAgo(1) }],
  ['admin, supervisor ratings', 'admin@tandem.demo', { raterType: 'SUPERVISOR' }],
];

async function viewerOf(email) {
  const grants = await owner.query(`SELECT p.id, p.organization_id, g.role, g.program_id FROM person p JOIN role_grant g ON g.person_id = p.id WHERE p.email = $1`, [email]);
  const managers = grants.filter((g) => g.role === 'PROGRAM_MANAGER');
  return {
    personId: grants[0].id, organizationId: grants[0].organization_id, sessionId: 'bench', name: email, email, roles: [...new Set(grants.map((g) => g.role))],
    managedProgramIds: managers.length === 0 || managers.some((g) => g.program_id === null) ? null : managers.map((g) => g.program_id),
  };
}

const app = new Client({ connectionString: prepared.appUrl });
await app.connect();
/** A statement as the API sends it: the app role, in a transaction bound to the organisation (row-level security on). */
async function asApp(sql, params) {
  await app.query('BEGIN');
  try {
    await app.query(`SELECT set_config('app.organization_id', $1, true), set_config('statement_timeout', '120s', true)`, [orgId]);
    return (await app.query(sql, params)).rows;
  } finally {
    await app.query('ROLLBACK');
  }
}
const explain = async (statement) => (await asApp(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params)).map((r) => r['QUERY PLAN']).join('\n');

const results = [];
const plans = [];
const timeOf = (fn) => timeMedian(REPEATS, fn);
// The fixed cost of any signed-in request in this run (session, tenant transaction, GraphQL), for comparison.
const adminToken = await login('admin@tandem.demo');
const meMs = await timeOf(() => gql('{ me { id } }', {}, adminToken));
for (const [label, email, filter] of roles) {
  const token = await login(email);
  const viewer = await viewerOf(email);
  for (const [where, after] of [['page 1', null], ['deep page', deep]]) {
    let page = { items: [], totalCount: '—', totalCountCapped: false };
    const times = [];
    try {
      page = (await gql(LIST, { f: filter, p: { take: 50 }, after }, token)).checklists;
      for (let i = 0; i < REPEATS; i++) {
        const t = performance.now();
        await gql(LIST, { f: filter, p: { take: 50 }, after }, token);
        times.push(performance.now() - t);
      }
    } catch (e) {
      log(`${label}, ${where}: ${e.message.slice(0, 120)}`);
      times.push(Infinity);
    }
    const scopeSql = filter.mine ? null : scopeStatement(viewer);
    const scope = scopeSql ? (await asApp(scopeSql.sql, scopeSql.params))[0] : null;
    const statements = checklistListStatements(viewer, filter, { skip: 0, take: 50, after }, scope);
    const pagePlan = await explain(statements.page);
    const countPlan = await explain(statements.count);
    const exec = (plan) => Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? NaN);
    const seq = /Seq Scan on checklist/.test(pagePlan) || /Seq Scan on checklist/.test(countPlan);
    results.push({ label, where, ms: median(times), items: page.items.length, count: `${page.totalCount}${page.totalCountCapped ? '+' : ''}`,
      pageSql: exec(pagePlan), countSql: exec(countPlan), seq });
    plans.push(`### ${label}, ${where}\n-- page\n${pagePlan}\n-- count\n${countPlan}\n`);
    log(`${label}, ${where}: ${median(times).toFixed(1)} ms`);
  }
}
writeFileSync(join(dataDir, 'plans.txt'), plans.join('\n'));
await app.end();
await server.close();
await owner.destroy();
await prepared.stop();

console.info(`\nChecklist list at ${size.n.toLocaleString('en')} checklists (median of ${REPEATS} GraphQL requests, take 50; SQL times from EXPLAIN ANALYZE)\n`);
console.info('| list | page | request | page SQL | count SQL | rows | count | seq scan on checklist |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.info(`| ${r.label} | ${r.where} | ${r.ms.toFixed(1)} ms | ${r.pageSql.toFixed(1)} ms | ${r.countSql.toFixed(1)} ms | ${r.items} | ${r.count} | ${r.seq ? 'yes' : 'no'} |`);
}
console.info(`\nreference: an authenticated \`{ me { id } }\` in the same run took ${meMs.toFixed(1)} ms (median)`);
console.info(`plans: ${join(dataDir, 'plans.txt')}`);
