// Where the API's memory goes (issue 14), on an organisation that already exists: the API in its own process (as
// `npm run bench` runs it), the dashboards loaded as the bench loads them (the overview monthly and weekly as an admin
// and a manager, with the supervision figures), then the submit load (32 clients, start → save → submit). It prints
// RSS at rest and at the peak, and the live heap after a full collection, at each step.
//   node scripts/bench/memory.mjs --data-dir /tmp/copy-of-a-data-dir [--pg-port 55010] [--seconds 4] [--rounds 3]
//     [--node-flag=--max-semi-space-size=4 ... (instead of the API's default flags; --node-flag=- for none)] [--env MALLOC_ARENA_MAX=2 ...] [--api-dist path] [--snapshot file.heapsnapshot]
// Never point --data-dir at a data directory something else uses: Postgres is started on it. `--snapshot` writes a
// heap snapshot of the API after the load (open it in Chrome DevTools, or summarise the biggest retainers elsewhere).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { client, spawnServer, submitOverHttp, throughput, timeMedian } from './measures.mjs';

const { values: args } = parseArgs({ options: {
  'data-dir': { type: 'string' }, 'pg-port': { type: 'string', default: '55010' }, seconds: { type: 'string', default: '4' },
  rounds: { type: 'string', default: '3' }, 'node-flag': { type: 'string', multiple: true, default: [] },
  env: { type: 'string', multiple: true, default: [] }, 'api-dist': { type: 'string' }, snapshot: { type: 'string' },
} });
if (!args['data-dir']) throw new Error('--data-dir is required (a copy: Postgres is started on it)');
process.env.NODE_ENV = 'production';
const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const db = require(join(root, 'database', 'dist', 'index.js'));
const { loadConfig } = require(join(root, 'api', 'dist', 'config', 'config.js'));
const log = (line) => process.stderr.write(`· ${line}\n`);
const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;

const prepared = await db.prepareDatabase({
  appPassword: 'tandem-bench', dataDir: resolve(args['data-dir']), embeddedPort: Number(args['pg-port']), databaseName: 'tandem',
});
const SERVER_ENV = { PORT: '3999', LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000' };
const server = await spawnServer('tandem', {
  appUrl: prepared.appUrl, env: SERVER_ENV, execArgv: ['--expose-gc'], ...(args['node-flag'].length ? { nodeFlags: args['node-flag'].filter((f) => f !== '-') } : {}),
  processEnv: Object.fromEntries(args.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)])),
  ...(args['api-dist'] ? { apiDist: resolve(args['api-dist']) } : {}),
});
const { post, gql } = client(server.url);
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const login = async (email) => (await gql(LOGIN, { i: { email, password: db.DEMO_PASSWORD } })).login.token;
const report = async (step) => {
  const { rss, peak } = await server.stats();
  const heap = await server.heap();
  const spaces = Object.entries(heap.spaces).filter(([, v]) => v.size > 2 ** 20).map(([k, v]) => `${k.replace(/_space$/, '')} ${mb(v.used)}/${mb(v.size)}`);
  log(`${step.padEnd(34)} RSS ${mb(rss).padStart(7)} (peak ${mb(peak).padStart(7)}); after GC: RSS ${mb(heap.rss).padStart(7)}, heap used ${mb(heap.heapUsed).padStart(7)} of ${mb(heap.heapTotal).padStart(7)}, external ${mb(heap.external)}`);
  log(`${''.padEnd(34)} spaces (used/committed): ${spaces.join(', ')}; caches ${JSON.stringify(heap.caches)}`);
  if (heap.maps) log(`${''.padEnd(34)} resident: node binary ${mb(heap.maps.node)}, other files ${mb(heap.maps.files)}, malloc heap ${mb(heap.maps.malloc)}, other anonymous ${mb(heap.maps.anon)}`);
  return { rss, peak, ...heap };
};

const OVERVIEW = `query($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods kpis { teams teamsWithAlerts checklists supervisionRatio }
  attention { team { id } activeSignals { id } } programs { programId teams }
  teams(page: { first: 24 }) { totalCount items { team { id name } latest { period mutualityIndex n } activeSignals { id metric }
    dimensions { dimensionCode score } series { metric points { period value n } limits { centre upper lower points { period centre } } signals { id } }
    supervision { ratio recorded required } } } } }`;
const COMPLIANCE = 'query { supervisionCompliance { total { supervisees required recorded ratio } } }';

const out = {};
out.start = await report('started');
const admin = await login('admin@tandem.demo');
const manager = await login('manager@tandem.demo');
out.login = await report('after two sign-ins');
const timings = {};
for (const [name, f] of [['monthly', {}], ['weekly', { granularity: 'WEEK' }]]) {
  const t = performance.now();
  await post(OVERVIEW, { f }, admin);
  timings[`${name} first`] = performance.now() - t;
  const cpu = (await server.stats()).cpu;
  timings[name] = await timeMedian(3, () => post(OVERVIEW, { f }, admin));
  // The API's CPU time per warm load (four loads), steadier than wall time on a shared machine.
  timings[`${name} cpu`] = ((await server.stats()).cpu - cpu) / 4000;
  await post(OVERVIEW, { f }, manager);
}
timings.compliance = await timeMedian(3, () => post(COMPLIANCE, {}, admin));
log(`overview ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
out.dashboards = await report('after the dashboards');

// 32 staff members of the demo organisation (the one admin@tandem.demo belongs to), as the bench picks them.
const { clock } = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
const owner = db.createDataSource({ url: prepared.ownerUrl, poolSize: 1, clock, timeouts: db.MAINTENANCE_TIMEOUTS });
await owner.initialize();
const people = await owner.query(
  `SELECT p.id, p.email FROM person p JOIN team_membership m ON m.person_id = p.id JOIN role_grant g ON g.person_id = p.id AND g.role = 'STAFF'
   WHERE p.organization_id = (SELECT organization_id FROM person WHERE email = 'admin@tandem.demo') AND p.password_hash IS NOT NULL
   ORDER BY p.email LIMIT 32`);
await owner.destroy();
const staff = [];
for (const p of people) staff.push({ ...p, token: await login(p.email) });
out.rest = await report('after 32 sign-ins (at rest)');
await server.resetPeak();
const failures = [];
const rates = [];
const cpuBefore = (await server.stats()).cpu;
for (let r = 0; r < Number(args.rounds); r++) rates.push(await throughput(1, Number(args.seconds), staff.length, submitOverHttp(gql, staff, failures)));
const submitCpu = ((await server.stats()).cpu - cpuBefore) / 1000 / (rates.reduce((a, b) => a + b, 0) * Number(args.seconds));
log(`submit ${rates.map((x) => x.toFixed(1)).join(', ')} / s (${staff.length} clients, ${failures.length} refused), API CPU ${submitCpu.toFixed(1)} ms each`);
out.load = await report('after the submit load');
if (args.snapshot) {
  await server.snapshot(resolve(args.snapshot));
  log(`heap snapshot written to ${args.snapshot}`);
}
await server.stop();
await prepared.stop();
console.info(JSON.stringify({ timings, submit: rates, submitCpu, failures: failures.length, rest: out.rest.rss, peak: out.load.peak,
  heapAfterDashboards: out.dashboards.heapUsed, heapAfterLoad: out.load.heapUsed, rssAfterLoadGc: out.load.rss }));
