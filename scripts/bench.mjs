// `npm run bench [-- --teams 500 --years 3 | --quick]`: measures Tandem against a reference run side by side on this
// machine, on a large organisation it generates itself, and prints medians of three runs with their ratios.
//   default     40 teams × 1 year (sized to finish in a few minutes on a shared 2-vCPU machine);
//   --teams N --years Y   any size (500 × 3 is the state-wide network of issue 14: about 800,000 checklists);
//   --quick     the demo organisation only (6 teams), for development.
// References: the rollup table read directly (the floor for the dashboard), a naive GROUP BY over the raw answers,
// a bare @apollo/server answering the same `me`, raw `pg` inserts of the same rows a submit writes, a bare node:http
// server, and the argon2id hash rate; the dashboard page is loaded in headless Chromium (system Chromium or CHROME_PATH)
// for time to content, DOM nodes and JS heap. Everything runs on a throwaway embedded Postgres under .test-data/bench.
// The API runs as `npm start` runs it (NODE_ENV=production, request logs at info) in a child process of its own, so its
// RSS is its own; the bare servers run in child processes too. The organisation grows in two stages (a tenth, then
// all of it) so "10× more answers" is measured in one run, and then gets fortnightly supervision for every staff member.
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpus, totalmem } from 'node:os';
import { growOrganisation, growSupervision } from './bench/generate.mjs';
import { dashboardInBrowser } from './bench/browser.mjs';
import {
  client, firstLoadAfterSubmit, gzipBytes, loadWithCpu, median, rawSubmitFloor, spawnServer, statementsPer, submitOnce, submitOverHttp, throughput, timeMedian,
} from './bench/measures.mjs';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false }, teams: { type: 'string', default: '40' }, years: { type: 'string', default: '1' } } });
const teams = Number(args.teams);
const years = Number(args.years);
if (!(teams >= 6 && teams <= 5000) || !(years > 0 && years <= 10)) throw new Error('--teams must be 6–5000 and --years more than 0 and at most 10');
const REPEATS = 3;

process.env.NODE_ENV = 'production';
const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const db = require(join(root, 'database', 'dist', 'index.js'));
const { loadConfig } = require(join(root, 'api', 'dist', 'config', 'config.js'));

const dataDir = join(root, '.test-data', 'bench');
rmSync(dataDir, { recursive: true, force: true });
const log = (line) => process.stderr.write(`· ${line}\n`);

const prepared = await db.prepareDatabase({ appPassword: 'tandem-bench', dataDir, embeddedPort: Number(process.env.TANDEM_BENCH_PG_PORT ?? 54360), databaseName: 'tandem' });
const SERVER_ENV = { PORT: '3999', LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000' };
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', ...SERVER_ENV });
const owner = db.createDataSource({ url: prepared.ownerUrl, poolSize: 4, clock: config.clock, timeouts: db.MAINTENANCE_TIMEOUTS });
await owner.initialize();
await owner.transaction((em) => db.ensureDefaultInstrumentsForAll(em));
const today = config.clock.now();
const { organizationId: orgId } = await db.seedDemoOrganization(owner, today);
const server = await spawnServer('tandem', { appUrl: prepared.appUrl, env: SERVER_ENV });
const url = server.url;
const { post, gql } = client(url);
const login = async (email) => (await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password: db.DEMO_PASSWORD } })).login.token;
const admin = await login('admin@tandem.demo');

// What the dashboard asks for on load: the first screen and the first page of 24 teams (the shown measure's series for those only).
const SIGNAL = 'id metric metricLabel period since rule message severity direction inForce beforeRange';
const OVERVIEW = `query($f: DriftFilterInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize
  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }
  attention { team { id name } program { id name } activeSignals { ${SIGNAL} } }
  improving { team { id name } program { id name } activeSignals { ${SIGNAL} } }
  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }
  teams(page: { first: 24 }) { totalCount pageInfo { endCursor hasNextPage }
    items { team { id name memberCount } program { id name } latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }
    activeSignals { ${SIGNAL} }
    dimensions { dimensionCode dimensionTitle score n suppressed }
    series(metrics: [MFI]) { metric label badDirection points { period periodStart value n suppressed }
      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }
      signals { ${SIGNAL} } }
    supervision { ratio recorded required overdueCount superviseeCount } } } } }`;
