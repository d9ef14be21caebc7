// Drift detection on one series: run-chart rules while the baseline is being built, then control-chart
// rules on the frozen baseline (docs/DOMAIN.md "Drift over time", research/domain.md §4.2 and §5.4).
import { buildBaseline, resolveParams, usablePoints } from './baseline';
import { controlChartSignals } from './control-rules';
import { runChartSignals } from './run-rules';
import type { DriftOptions, DriftParams, DriftPoint, DriftSignal } from './types';

export function detectDriftWith(
  series: DriftPoint[],
  options: DriftOptions,
  overrides?: Partial<DriftParams>,
): DriftSignal[] {
  const params = resolveParams(options, overrides);
  const usable = usablePoints(series, params.minN);
  const early = usable.slice(0, params.baselineSize);
  const signals = runChartSignals(early, options.direction, params);
  const baseline = buildBaseline(usable, options.direction, params);
  if (baseline) {
    signals.push(...controlChartSignals(baseline, usable.slice(baseline.points.length), options.direction, params));
  }
  return signals;
}

/**
 * Finds drift in a period series (in period order, values 0–100, `direction` = the bad direction).
 * Points with n < minN (default 3) are skipped and never alarm.
 * - Up to the 12th usable point: run-chart rules on the median of the points so far — RUN_SHIFT
 *   (6 in a row on the bad side, 'alert') and RUN_TREND (5 moving the bad way, 'watch').
 * - Then the first 12 usable points are a frozen baseline and later points are checked with the
 *   one-sided EWMA (λ 0.2, 'alert'), SHEWHART_3SIGMA (beyond 3σ 'watch', beyond 4.5σ 'alert') and
 *   TWO_OF_THREE_2SIGMA ('watch'). Calibrated so that ≤ 5 % of stable 52-period series raise an alert.
 * Each rule signals when it starts firing and again only after it resets; messages name the periods.
 */
export function detectDrift(
  series: { period: string; value: number; n: number }[],
  options: { direction: 'up' | 'down'; minN?: number },
): { period: string; rule: string; message: string; severity: 'watch' | 'alert' }[] {
  return detectDriftWith(series, options);
}
