// The fixed cost of a request, quickly and repeatably (issue 14): GET /health (20 concurrent), an authenticated `{ me }`
// (32 concurrent) and start → save → submit (one client per staff member) against the demo organisation, with the API's
// RSS at rest and at its peak under the submit load. Builds are compared interleaved, round by round, and medians printed:
//   node scripts/bench/fixed-cost.mjs [--rounds 3] [--seconds 3] [--variant name=path/to/api/dist[?NODE_FLAGS=--a --b&ENV=x] ...] [--profile dir] [--heap-profile dir]
// `--only health|me|submit` runs just one load. With no --variant it measures api/dist. `--profile dir` writes a .cpuprofile per variant and round (node --cpu-prof);
// summarise one with `node scripts/bench/profile-summary.mjs file.cpuprofile`. `--heap-profile dir` adds a `{ me }` load
// per variant and round with V8's sampling heap profiler on (collected objects included) and writes a .heapprofile, which
// profile-summary.mjs sums up per request by package and function. Postgres: embedded, under .test-data.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { client, loadWithCpu, median, spawnServer, submitOverHttp, throughput } from './measures.mjs';

const { values: args } = parseArgs({ options: {
  rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '3' },
  variant: { type: 'string', multiple: true, default: [] }, profile: { type: 'string' }, 'heap-profile': { type: 'string' }, env: { type: 'string', multiple: true, default: [] },
  only: { type: 'string' },
} });
// `--only health|me|submit` runs one load (e.g. to profile it alone); the others are reported as 0.
const runs = (what) => !args.only || args.only === what;
process.env.NODE_ENV = 'production';
const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const db = require(join(root, 'database', 'dist', 'index.js'));
const { loadConfig } = require(join(root, 'api', 'dist', 'config', 'config.js'));
const rounds = Number(args.rounds);
const seconds = Number(args.seconds);
const variants = (args.variant.length ? args.variant : [`current=${join(root, 'api', 'dist')}`]).map((v) => {
  // name=path[?ENV=value&…]: the environment applies to that variant's API process only (e.g. MALLOC_ARENA_MAX, NODE_OPTIONS).
  const [name, rest] = [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)];
  const [path, query = ''] = rest.split('?');
  // NODE_FLAGS (space-separated) are the variant's node/V8 command-line flags instead of the API's defaults.
  const { NODE_FLAGS, ...env } = Object.fromEntries(new URLSearchParams(query));
  return { name, apiDist: resolve(path), env, nodeFlags: NODE_FLAGS === undefined ? undefined : NODE_FLAGS.split(' ').filter(Boolean) };
});
// Process environment for the API child (e.g. --env MALLOC_ARENA_MAX=2), applied to every variant.
const processEnv = Object.fromEntries(args.env.map((e) => e.split('=')));

/**
 * A `{ me }` load (32 concurrent) after a second of the same load, so no server is measured while its code is still
 * being compiled: the rate, the server's CPU per request and its share of the load generator's (see loadWithCpu), the
 * steadier units. Nothing when `--only` names another load.
 */
async function meLoad(server, request) {
  if (!runs('me')) return { rate: 0 };
  await throughput(1, 1, 32, request);
  return loadWithCpu(server, seconds, 32, request);
}

/** Records a `{ me }` load's rate, and its CPU figures when it ran. */
function keepMe(load, rates, cpus, shares) {
  rates.push(load.rate);
  if (!load.rate) return;
  cpus.push(load.serverCpu);
  shares.push(load.share);
}

