// `npm run bench`: measures Tandem against a baseline run side by side on this machine and prints ratios.
//  1. Drift dashboard: driftOverview over HTTP (reads rollups) vs the same aggregation over the raw answers,
//     at 1× and 10× the demo organisation's data — the rollup path should stay flat while the raw path grows.
//  2. HTTP floor: GET /health through Nest vs a bare node:http server.
//  3. Sign-in: logins/s vs the argon2id hash rate (the physical floor of a password check).
// Everything runs on a throwaway embedded Postgres under .test-data/bench.
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const db = require(join(root, 'database', 'dist', 'index.js'));
const { loadConfig } = require(join(root, 'api', 'dist', 'config', 'config.js'));
const { createServer } = require(join(root, 'api', 'dist', 'server.js'));
const { createLogger } = require(join(root, 'api', 'dist', 'common', 'logger.js'));

const dataDir = join(root, '.test-data', 'bench');
rmSync(dataDir, { recursive: true, force: true });
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

async function timeIt(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return { p50: quantile(out, 0.5), p95: quantile(out, 0.95) };
}

async function throughput(seconds, concurrency, fn) {
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      await fn();
      done++;
    }
  }));
  return done / seconds;
}

const prepared = await db.prepareDatabase({ appPassword: 'tandem-bench', dataDir, embeddedPort: 54360, databaseName: 'tandem' });
const owner = db.createDataSource({ url: prepared.ownerUrl, poolSize: 4 });
await owner.initialize();
await owner.transaction((em) => db.ensureDefaultInstrumentsForAll(em));
const { organizationId: orgId } = await db.seedDemoOrganization(owner);
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PORT: '3999', LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000' });
const server = await createServer(config, prepared.appUrl, createLogger('silent'));
await server.app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${server.app.getHttpServer().address().port}`;
const gql = async (query, variables = {}, token) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const token = (await gql('mutation { login(input: { email: "manager@tandem.demo", password: "tandem-demo" }) { token } }')).login.token;
const OVERVIEW = `{ driftOverview { kpis { teams teamsWithAlerts checklists } teams { team { name } latest { mutualityIndex band }
  series { metric points { period value n } signals { rule } } dimensions { dimensionCode score } } } }`;

// The baseline: what a dashboard without rollups must compute — per team × month means of the indices and of
// every dimension, straight from checklists and their raw answers.
const RAW = `
  SELECT c.team_id, date_trunc('month', c.submitted_at) AS m, count(DISTINCT c.id) AS n,
    avg(c.mutuality_index_100) AS mfi, avg(c.hierarchical_drift_index) AS hdi, avg(c.medical_model_drift_index) AS mdi,
    avg(CASE WHEN left(a.item_code, 2) = 'D1' THEN a.value END) AS d1, avg(CASE WHEN left(a.item_code, 2) = 'D2' THEN a.value END) AS d2,
    avg(CASE WHEN left(a.item_code, 2) = 'D3' THEN a.value END) AS d3, avg(CASE WHEN left(a.item_code, 2) = 'D4' THEN a.value END) AS d4,
    avg(CASE WHEN left(a.item_code, 2) = 'D5' THEN a.value END) AS d5, avg(CASE WHEN left(a.item_code, 2) = 'D6' THEN a.value END) AS d6
  FROM checklist c JOIN checklist_answer a ON a.checklist_id = c.id
  WHERE c.organization_id = $1 AND c.status = 'SUBMITTED' AND c.rater_type = 'SELF' AND c.submitted_at >= now() - interval '24 months'
  GROUP BY 1, 2`;

async function measureScale(label) {
  const [{ checklists, answers }] = await owner.query(
    `SELECT (SELECT count(*) FROM checklist WHERE organization_id = $1)::int AS checklists,
            (SELECT count(*) FROM checklist_answer WHERE organization_id = $1)::int AS answers`, [orgId]);
  await gql(OVERVIEW, {}, token);
  const api = await timeIt(30, () => gql(OVERVIEW, {}, token));
  await owner.query(RAW, [orgId]);
  const raw = await timeIt(10, () => owner.query(RAW, [orgId]));
  const rollup = await timeIt(30, () => owner.query(
    `SELECT team_id, metric, period_start, sum(count), sum(sum) FROM metric_rollup WHERE organization_id = $1 AND period_type = 'MONTH'
     AND rater_type = 'SELF' GROUP BY 1, 2, 3`, [orgId]));
  return { label, checklists, answers, api, raw, rollup };
}

async function grow(factor) {
  // Copies every submitted checklist (and its answers) factor−1 more times, spread over the same months, then rebuilds rollups.
  await owner.transaction(async (em) => {
    await em.query(`CREATE TEMP TABLE base ON COMMIT DROP AS SELECT * FROM checklist WHERE organization_id = $1 AND status = 'SUBMITTED'`, [orgId]);
    await em.query(`CREATE TEMP TABLE base_a ON COMMIT DROP AS SELECT a.* FROM checklist_answer a JOIN base b ON b.id = a.checklist_id`);
    await em.query(`CREATE TEMP TABLE copies ON COMMIT DROP AS SELECT b.id AS src, gen_random_uuid() AS id, k FROM base b, generate_series(1, $1::int - 1) k`, [factor]);
    await em.query(`
      INSERT INTO checklist (id, organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, team_id, status, version,
        revision, submitted_at, created_at, updated_at, observation_start, observation_end, scores, mutuality_index, mutuality_index_100,
        hierarchical_drift_index, medical_model_drift_index, errand_drift_index, organisational_drift_index, band)
      SELECT c.id, b.organization_id, b.instrument_version_id, b.subject_id, b.rater_type, b.rater_id, b.opened_by, b.team_id, b.status, b.version,
        b.revision, b.submitted_at - make_interval(hours => c.k), b.created_at, b.updated_at, b.observation_start, b.observation_end, b.scores,
        b.mutuality_index, b.mutuality_index_100, b.hierarchical_drift_index, b.medical_model_drift_index, b.errand_drift_index,
        b.organisational_drift_index, b.band
      FROM copies c JOIN base b ON b.id = c.src`);
    await em.query(`INSERT INTO checklist_answer (organization_id, checklist_id, item_code, value, comment)
      SELECT a.organization_id, c.id, a.item_code, a.value, a.comment FROM copies c JOIN base_a a ON a.checklist_id = c.src`);
    await db.rebuildRollups(em, orgId);
  });
  await owner.query('ANALYZE');
}

const scales = [await measureScale('1× (demo)')];
await grow(10);
scales.push(await measureScale('10×'));

// HTTP floor.
const bare = createHttpServer((req, res) => res.end('{"status":"ok"}'));
await new Promise((r) => bare.listen(0, '127.0.0.1', r));
const bareUrl = `http://127.0.0.1:${bare.address().port}/`;
const bareRps = await throughput(3, 20, () => fetch(bareUrl).then((r) => r.text()));
const nestRps = await throughput(3, 20, () => fetch(`${url}/health`).then((r) => r.text()));
bare.close();

