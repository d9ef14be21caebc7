// The measurements `npm run bench` takes, each with the reference it is compared to in the same run.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { API_NODE_FLAGS } from '../node-flags.mjs';

const require = createRequire(import.meta.url);

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall time of `repeats` runs (after one warm-up run). */
export async function timeMedian(repeats, fn) {
  await fn();
  const out = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

/**
 * One load against a server, with the CPU both sides spent per request (µs): the server's (from its own process) and
 * the load generator's (this process). On a shared VM the machine's speed can swing more than twofold within minutes,
 * moving both alike, so the server's CPU over the load generator's hardly moves: comparing that share between two
 * servers measured side by side is the steadiest comparison of their cost per request this machine allows.
 */
export async function loadWithCpu(server, seconds, concurrency, fn) {
  const serverBefore = (await server.stats()).cpu;
  const clientBefore = process.cpuUsage();
  const rate = await throughput(1, seconds, concurrency, fn);
  const client = process.cpuUsage(clientBefore);
  const requests = rate * seconds;
  const serverCpu = ((await server.stats()).cpu - serverBefore) / requests;
  const clientCpu = (client.user + client.system) / requests;
  return { rate, serverCpu, clientCpu, share: serverCpu / clientCpu };
}

/** Operations per second with `concurrency` loops for `seconds`; the median of `repeats` runs. */
export async function throughput(repeats, seconds, concurrency, fn) {
  const runs = [];
  for (let r = 0; r < repeats; r++) {
    let done = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < end) {
        try {
          await fn(worker);
          done++;
        } catch (e) {
          if (e !== SKIP) throw e;
        }
      }
    }));
    runs.push(done / seconds);
  }
  return median(runs);
}

export function client(url) {
  const post = async (query, variables = {}, token, headers = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    const body = JSON.parse(text);
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return { data: body.data, bytes: Buffer.byteLength(text), encoding: res.headers.get('content-encoding') };
  };
  return { post, gql: async (query, variables, token) => (await post(query, variables, token)).data };
}

export const gzipBytes = (value) => gzipSync(Buffer.from(JSON.stringify(value))).length;

/**
 * Starts one of `serve.mjs`'s servers in a child process and returns its URL, `stats()` (RSS now and peak since
 * `resetPeak()`, SQL statements sent so far) and `stop()`. The API gets the production flags (scripts/node-flags.mjs) unless `nodeFlags` says otherwise.
 */
