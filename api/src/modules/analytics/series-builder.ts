import { controlLimits, detectDrift, fidelityBand } from '@tandem/shared';
import type { Period } from './periods';

/** Pooled count / sum / sum of squares for one period. */
export interface Cell {
  count: number;
  sum: number;
  sumSq: number;
}

export const METRIC_LABELS: Record<string, string> = {
  MFI: 'Mutuality Fidelity Index',
  HDI: 'Hierarchical drift',
  MDI: 'Medical-model drift',
  EDI: 'Errand drift',
  ODI: 'Organisational drift',
};

export function metricLabel(metric: string, dimensionTitles: Record<string, string> = {}): string {
  if (METRIC_LABELS[metric]) return METRIC_LABELS[metric];
  if (metric.startsWith('DIM:')) return dimensionTitles[metric.slice(4)] ?? metric.slice(4);
  return metric;
}

/** Drift indices are bad when they rise; fidelity and dimension scores are bad when they fall. */
export function badDirection(metric: string): 'up' | 'down' {
  return ['HDI', 'MDI', 'EDI', 'ODI'].includes(metric) ? 'up' : 'down';
}

export interface BuiltPoint {
  period: string;
  periodStart: string;
  value: number | null;
  n: number;
  suppressed: boolean;
}

/** Series points with small cells suppressed: a cell below `minN` shows neither value nor count. */
export function buildPoints(periods: Period[], cells: Map<string, Cell>, minN: number): BuiltPoint[] {
  return periods.map((p) => {
    const c = cells.get(p.start);
    if (!c || c.count === 0) return { period: p.label, periodStart: p.start, value: null, n: 0, suppressed: false };
    if (c.count < minN) return { period: p.label, periodStart: p.start, value: null, n: 0, suppressed: true };
    return { period: p.label, periodStart: p.start, value: Math.round((c.sum / c.count) * 10) / 10, n: c.count, suppressed: false };
  });
}

export interface BuiltSignal {
  id: string;
  metric: string;
  metricLabel: string;
  period: string;
  rule: string;
  message: string;
  severity: string;
  active: boolean;
}

/** Runs the shared detector on a series; messages say which measure, for which raters. */
export function signalsFor(
  scopeKey: string, metric: string, label: string, raterLabel: string, points: BuiltPoint[], minN: number,
): { signals: BuiltSignal[]; limits: ReturnType<typeof controlLimits> } {
  const usable = points.filter((p) => p.value !== null).map((p) => ({ period: p.period, value: p.value as number, n: p.n }));
  const options = { direction: badDirection(metric), minN } as const;
  const recent = new Set(points.slice(-3).map((p) => p.period));
  const limits = controlLimits(usable, options);
  const beyond = (v: number, limit: number) => (options.direction === 'up' ? v > limit : v < limit);
  // The detector reports an episode once, when it starts; it is still active while the EWMA stays beyond its limit.
  const lastEwma = limits?.ewma[limits.ewma.length - 1];
  const ongoing = !!lastEwma && beyond(lastEwma.value, lastEwma.limit);
  const detected = detectDrift(usable, options);
  const lastAlert = [...detected].reverse().find((x) => x.severity === 'alert');
  const signals = detected.map((s) => ({
    id: `${scopeKey}:${metric}:${s.period}:${s.rule}`,
    metric, metricLabel: label, period: s.period, rule: s.rule, severity: s.severity,
    message: `${label} (${raterLabel}): ${s.message.replace(/^The value/, 'the value').replace(/^This measure/, 'this measure')}`,
    active: recent.has(s.period) || (ongoing && s === lastAlert),
  }));
  return { signals, limits };
}

/** Pools the last `k` periods' cells into one mean; suppressed cells (below `minN`) are left out so nothing can be back-calculated. */
export function pooled(periods: Period[], cells: Map<string, Cell>, k: number, minN: number): { mean: number | null; n: number } {
  let count = 0;
  let sum = 0;
  for (const p of periods.slice(-k)) {
    const c = cells.get(p.start);
    if (c && c.count >= minN) {
      count += c.count;
      sum += c.sum;
    }
  }
  return { mean: count ? sum / count : null, n: count };
}

export const to5 = (v100: number) => Math.round((1 + v100 / 25) * 100) / 100;

export function bandOf(v100: number | null): string | null {
  return v100 === null ? null : fidelityBand(to5(v100));
}
