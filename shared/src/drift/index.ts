export * from './types';
export { formatPeriod as formatDriftPeriod } from './format';
export { analyzeDrift, controlLimits, controlLimitsWith, DEFAULT_DRIFT_PARAMS, detectDrift, detectDriftWith } from './detect-drift';