export async function spawnServer(mode, options = {}) {
  const { execArgv = [], nodeFlags = mode === 'tandem' ? API_NODE_FLAGS : [], processEnv = {}, ...rest } = options;
  const child = fork(join(dirname(fileURLToPath(import.meta.url)), 'serve.mjs'), [JSON.stringify({ mode, ...rest })], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...nodeFlags, ...execArgv], env: { ...process.env, ...processEnv },
  });
  const next = (key) => new Promise((resolve, reject) => {
    const onMessage = (m) => {
      if (m && key in m) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m[key]);
      }
    };
    const onExit = (code) => reject(new Error(`the ${mode} server exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
  const url = await next('url');
  return {
    url,
    stats: () => {
      const answer = next('stats');
      child.send('stats');
      return answer;
    },
    heap: () => {
      const answer = next('heap');
      child.send('heap');
      return answer;
    },
    snapshot: (file) => {
      const answer = next('snapshot');
      child.send({ snapshot: file });
      return answer;
    },
    /** Starts sampling every allocation ('start'), or stops and writes the profile to `file` ('stop'). */
    heapSampling: (command, file) => {
      const answer = next('heapSampling');
      child.send({ heapSampling: command, file });
      return answer;
    },
    resetPeak: () => {
      const answer = next('reset');
      child.send('reset');
      return answer;
    },
    stop: () => new Promise((resolve) => {
      child.once('exit', resolve);
      child.send('stop');
    }),
  };
}

/** SQL statements the server sends for `fn` (run alone): the median over `repeats` runs. */
export async function statementsPer(server, repeats, fn) {
  const counts = [];
  for (let i = 0; i < repeats; i++) {
    const before = (await server.stats()).statements;
    await fn(i);
    counts.push((await server.stats()).statements - before);
  }
  return median(counts);
}

const START = 'mutation($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }';
const SAVE = 'mutation($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }';
const SUBMIT = 'mutation($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }';

/**
 * One staff member's self-assessment over HTTP: start → save 24 answers → submit. A request the API refuses under load
 * (its request deadline) is counted in `failures` rather than ending the run; only completed submits count.
 */
export function submitOverHttp(gql, staff, failures) {
  return async (worker) => {
    try {
      await submitOnce(gql, staff, worker);
    } catch (e) {
      failures.push(e instanceof Error ? e.message.slice(0, 200) : String(e));
      throw SKIP;
    }
  };
}

/** Thrown by an operation that did not complete: `throughput` does not count it. */
export const SKIP = Symbol('skip');

export async function submitOnce(gql, staff, worker, step = async (_name, fn) => fn()) {
  const s = staff[worker % staff.length];
  const started = await step('start', async () => (await gql(START, { i: { instrumentKey: 'mutuality-fidelity', subjectId: s.id, raterType: 'SELF' } }, s.token)).startChecklist);
  const answers = [1, 2, 3, 4, 5, 6].flatMap((d) => [1, 2, 3, 4].map((i) => ({ itemCode: `D${d}.${i}`, value: 1 + ((d + i + worker) % 5) })));
  await step('save', () => gql(SAVE, { i: { checklistId: started.id, version: started.version, answers } }, s.token));
  await step('submit', () => gql(SUBMIT, { i: { checklistId: started.id, idempotencyKey: randomUUID() } }, s.token));
}

/**
 * The database's floor for the same write: raw `pg`, one transaction of BEGIN, the checklist row (with scores), its
 * answers, the rollup upsert (both period types) and an audit row, COMMIT — the rows a submit leaves behind.
 */
export async function rawSubmitFloor(ownerUrl, orgId, staff, template) {
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: ownerUrl, max: 32 });
  const rollupRows = (teamId, at) => JSON.stringify(template.metrics.flatMap(([metric, value]) => ['WEEK', 'MONTH'].map((period_type) => ({
    team_id: teamId, period_type, period_start: period_type === 'WEEK' ? at.week : at.month, rater_type: 'SELF', metric, count: 1, sum: value, sum_sq: value * value,
  }))));
  const op = async (worker) => {
    const s = staff[worker % staff.length];
    const id = randomUUID();
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query(
        `INSERT INTO checklist (id, organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, team_id, status, version,
           revision, submitted_at, observation_start, observation_end, scores, mutuality_index, mutuality_index_100, band)
         VALUES ($1, $2, $3, $4, 'SELF', $4, $4, $5, 'SUBMITTED', 3, 1, now(), current_date - 30, current_date, $6, $7, $8, $9)`,
        [id, orgId, template.versionId, s.id, s.teamId, template.scores, template.mutualityIndex, template.mutualityIndex100, template.band]);
      await c.query(`INSERT INTO checklist_answer (organization_id, checklist_id, item_code, value, comment)
         SELECT $1, $2, a.item_code, a.value, '' FROM jsonb_to_recordset($3::jsonb) AS a(item_code text, value smallint)`, [orgId, id, template.answers]);
      await c.query(`INSERT INTO metric_rollup AS m (organization_id, team_id, period_type, period_start, rater_type, metric, count, sum, sum_sq)
         SELECT $1, r.team_id, r.period_type, r.period_start, r.rater_type, r.metric, r.count, r.sum, r.sum_sq
         FROM jsonb_to_recordset($2::jsonb) AS r(team_id uuid, period_type text, period_start date, rater_type text, metric text, count int, sum float8, sum_sq float8)
         ON CONFLICT (organization_id, team_id, period_type, period_start, rater_type, metric) DO UPDATE
           SET count = m.count + EXCLUDED.count, sum = m.sum + EXCLUDED.sum, sum_sq = m.sum_sq + EXCLUDED.sum_sq`, [orgId, rollupRows(s.teamId, template.at)]);
      await c.query(`INSERT INTO audit_event (organization_id, actor_id, entity, entity_id, action, summary) VALUES ($1, $2, 'checklist', $3, 'checklist.submitted', '{}')`,
        [orgId, s.id, id]);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
  };
  return { op, close: () => pool.end() };
}

/**
 * The first overview after a write: one submit through the API (which moves the analytics revision, so nothing kept
 * is taken on trust), then one timed load; the median of `repeats` such pairs.
 */
export async function firstLoadAfterSubmit(repeats, gql, staff, load) {
  const out = [];
  for (let i = 0; i < repeats; i++) {
    await submitOnce(gql, staff, i);
    const t = performance.now();
    await load();
    out.push(performance.now() - t);
  }
  return median(out);
}