// Sign-in vs the hash itself.
const oneHash = await timeIt(10, () => db.hashPassword('benchmark-password'));
const hashCeiling = (1000 / oneHash.p50) * Math.min(cpus().length, 4);
const loginRps = await throughput(4, 8, () => gql('mutation { login(input: { email: "staff@tandem.demo", password: "tandem-demo" }) { token } }'));

await server.close();
await owner.destroy();
await prepared.stop();
rmSync(dataDir, { recursive: true, force: true });

const [s1, s10] = scales;
const pad = (s, n) => String(s).padEnd(n);
console.info(`\nTandem benchmarks — ${cpus().length} vCPU, Node ${process.version}, embedded PostgreSQL\n`);
console.info('Drift dashboard (manager, 6 teams, 24 months, self-ratings)');
console.info(`${pad('scale', 12)}${pad('checklists', 12)}${pad('answers', 10)}${pad('raw GROUP BY p50', 19)}${pad('rollup SQL p50', 17)}${pad('driftOverview HTTP p50/p95', 28)}raw ÷ rollup`);
for (const s of scales) {
  console.info(`${pad(s.label, 12)}${pad(s.checklists, 12)}${pad(s.answers, 10)}${pad(ms(s.raw.p50), 19)}${pad(ms(s.rollup.p50), 17)}${pad(`${ms(s.api.p50)} / ${ms(s.api.p95)}`, 28)}${(s.raw.p50 / s.rollup.p50).toFixed(1)}×`);
}
console.info(`growth 1×→10×: raw aggregation ${(s10.raw.p50 / s1.raw.p50).toFixed(2)}×, rollup read ${(s10.rollup.p50 / s1.rollup.p50).toFixed(2)}×, driftOverview ${(s10.api.p50 / s1.api.p50).toFixed(2)}× (flat = cost independent of answers)\n`);
console.info(`${pad('measure', 34)}${pad('baseline', 24)}${pad('Tandem', 20)}ratio`);
console.info(`${pad('HTTP floor, req/s (20 conc.)', 34)}${pad(`bare node:http ${bareRps.toFixed(0)}`, 24)}${pad(`GET /health ${nestRps.toFixed(0)}`, 20)}${(nestRps / bareRps).toFixed(2)}`);
console.info(`${pad('sign-in, per s (argon2id 19 MiB)', 34)}${pad(`hash ceiling ${hashCeiling.toFixed(0)}`, 24)}${pad(`login ${loginRps.toFixed(0)}`, 20)}${(loginRps / hashCeiling).toFixed(2)}`);
console.info(`${pad('dashboard at 10× data, p50', 34)}${pad(`raw SQL ${ms(s10.raw.p50)}`, 24)}${pad(`API ${ms(s10.api.p50)}`, 20)}${(s10.api.p50 / s10.raw.p50).toFixed(2)}`);
