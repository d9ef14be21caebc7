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

/** 'Mar 2026 – Aug 2026' (or a single label when first === last). */
export function formatSpan(first: string, last: string): string {
  return first === last ? formatPeriod(first) : `${formatPeriod(first)} – ${formatPeriod(last)}`;
}

/** 'Mar 2026: 41.0, Apr 2026: 43.5, …' — at most `max` points, the most recent ones. */
export function formatPoints(points: { period: string; value: number }[], max = 6): string {
  const shown = points.slice(-max).map((p) => `${formatPeriod(p.period)}: ${formatValue(p.value)}`);
  const hidden = points.length - shown.length;
  return (hidden > 0 ? ['…', ...shown] : shown).join(', ');
}

export function sideWord(direction: 'up' | 'down'): 'above' | 'below' {
  return direction === 'up' ? 'above' : 'below';
}
