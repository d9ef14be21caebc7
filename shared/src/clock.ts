/**
 * The one clock for business time. Every "now" and "today" in the API, the database seeds, the rollups and the web app
 * comes from a `Clock`, never from `Date.now()` / `new Date()` directly (a lint rule enforces it).
 *
 * `TANDEM_NOW` pins a whole process to an instant (ISO 8601 with an offset, e.g. `2027-03-14T06:30:00-04:00`, or a
 * plain date `2027-03-14`, read as noon UTC): the clock starts there and then runs forward at real speed, so a demo can
 * be shown "as of" any date, a bug report can be replayed, and tests run at fixed "todays".
 */
import { dateKeyOf } from './time-zone';

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** The current instant in epoch milliseconds. */
  nowMs(): number;
  /** Whether the clock was pinned by `TANDEM_NOW` (or a test). */
  readonly pinned: boolean;
}

/** The real wall clock (the only place that reads it). */
export const systemClock: Clock = {
  now: () => new Date(wallMs()),
  nowMs: () => wallMs(),
  pinned: false,
};

function wallMs(): number {
  return Date.now(); // eslint-disable-line no-restricted-syntax -- the clock itself
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a `TANDEM_NOW` value; throws with a plain message when it is not an ISO date or instant with an offset. */
export function parsePinnedInstant(value: string): Date {
  const v = value.trim();
  const text = PLAIN_DATE.test(v) ? `${v}T12:00:00Z` : v;
  if (!PLAIN_DATE.test(v) && !INSTANT.test(v)) {
    throw new Error(`TANDEM_NOW must be an ISO date (2027-03-14) or an instant with an offset (2027-03-14T06:30:00-04:00), got "${value}"`);
  }
  const d = new Date(text);
  if (Number.isNaN(d.getTime()) || (PLAIN_DATE.test(v) && d.toISOString().slice(0, 10) !== v)) {
    throw new Error(`TANDEM_NOW is not a real date: "${value}"`);
  }
  return d;
}

/**
 * A clock that starts at `start` and runs forward with the wall clock (`frozen: true` stops it there, for unit tests).
 */
export function pinnedClock(start: Date | string, options: { frozen?: boolean } = {}): Clock {
  const startMs = typeof start === 'string' ? parsePinnedInstant(start).getTime() : start.getTime();
  const origin = wallMs();
  const nowMs = options.frozen ? () => startMs : () => startMs + (wallMs() - origin);
  return { now: () => new Date(nowMs()), nowMs, pinned: true };
}

/** The process clock: pinned when `TANDEM_NOW` is set, the system clock otherwise. */
export function clockFromEnv(env: Record<string, string | undefined>): Clock {
  const pinned = env.TANDEM_NOW?.trim();
  return pinned ? pinnedClock(pinned) : systemClock;
}

/** A clock shifted by a fixed offset from the wall clock (the web app follows the server's clock this way). */
export function offsetClock(offsetMs: number): Clock {
  return { now: () => new Date(wallMs() + offsetMs), nowMs: () => wallMs() + offsetMs, pinned: offsetMs !== 0 };
}

/** `YYYY-MM-DD` of an instant in an IANA time zone (UTC by default). */
export function isoDateIn(instant: Date, timeZone = 'UTC'): string {
  return dateKeyOf(instant, timeZone);
}

/** Today (`YYYY-MM-DD`) on a clock, in a time zone (UTC by default). */
export function todayOn(clock: Clock, timeZone = 'UTC'): string {
  return isoDateIn(clock.now(), timeZone);
}

/** `YYYY-MM-DD` that many days before (negative: after) a date. */
export function addDaysIso(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
