import { clock } from './clock';
import { MINUTE_MS } from '@tandem/shared';
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const numberFormat = new Intl.NumberFormat('en-GB');

/** "2026-03-01" → "1 Mar 2026" (calendar dates have no time zone). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : dateFormat.format(d);
}

/** An instant in the viewer's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** "1 person" / "3 people" and friends. */
export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Today as YYYY-MM-DD in the viewer's time zone. */
export function todayIso(now = clock.now()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * MINUTE_MS);
  return local.toISOString().slice(0, 10);
}
