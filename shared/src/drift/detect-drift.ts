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
 * Points with n < minN (default 3) are skipped and never alarm. Up to the 12th usable point the
 * run-chart rules apply (RUN_SHIFT 'alert', RUN_TREND 'watch'); the first 12 usable points then form a
 * frozen baseline and later points are checked with SHEWHART_3SIGMA and EWMA ('alert') and
 * TWO_OF_THREE_2SIGMA ('watch'). Each rule signals when it starts firing and again only after it resets.
 */
export function detectDrift(
  series: { period: string; value: number; n: number }[],
  options: { direction: 'up' | 'down'; minN?: number },
): { period: string; rule: string; message: string; severity: 'watch' | 'alert' }[] {
  return detectDriftWith(series, options);
}
