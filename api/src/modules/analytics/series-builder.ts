import {
  analyzeDrift, indexBand, metricDefinition, reportFigure, roundTo, toRating, worseDirection, type ControlLimits, type DriftPoint, type DriftSignal,
} from '@tandem/shared';
import { periodsBetween, type Granularity, type Period } from './periods';

/** Pooled count / sum / sum of squares for one period. */
export interface Cell {
  count: number;
  sum: number;
  sumSq: number;
}

/** A series' label, from the metric catalogue in shared (dimension titles come from the instrument). */
export function metricLabel(metric: string, dimensionTitles: Record<string, string> = {}): string {
  return metricDefinition(metric, dimensionTitles).label;
}

/** The direction that is worse, from the metric catalogue: drift indices rise, fidelity and dimension scores fall. */
export function badDirection(metric: string): 'up' | 'down' {
  return worseDirection(metric);
}

export interface BuiltPoint {
  period: string;
  periodStart: string;
  value: number | null;
  n: number;
  suppressed: boolean;
}

/** Series points with small cells suppressed: a cell below `minN` shows neither value nor count. */
export function buildPoints(periods: Period[], cells: ReadonlyMap<string, Cell>, minN: number): BuiltPoint[] {
  return periods.map((p) => {
    const c = cells.get(p.start);
    if (!c || c.count === 0) return { period: p.label, periodStart: p.start, value: null, n: 0, suppressed: false };
    if (c.count < minN) return { period: p.label, periodStart: p.start, value: null, n: 0, suppressed: true };
    return { period: p.label, periodStart: p.start, value: reportFigure(c.sum / c.count), n: c.count, suppressed: false };
  });
}

export interface BuiltSignal {
  id: string;
  metric: string;
  metricLabel: string;
  period: string;
  since: string;
  rule: string;
  message: string;
  severity: string;
  direction: 'worse' | 'better';
  /** Still in force at the end of the range. */
  inForce: boolean;
  /** Fired before the range (listed only because it is still in force). */
  beforeRange: boolean;
  /** Same as inForce (the field the dashboard read before signals had a history). */
  active: boolean;
}

/** What a series is judged against: its whole history up to the end of the range, and the organisation's spread. */
export interface SeriesHistory {
  /** Every cell of the series from its first period up to the end of the range (period start → cell). */
  cells: ReadonlyMap<string, Cell>;
  granularity: Granularity;
  /** The organisation's pooled within-period variance of single ratings for this metric, or null. */
  within: { variance: number; df: number } | null;
  /** Labels of the periods from which a manager restarted the baseline. */
  restarts: string[];
  /** Whether points carry their within-period spread (team rollups do; a person's own few ratings do not). */
  spread: boolean;
}

/** A cell as a detector point: the unrounded mean, its count and (optionally) the spread of its ratings. */
export function driftPoint(label: string, cell: Cell | undefined, spread: boolean): DriftPoint {
  if (!cell || cell.count === 0) return { period: label, value: 0, n: 0 };
  const sd = spread && cell.count > 1 ? Math.sqrt(Math.max(0, (cell.sumSq - (cell.sum * cell.sum) / cell.count) / (cell.count - 1))) : null;
  return { period: label, value: cell.sum / cell.count, n: cell.count, sd };
}

/** A series judged on its whole history up to the end of a range: the detector's signals and chart data, before any window is cut. */
export interface JudgedSeries {
  cells: ReadonlyMap<string, Cell>;
  signals: DriftSignal[];
  limits: ControlLimits | null;
}

/**
 * Runs the shared detector over the series' whole history, from its first rated period to `last` (the range's last
 * period). Where the range starts does not matter: periods without ratings are skipped by the detector, so a period's
 * signals never depend on it. `timeline` may hold every period from an earlier start to `last`, to save rebuilding it.
 */
export function judgeSeries(metric: string, minN: number, history: SeriesHistory, last: Period, timeline?: Period[]): JudgedSeries {
  let first: string | undefined;
  for (const [start, c] of history.cells) if (c.count > 0 && (first === undefined || start < first)) first = start;
  if (first === undefined || first > last.start) return { cells: history.cells, signals: [], limits: null };
  const from = timeline?.findIndex((p) => p.start === first) ?? -1;
  const periods = from >= 0 && timeline![timeline!.length - 1]!.start === last.start ? timeline!.slice(from) : periodsBetween(first, last.start, history.granularity);
  const series = periods.map((p) => driftPoint(p.label, history.cells.get(p.start), history.spread));
  const { signals, limits } = analyzeDrift(series, { direction: badDirection(metric), minN, within: history.within, restarts: history.restarts });
  return { cells: history.cells, signals, limits };
}

