// The PREVIOUS drift detector, kept only as a comparator for scripts/drift-simulation.mjs: run-chart rules while a
// 12-point baseline is being built, then Shewhart, 2-of-3 and a one-sided EWMA on that frozen baseline. Points are
// unweighted and σ comes from the 12 baseline points alone. The product uses detectDrift (../detect-drift.ts).
import { buildBaseline, resolveParams, usablePoints } from './baseline';
import { controlChartSignals } from './control-rules';
import { runChartSignals } from './run-rules';
import type { FrozenOptions, FrozenParams, DriftPoint, FrozenSignal } from './types';

export function detectDriftPrevious(
  series: DriftPoint[],
  options: FrozenOptions,
  overrides?: Partial<FrozenParams>,
): FrozenSignal[] {
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
