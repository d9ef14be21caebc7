// `npm test`: build, lint, typecheck and docker lint (reported on their own line), then every Jest runner (shared unit,
// database, API end-to-end on real Postgres, web components, browser journeys in Chromium), then the date-proof runs:
// the date-sensitive suites again at fixed "todays" (TANDEM_NOW) — DST changes in New York and London, the 31st of a
// month, 29 February, the last day of a year and an ISO week 53. Ends with one line: `tests: N passed, N failed`.
//   node scripts/test-all.mjs [static] [shared] [database] [api] [web] [e2e] [dates]   runs only the named parts
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, '.test-data', 'results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const baseEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NODE_ENV: 'test' };
delete baseEnv.TANDEM_NOW; // the main runs use the real date; the date-proof runs pin their own
const only = process.argv.slice(2);
const jestBin = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const seconds = (ms) => (ms / 1000).toFixed(1);

/** Fixed "todays" for the date-sensitive suites (each an instant with its offset, as TANDEM_NOW takes it). */
export const DATE_PROOF_TODAYS = [
  { name: 'New York DST starts', now: '2027-03-14T06:30:00-04:00' },
  { name: 'London DST ends', now: '2027-10-31T09:30:00+00:00' },
  { name: '31st of a month', now: '2027-08-31T16:00:00-04:00' },
  { name: '29 February', now: '2028-02-29T12:00:00Z' },
  { name: 'last day of a year', now: '2027-12-31T18:00:00-05:00' },
  { name: 'ISO week 53', now: '2027-01-02T11:00:00Z' },
];
/** Suites whose outcome depends on "today": demo stories, compliance, recurrence and zones, due lists, rollups, windows. */
const DATE_SUITES = {
  api: ['test/supervision-demo-seed.e2e-spec.ts', 'test/supervision-compliance.e2e-spec.ts', 'test/supervision-sessions.e2e-spec.ts',
    'test/checklists-drafts.e2e-spec.ts', 'test/checklists-results.e2e-spec.ts', 'test/checklists-visibility-due.e2e-spec.ts',
    'test/rollups.e2e-spec.ts', 'test/analytics-drift.e2e-spec.ts', 'test/analytics-annotations.e2e-spec.ts',
    'test/notification-reminders.e2e-spec.ts', 'test/supervisor-week.e2e-spec.ts'],
  web: ['src/features/dashboard', 'src/features/supervision', 'src/features/checklists/my-checklists-page.spec.tsx', 'src/features/home'],
};

function run(label, cmd, args, { cwd = root, env = baseEnv, quiet = false } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const logFile = join(resultsDir, `${label.replace(/\W+/g, '-')}.log`);
    if (!quiet) process.stdout.write(`\n── ${label} ──\n`);
    const child = spawn(cmd, args, { cwd, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (quiet) {
      const log = createWriteStream(logFile);
      child.stdout.pipe(log);
      child.stderr.pipe(log);
    }
    child.on('close', (code) => {
      const took = seconds(performance.now() - started);
      process.stdout.write(`── ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${took} s${quiet && code !== 0 ? ` — log: ${logFile}` : ''}\n`);
      if (quiet && code !== 0) process.stdout.write(readFileSync(logFile, 'utf8').split('\n').filter((l) => /●|✕|Expected|Received|Error/.test(l)).slice(0, 60).join('\n') + '\n');
      resolve(code ?? 1);
    });
  });
}

const tests = { passed: 0, failed: 0 };
const checks = { passed: 0, failed: 0 };
const summary = [];

/** A static check (build, lint, typecheck, docker lint): reported on its own line, never counted as a test. */
async function check(label, cmd, args) {
  const code = await run(label, cmd, args);
  checks[code === 0 ? 'passed' : 'failed'] += 1;
  summary.push(`${label}: ${code === 0 ? 'passed' : 'FAILED'}`);
  return code === 0;
}

