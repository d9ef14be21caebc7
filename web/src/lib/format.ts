import { clock } from './clock';
import { MINUTE_MS } from '@tandem/shared';
import { LOCALE } from './locale';

/**
 * The one place dates, times and numbers are written for people, in their own locale (`LOCALE`). Calendar dates
 * ("2026-03-01") have no time zone and are written as they are; instants are shown in the viewer's zone.
 */
const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDateFormat = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const timeFormat = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });
const numberFormat = new Intl.NumberFormat(LOCALE);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-03-01" → a Date at UTC midnight, or null when it is not a real calendar date. */
export function parseIsoDate(isoDate: string | null | undefined): Date | null {
  const key = isoDate?.slice(0, 10);
  if (!key || !ISO_DATE.test(key)) return null;
  const d = new Date(`${key}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== key ? null : d;
}

/** "2026-03-01" → "1 Mar 2026" (en-GB) or "Mar 1, 2026" (en-US). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const d = parseIsoDate(isoDate);
  return d ? dateFormat.format(d) : isoDate;
}

/** "2026-03-01" → "Sunday, 1 March 2026": what a date field says it holds. */
export function formatLongDate(isoDate: string | null | undefined): string {
  const d = parseIsoDate(isoDate);
  return d ? longDateFormat.format(d) : '';
}

/** An instant in the viewer's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
}

/** An instant's time of day in the viewer's time zone. */
export function formatTimeOfDay(date: Date): string {
  return timeFormat.format(date);
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
