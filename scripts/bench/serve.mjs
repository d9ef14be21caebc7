// A server for `npm run bench`, in a process of its own so its memory and CPU are its own (not shared with the load
// generator): `tandem` (the API as `npm start` runs it: NODE_ENV=production, request logs at info, written to
// /dev/null), `apollo` (a bare @apollo/server answering `me` with the same shape) or `http` (a bare node:http server).
// It tells its parent its URL, and answers 'stats' with its RSS (now and peak since the last 'reset') and the number of
// SQL statements it has sent (Tandem only; the job worker is off, so every statement belongs to a request).
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NODE_ENV = 'production';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'api', 'package.json'));
const { mode, appUrl, env, apiDist = join(root, 'api', 'dist') } = JSON.parse(process.argv[2]);

let statements = 0;
/** The inspector session of a heap sampling run (see 'heapSampling' below). */
let heapSession;
let peak = 0;
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
  return rss;
};
setInterval(sample, 50).unref();

let url;
let stop;
/** What the API's process-wide caches say they hold (Tandem only; an older build may not have them). */
let caches = () => null;
if (mode === 'tandem') {
  const { Client } = require('pg');
  const send = Client.prototype.query;
  Client.prototype.query = function counted(...args) {
    statements++;
    return send.apply(this, args);
  };
  // `apiDist` lets a comparison run an earlier build of the API beside this one.
  const { loadConfig } = require(join(apiDist, 'config', 'config.js'));
  const { createServer } = require(join(apiDist, 'server.js'));
  const { createLogger } = require(join(apiDist, 'common', 'logger.js'));
  const config = loadConfig({ ...env, NODE_ENV: 'production', LOG_LEVEL: 'info', TANDEM_JOBS: '0', REMINDER_SWEEP_SECONDS: '0' });
  const server = await createServer(config, appUrl, createLogger('info', '/dev/null'));
  await server.app.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${server.app.getHttpServer().address().port}`;
  stop = () => server.close();
  const cacheOf = (path, name) => {
    try {
      return require(join(apiDist, path))[name];
    } catch {
      return undefined;
    }
  };
  const judgements = cacheOf('modules/analytics/drift-judgements.js', 'driftJudgementCache');
  const occurrences = cacheOf('modules/supervision/counted-occurrences.js', 'countedOccurrenceCache');
  caches = () => ({ judgementWeight: judgements?.weight, judgementEntries: judgements?.entries?.size, occurrenceBytes: occurrences?.bytes });
} else if (mode === 'apollo') {
  const { ApolloServer } = require('@apollo/server');
  const { startStandaloneServer } = require('@apollo/server/standalone');
  const server = new ApolloServer({
    typeDefs: 'type Person { id: ID! name: String! email: String! roles: [String!]! } type Query { me: Person! }',
    resolvers: { Query: { me: () => ({ id: randomUUID(), name: 'Bench', email: 'bench@tandem.bench', roles: ['STAFF'] }) } },
  });
  url = (await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } })).url.replace(/\/$/, '');
  stop = () => server.stop();
} else {
  const server = createHttpServer((req, res) => res.end('{"status":"ok"}'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${server.address().port}`;
  stop = () => new Promise((r) => server.close(r));
}

/**
 * The resident memory by kind of mapping (/proc/self/smaps, Linux only): the node binary's own pages (code, ICU data:
 * file-backed, shared), other files (libraries, native addons), malloc's main heap, and the rest of the anonymous memory
 * (V8's heap pages, other malloc arenas, thread stacks).
 */
function residentByMapping() {
  const kb = { node: 0, files: 0, malloc: 0, anon: 0 };
  let kind = 'anon';
  try {
    for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
      const head = line.match(/^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/);
      if (head) kind = head[1] === process.execPath ? 'node' : head[1] === '[heap]' ? 'malloc' : head[1].startsWith('/') ? 'files' : 'anon';
      else if (line.startsWith('Rss:')) kb[kind] += Number(line.split(/\s+/)[1]);
    }
  } catch {
    return null;
  }
  return Object.fromEntries(Object.entries(kb).map(([k, v]) => [k, v * 1024]));
}

process.on('message', async (m) => {
  // cpu: user + system CPU microseconds the process has used so far (per request = its difference over a load ÷ requests).
  if (m === 'stats') process.send({ stats: { rss: sample(), peak, statements, cpu: (({ user, system }) => user + system)(process.cpuUsage()) } });
  else if (m === 'heap') {
    // What is live after a full collection (needs --expose-gc), beside what the process holds.
    globalThis.gc?.();
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    // Each V8 space's committed size (new space is the young generation; code and large objects beside the old space).
    const { getHeapSpaceStatistics } = await import('node:v8');
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }]));
    process.send({ heap: { rss, heapUsed, heapTotal, external, spaces, caches: caches(), maps: residentByMapping() } });
  }
  else if (m && typeof m === 'object' && 'snapshot' in m) {
    // A heap snapshot (for finding what holds memory), written where the parent asks.
    const { writeHeapSnapshot } = await import('node:v8');
    process.send({ snapshot: writeHeapSnapshot(m.snapshot) });
  } else if (m && typeof m === 'object' && 'heapSampling' in m) {
    // Every allocation, sampled (collected objects included), between 'start' and 'stop': where a request's garbage is
    // made. The profile is written where the parent asks (a .heapprofile: DevTools or profile-summary.mjs read it).
    const { Session } = await import('node:inspector');
    const post = (method, params) => new Promise((resolve, reject) => heapSession.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
    if (m.heapSampling === 'start') {
      heapSession ??= new Session();
      heapSession.connect();
      await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    } else {
      const { profile } = await post('HeapProfiler.stopSampling');
      heapSession.disconnect();
      writeFileSync(m.file, JSON.stringify(profile));
    }
    process.send({ heapSampling: true });
  } else if (m === 'reset') {
    peak = sample();
    process.send({ reset: true });
  } else if (m === 'stop') {
    await stop();
    process.exit(0);
  }
});
process.send({ url });