const dataDir = join(root, '.test-data', 'fixed-cost');
rmSync(dataDir, { recursive: true, force: true });
const prepared = await db.prepareDatabase({ appPassword: 'tandem-bench', dataDir, embeddedPort: Number(process.env.TANDEM_BENCH_PG_PORT ?? 54361), databaseName: 'tandem' });
// WEB_DIST given explicitly: a build copied elsewhere would otherwise look for the web app beside itself and serve none.
const SERVER_ENV = { PORT: '3999', LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000', WEB_DIST: join(root, 'web', 'dist') };
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', ...SERVER_ENV });
const owner = db.createDataSource({ url: prepared.ownerUrl, poolSize: 2, clock: config.clock, timeouts: db.MAINTENANCE_TIMEOUTS });
await owner.initialize();
await owner.transaction((em) => db.ensureDefaultInstrumentsForAll(em));
const { organizationId: orgId } = await db.seedDemoOrganization(owner, config.clock.now());
const people = await owner.query(
  `SELECT p.id, p.email FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role = 'STAFF'
   WHERE p.organization_id = $1 AND p.password_hash IS NOT NULL ORDER BY p.email LIMIT 32`, [orgId]);
if (args.profile) mkdirSync(args.profile, { recursive: true });
if (args['heap-profile']) mkdirSync(args['heap-profile'], { recursive: true });

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const results = Object.fromEntries(variants.map((v) => [v.name, { health: [], me: [], submit: [], healthCpu: [], meCpu: [], meShare: [], submitCpu: [], rest: [], peak: [], heap: [], failures: 0 }]));
// The references of `npm run bench`, measured in each round beside the variants: a bare node:http server and a bare
// @apollo/server answering the same `me` shape.
const refs = { http: [], apollo: [], apolloCpu: [], apolloShare: [] };
for (let round = 0; round < rounds; round++) {
  const bare = await spawnServer('http');
  refs.http.push(!runs('health') ? 0 : await throughput(1, seconds, 20, () => fetch(`${bare.url}/`).then((res) => res.text())));
  await bare.stop();
  const apollo = await spawnServer('apollo');
  // The same client code and request as the variants' `me` (a bearer token of the same length, which the bare server
  // ignores): the load generator shares the CPUs, so its own work per request must not differ between the two.
  const apolloClient = client(apollo.url);
  const anyToken = randomBytes(32).toString('base64url');
  keepMe(await meLoad(apollo, () => apolloClient.gql('{ me { id name email } }', {}, anyToken)), refs.apollo, refs.apolloCpu, refs.apolloShare);
  await apollo.stop();
  process.stderr.write(`· round ${round + 1} references: node:http ${Math.round(refs.http.at(-1))}/s, @apollo/server me ${Math.round(refs.apollo.at(-1))}/s\n`);
  // Every other round runs the variants in reverse: whichever runs first in a round tends to do better on a busy machine.
  for (const v of round % 2 ? [...variants].reverse() : variants) {
    const execArgv = ['--expose-gc', ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args.profile)}`, `--cpu-prof-name=${v.name}-${round}.cpuprofile`] : [])];
    const server = await spawnServer('tandem', { appUrl: prepared.appUrl, env: SERVER_ENV, apiDist: v.apiDist, execArgv, nodeFlags: v.nodeFlags, processEnv: { ...processEnv, ...v.env } });
    const { gql } = client(server.url);
    const staff = [];
    for (const p of people) staff.push({ ...p, token: (await gql(LOGIN, { i: { email: p.email, password: db.DEMO_PASSWORD } })).login.token });
    const r = results[v.name];
    // The API's CPU time per operation (µs) beside the rate: far steadier than the rate on a machine shared with others.
    const perOp = async (key, secs, load) => {
      const before = (await server.stats()).cpu;
      const rate = await load();
      if (rate) r[`${key}Cpu`].push(((await server.stats()).cpu - before) / (rate * secs));
      return rate;
    };
    r.health.push(!runs('health') ? 0 : await perOp('health', seconds, () => throughput(1, seconds, 20, () => fetch(`${server.url}/health`).then((res) => res.text()))));
    keepMe(await meLoad(server, (w) => gql('{ me { id name email } }', {}, staff[w % staff.length].token)), r.me, r.meCpu, r.meShare);
    if (args['heap-profile'] && runs('me')) {
      // A load of its own, after the measured one (sampling costs CPU): every allocation the API makes for `{ me }`.
      const file = join(resolve(args['heap-profile']), `${v.name}-${round}.heapprofile`);
      await server.heapSampling('start');
      const requests = Math.round(seconds * await throughput(1, seconds, 32, (w) => gql('{ me { id name email } }', {}, staff[w % staff.length].token)));
      await server.heapSampling('stop', file);
      // The request count goes with the profile, so profile-summary.mjs can say what one request allocates.
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), requests }));
      process.stderr.write(`· ${v.name}: allocation profile of ${requests} { me } in ${file}\n`);
    }
    await server.resetPeak();
    const failures = [];
    r.submit.push(!runs('submit') ? 0 : await perOp('submit', seconds + 1, () => throughput(1, seconds + 1, staff.length, submitOverHttp(gql, staff, failures))));
    r.peak.push((await server.stats()).peak);
    r.failures += failures.length;
    // What failed, once per distinct message: a failure is a bug to find, not noise.
    for (const m of new Set(failures)) process.stderr.write(`  ${v.name} failure ×${failures.filter((f) => f === m).length}: ${m}\n`);
    await new Promise((res) => setTimeout(res, 1000));
    const heap = await server.heap();
    r.rest.push(heap.rss);
    r.heap.push(heap.heapUsed);
    await server.stop();
    process.stderr.write(`· round ${round + 1} ${v.name}: health ${Math.round(r.health.at(-1))}/s, me ${Math.round(r.me.at(-1))}/s, submit ${r.submit.at(-1).toFixed(1)}/s, RSS rest ${mb(r.rest.at(-1))} MB peak ${mb(r.peak.at(-1))} MB\n`);
  }
}
await owner.destroy();
await prepared.stop();

function mb(bytes) {
  return Math.round(bytes / 2 ** 20);
}
console.info(`\nmedians of ${rounds} interleaved rounds (${seconds}s each; ${people.length} submit clients)`);
console.info(`references: node:http ${Math.round(median(refs.http))}/s, @apollo/server me ${Math.round(median(refs.apollo))}/s`);
console.info('variant'.padEnd(12), 'health/s'.padStart(9), 'me/s'.padStart(7), 'submit/s'.padStart(9), 'RSS rest'.padStart(9), 'RSS peak'.padStart(9), 'failures'.padStart(9), 'heap used'.padStart(10));
const us = (xs) => (xs.length ? String(Math.round(median(xs))) : '—').padStart(9);
console.info('\nAPI CPU per operation (µs)', 'health'.padStart(9), 'me'.padStart(9), 'submit'.padStart(9));
for (const [name, r] of Object.entries(results)) console.info(name.padEnd(26), us(r.healthCpu), us(r.meCpu), us(r.submitCpu));
console.info('bare @apollo/server'.padEnd(26), '—'.padStart(9), us(refs.apolloCpu), '—'.padStart(9));
if (refs.apolloShare.length) {
  // The server's CPU per `me` over the load generator's, against the bare server's: moves least with the machine's speed.
  console.info('\n`me`: server CPU ÷ load generator CPU, and against the bare @apollo/server');
  console.info('bare @apollo/server'.padEnd(26), median(refs.apolloShare).toFixed(3).padStart(9));
  for (const [name, r] of Object.entries(results)) {
    console.info(name.padEnd(26), median(r.meShare).toFixed(3).padStart(9), `${(median(r.meShare) / median(refs.apolloShare)).toFixed(2)}×`.padStart(9));
  }
}
console.info('');
for (const [name, r] of Object.entries(results)) {
  console.info(name.padEnd(12), String(Math.round(median(r.health))).padStart(9), String(Math.round(median(r.me))).padStart(7), median(r.submit).toFixed(1).padStart(9),
    `${mb(median(r.rest))} MB`.padStart(9), `${mb(median(r.peak))} MB`.padStart(9), String(r.failures).padStart(9), `${mb(median(r.heap))} MB`.padStart(10));
}
