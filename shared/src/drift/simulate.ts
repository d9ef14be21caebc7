// Simulation entry point (used by scripts/drift-simulation.mjs and the calibration test):
// the seeded team simulator and the evaluation of the detector against two comparators.
export { mulberry32, normalSource } from './prng';
export { monthLabel, randomTeam, simulateSeries, stableSd, type TeamConfig } from './simulator';
export {
  DEFAULT_SCENARIOS,
  evaluateDrift,
  formatEvaluationTable,
  type EvaluationOptions,
  type EvaluationResult,
  type MethodName,
  type MethodResult,
  type Scenario,
} from './evaluate';
