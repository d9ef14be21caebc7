#!/usr/bin/env node
// Calibration run for the drift detector (shared/src/drift): simulates stable and shifted team series and
// prints, side by side, false alarms and detection for the detector and its comparators.
// Needs the built shared package: `npm run build -w @tandem/shared` (or `npx tsc -p tsconfig.build.json`).
//
// Usage: node scripts/drift-simulation.mjs [--stable 2000] [--runs 1000] [--seed 42] [--direction up|down] [--json]
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let sim;
try {
  sim = require('../shared/dist/drift/simulate.js');
} catch (error) {
  console.error('Could not load shared/dist/drift/simulate.js — build @tandem/shared first.', error.message);
  process.exit(1);
}

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const options = {
  seed: Number(arg('seed', 42)),
  stableRuns: Number(arg('stable', 2000)),
  runsPerScenario: Number(arg('runs', 1000)),
  direction: arg('direction', 'up'),
};
if (!['up', 'down'].includes(options.direction) || ![options.seed, options.stableRuns, options.runsPerScenario].every(Number.isFinite)) {
  console.error('Bad arguments. Usage: --stable N --runs N --seed N --direction up|down [--json]');
  process.exit(2);
}

const started = Date.now();
const result = sim.evaluateDrift(options);
if (args.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const row = (scenario, method) => result.rows.find((r) => r.scenario === scenario && r.method === method);
console.log(
  `Drift detector calibration — ${options.stableRuns} stable + ${options.runsPerScenario} per shift scenario, ` +
    `52 periods, seed ${options.seed}, bad direction '${options.direction}', shifts start at period 27 (index 26).`,
);
console.log('FA = series with any alert (stable) or an alert before the shift; det≤6 = alerted within 6 periods of');
console.log('the shift start; end = alerted by the end of the series; med = median periods to first alert.\n');
console.log(sim.formatEvaluationTable(result));

const detectorFa = row('stable', 'detector').falseAlarmRate;
const shifts = [...new Set(result.rows.map((r) => r.scenario))].filter((s) => s !== 'stable');
const beats = (method) => shifts.every((s) => row(s, 'detector').detectionRate > row(s, method).detectionRate);
console.log('\nChecks:');
console.log(`  detector false-alarm rate ${pct(detectorFa)} ≤ 5%: ${detectorFa <= 0.05 ? 'yes' : 'NO'}`);
console.log(`  plain Shewhart 3σ false-alarm rate: ${pct(row('stable', 'shewhart').falseAlarmRate)}`);
for (const method of ['shewhartTuned', 'fixed']) {
  const fa = row('stable', method).falseAlarmRate;
  console.log(
    `  beats ${sim.methodLabels(result)[method]} (FA ${pct(fa)} ≤ ${pct(detectorFa)}) in every shift scenario: ` +
      `${fa <= detectorFa && beats(method) ? 'yes' : 'NO'}`,
  );
}
for (const s of shifts) {
  console.log(`  ${s.padEnd(12)} detector within 6 periods: ${pct(row(s, 'detector').detectionRate)} (bound ${pct(row(s, 'knownEwma').detectionRate)})`);
}
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
