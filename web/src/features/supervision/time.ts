import { canonicalTimeZone, dateKeyOf, localIsoToInstant, wallTimeOf, type WallTime } from '@tandem/shared';
import { clock } from '../../lib/clock';
import { LOCALE } from '../../lib/locale';
// Dates and times for supervision: calendar days as YYYY-MM-DD keys, wall times in IANA zones, and display formats.
// The calendar is drawn in the viewer's own zone; schedules are entered as wall time in the zone chosen for the series.

/** The browser's IANA zone ("Europe/London"); UTC when the platform cannot say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const FALLBACK_ZONES = ['UTC', 'Europe/London', 'Europe/Dublin', 'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Australia/Sydney', 'Pacific/Auckland'];

/** Every IANA zone the platform knows (Intl.supportedValuesOf), with `extra` (e.g. the browser's) always included. */
export function allTimeZones(extra: string[] = []): string[] {
  let zones: string[] = FALLBACK_ZONES;
  const intl = Intl as unknown as { supportedValuesOf?: (key: 'timeZone') => string[] };
  try {
    if (typeof intl.supportedValuesOf === 'function') zones = intl.supportedValuesOf('timeZone');
  } catch {
    // keep the fallback list
  }
  return [...new Set([...zones, 'UTC', ...extra.filter(Boolean)])].sort((a, b) => a.localeCompare(b));
}

/** A zone a schedule may use: an IANA Area/Location name or UTC (the API's rule, from the shared engine). */
export function isValidTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone.trim()) !== null;
}

/** The wall-clock fields of an instant in a zone. */
export function wallParts(instant: Date | string | number, zone: string): WallTime {
  return wallTimeOf(new Date(instant), zone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-03-02" for an instant's day in a zone. */
export function dateKeyIn(instant: Date | string | number, zone: string): string {
  return dateKeyOf(new Date(instant), zone);
}

/** "14:30" for an instant's time in a zone. */
export function timeIn(instant: Date | string | number, zone: string): string {
  const p = wallParts(instant, zone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** The instant a wall time ("2026-03-02T23:59:59") has in a zone (the earlier one when clocks go back; a skipped time reads as after the gap). */
export function wallTimeToInstant(local: string, zone: string): Date {
  return new Date(localIsoToInstant(local, zone));
}

// ── calendar days (no zone: a key names a day) ──

function keyToUtc(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

function utcToKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isDateKey(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(keyToUtc(value).getTime());
}

export function addDays(key: string, days: number): string {
  const d = keyToUtc(key);
  d.setUTCDate(d.getUTCDate() + days);
  return utcToKey(d);
}

export function addMonths(key: string, months: number): string {
  const d = keyToUtc(key);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return utcToKey(d);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(key: string): number {
  return (keyToUtc(key).getUTCDay() + 6) % 7;
}

/** The Monday of the key's week. */
export function startOfWeek(key: string): string {
  return addDays(key, -weekdayIndex(key));
}

export function startOfMonth(key: string): string {
  return `${key.slice(0, 7)}-01`;
}

export function weekDays(key: string): string[] {
  const monday = startOfWeek(key);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Six weeks of days from the Monday on or before the 1st: a month grid that never changes height. */
export function monthGridDays(key: string): string[] {
  const first = startOfWeek(startOfMonth(key));
  return Array.from({ length: 42 }, (_, i) => addDays(first, i));
}

export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** Midnight at the start of a day in the viewer's zone, as an ISO instant (for range queries). */
export function localMidnightIso(key: string): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** Today in the viewer's zone. */
export function todayKey(now = clock.now()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An instant's day in the viewer's zone. */
export function localDateKey(instant: string | Date): string {
  return todayKey(new Date(instant));
}

// ── display ──

const weekdayLong = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' });
const weekdayShort = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const fullDay = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const localTime = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export const formatWeekdayLong = (key: string) => weekdayLong.format(keyToUtc(key));
export const formatWeekdayShort = (key: string) => weekdayShort.format(keyToUtc(key));
export const formatDayMonth = (key: string) => dayMonth.format(keyToUtc(key));
export const formatDayMonthYear = (key: string) => dayMonthYear.format(keyToUtc(key));
/** "Monday 2 March 2026". */
export const formatFullDay = (key: string) => fullDay.format(keyToUtc(key)).replace(',', '');
export const formatMonthYear = (key: string) => monthYear.format(keyToUtc(key));

/** "14:30" in the viewer's zone. */
export function formatLocalTime(instant: string | Date): string {
  return localTime.format(new Date(instant));
}

/** "2 – 8 Mar 2026" (or across months/years), in the viewer's locale ("Mar 2 – 8, 2026"). */
export function formatWeekRange(key: string): string {
  const days = weekDays(key);
  return dayMonthYear.formatRange(keyToUtc(days[0]!), keyToUtc(days[6]!)).replace(/\u2009/g, ' ');
}

/** "Tuesday 3 March 2026, 14:00–15:00" in the viewer's zone. */
export function formatOccurrenceWhen(startsAt: string, endsAt: string): string {
  return `${formatFullDay(localDateKey(startsAt))}, ${formatLocalTime(startsAt)}–${formatLocalTime(endsAt)}`;
}

/** "10:00 in America/New_York" when a series' zone differs from the viewer's; null when they agree. */
export function seriesZoneNote(startsAt: string, zone: string, viewerZone = browserTimeZone()): string | null {
  if (zone === viewerZone) return null;
  const sameClock = timeIn(startsAt, zone) === timeIn(startsAt, viewerZone) && dateKeyIn(startsAt, zone) === dateKeyIn(startsAt, viewerZone);
  if (sameClock) return null;
  return `${timeIn(startsAt, zone)} on ${formatDayMonth(dateKeyIn(startsAt, zone))} in ${zone.replace(/_/g, ' ')}`;
}

/** Minutes as "1 hour", "45 minutes", "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h ? `${h} ${h === 1 ? 'hour' : 'hours'}` : '';
  const mins = m ? `${m} ${m === 1 ? 'minute' : 'minutes'}` : '';
  return [hours, mins].filter(Boolean).join(' ') || '0 minutes';
}

/** "Tuesday 3 March 2026, 14:00" in the viewer's zone. */
export function formatStart(startsAt: string): string {
  return `${formatFullDay(localDateKey(startsAt))}, ${formatLocalTime(startsAt)}`;
}
