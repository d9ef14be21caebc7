// Public types for drift detection on a team's (or person's) period series.

/**
 * One period of a series: `value` on 0–100, `n` = how many ratings were averaged into it, `sd` (optional) = the
 * standard deviation of those ratings within the period (from the rollup's sum of squares).
 */
export interface DriftPoint {
  period: string;
  value: number;
  n: number;
  sd?: number | null;
}

/** `direction` is the BAD direction: 'up' for a drift index (HDI/MDI), 'down' for fidelity (MFI). */
export interface DriftOptions {
  direction: 'up' | 'down';
  /** Points with fewer ratings than this are skipped entirely (small-cell suppression). Default 3. */
  minN?: number;
  /**
   * The within-period variance of single ratings pooled across the organisation's teams, with its degrees of
   * freedom (Σ (n − 1)). It steadies a young team's limits; the team's own spread takes over as it accumulates.
   */
  within?: { variance: number; df: number } | null;
  /** Periods (keys as in the series) from which a manager restarted the baseline, e.g. after a restructure. */
  restarts?: string[];
}

export type DriftSeverity = 'watch' | 'alert';

/** Which way a signal points: toward drift ('worse') or away from it ('better'). */
export type DriftDirection = 'worse' | 'better';

/** Stable rule codes (the UI and stored signals key on these). */
export const DRIFT_RULES = {
  runShift: 'RUN_SHIFT',
  runTrend: 'RUN_TREND',
  shewhart: 'SHEWHART_3SIGMA',
  twoOfThree: 'TWO_OF_THREE_2SIGMA',
  ewma: 'EWMA',
  cusum: 'CUSUM',
} as const;

export type DriftRuleCode = (typeof DRIFT_RULES)[keyof typeof DRIFT_RULES];

export interface DriftSignal {
  /** The period at which the rule fires (the point that completed the pattern). */
  period: string;
  /** The first period of the change it reports (= `period` for a single point). */
  since: string;
  rule: string;
  message: string;
  severity: DriftSeverity;
  direction: DriftDirection;
  /**
   * Still in force after the last point of the series: a sustained change (CUSUM) until the level comes back or a
   * later signal (or a manager's re-baseline) supersedes it; a single point while it is among the last three periods.
   */
  inForce: boolean;
}

/** The chart's view of the detector at one period. */
export interface LimitPoint {
  period: string;
  /** The usual level predicted for this period from the periods before it. */
  centre: number;
  /** centre ± 3 × this period's predicted spread (which shrinks with more ratings), clamped to 0–100. */
  lower: number;
  upper: number;
  /** The running totals of the two CUSUMs (normal-score units) and the limit they signal beyond. */
  cusumWorse: number;
  cusumBetter: number;
  cusumLimit: number;
}

export interface ControlLimits {
  /** The usual level after the last point (weighted by ratings), for a centre line. */
  centre: number;
  /** The spread of a period with the baseline's typical number of ratings. */
  sigma: number;
  /** centre ± 3σ for a typical period, clamped to 0–100. */
  upper: number;
  lower: number;
  /** The periods the usual level is computed from now (the baseline after the last point). */
  baselinePeriods: string[];
  /** Per monitored period: predicted level, n-dependent limits and the CUSUM totals. */
  points: LimitPoint[];
  /** Periods at which a manager restarted the baseline (first usable period on or after each date). */
  restarts: string[];
}

/**
 * Tuning of the detector. `detectDrift` uses DEFAULT_DRIFT_PARAMS; the simulation passes overrides to calibrate.
 * Units: `k`, `h` and the Shewhart multiples are in normal-score (σ) units of the standardised residuals.
 */
export interface DriftParams {
  minN: number;
  /** CUSUM reference value (half the shift, in σ, it is tuned to find fastest). */
  k: number;
  /** CUSUM decision interval. */
  h: number;
  /** A single point beyond this many σ is a 'watch'… */
  shewhartSigmas: number;
  /** …and an 'alert' beyond this many on the bad side. */
  alertSigmas: number;
  /** The organisation's within-period variance counts as at most this many degrees of freedom. */
  withinPriorDf: number;
  /** Weight (in points) of the prior that the scale factor φ is 1 when the within-period spread is known. */
  scalePriorPoints: number;
  /** Baseline points needed before points are judged: with a known within-period spread, and without. */
  minBaseline: number;
  minBaselineUnknown: number;
  /**
   * After a signal the baseline restarts from the points of the change; points are judged again only once it has
   * this many (the points that made a signal are extreme by selection, so a few more steady its level).
   */
  minBaselineAfterSignal: number;
  /** The usual level is computed from at most this many of the most recent baseline points. */
  maxBaseline: number;
  /** Floor (points on 0–100) on a period's predicted spread, so near-identical ratings do not make every wobble an alarm. */
  sdFloor: number;
}
