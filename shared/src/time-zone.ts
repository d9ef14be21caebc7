// The one time-zone engine of API and web: IANA zone arithmetic on Intl alone (no zone data shipped). "Floating" times are
// milliseconds whose UTC fields hold a local wall time (the form the rrule library expands in); instants are ordinary
// epoch milliseconds. Offsets are cached per zone and UTC day, so expanding thousands of occurrences stays cheap.
import { DAY_MS } from './time-units';

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone name when it is a known IANA zone (e.g. "Europe/London", "UTC"), else null. */
export function canonicalTimeZone(timeZone: string): string | null {
  // Intl also accepts legacy abbreviations ("EST"); a schedule needs an Area/Location name or UTC.
  if (!/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+){1,2}$/.test(timeZone) && timeZone !== 'UTC') return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    return timeZone;
  } catch {
    return null;
  }
}

/** Local wall time of an instant in a zone. */
export function wallTimeOf(instant: Date | number, timeZone: string): WallTime {
  const parts = formatter(timeZone).formatToParts(typeof instant === 'number' ? instant : instant.getTime());
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

export function wallToFloatingMs(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

function offsetAt(timeZone: string, instantMs: number): number {
  const floored = Math.floor(instantMs / 1000) * 1000;
  return wallToFloatingMs(wallTimeOf(floored, timeZone)) - floored;
}

/** Per zone, per UTC day: the offset when it is the same at the day's start and end (no change that day), else null. */
const dayOffsets = new Map<string, Map<number, number | null>>();
let cachedDays = 0;
const MAX_CACHED_DAYS = 100_000;

/**
 * UTC offset of the zone at an instant, in ms (local − UTC; +3 600 000 for British Summer Time). Expanding a series
 * asks this several times per occurrence, and Intl's formatToParts is slow, so the offset of every UTC day without a
 * change is remembered (by zone, then day number: no key to build per call); on a day with a change it is worked out
 * for the instant itself.
 */
export function offsetMs(timeZone: string, instantMs: number): number {
  const day = Math.floor(instantMs / DAY_MS);
  let days = dayOffsets.get(timeZone);
  if (days === undefined) dayOffsets.set(timeZone, (days = new Map()));
  let cached = days.get(day);
  if (cached === undefined) {
    const start = offsetAt(timeZone, day * DAY_MS);
    cached = start === offsetAt(timeZone, (day + 1) * DAY_MS - 1000) ? start : null;
    if (cachedDays >= MAX_CACHED_DAYS) {
      dayOffsets.clear();
      cachedDays = 0;
      dayOffsets.set(timeZone, (days = new Map()));
    }
    days.set(day, cached);
    cachedDays += 1;
  }
  return cached ?? offsetAt(timeZone, instantMs);
}

/** Floating (wall-time) ms of an instant in a zone. */
export function instantToFloating(instantMs: number, timeZone: string): number {
  return instantMs + offsetMs(timeZone, instantMs);
}

/**
 * The instant a local wall time denotes in a zone, by RFC 5545 §3.3.5: a time skipped by a forward change is read
 * with the offset before the gap (01:30 on the spring-forward night in London → 02:30 BST); a time that occurs twice
 * when clocks go back is the first of the two.
 */
export function floatingToInstant(floatingMs: number, timeZone: string): number {
  const before = offsetMs(timeZone, floatingMs - DAY_MS / 2);
  const after = offsetMs(timeZone, floatingMs + DAY_MS / 2);
  // No change of offset near it (nearly always): the one reading, valid or not, is floatingMs - before either way.
  if (before === after) return floatingMs - before;
  const valid = [...new Set([before, after])]
    .map((offset) => floatingMs - offset)
    .filter((instant) => instantToFloating(instant, timeZone) === floatingMs)
    .sort((a, b) => a - b);
  return valid[0] ?? floatingMs - before;
}

/** The instant of a local date-time written `YYYY-MM-DDTHH:mm[:ss]` (or a bare date, meaning midnight) in a zone. */
export function localIsoToInstant(local: string, timeZone: string): number {
  const [datePart = '', timePart = '00:00:00'] = local.split('T');
  const [y = NaN, mo = NaN, d = NaN] = datePart.split('-').map(Number);
  const [h = 0, mi = 0, s = 0] = timePart.split(':').map(Number);
  return floatingToInstant(Date.UTC(y, mo - 1, d, h, mi, s), timeZone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of an instant's day in a zone. */
export function dateKeyOf(instant: Date | number, timeZone: string): string {
  if (timeZone === 'UTC') return new Date(instant).toISOString().slice(0, 10);
  const w = wallTimeOf(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}
