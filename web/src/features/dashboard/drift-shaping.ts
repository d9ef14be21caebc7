import { isDimensionKey, METRIC_CATALOGUE, metricDefinition, usualRange, type UsualRangePoint } from '@tandem/shared';
import { gapRuns, gapText } from '../../components/charts/chart-gaps';
import type { ChartMarker, ControlChartRow } from '../../components/charts/control-chart';
import type { MetricSeriesFieldsFragment } from '../../gql/graphql';

/**
 * Shaping only: API series → chart rows. Values are moved to the chart's scale and joined by period; nothing is
 * pooled or averaged here (that happens in the API).
 */

export type MetricSeries = MetricSeriesFieldsFragment;
export type SeriesPoint = MetricSeries['points'][number];
export type DriftSignal = MetricSeries['signals'][number];

/** Short names of the indices, from the metric catalogue in shared. */
export const METRIC_SHORT: Record<string, string> = Object.fromEntries(
  (['MFI', 'HDI', 'MDI', 'EDI', 'ODI'] as const).map((k) => [k, METRIC_CATALOGUE[k].short]),
);

/** The measures the overview charts offer, labelled from the metric catalogue. */
export const OVERVIEW_METRICS = (['MFI', 'HDI', 'MDI'] as const).map((value) => ({ value, label: METRIC_CATALOGUE[value].label }));
export type OverviewMetric = (typeof OVERVIEW_METRICS)[number]['value'];

export function isDimensionMetric(metric: string): boolean {
  return isDimensionKey(metric);
}

/** Every index and dimension score is shown on 0–100 (the catalogue's scale); 1–5 is only for answering an item. */
export function domainOf(metric: string): [number, number] {
  const { scale } = metricDefinition(metric);
  return [scale.min, scale.max];
}

/**
 * A y-axis zoomed to the data on 0–100: the values (and usual levels) shown, padded by 5 and rounded out to tens,
 * at least 20 points tall. Small multiples share one zoomed domain so teams stay comparable.
 */
export function zoomDomain(values: readonly (number | null | undefined)[]): [number, number] {
  const shown = values.filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
  if (shown.length === 0) return [0, 100];
  let lo = Math.max(0, Math.floor((Math.min(...shown) - 5) / 10) * 10);
  let hi = Math.min(100, Math.ceil((Math.max(...shown) + 5) / 10) * 10);
  if (hi - lo < 20) {
    if (hi + 10 <= 100) hi += 10;
    if (hi - lo < 20) lo = Math.max(0, lo - 10);
  }
  return [lo, hi];
}

/** What a small trend needs of a series (the dashboard's overview reads no more than this). */
type TrendPoints = { points: readonly Pick<SeriesPoint, 'period' | 'value'>[] };

/** The series' usual range at each charted period (the detector's band, as on the team page's control chart). */
export function usualRangeOf(series: TrendPoints & { limits: Parameters<typeof usualRange>[0] }): (UsualRangePoint | null)[] {
  return usualRange(series.limits, series.points.map((p) => p.period));
}

/** The series' gaps in words ("No figure for Mar 2026; a dotted line joins …"), empty without gaps. */
export function seriesGapText(series: TrendPoints): string {
  return gapText(gapRuns(series.points, 'value'));
}

/** "Medical-model drift (MDI)" / "D3 Lived experience…". */
export function metricName(series: Pick<MetricSeries, 'metric' | 'label'>): string {
  if (isDimensionMetric(series.metric)) return `${series.metric.slice(4)} ${series.label}`;
  return METRIC_SHORT[series.metric] ? `${series.label} (${METRIC_SHORT[series.metric]})` : series.label;
}

/** A signal toward drift (the default), as opposed to an improvement. */
export function isWorse(signal: Pick<DriftSignal, 'direction'>): boolean {
  return signal.direction !== 'better';
}

/** Signals that say practice improved. */
export function improvements<T extends Pick<DriftSignal, 'direction'>>(signals: readonly T[]): T[] {
  return signals.filter((s) => s.direction === 'better');
}

/** The strongest signal per period (alert over watch). */
export function signalByPeriod(signals: readonly Pick<DriftSignal, 'period' | 'severity'>[]): Map<string, 'alert' | 'watch'> {
  const out = new Map<string, 'alert' | 'watch'>();
  for (const s of signals) {
    const severity = s.severity === 'alert' ? 'alert' : 'watch';
    if (out.get(s.period) !== 'alert') out.set(s.period, severity);
  }
  return out;
}

/** Supervision held and missed per period (the API's overlay for a team). */
export interface SupervisionOverlayPoint {
  period: string;
  held: number;
  missed: number;
}

/**
 * Control-chart rows for one metric: values, the level the team's history predicted for each period with the limits
 * for that period's number of ratings, signal marks, suppressed periods, optional overlay.
 */
export function controlRows(series: MetricSeries, overlay?: readonly SupervisionOverlayPoint[]): ControlChartRow[] {
  const expected = new Map((series.limits?.points ?? []).map((e) => [e.period, e]));
  const sessions = new Map((overlay ?? []).map((o) => [o.period, o]));
  const signals = signalByPeriod(series.signals.filter((s) => !s.beforeRange));
  return series.points.map((p) => {
    const e = expected.get(p.period);
    return {
      period: p.period,
      value: p.value,
      n: p.n,
      suppressed: p.suppressed,
      expected: e ? e.centre : null,
      lowerLimit: e ? e.lower : null,
      upperLimit: e ? e.upper : null,
      signal: signals.get(p.period) ?? null,
      ...(overlay ? { sessionsHeld: sessions.get(p.period)?.held ?? 0, sessionsMissed: sessions.get(p.period)?.missed ?? 0 } : {}),
    };
  });
}