const FLOOR = (periodType) => `SELECT team_id, metric, period_start, count, sum, sum_sq FROM metric_rollup WHERE organization_id = $1 AND period_type = '${periodType}'
  AND rater_type = 'SELF' AND metric NOT LIKE 'ITEM:%' AND period_start >= $2::date`;
const RAW = `
  SELECT c.team_id, date_trunc('month', c.submitted_at) AS m, count(DISTINCT c.id) AS n,
    avg(c.mutuality_index_100) AS mfi, avg(c.hierarchical_drift_index) AS hdi, avg(c.medical_model_drift_index) AS mdi,
    avg(CASE WHEN left(a.item_code, 2) = 'D1' THEN a.value END) AS d1, avg(CASE WHEN left(a.item_code, 2) = 'D2' THEN a.value END) AS d2,
    avg(CASE WHEN left(a.item_code, 2) = 'D3' THEN a.value END) AS d3, avg(CASE WHEN left(a.item_code, 2) = 'D4' THEN a.value END) AS d4,
    avg(CASE WHEN left(a.item_code, 2) = 'D5' THEN a.value END) AS d5, avg(CASE WHEN left(a.item_code, 2) = 'D6' THEN a.value END) AS d6
  FROM checklist c JOIN checklist_answer a ON a.organization_id = c.organization_id AND a.checklist_id = c.id
  WHERE c.organization_id = $1 AND c.status = 'SUBMITTED' AND c.rater_type = 'SELF' AND c.submitted_at >= $2::timestamptz - interval '24 months'
  GROUP BY 1, 2`;
const LIST = 'query($f: ChecklistFilterInput, $p: PageInput, $after: String) { checklists(filter: $f, page: $p, after: $after) { totalCount items { id status submittedAt } } }';
const { encodeCursor } = require(join(root, 'api', 'dist', 'modules', 'checklists', 'checklist-list.js'));

const DAY = 86_400_000;
const isoDaysAgo = (days) => new Date(today.getTime() - days * DAY).toISOString().slice(0, 10);

const sizeOf = async () => (await owner.query(
  `SELECT (SELECT count(*) FROM team WHERE organization_id = $1)::int AS teams,
          (SELECT count(*) FROM checklist WHERE organization_id = $1)::int AS checklists,
          (SELECT count(*) FROM checklist_answer WHERE organization_id = $1)::int AS answers`, [orgId]))[0];

/** The monthly overview and its floor only (the first load, then the median of the next three). */
async function measureOverview() {
  const size = await sizeOf();
  log(`overview at ${size.teams} teams, ${size.checklists} checklists, ${size.answers} answers`);
  const t = performance.now();
  await post(OVERVIEW, { f: {} }, admin);
  const firstLoad = performance.now() - t;
  const month = await timeMedian(REPEATS, () => post(OVERVIEW, { f: {} }, admin));
  const floorMonth = await timeMedian(REPEATS, () => owner.query(FLOOR('MONTH'), [orgId, isoDaysAgo(24 * 31)]));
  return { size, firstLoad, month, floorMonth };
}

