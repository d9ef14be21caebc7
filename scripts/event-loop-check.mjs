// `node scripts/event-loop-check.mjs` (after a build): on the demo organisation, sends the heaviest requests the API
// accepts — every window at its caps, at both ends — one at a time, and reports how long each held the event loop
// (the longest stretch between event-loop turns while it ran). Exits 1 if any held it over 100 ms or was refused as bad input.
// Everything runs on a throwaway embedded Postgres under .test-data/event-loop. A script, not a test: it measures time.
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const db = require(join(root, 'database', 'dist', 'index.js'));
const { loadConfig } = require(join(root, 'api', 'dist', 'config', 'config.js'));
const { createServer } = require(join(root, 'api', 'dist', 'server.js'));
const { createLogger } = require(join(root, 'api', 'dist', 'common', 'logger.js'));
const { parsePinnedInstant, pinnedClock, systemClock } = require(join(root, 'shared', 'dist', 'index.js'));

const LIMIT_MS = 100;
const DAY = 86_400_000;
const dataDir = join(root, '.test-data', 'event-loop');
rmSync(dataDir, { recursive: true, force: true });

const prepared = await db.prepareDatabase({ appPassword: 'tandem-loop', dataDir, embeddedPort: Number(process.env.TANDEM_PG_PORT ?? 54361), databaseName: 'tandem' });
// The windows below sit exactly at their caps, built from one "now" long before each request is sent; the date-only
// ones are at a cap only until the next midnight. The server runs on a clock pinned at noon (UTC) of today (or of
// TANDEM_NOW's day), so no midnight falls inside a run and every case stays the heaviest one the API accepts.
const today = (process.env.TANDEM_NOW ? parsePinnedInstant(process.env.TANDEM_NOW) : systemClock.now()).toISOString().slice(0, 10);
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PORT: '3998', LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000' },
  { clock: pinnedClock(`${today}T12:00:00Z`) });
const owner = db.createDataSource({ url: prepared.ownerUrl, poolSize: 4, clock: config.clock });
await owner.initialize();
await owner.transaction((em) => db.ensureDefaultInstrumentsForAll(em));
await db.seedDemoOrganization(owner, config.clock.now());
const server = await createServer(config, prepared.appUrl, createLogger('silent'));
await server.app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${server.app.getHttpServer().address().port}`;

async function gql(query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}
const login = async (email) => (await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password: db.DEMO_PASSWORD } })).data.login.token;
const tokens = Object.fromEntries(await Promise.all(db.DEMO_LOGINS.map(async (l) => [l.role, await login(l.email)])));
const [team] = await owner.query(`SELECT t.id FROM team t ORDER BY (SELECT count(*) FROM team_membership m WHERE m.team_id = t.id) DESC LIMIT 1`);
const [staff] = await owner.query(`SELECT p.id FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role = 'STAFF' LIMIT 1`);

const now = config.clock.nowMs();
const iso = (days) => new Date(now + days * DAY).toISOString();
const date = (days) => iso(days).slice(0, 10);
const COMPLIANCE = 'query($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { total { ratio } teams { id ratio } supervisees { superviseeId ratio } } }';
const SESSIONS = 'query($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id startsAt status } }';
const OVERVIEW = 'query($f: DriftFilterInput) { driftOverview(filter: $f) { teams(page: { first: 100 }) { items { team { id } series { metric points { period value } } } } } }';
const TEAM = 'query($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { metrics { metric points { period value } signals { id } } } }';
const PERSON = 'query($f: DriftFilterInput, $p: ID!) { personDrift(filter: $f, personId: $p) { metrics { metric points { period value } } } }';
const LANGUAGE = 'query($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes } } }';
const CHECKLISTS = 'query($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id } } }';
const cases = [];
for (const role of Object.keys(tokens)) {
  cases.push([`compliance, window ending 400 days ahead (${role})`, COMPLIANCE, { f: { from: iso(0), to: iso(399) } }, role]);
  cases.push([`compliance, oldest 400-day window (${role})`, COMPLIANCE, { f: { from: iso(-10 * 366 + 1), to: iso(-10 * 366 + 400) } }, role]);
  cases.push([`compliance, default window (${role})`, COMPLIANCE, {}, role]);
  cases.push([`sessions, 400 days from a year ago (${role})`, SESSIONS, { f: { from: iso(-366), to: iso(34) } }, role]);
  cases.push([`sessions, 400 days ahead (${role})`, SESSIONS, { f: { from: iso(0), to: iso(400) } }, role]);
  cases.push([`sessions, last 400 days of the 10-year horizon (${role})`, SESSIONS, { f: { from: iso(10 * 366 - 400), to: iso(10 * 366) } }, role]);
  cases.push([`drift overview, 160 weeks (${role})`, OVERVIEW, { f: { from: date(-159 * 7), to: date(0), granularity: 'WEEK' } }, role]);
  cases.push([`drift overview, 10 years monthly (${role})`, OVERVIEW, { f: { from: date(-10 * 366 + 1), to: date(300) } }, role]);
  cases.push([`language, 36 months (${role})`, LANGUAGE, { f: { from: date(-35 * 30), to: date(0) } }, role]);
  cases.push([`checklists, 10 years, 100 per page (${role})`, CHECKLISTS, { f: { from: date(-10 * 366 + 1), to: date(300) }, p: { take: 100 } }, role]);
}
for (const role of ['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR'].filter((r) => tokens[r])) {
  cases.push([`team drift, 160 weeks (${role})`, TEAM, { f: { from: date(-159 * 7), to: date(0), granularity: 'WEEK' }, t: team.id }, role]);
  cases.push([`person drift, 160 weeks (${role})`, PERSON, { f: { from: date(-159 * 7), to: date(0), granularity: 'WEEK' }, p: staff.id }, role]);
}

// The longest gap between event-loop turns while a request runs (a 1 ms interval measures the stalls).
function holdWhile(fn) {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    worst = Math.max(worst, t - last - 1);
    last = t;
  }, 1);
  return fn().then((out) => {
    clearInterval(timer);
    worst = Math.max(worst, performance.now() - last - 1);
    return { out, worst };
  });
}

let failed = 0;
let refused = 0;
for (const [label, query, variables, role] of cases) {
  await holdWhile(() => gql(query, variables, tokens[role])); // warm caches and JIT once
  const { out, worst } = await holdWhile(() => gql(query, variables, tokens[role]));
  const code = out.errors?.[0]?.extensions?.code ?? 'ok';
  const over = worst > LIMIT_MS;
  if (over) failed++;
  // A window refused as bad input did no work: it is off its cap, and its time says nothing about the heaviest accepted
  // request. (FORBIDDEN is expected: some views are not every role's.)
  const offCap = code === 'BAD_USER_INPUT';
  if (offCap) refused++;
  console.log(`${over ? 'OVER ' : offCap ? 'OFF CAP ' : '     '}${worst.toFixed(1).padStart(7)} ms  ${code.padEnd(16)} ${label}`);
}
console.log(`\n${cases.length} requests, ${failed} held the event loop over ${LIMIT_MS} ms, ${refused} refused as bad input (measured nothing).`);
await server.close();
await owner.destroy();
await prepared.stop();
process.exit(failed || refused ? 1 : 0);
