// iCalendar views of a time zone (local DATE-TIME forms, offset changes, VTIMEZONE). The zone arithmetic itself is the one
// engine in `@tandem/shared` (time-zone.ts), shared with the web app.
import { DAY_MS, MINUTE_MS, offsetMs } from '@tandem/shared';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** iCalendar local DATE-TIME form of a floating time: 20261013T100000. */
export function formatFloating(floatingMs: number): string {
  const d = new Date(floatingMs);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** ISO local date-time of a floating time: 2026-10-13T10:00:00. */
export function isoFloating(floatingMs: number): string {
  return new Date(floatingMs).toISOString().slice(0, 19);
}

function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(ms / MINUTE_MS));
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

interface Transition {
  /** Instant of the change. */
  at: number;
  from: number;
  to: number;
}

/** Offset changes of a zone in [fromMs, toMs): sampled weekly, then pinned to the minute by bisection. */
export function transitions(timeZone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  const step = 7 * DAY_MS;
  let t = fromMs;
  let current = offsetMs(timeZone, t);
  while (t < toMs) {
    const next = Math.min(t + step, toMs);
    const nextOffset = offsetMs(timeZone, next);
    if (nextOffset !== current) {
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE_MS)) * MINUTE_MS;
        if (offsetMs(timeZone, mid) === current) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: current, to: offsetMs(timeZone, hi) });
      current = offsetMs(timeZone, hi);
    }
    t = next;
  }
  return found;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** "BYMONTH=3;BYDAY=-1SU" for a local date, preferring "last" when the date is in the month's final week. */
function yearlyRuleFor(floatingMs: number): string {
  const d = new Date(floatingMs);
  const day = d.getUTCDate();
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const ordinal = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  return `BYMONTH=${d.getUTCMonth() + 1};BYDAY=${ordinal}${WEEKDAYS[d.getUTCDay()]}`;
}

function sameYearlyRule(a: Transition, b: Transition): boolean {
  const fa = a.at + a.from;
  const fb = b.at + b.from;
  return yearlyRuleFor(fa) === yearlyRuleFor(fb) && fa % DAY_MS === fb % DAY_MS && a.from === b.from && a.to === b.to;
}

/**
 * A VTIMEZONE component for the zone, valid from `fromMs` onwards: every observed change in the range as its own
 * STANDARD/DAYLIGHT observance, and — when the last year's changes follow the same "nth weekday of the month" rule as
 * the year before — those observances carry a yearly RRULE so open-ended series stay right beyond the range.
 */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): string {
  const start = Date.UTC(new Date(fromMs).getUTCFullYear(), 0, 1);
  const end = Date.UTC(new Date(toMs).getUTCFullYear() + 1, 0, 1);
  const list = transitions(timeZone, start, end);
  const initial = offsetMs(timeZone, start);
  const janJul = (year: number) => [offsetMs(timeZone, Date.UTC(year, 0, 1)), offsetMs(timeZone, Date.UTC(year, 6, 1))];
  const name = (instant: number) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (t: Transition, rrule: string | null) => {
    const year = new Date(t.at).getUTCFullYear();
    const kind = t.to > Math.min(...janJul(year)) ? 'DAYLIGHT' : 'STANDARD';
    const tzName = name(t.at);
    lines.push(
      `BEGIN:${kind}`, `DTSTART:${formatFloating(t.at + t.from)}`, `TZOFFSETFROM:${formatOffset(t.from)}`, `TZOFFSETTO:${formatOffset(t.to)}`,
      ...(tzName ? [`TZNAME:${tzName}`] : []), ...(rrule ? [`RRULE:FREQ=YEARLY;${rrule}`] : []), `END:${kind}`,
    );
  };
  if (list.length === 0 || list[0]!.at > start) {
    observance({ at: start, from: initial, to: initial }, null);
  }
  // Changes of the final year that repeat the year before's pattern become yearly rules.
  const lastYear = list.length ? new Date(list[list.length - 1]!.at).getUTCFullYear() : null;
  const finalYear = lastYear === null ? [] : list.filter((t) => new Date(t.at).getUTCFullYear() === lastYear);
  const yearBefore = lastYear === null ? [] : list.filter((t) => new Date(t.at).getUTCFullYear() === lastYear - 1);
  const repeating = finalYear.length > 0 && finalYear.length === yearBefore.length && finalYear.every((t, i) => sameYearlyRule(t, yearBefore[i]!));
  for (const t of list) {
    const isFinal = repeating && finalYear.includes(t);
    observance(t, isFinal ? yearlyRuleFor(t.at + t.from) : null);
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