/** The dashboard against its references on whatever the organisation holds now. */
async function measureDashboard() {
  const { size, month, floorMonth } = await measureOverview();
  const [self] = await owner.query(`SELECT id FROM person WHERE email = 'staff@tandem.demo'`);
  const afterSubmit = await firstLoadAfterSubmit(REPEATS, gql, [{ id: self.id, token: await login('staff@tandem.demo') }], () => post(OVERVIEW, { f: {} }, admin));
  const week = await timeMedian(REPEATS, () => post(OVERVIEW, { f: { granularity: 'WEEK' } }, admin));
  const floorWeek = await timeMedian(REPEATS, () => owner.query(FLOOR('WEEK'), [orgId, isoDaysAgo(53 * 7)]));
  const raw = await timeMedian(REPEATS, () => owner.query(RAW, [orgId, today.toISOString()]));
  const monthly = await post(OVERVIEW, { f: {} }, admin, { 'accept-encoding': 'gzip' });
  const weekly = await post(OVERVIEW, { f: { granularity: 'WEEK' } }, admin);
  log('dashboard page in headless Chromium');
  const page = await dashboardInBrowser({ url, email: 'manager@tandem.demo', password: db.DEMO_PASSWORD, repeats: REPEATS, median });
  return {
    size, month, week, floorMonth, floorWeek, raw, page, afterSubmit,
    payload: { month: monthly.bytes, monthGzip: gzipBytes(monthly.data), week: weekly.bytes, weekGzip: gzipBytes(weekly.data), encoding: monthly.encoding ?? 'none' },
  };
}

async function measureRequests() {
  log('lists, me, submit');
  const [self] = await owner.query(`SELECT p.id FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role = 'STAFF' WHERE p.email = 'staff@tandem.demo'`);
  const staffToken = await login('staff@tandem.demo');
  const listAdmin = await timeMedian(REPEATS, () => gql(LIST, { p: { take: 50 } }, admin));
  const listOwn = await timeMedian(REPEATS, () => gql(LIST, { f: { mine: true }, p: { take: 50 } }, staffToken));
  const listTeam = await timeMedian(REPEATS, () => gql(LIST, { f: { subjectId: self.id }, p: { take: 50, skip: 0 } }, admin));
  const supervisorToken = await login('supervisor@tandem.demo');
  const managerToken = await login('manager@tandem.demo');
  const listSupervisor = await timeMedian(REPEATS, () => gql(LIST, { p: { take: 50 } }, supervisorToken));
  const listManager = await timeMedian(REPEATS, () => gql(LIST, { p: { take: 50 } }, managerToken));
  // A keyset page half-way down the organisation's list (a cursor is a position, so any row's will do).
  const [mid] = await owner.query(`SELECT to_char(coalesce(submitted_at, updated_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k, id FROM checklist
    WHERE organization_id = $1 ORDER BY coalesce(submitted_at, updated_at) DESC, id OFFSET (SELECT count(*) / 2 FROM checklist WHERE organization_id = $1) LIMIT 1`, [orgId]);
  const listDeep = await timeMedian(REPEATS, () => gql(LIST, { p: { take: 50 }, after: encodeCursor(mid.k, mid.id) }, admin));

  const ME = '{ me { id name email } }';
  const bare = await spawnServer('apollo');
  // The same client code and request for both (the bare server ignores the token): the load generator shares the
  // machine's two CPUs, so any difference in its own work per request would show up as a difference between servers.
  const bareClient = client(bare.url);
  // Side by side in time: each repeat measures both servers, in alternating order (on a shared machine, whichever runs
  // first in a pair tends to do better), and reads each server's own CPU per request, the steadier of the two measures.
  const loads = { bare: [bare, () => bareClient.gql(ME, {}, staffToken)], tandem: [server, () => gql(ME, {}, staffToken)] };
  const meRuns = { bare: [], tandem: [] };
  // A second of load each first, so neither is measured while its code is still being compiled.
  for (const [, request] of Object.values(loads)) await throughput(1, 1, 32, request);
  for (let i = 0; i < REPEATS; i++) {
    for (const name of i % 2 ? ['tandem', 'bare'] : ['bare', 'tandem']) meRuns[name].push(await loadWithCpu(loads[name][0], 3, 32, loads[name][1]));
  }
  await bare.stop();
  // Each figure's median over the repeats: [bare, Tandem].
  const [[bareMe, me], [bareMeCpu, meCpu], [bareMeShare, meShare]] = ['rate', 'serverCpu', 'share']
    .map((key) => [meRuns.bare, meRuns.tandem].map((runs) => median(runs.map((r) => r[key]))));
  const meStatements = await statementsPer(server, 5, () => gql(ME, {}, staffToken));

  // 32 staff members of the generated teams (or the demo's) each rate themselves.
  const people = await owner.query(
    `SELECT p.id, p.email, m.team_id AS "teamId" FROM person p JOIN team_membership m ON m.person_id = p.id JOIN role_grant g ON g.person_id = p.id AND g.role = 'STAFF'
     WHERE p.organization_id = $1 AND p.password_hash IS NOT NULL ORDER BY p.email LIMIT 32`, [orgId]);
  const staff = [];
  for (const p of people) staff.push({ ...p, token: await login(p.email) });
  // One client per staff member (a second client would pick up the first one's draft): 32 unless the organisation is smaller.
  const clients = staff.length;
  const failures = [];
  // Statements per write, one request at a time: start → save → submit.
  const perStep = { start: [], save: [], submit: [] };
  for (let i = 0; i < REPEATS; i++) {
    await submitOnce(gql, staff, i, async (name, fn) => {
      const before = (await server.stats()).statements;
      const result = await fn();
      perStep[name].push((await server.stats()).statements - before);
      return result;
    });
  }
  const writeStatements = Object.fromEntries(Object.entries(perStep).map(([k, v]) => [k, median(v)]));
  const rssBefore = (await server.stats()).rss;
  await server.resetPeak();
  const submit = await throughput(REPEATS, 4, clients, submitOverHttp(gql, staff, failures));
  const rssPeak = (await server.stats()).peak;
  const [tpl] = await owner.query(`SELECT instrument_version_id AS "versionId", scores, mutuality_index AS "mutualityIndex", mutuality_index_100 AS "mutualityIndex100", band,
      (SELECT jsonb_agg(jsonb_build_object('item_code', item_code, 'value', value)) FROM checklist_answer a WHERE a.checklist_id = c.id) AS answers
    FROM checklist c WHERE organization_id = $1 AND status = 'SUBMITTED' AND rater_type = 'SELF' LIMIT 1`, [orgId]);
  const metrics = [...db.checklistMetrics(tpl.scores, tpl.answers)];
  const periods = db.periodStarts(today);
  const raw = await rawSubmitFloor(prepared.ownerUrl, orgId, staff, {
    ...tpl, scores: JSON.stringify(tpl.scores), answers: JSON.stringify(tpl.answers), metrics, at: { week: periods.WEEK, month: periods.MONTH },
  });
  const rawSubmit = await throughput(REPEATS, 4, clients, raw.op);
  await raw.close();
  return { listAdmin, listOwn, listTeam, listSupervisor, listManager, listDeep, bareMe, me, bareMeCpu, meCpu, bareMeShare, meShare, meStatements, submit, writeStatements, rssBefore, rssPeak, rawSubmit, clients, failures };
}

