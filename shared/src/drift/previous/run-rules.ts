// Run-chart rules for early data (Perla, Provost & Murray 2011): shift of 6 and trend of 5.
import { median, type UsablePoint } from './baseline';
import { describePoints, formatValue, sideWord } from '../format';
import { DRIFT_RULES } from '../types';
import type { FrozenParams, FrozenSignal } from './types';

/**
 * The run of points ending at `points[last]` that sit strictly on the bad side of `centre`.
 * Points exactly on the centre neither count nor break the run (they are kept for the span).
 */
export function badSideRun(points: UsablePoint[], last: number, centre: number, sign: 1 | -1): UsablePoint[] {
  const run: UsablePoint[] = [];
  for (let i = last; i >= 0; i--) {
    const p = points[i] as UsablePoint;
    const side = sign * (p.value - centre);
    if (side < 0) break;
    run.unshift(p);
  }
  while (run.length > 0 && sign * ((run[0] as UsablePoint).value - centre) === 0) run.shift();
  return run;
}

export function countStrict(run: UsablePoint[], centre: number, sign: 1 | -1): number {
  return run.filter((p) => sign * (p.value - centre) > 0).length;
}

/**
 * The trend ending at `points[last]`: consecutive moves in the bad direction. Equal neighbours are
 * ignored (neither count nor break). Returns the points involved, the first being the trend's start.
 */
export function badTrend(points: UsablePoint[], last: number, sign: 1 | -1): UsablePoint[] {
  const trend: UsablePoint[] = [points[last] as UsablePoint];
  let later = points[last] as UsablePoint;
  for (let i = last - 1; i >= 0; i--) {
    const p = points[i] as UsablePoint;
    const move = sign * (later.value - p.value);
    if (move < 0) break;
    trend.unshift(p);
    if (move > 0) later = p;
  }
  // Leading points equal to the trend's first distinct value are not part of the movement.
  while (trend.length > 1 && (trend[0] as UsablePoint).value === (trend[1] as UsablePoint).value) trend.shift();
  return trend;
}

export function distinctMoves(trend: UsablePoint[]): number {
  let moves = 0;
  for (let i = 1; i < trend.length; i++) if ((trend[i] as UsablePoint).value !== (trend[i - 1] as UsablePoint).value) moves++;
  return moves;
}

/**
 * Evaluates the run-chart rules at each point of the early series (up to and including the point that
 * completes the baseline), as if the chart were drawn then: the median is that of the points so far.
 * Note that six points strictly on one side of a median of N points needs N ≥ 12, so RUN_SHIFT can in
 * practice fire only once the 12th usable point arrives; before that only RUN_TREND can.
 */
export function runChartSignals(points: UsablePoint[], direction: 'up' | 'down', params: FrozenParams): FrozenSignal[] {
  const sign = direction === 'up' ? 1 : -1;
  const side = sideWord(direction);
  const signals: FrozenSignal[] = [];
  let shiftActive = false;
  let trendActive = false;
  for (let j = 0; j < points.length; j++) {
    const current = points[j] as UsablePoint;
    const med = median(points.slice(0, j + 1).map((p) => p.value));
    const run = badSideRun(points, j, med, sign);
    const shift = countStrict(run, med, sign) >= params.shiftRun;
    if (shift && !shiftActive) {
      signals.push({
        period: current.period,
        rule: DRIFT_RULES.runShift,
        severity: 'alert',
        message:
          `The value has been ${side} its usual level (the median so far, ${formatValue(med)}) for ` +
          `${run.length} periods in a row (${describePoints(run)}). ` +
          `Worth a curious look together in supervision.`,
      });
    }
    shiftActive = shift;

    const trendPoints = badTrend(points, j, sign);
    const trend = distinctMoves(trendPoints) + 1 >= params.trendRun;
    if (trend && !trendActive) {
      signals.push({
        period: current.period,
        rule: DRIFT_RULES.runTrend,
        severity: 'watch',
        message:
          `The value has kept ${direction === 'up' ? 'rising' : 'falling'} over ${trendPoints.length} periods in a row ` +
          `(${describePoints(trendPoints)}). ` +
          `One to keep an eye on.`,
      });
    }
    trendActive = trend;
  }
  return signals;
}
