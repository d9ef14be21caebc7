// The supervision figures' first read after the API starts, and after one write (issue 14): the API in its own process
// on a copy of a data directory, signed in as the demo manager; each step prints wall ms and the API process's CPU ms
// (from /proc, so a busy machine inflates the first less than the second).
//   node scripts/bench/supervision-cold.mjs --data-dir /tmp/copy-of-a-data-dir [--pg-port 55010] [--port 3990] [--api-dist path] [--cpu-prof dir]
// Steps: whole-organisation compliance cold, then warm ×3; the overview (its drift part cold); the supervisor's compliance
// and 60 days of their sessions; one occurrence cancelled, then compliance and the overview; one moved, then compliance.
// Never point --data-dir at a data directory something else uses: Postgres is started on it, and the writes stay there.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { API_NODE_FLAGS } from '../node-flags.mjs';

const { values: args } = parseArgs({ options: {
  'data-dir': { type: 'string' }, 'pg-port': { type: 'string', default: '55010' }, port: { type: 'string', default: '3990' },
  'api-dist': { type: 'string' }, 'cpu-prof': { type: 'string' },
} });
if (!args['data-dir']) throw new Error('--data-dir is required (a copy: Postgres is started on it)');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const main = join(resolve(args['api-dist'] ?? join(root, 'api', 'dist')), 'main.js');
const flags = [...API_NODE_FLAGS, ...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : [])];
const api = spawn(process.execPath, [...flags, main], {
  cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, TANDEM_DATA_DIR: args['data-dir'], TANDEM_PG_PORT: args['pg-port'], PORT: args.port, NODE_ENV: 'production', LOG_LEVEL: 'warn', TANDEM_JOBS: '0' },
});
const base = `http://127.0.0.1:${args.port}`;
const cpuMs = () => {
  const fields = readFileSync(`/proc/${api.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
let now = null;

async function post(query, variables, token) {
  const cpu = cpuMs();
  const started = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  now ??= Date.parse(res.headers.get('x-tandem-now'));
  return { ms: Math.round(performance.now() - started), cpu: cpuMs() - cpu, data: body.data };
}

const OVERVIEW = `query($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teams supervisionRatio }
  teams(page: { first: 24 }) { totalCount items { team { id } supervision { ratio recorded required overdueCount superviseeCount } } } } }`;
const COMPLIANCE = 'query { supervisionCompliance { total { required recorded ratio overdue supervisees } } }';
const SESSIONS = 'query($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status startsAt } }';
const CANCEL = 'mutation($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id } } }';
const MOVE = 'mutation($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id } } }';
const out = {};
const step = (name, r) => {
  out[name] = `${r.ms} ms (API CPU ${r.cpu} ms)`;
  return r;
};

try {
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const login = async (email) => (await post('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password: 'tandem-demo' } })).data.login.token;
  const manager = await login('manager@tandem.demo');
  const supervisor = await login('supervisor@tandem.demo');
  out.total = step('compliance, first read', await post(COMPLIANCE, {}, manager)).data.supervisionCompliance.total;
  for (let i = 1; i <= 3; i++) step(`compliance, warm ${i}`, await post(COMPLIANCE, {}, manager));
  step('overview (drift cold, supervision warm)', await post(OVERVIEW, { f: {} }, manager));
  step('supervisor compliance', await post(COMPLIANCE, {}, supervisor));
  const me = (await post('query { me { id } }', {}, supervisor)).data.me.id;
  const range = { from: new Date(now + 86_400_000).toISOString(), to: new Date(now + 60 * 86_400_000).toISOString(), supervisorId: me };
  const open = step('supervisor sessions, 60 days', await post(SESSIONS, { f: range }, supervisor)).data.supervisionSessions.filter((o) => o.status === 'SCHEDULED');
  step('write: cancel one occurrence', await post(CANCEL, { i: { occurrenceId: open[0].id, reason: 'bench' } }, supervisor));
  step('compliance after the cancel', await post(COMPLIANCE, {}, manager));
  step('overview after the cancel', await post(OVERVIEW, { f: {} }, manager));
  step('write: move one occurrence', await post(MOVE, { i: { occurrenceId: open[1].id, startsAt: new Date(Date.parse(open[1].startsAt) + 3_600_000).toISOString() } }, supervisor));
  step('compliance after the move', await post(COMPLIANCE, {}, manager));
  console.log(JSON.stringify(out, null, 2));
} finally {
  api.kill('SIGINT');
  await new Promise((r) => api.once('exit', r));
}