async function measureFloors() {
  log('HTTP floor and sign-in');
  const bare = await spawnServer('http');
  const bareRps = await throughput(REPEATS, 2, 20, () => fetch(`${bare.url}/`).then((r) => r.text()));
  await bare.stop();
  const nestRps = await throughput(REPEATS, 2, 20, () => fetch(`${url}/health`).then((r) => r.text()));
  const oneHash = await timeMedian(5, () => db.hashPassword('benchmark-password'));
  const hashCeiling = (1000 / oneHash) * Math.min(cpus().length, 4);
  const loginRps = await throughput(REPEATS, 2, 8, () => login('staff@tandem.demo'));
  return { bareRps, nestRps, hashCeiling, loginRps };
}

const demo = await measureDashboard();
let grown = null;
let tenth = null;
let large = null;
let supervised = null;
if (!args.quick) {
  // A tenth first (when that is more than the demo's six teams), measured, then the rest: 10× the answers in one run.
  const tenthTeams = Math.round(teams / 10);
  let have = 6;
  if (tenthTeams > have) {
    log(`generating ${tenthTeams} teams × ${years} year(s) (a tenth)`);
    await growOrganisation(owner, db, orgId, { addTeams: tenthTeams - have, firstTeam: 1, years, today });
    tenth = await measureOverview();
    have = tenthTeams;
  }
  log(`generating ${teams} teams × ${years} year(s)`);
  grown = await growOrganisation(owner, db, orgId, { addTeams: teams - have, firstTeam: have - 6 + 1, years, today });
  log(`generated in ${(grown.generatedMs / 1000).toFixed(1)} s, rollups rebuilt in ${(grown.rebuildMs / 1000).toFixed(1)} s`);
  large = await measureDashboard();
  log('fortnightly supervision for every generated staff member');
  const sup = await growSupervision(owner, orgId, { years, today });
  log(`${sup.series} series, ${sup.held} held sessions with notes, in ${(sup.generatedMs / 1000).toFixed(1)} s`);
  supervised = { ...sup, ...(await measureOverview()) };
}
const requests = await measureRequests();
const floors = await measureFloors();

