export * from './types';
export { formatPeriod as formatDriftPeriod } from './format';
export { controlLimits, controlLimitsWith, DEFAULT_DRIFT_PARAMS } from './baseline';
export { detectDrift, detectDriftWith } from './detect-drift';
