#!/usr/bin/env node
// Calibration run for the drift detector (shared/src/drift): simulates stable and shifted team series and prints,
// side by side, false alarms and detection for the detector, the previous detector and the comparators, with the
// targets of issue 9. Needs the built shared package: `npm run build -w @tandem/shared`.
//
// Usage: node scripts/drift-simulation.mjs [--stable 2000] [--runs 600] [--seed 9] [--direction up|down] [--markdown] [--json]
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
  seed: Number(arg('seed', 9)),
  stableRuns: Number(arg('stable', 2000)),
  runsPerScenario: Number(arg('runs', 600)),
  direction: arg('direction', 'up'),
};
if (!['up', 'down'].includes(options.direction) || ![options.seed, options.stableRuns, options.runsPerScenario].every(Number.isFinite)) {
  console.error('Bad arguments. Usage: --stable N --runs N --seed N --direction up|down [--markdown] [--json]');
  process.exit(2);
}

const started = performance.now();
const result = sim.evaluateDrift(options);
if (args.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}

console.log(
  `Drift detector calibration — ${options.stableRuns} stable + ${options.runsPerScenario} per shift scenario, ${result.periods} periods, ` +
    `seed ${options.seed}, bad direction '${options.direction}', shifts start at a period drawn from ${result.firstStart}–${result.lastStart}.`,
);
if (args.includes('--markdown')) {
  console.log('Cells: detected by the end · median delay (periods, first shifted = 1) · detected within 6 periods.\n');
  console.log(sim.formatEvaluationMarkdown(result));
} else {
  console.log('FA = series with any alert (stable) or an alert before the shift; det≤6 = alerted within 6 periods of');
  console.log('the shift start; end = alerted by the end of the series; med = median periods to first alert.\n');
  console.log(sim.formatEvaluationTable(result));
}
console.log(`\nStable series with a false "improving" alert (the other direction): ${(100 * result.betterFalseAlarmRate).toFixed(1)}%`);
console.log('\nTargets:');
for (const check of sim.targetChecks(result)) console.log(`  ${check.met ? 'met    ' : 'NOT met'}  ${check.label}: ${check.value}`);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