await server.stop();
await owner.destroy();
await prepared.stop();
rmSync(dataDir, { recursive: true, force: true });

const ms = (x) => `${x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)} ms`;
const kb = (b) => `${(b / 1024).toFixed(b < 10_240 ? 1 : 0)} KB`;
const rate = (x) => `${x.toFixed(x < 10 ? 1 : 0)} / s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const rows = [];
const row = (what, tandem, reference, r) => rows.push(`| ${what} | ${tandem} | ${reference} | ${r} |`);
const at = large ?? demo;
const sizeLabel = `${at.size.teams} teams, ${at.size.checklists.toLocaleString('en')} checklists, ${at.size.answers.toLocaleString('en')} answers`;
row(`driftOverview monthly, demo (${demo.size.teams} teams)`, ms(demo.month), `rollup floor ${ms(demo.floorMonth)}`, ratio(demo.month, demo.floorMonth));
if (large) {
  row('driftOverview monthly, whole organisation', ms(large.month), `rollup floor ${ms(large.floorMonth)}`, ratio(large.month, large.floorMonth));
  row('driftOverview monthly, first load after one submit', ms(large.afterSubmit), `rollup floor ${ms(large.floorMonth)}`, ratio(large.afterSubmit, large.floorMonth));
  row('driftOverview weekly, whole organisation', ms(large.week), `rollup floor ${ms(large.floorWeek)}`, ratio(large.week, large.floorWeek));
  row('driftOverview monthly vs naive GROUP BY', ms(large.month), `raw answers ${ms(large.raw)}`, `${(large.raw / large.month).toFixed(1)}× faster`);
  const smaller = tenth ?? demo;
  row(`driftOverview monthly, ${(large.size.answers / smaller.size.answers).toFixed(1)}× more answers (${large.size.teams} ÷ ${smaller.size.teams} teams)`,
    ms(large.month), `${smaller.size.answers.toLocaleString('en')} answers ${ms(smaller.month)}`, ratio(large.month, smaller.month));
  row(`driftOverview monthly, supervision for every staff member (${supervised.series.toLocaleString('en')} series, ${supervised.held.toLocaleString('en')} sessions held)`,
    `${ms(supervised.month)} (first load ${ms(supervised.firstLoad)})`, `rollup floor ${ms(supervised.floorMonth)}; without supervision ${ms(large.month)}`, ratio(supervised.month, supervised.floorMonth));
} else {
  row('driftOverview monthly, first load after one submit', ms(demo.afterSubmit), `rollup floor ${ms(demo.floorMonth)}`, ratio(demo.afterSubmit, demo.floorMonth));
  row('driftOverview monthly vs naive GROUP BY', ms(demo.month), `raw answers ${ms(demo.raw)}`, `${(demo.raw / demo.month).toFixed(1)}× faster`);
}
row('overview payload monthly (gzip)', `${kb(at.payload.month)} (${kb(at.payload.monthGzip)})`, `sent with content-encoding: ${at.payload.encoding}`, '—');
row('overview payload weekly (gzip)', `${kb(at.payload.week)} (${kb(at.payload.weekGzip)})`, '—', '—');
const mb = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
if (at.page) {
  const pageRef = large && demo.page ? `demo ${ms(demo.page.contentMs)}` : '—';
  row(`dashboard page in headless Chromium: time to content (${at.page.cards} team cards)`, ms(at.page.contentMs), pageRef, large && demo.page ? ratio(at.page.contentMs, demo.page.contentMs) : '—');
  row('dashboard page: DOM nodes, JS heap in use', `${at.page.nodes.toLocaleString('en')} nodes, ${mb(at.page.heapBytes)}`, large && demo.page ? `demo ${demo.page.nodes.toLocaleString('en')} nodes, ${mb(demo.page.heapBytes)}` : '—', '—');
}
row('checklist list page 1, admin', ms(requests.listAdmin), '—', '—');
row('checklist list page 1, staff own', ms(requests.listOwn), '—', '—');
row('checklist list page 1, one subject', ms(requests.listTeam), '—', '—');
row('checklist list page 1, supervisor', ms(requests.listSupervisor), '—', '—');
row('checklist list page 1, program manager', ms(requests.listManager), '—', '—');
row('checklist list, keyset page half-way down, admin', ms(requests.listDeep), '—', '—');
row(`authenticated \`{ me }\`, 32 concurrent (${requests.meStatements} SQL statement${requests.meStatements === 1 ? '' : 's'} each)`, rate(requests.me), `bare @apollo/server ${rate(requests.bareMe)}`, ratio(requests.me, requests.bareMe));
row('authenticated `{ me }`: server CPU per request (÷ the load generator\'s, the steadier measure)',
  `${Math.round(requests.meCpu)} µs (${requests.meShare.toFixed(2)})`, `bare @apollo/server ${Math.round(requests.bareMeCpu)} µs (${requests.bareMeShare.toFixed(2)})`,
  `${ratio(requests.meCpu, requests.bareMeCpu)} (${ratio(requests.meShare, requests.bareMeShare)})`);
