// Types of the previous (frozen 12-point baseline) detector, kept as a comparator in the simulation.
import type { DriftPoint, DriftSeverity } from '../types';

export type { DriftPoint };

/** `direction` is the BAD direction: 'up' for a drift index (HDI/MDI), 'down' for fidelity (MFI). */
export interface FrozenOptions {
  direction: 'up' | 'down';
  /** Points with fewer ratings than this are skipped entirely (small-cell suppression). Default 3. */
  minN?: number;
}

export interface FrozenSignal {
  /** The period at which the rule fires (the point that completed the pattern). */
  period: string;
  rule: string;
  message: string;
  severity: DriftSeverity;
}

export interface EwmaPoint {
  period: string;
  value: number;
  /** The one-sided limit on the bad side at this point. */
  limit: number;
}

export interface FrozenLimits {
  centre: number;
  sigma: number;
  /** centre ± 3σ (widened slightly for the 12-point baseline's own uncertainty), clamped to 0–100. */
  upper: number;
  lower: number;
  baselinePeriods: string[];
  ewma: EwmaPoint[];
}

/**
 * Tuning of the detector. `detectDriftPrevious` always uses DEFAULT_FROZEN_PARAMS; the simulation uses
 * this to calibrate and to run the comparators on the same baseline.
 */
export interface FrozenParams {
  minN: number;
  baselineSize: number;
  /**
   * How σ is estimated from the baseline: 'mr' = average moving range / 1.128; 'max' = the larger of
   * that and the baseline's standard deviation; 'mean' = their average.
   */
  sigmaMethod: 'mr' | 'max' | 'mean';
  /** Floor on σ (points on the 0–100 scale) so a flat baseline does not make every wobble an alarm. */
  sigmaFloor: number;
  /** A point beyond this many σ on the bad side is flagged (SHEWHART_3SIGMA)… */
  shewhartSigmas: number;
  /** …as 'watch', and as 'alert' when it is beyond this many σ (an astronomical point). */
  alertSigmas: number;
  /** Widen limits by √(1 + 1/m) for the uncertainty of an m-point baseline mean. */
  predictionAdjust: boolean;
  ewmaLambda: number;
  /** EWMA limit in σ of the EWMA statistic. L ≤ 0 switches EWMA off. */
  ewmaL: number;
  /** One-sided EWMA that cannot sink below the centre (so a good spell does not delay detection). */
  ewmaReflect: boolean;
  /** CUSUM reference value k and decision interval h, both in σ. h ≤ 0 switches CUSUM off. */
  cusumK: number;
  cusumH: number;
  shiftRun: number;
  trendRun: number;
}