/** A Jest runner: its test counts are added; a runner that crashes before reporting counts as one failure. */
async function jest(label, workspace, extra = [], options = {}) {
  const out = join(resultsDir, `${label.replace(/\W+/g, '-')}.json`);
  const code = await run(label, process.execPath, [jestBin, '--json', `--outputFile=${out}`, ...extra], { cwd: join(root, workspace), ...options });
  if (!existsSync(out)) {
    tests.failed += 1;
    summary.push(`${label}: runner failed before reporting`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const failedSuites = r.numFailedTestSuites - (r.testResults ?? []).filter((s) => s.assertionResults?.some((a) => a.status === 'failed')).length;
  const crashed = code !== 0 && r.numFailedTests === 0 && failedSuites <= 0 ? 1 : 0;
  tests.passed += r.numPassedTests;
  tests.failed += r.numFailedTests + Math.max(0, failedSuites) + crashed;
  summary.push(`${label}: ${r.numPassedTests} passed, ${r.numFailedTests} failed${failedSuites > 0 ? `, ${failedSuites} suite(s) failed to run` : ''}`);
}

/** Runs jobs with at most `limit` at a time. */
async function pool(jobs, limit) {
  const queue = [...jobs];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length) await queue.shift()();
  }));
}

const want = (name) => only.length === 0 || only.includes(name);
const started = performance.now();
const turbo = join(root, 'node_modules', '.bin', 'turbo');

if (want('static')) {
  await check('build', turbo, ['run', 'build', '--output-logs=errors-only']);
  await check('lint', turbo, ['run', 'lint', '--output-logs=errors-only']);
  await check('typecheck', turbo, ['run', 'typecheck', '--output-logs=errors-only']);
  await check('docker lint', process.execPath, [join(root, 'scripts', 'lint-docker.mjs')]);
} else {
  await run('build', turbo, ['run', 'build', '--output-logs=errors-only']);
}
if (want('shared')) await jest('shared unit tests', 'shared');
if (want('database')) await jest('database tests', 'database', ['--runInBand', '--passWithNoTests']);
if (want('api')) {
  // Two processes side by side, each with its own Postgres: the schema-generated property run (long, one file) and the rest.
  const heavy = 'test/bad-input-property';
  await Promise.all([
    jest('api e2e tests', 'api', ['--runInBand', '--testPathIgnorePatterns', heavy], { env: { ...baseEnv, TANDEM_TEST_PG_PORT: '54360' } }),
    jest('api property test', 'api', ['--runInBand', heavy], { env: { ...baseEnv, TANDEM_TEST_PG_PORT: '54362' }, quiet: true }),
  ]);
}
if (want('web')) await jest('web component tests', 'web');
if (want('e2e')) await jest('browser journeys', 'web', ['--config', 'jest.e2e.config.cjs', '--runInBand']);
if (want('dates')) {
  // Two at a time on a 2-CPU machine; each API run has its own embedded Postgres port.
  const limit = Math.max(1, Math.min(2, cpus().length));
  await pool(DATE_PROOF_TODAYS.flatMap((day, i) => [
    () => jest(`api @ ${day.name} (${day.now})`, 'api', ['--runInBand', ...DATE_SUITES.api],
      { env: { ...baseEnv, TANDEM_NOW: day.now, TANDEM_TEST_PG_PORT: String(54370 + i) }, quiet: true }),
    () => jest(`web @ ${day.name} (${day.now})`, 'web', ['--runInBand', ...DATE_SUITES.web],
      { env: { ...baseEnv, TANDEM_NOW: day.now }, quiet: true }),
  ]), limit);
}

console.info(`\n${summary.map((s) => `  ${s}`).join('\n')}\n  total time ${(seconds(performance.now() - started))} s\n`);
if (checks.passed + checks.failed > 0) console.info(`checks (build, lint, typecheck, docker lint): ${checks.passed} passed, ${checks.failed} failed`);
console.info(`tests: ${tests.passed} passed, ${tests.failed} failed`);
process.exit(tests.failed === 0 && checks.failed === 0 ? 0 : 1);
