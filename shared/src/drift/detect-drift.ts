// Drift detection on one series (docs/DOMAIN.md "Drift over time"; shared/docs/drift.md for the method and its
// calibration): a self-starting, n-weighted CUSUM in each direction plus a single-point check, evaluated from the
// series' first point so the signals at a period never depend on how much of the series is on screen.
import { runMonitor, type MonitorResult } from './self-starting';
import { signalMessage } from './signal-text';
import type { ControlLimits, DriftOptions, DriftParams, DriftPoint, DriftSignal } from './types';

/**
 * Calibrated with scripts/drift-simulation.mjs (teams of 3–8 raters, rater SD 12–18, absences, AR(1) team wobble,
 * persistent rater leanings; drift starting anywhere from period 13 to 40 of 52).
 */
export const DEFAULT_DRIFT_PARAMS: Readonly<DriftParams> = Object.freeze({
  minN: 3,
  k: 0.5,
  h: 6,
  shewhartSigmas: 3,
  alertSigmas: 4.5,
  withinPriorDf: 30,
  scalePriorPoints: 12,
  minBaseline: 2,
  minBaselineUnknown: 3,
  minBaselineAfterSignal: 4,
  maxBaseline: 20,
  sdFloor: 1,
});

export function resolveParams(options: Pick<DriftOptions, 'minN'>, overrides?: Partial<DriftParams>): DriftParams {
  const params: DriftParams = { ...DEFAULT_DRIFT_PARAMS, ...overrides };
  if (options.minN !== undefined) params.minN = options.minN;
  return params;
}

function toSignals(result: MonitorResult, direction: 'up' | 'down'): DriftSignal[] {
  return result.signals.map((s) => ({
    period: s.point.period,
    since: (s.span[0] ?? s.point).period,
    rule: s.rule,
    severity: s.severity,
    direction: s.direction,
    message: signalMessage(s, direction),
    inForce: result.inForce.has(s),
  }));
}

export function detectDriftWith(series: DriftPoint[], options: DriftOptions, overrides?: Partial<DriftParams>): DriftSignal[] {
  return toSignals(runMonitor(series, options, resolveParams(options, overrides)), options.direction);
}

/**
 * Finds drift — and improvement — in a period series (in period order, values 0–100, `direction` = the bad
 * direction). Points with n < minN (default 3) are skipped and never alarm. Give the series from its first period:
 * each point is judged against the usual level of the periods before it, so the signals of a period do not depend
 * on where a chart starts.
 * - CUSUM ('alert', worse or better): values have sat on one side of the usual level for long enough, with points
 *   weighted by their number of ratings, that chance alone is an unlikely explanation. The usual level then
 *   restarts at the change, so a later signal the other way says the team came back.
 * - SHEWHART_3SIGMA: one period beyond the limits for its number of ratings ('watch'; 'alert' when extreme on the
 *   bad side).
 * Points may carry `sd` (the spread of their ratings); `within` pools that spread across the organisation.
 */
export function detectDrift(series: DriftPoint[], options: DriftOptions): DriftSignal[] {
  return detectDriftWith(series, options);
}

const clamp = (v: number): number => Math.min(100, Math.max(0, v));

function toLimits(result: MonitorResult, params: DriftParams): ControlLimits | null {
  const { centre, sigma, periods } = result.baseline;
  if (centre === null || sigma === null) return null;
  return {
    centre,
    sigma,
    upper: clamp(centre + 3 * sigma),
    lower: clamp(centre - 3 * sigma),
    baselinePeriods: periods,
    points: result.steps
      .filter((s) => s.monitored)
      .map((s) => ({
        period: s.point.period,
        centre: s.centre as number,
        lower: clamp(s.lower as number),
        upper: clamp(s.upper as number),
        cusumWorse: s.cusumWorse,
        cusumBetter: s.cusumBetter,
        cusumLimit: params.h,
      })),
    restarts: result.restarts,
  };
}

/** Signals and chart data from one pass over the series (what the API uses). */
export function analyzeDrift(
  series: DriftPoint[],
  options: DriftOptions,
  overrides?: Partial<DriftParams>,
): { signals: DriftSignal[]; limits: ControlLimits | null } {
  const params = resolveParams(options, overrides);
  const result = runMonitor(series, options, params);
  return { signals: toSignals(result, options.direction), limits: toLimits(result, params) };
}

/** Control-chart data: per-period predicted level and limits, the CUSUM totals, and the current usual level. */
export function controlLimitsWith(series: DriftPoint[], options: DriftOptions, overrides?: Partial<DriftParams>): ControlLimits | null {
  const params = resolveParams(options, overrides);
  return toLimits(runMonitor(series, options, params), params);
}

/**
 * Control-chart data for the dashboard (see controlLimitsWith); null until the series has a usable point. The
 * limits differ from period to period: a period with more ratings is expected closer to the usual level.
 */
export function controlLimits(series: DriftPoint[], options: DriftOptions): ControlLimits | null {
  return controlLimitsWith(series, options);
}