/** Whether a judged signal is listed for a window: it fired in it, or fired before it and is still in force at its end. */
const listed = (s: DriftSignal, shown: Set<string>, firstShown: string) => shown.has(s.period) || (s.inForce && s.period < firstShown);

/** A judged signal as the API shows it: which measure, for which raters. */
function builtSignal(scopeKey: string, metric: string, label: string, raterLabel: string, s: DriftSignal, shown: Set<string>): BuiltSignal {
  return {
    id: `${scopeKey}:${metric}:${s.period}:${s.rule}`,
    metric, metricLabel: label, period: s.period, since: s.since, rule: s.rule, severity: s.severity, direction: s.direction,
    message: `${label} (${raterLabel}): ${s.message.replace(/^The value/, 'the value')}`,
    inForce: s.inForce, beforeRange: !shown.has(s.period), active: s.inForce,
  };
}

/** The signals of a judged series still in force at the end of the window (what "where to look first" ranks by). */
export function inForceSignals(scopeKey: string, metric: string, label: string, raterLabel: string, window: Period[], judged: JudgedSeries): BuiltSignal[] {
  const shown = new Set(window.map((p) => p.label));
  const firstShown = window[0]?.label ?? '';
  return judged.signals.filter((s) => s.inForce && listed(s, shown, firstShown)).map((s) => builtSignal(scopeKey, metric, label, raterLabel, s, shown));
}

/** What a window shows of a judged series: its points, the signals that fired in it, and earlier signals still in force at its end. */
export function showSeries(
  scopeKey: string, metric: string, label: string, raterLabel: string, window: Period[], minN: number, judged: JudgedSeries,
): { points: BuiltPoint[]; signals: BuiltSignal[]; limits: (ControlLimits & { ewma: never[] }) | null } {
  const points = buildPoints(window, judged.cells, minN);
  const shown = new Set(window.map((p) => p.label));
  const firstShown = window[0]?.label ?? '';
  const signals = judged.signals.filter((s) => listed(s, shown, firstShown)).map((s) => builtSignal(scopeKey, metric, label, raterLabel, s, shown));
  // `ewma` stays in the schema (deprecated) for old clients; the detector has no EWMA any more.
  const limits = judged.limits ? { ...judged.limits, points: judged.limits.points.filter((p) => shown.has(p.period)), ewma: [] } : null;
  return { points, signals, limits };
}

/**
 * Runs the shared detector over the series' whole history (from its first rated period to the end of the range) and
 * keeps what the range shows: its points, the signals that fired in it, and earlier signals still in force at its
 * end. A period's signals never depend on where the range starts. Messages say which measure, for which raters.
 */
export function evaluateSeries(
  scopeKey: string, metric: string, label: string, raterLabel: string, window: Period[], minN: number, history: SeriesHistory,
): { points: BuiltPoint[]; signals: BuiltSignal[]; limits: (ControlLimits & { ewma: never[] }) | null } {
  const last = window[window.length - 1];
  const judged = last ? judgeSeries(metric, minN, history, last) : { cells: history.cells, signals: [], limits: null };
  return showSeries(scopeKey, metric, label, raterLabel, window, minN, judged);
}

/** Pools the last `k` periods' cells into one mean; suppressed cells (below `minN`) are left out so nothing can be back-calculated. */
export function pooled(periods: Period[], cells: ReadonlyMap<string, Cell>, k: number, minN: number): { mean: number | null; n: number } {
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

/** A 0–100 mean as reported (one decimal), or null. */
export function figureOf(v100: number | null): number | null {
  return v100 === null ? null : reportFigure(v100);
}

/** An item's mean rating back on the 1–5 scale the person answered it on (two decimals). */
export function ratingOf(v100: number): number {
  return roundTo(toRating(v100), 2);
}

/** The fidelity band of a 0–100 index, judged on the reported figure (see `indexBand`). */
export function bandOf(v100: number | null): string | null {
  return v100 === null ? null : indexBand(v100);
}