/** The usual level now, a typical period's limits, and the baseline periods that are on the chart (shaded). */
export function limitsOf(series: MetricSeries) {
  const l = series.limits;
  if (!l) return { centre: null, upper: null, lower: null, baseline: null };
  const charted = new Set(series.points.map((p) => p.period));
  const shown = l.baselinePeriods.filter((p) => charted.has(p));
  const baseline = shown.length ? { from: shown[0]!, to: shown[shown.length - 1]! } : null;
  return {
    centre: l.centre,
    upper: l.upper,
    lower: l.lower,
    baseline,
  };
}

/** The period (of those charted) that contains an ISO date: the last period starting on or before it. */
export function periodContaining(points: readonly Pick<SeriesPoint, 'period' | 'periodStart'>[], isoDate: string): string | null {
  let hit: string | null = null;
  for (const p of points) {
    if (p.periodStart <= isoDate.slice(0, 10)) hit = p.period;
    else break;
  }
  if (hit === null) return null;
  // A date after the last period's start but long after the range is not on the chart.
  return hit;
}

/** Chart markers for dated things (annotations, actions) that fall inside the charted periods. */
export function markersFor<T extends { id: string }>(
  points: readonly Pick<SeriesPoint, 'period' | 'periodStart'>[],
  items: readonly T[],
  dateOf: (item: T) => string,
  labelOf: (item: T) => string,
  markOf: (item: T, index: number) => string,
): ChartMarker[] {
  const first = points[0]?.periodStart;
  if (!first) return [];
  return items.flatMap((item, i) => {
    const date = dateOf(item);
    if (date < first) return [];
    const period = periodContaining(points, date);
    return period ? [{ id: item.id, period, mark: markOf(item, i), label: labelOf(item) }] : [];
  });
}

/** The last charted value of a series (0–100) and its period. */
export function latestOf(series: TrendPoints | undefined): { period: string; value: number } | null {
  if (!series) return null;
  for (let i = series.points.length - 1; i >= 0; i--) {
    const p = series.points[i]!;
    if (p.value !== null) return { period: p.period, value: p.value };
  }
  return null;
}

/** Drift alert (2) > drift watch (1) > nothing (0), for ordering teams so the ones to look at come first. Improvements do not count. */
export function attentionRank(signals: readonly Pick<DriftSignal, 'severity' | 'direction'>[]): number {
  const worse = signals.filter(isWorse);
  if (worse.some((s) => s.severity === 'alert')) return 2;
  return worse.length > 0 ? 1 : 0;
}

export function statusOf(signals: readonly Pick<DriftSignal, 'severity' | 'direction'>[]): 'alert' | 'watch' | null {
  const rank = attentionRank(signals);
  return rank === 2 ? 'alert' : rank === 1 ? 'watch' : null;
}

/** Plain words for the detector's rules. */
export const RULE_WORDS: Record<string, { name: string; explain: string }> = {
  SHEWHART_3SIGMA: {
    name: 'One period far from the usual range',
    explain: 'A single period fell outside the limits for its number of ratings, worked out from the team’s own earlier periods.',
  },
  TWO_OF_THREE_2SIGMA: {
    name: 'Two of three periods near the limit',
    explain: 'Two of the last three periods sat close to a control limit on the same side.',
  },
  EWMA: {
    name: 'Slow, steady drift',
    explain: 'The smoothed average (EWMA) crossed its limit: small changes in one direction have been adding up.',
  },
  CUSUM: {
    name: 'A sustained change',
    explain:
      'Periods have stayed on one side of the team’s usual level for long enough — a period with more ratings counting for more — ' +
      'that chance is an unlikely explanation: the running total of the differences (CUSUM) passed its limit. The usual level then starts afresh from the change.',
  },
  RUN_SHIFT: {
    name: 'A run on one side of the middle',
    explain: 'Six or more periods in a row sat on the same side of the median.',
  },
  RUN_TREND: {
    name: 'A steady trend',
    explain: 'Five or more periods in a row kept moving the same way.',
  },
};

export function ruleWords(rule: string): { name: string; explain: string } {
  return RULE_WORDS[rule] ?? { name: rule.replace(/_/g, ' ').toLowerCase(), explain: '' };
}

/** The rule's name as the signal reads: "A sustained change" → "Sustained improvement" for an improvement. */
export function signalName(signal: Pick<DriftSignal, 'rule' | 'direction'>): string {
  if (signal.direction === 'better') return signal.rule === 'CUSUM' ? 'Sustained improvement' : 'One unusually good period';
  return signal.rule === 'CUSUM' ? 'Sustained drift' : ruleWords(signal.rule).name;
}

/** Which item movements explain a signal: the dimension's items, the pattern's drift items, or all for MFI. */
export function itemsForSignal<T extends { dimensionCode: string; driftPattern: string | null }>(metric: string, items: readonly T[]): T[] {
  if (isDimensionMetric(metric)) return items.filter((i) => i.dimensionCode === metric.slice(4));
  if (metric === 'MDI') return items.filter((i) => i.driftPattern === 'MEDICAL_MODEL' || i.driftPattern === 'M');
  if (metric === 'HDI') return items.filter((i) => i.driftPattern === 'HIERARCHICAL' || i.driftPattern === 'H');
  if (metric === 'EDI') return items.filter((i) => i.driftPattern === 'ERRAND' || i.driftPattern === 'I');
  if (metric === 'ODI') return items.filter((i) => i.dimensionCode === 'D7');
  return [...items];
}
