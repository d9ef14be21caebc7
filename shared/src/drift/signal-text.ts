// Plain words for each signal: which rule fired, on which points, against which usual level.
import { describePoints, formatPair, formatPeriod, formatValue } from './format';
import type { RawSignal } from './self-starting';

/** 'above' / 'below' for a signal's direction given the series' bad direction. */
export function sideOf(signal: Pick<RawSignal, 'direction'>, bad: 'up' | 'down'): 'above' | 'below' {
  const up = (bad === 'up') === (signal.direction === 'worse');
  return up ? 'above' : 'below';
}

function pointsWithRatings(points: RawSignal['span']): string {
  return describePoints(points.map((p) => ({ period: p.period, value: p.value })));
}

/**
 * The message of one signal. CUSUM: the change since the run-up began, against the usual level, and that the
 * baseline now starts there. Shewhart: the one period, its value, its limit for the number of ratings it had.
 */
export function signalMessage(signal: RawSignal, bad: 'up' | 'down'): string {
  const side = sideOf(signal, bad);
  const usual = formatValue(signal.centre);
  const good = signal.direction === 'better';
  if (signal.rule === 'CUSUM') {
    const first = signal.span[0] ?? signal.point;
    const mean = signal.span.reduce((a, p) => a + p.value, 0) / Math.max(1, signal.span.length);
    const since = first.period === signal.point.period ? `in ${formatPeriod(first.period)}` : `since ${formatPeriod(first.period)}`;
    return (
      `The value has been ${side} its usual level of ${usual} ${since} (on average ${formatValue(mean)}: ` +
      `${pointsWithRatings(signal.span)}). Taken together — a period with more ratings counts for more — that is ` +
      `more than the usual ups and downs would give: the running total of the differences (CUSUM) passed its limit ` +
      `in ${formatPeriod(signal.point.period)}. ` +
      (good
        ? 'Practice has improved: worth noticing together and learning what helped.'
        : 'Worth a curious look together in supervision.') +
      ` From here the usual level is worked out from ${formatPeriod(first.period)} on.`
    );
  }
  const limit = signal.limit ?? signal.centre + (side === 'above' ? 1 : -1) * 3 * signal.sd;
  const [value, limitText] = formatPair(signal.point.value, limit);
  const extreme = signal.severity === 'alert';
  return (
    `In ${formatPeriod(signal.point.period)} the value (${value}, from ${signal.point.n} ratings) was ${side} the limit of ` +
    `${limitText} for a period with that many ratings (usual level ${usual})` +
    (extreme
      ? `, far beyond the usual ups and downs. Worth checking what changed.`
      : good
        ? '. A single good period like this happens now and then; it matters more if the next ones follow.'
        : `. A single point like this happens now and then; it matters more if the next ones stay ${side === 'above' ? 'high' : 'low'}.`)
  );
}
