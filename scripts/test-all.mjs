// `npm test`: lint, typecheck, docker lint, build, then every Jest runner (shared unit, database, API e2e on real
// Postgres, web components, browser journeys in Chromium). Prints one final line: `tests: N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, '.test-data', 'results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NODE_ENV: 'test' };
const only = process.argv.slice(2);

function run(label, cmd, args, cwd = root) {
  return new Promise((resolve) => {
    const started = Date.now();
    process.stdout.write(`\n── ${label} ──\n`);
    const child = spawn(cmd, args, { cwd, env, stdio: 'inherit' });
    child.on('close', (code) => {
      process.stdout.write(`── ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      resolve(code ?? 1);
    });
  });
}

const totals = { passed: 0, failed: 0 };
const summary = [];

/** A static check counts as one test. */
async function check(label, cmd, args, cwd) {
  const code = await run(label, cmd, args, cwd);
  if (code === 0) totals.passed += 1;
  else totals.failed += 1;
  summary.push(`${label}: ${code === 0 ? 'passed' : 'FAILED'}`);
  return code === 0;
}

/** A Jest runner: its own test counts are added; a runner that crashes before reporting counts as one failure. */
async function jest(label, workspace, extra = []) {
  const out = join(resultsDir, `${label.replace(/\W+/g, '-')}.json`);
  const bin = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const code = await run(label, process.execPath, [bin, '--json', `--outputFile=${out}`, ...extra], join(root, workspace));
  if (!existsSync(out)) {
    totals.failed += 1;
    summary.push(`${label}: runner failed before reporting`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const failedSuites = r.numFailedTestSuites - (r.testResults ?? []).filter((s) => s.assertionResults?.some((a) => a.status === 'failed')).length;
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + Math.max(0, failedSuites) + (code !== 0 && r.numFailedTests === 0 && failedSuites <= 0 ? 1 : 0);
  summary.push(`${label}: ${r.numPassedTests} passed, ${r.numFailedTests} failed${failedSuites > 0 ? `, ${failedSuites} suite(s) failed to run` : ''}`);
}

const want = (name) => only.length === 0 || only.includes(name);
const started = Date.now();
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
if (want('api')) await jest('api e2e tests', 'api', ['--runInBand']);
if (want('web')) await jest('web component tests', 'web');
if (want('e2e')) await jest('browser journeys', 'web', ['--config', 'jest.e2e.config.cjs', '--runInBand']);

console.info(`\n${summary.map((s) => `  ${s}`).join('\n')}\n  total time ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
console.info(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