row(`submitChecklist over HTTP, ${requests.clients} clients (start → save → submit)`, `${rate(requests.submit)}${requests.failures.length ? ` (${requests.failures.length} refused under load)` : ''}`, `raw pg, same rows + rollups + audit ${rate(requests.rawSubmit)}`, ratio(requests.submit, requests.rawSubmit));
const w = requests.writeStatements;
row('SQL statements per write: start / save / submit', `${w.start} / ${w.save} / ${w.submit}`, 'raw pg: 6 per submit (BEGIN, 4 inserts, COMMIT)', '—');
row(`API RSS under the submit load (API in its own process)`, `peak ${mb(requests.rssPeak)}`, `at rest before it ${mb(requests.rssBefore)}`, '—');
if (grown) row('`db:rebuild-rollups` (set-based)', `${rate(grown.rebuildRate)} checklists (${(grown.rebuildMs / 1000).toFixed(1)} s)`, `${grown.rollupRows.toLocaleString('en')} rollup rows`, '—');
row('GET /health, 20 concurrent', rate(floors.nestRps), `bare node:http ${rate(floors.bareRps)}`, ratio(floors.nestRps, floors.bareRps));
row('sign-in (argon2id 19 MiB), 8 concurrent', rate(floors.loginRps), `hash ceiling ${rate(floors.hashCeiling)}`, ratio(floors.loginRps, floors.hashCeiling));

console.info(`\nTandem benchmarks — ${cpus().length} vCPU (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, embedded PostgreSQL`);
console.info(`Size: ${sizeLabel}${grown ? ` (generated in ${(grown.generatedMs / 1000).toFixed(0)} s)` : ' (--quick: demo organisation)'}; medians of ${REPEATS} runs\n`);
console.info('| what | Tandem | reference in the same run | ratio |\n| --- | --- | --- | --- |');
for (const r of rows) console.info(r);
