// Simulation entry point (used by scripts/drift-simulation.mjs and the calibration test):
// the seeded team simulator and the evaluation of the detector against its comparators.
export { mulberry32, normalSource } from './prng';
export { monthLabel, organisationWithin, randomTeam, simulateSeries, stableSd, stableStats, stableTruth, type TeamConfig } from './simulator';
export { formatEvaluationMarkdown, formatEvaluationTable, methodLabels, rowOf, shiftScenarios, targetChecks, type TargetCheck } from './evaluation-table';
export {
  DEFAULT_SCENARIOS,
  METHODS,
  alertIndices,
  evaluateDrift,
  simulateRun,
  tuneThreshold,
  type EvaluationOptions,
  type EvaluationResult,
  type MethodName,
  type MethodResult,
  type Scenario,
  type SimulatedRun,
  type Tuning,
} from './evaluate';
