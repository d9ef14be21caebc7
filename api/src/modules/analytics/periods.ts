import { DAY_MS } from '@tandem/shared';
/** Calendar periods used by the dashboard: calendar months ('2026-03') and ISO weeks ('2026-W12'). */
export type Granularity = 'MONTH' | 'WEEK';

export interface Period {
  /** First day (UTC date) — the rollup key. */
  start: string;
  /** Display and signal key. */
  label: string;
}


export function isoWeekLabel(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((thursday.getTime() - yearStart.getTime()) / DAY_MS + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function toDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** Every period overlapping [from, to], in order. */
export function periodsBetween(from: string, to: string, granularity: Granularity): Period[] {
  const out: Period[] = [];
  const end = toDate(to);
  if (granularity === 'MONTH') {
    const f = toDate(from);
    let d = new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth(), 1));
    while (d <= end) {
      out.push({ start: d.toISOString().slice(0, 10), label: d.toISOString().slice(0, 7) });
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
  } else {
    const f = toDate(from);
    let d = new Date(f.getTime() - ((f.getUTCDay() + 6) % 7) * DAY_MS);
    while (d <= end) {
      out.push({ start: d.toISOString().slice(0, 10), label: isoWeekLabel(d) });
      d = new Date(d.getTime() + 7 * DAY_MS);
    }
  }
  return out;
}

/** Default range: the last 24 months (monthly) or 52 weeks (weekly), ending today. */
export function defaultRange(granularity: Granularity, today: Date): { from: string; to: string } {
  const to = today.toISOString().slice(0, 10);
  const from = granularity === 'MONTH'
    ? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 23, 1)).toISOString().slice(0, 10)
    : new Date(today.getTime() - 51 * 7 * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

/** The label of the period (month or ISO week) that contains an ISO date. */
export function periodLabelOf(isoDate: string, granularity: Granularity): string {
  if (granularity === 'MONTH') return isoDate.slice(0, 7);
  const d = toDate(isoDate);
  return isoWeekLabel(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS));
}
