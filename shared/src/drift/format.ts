// Plain-language helpers for signal messages.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-03' → 'Mar 2026'; '2026-W12' → 'week 12 of 2026'; anything else is shown as given. */
export function formatPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const name = MONTHS[Number(month[2]) - 1];
    if (name) return `${name} ${month[1]}`;
  }
  const week = /^(\d{4})-W(\d{1,2})$/.exec(period);
  if (week) return `week ${Number(week[2])} of ${week[1]}`;
  return period;
}

/** One decimal, as on the charts. */
export function formatValue(value: number): string {
  return value.toFixed(1);
}

/** Two values with just enough decimals (1–3) that a value past a limit does not read as equal to it. */
export function formatPair(a: number, b: number): [string, string] {
  for (const digits of [1, 2]) {
    const pair: [string, string] = [a.toFixed(digits), b.toFixed(digits)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [a.toFixed(3), b.toFixed(3)];
}

/** 'Mar 2026 – Aug 2026' (or a single label when first === last). */
export function formatSpan(first: string, last: string): string {
  return first === last ? formatPeriod(first) : `${formatPeriod(first)} – ${formatPeriod(last)}`;
}

/** 'Mar 2026: 41.0, Apr 2026: 43.5' — every point. */
export function formatPoints(points: { period: string; value: number }[]): string {
  return points.map((p) => `${formatPeriod(p.period)}: ${formatValue(p.value)}`).join(', ');
}

/**
 * The points a rule fired on: all of them when there are at most `max`, otherwise the span and the most
 * recent `max` ('Nov 2023 – Oct 2024, most recently Jun 2024: 27.2, …').
 */
export function describePoints(points: { period: string; value: number }[], max = 6): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length <= max) return formatPoints(points);
  return `${formatSpan(first.period, last.period)}, most recently ${formatPoints(points.slice(-max))}`;
}

export function sideWord(direction: 'up' | 'down'): 'above' | 'below' {
  return direction === 'up' ? 'above' : 'below';
}
