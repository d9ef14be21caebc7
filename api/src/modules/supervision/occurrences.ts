// Series expansion. A series is DTSTART as local wall time + an IANA zone + an RRULE; the rrule library expands it in
// floating (wall) time and each result is then placed in the zone, so a weekly 10:00 stays at 10:00 local across
// daylight-saving changes. Only occurrences that differ from the rule are stored (see supervision_occurrence).
import { RRule } from 'rrule';
import { gridBetween, gridOf } from './series-grid';
import { DAY_MS, formatRRuleDate, MINUTE_MS, parseRRule, parseRRuleDate, floatingToInstant, instantToFloating } from '@tandem/shared';

/** The longest series the API keeps (COUNT); longer patterns should use UNTIL or stay open-ended. */
export const MAX_COUNT = 500;
/** Expanding more than this many occurrences in one call is refused (a safety net; ranges are limited too). */
const MAX_EXPANSION = 5000;
/** Rule parts a session series may use (one time of day per occurrence: no BYHOUR/BYMINUTE/BYSECOND). */
const ALLOWED_PARTS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'BYYEARDAY', 'BYWEEKNO', 'COUNT', 'UNTIL', 'WKST']);

export class RecurrenceError extends Error {}

export interface SeriesTiming {
  /** DTSTART as floating ms (UTC fields = local wall time in `timeZone`). */
  startsLocalMs: number;
  timeZone: string;
  /** Normalised RRULE value, or null for a one-off. */
  recurrence: string | null;
  durationMinutes: number;
}

export interface NormalisedSeries {
  /** DTSTART as floating ms: the given start, or the first time on or after it that the rule produces. */
  startsLocalMs: number;
  startsAt: Date;
  recurrence: string | null;
  /** End of the last occurrence; null when open-ended. */
  seriesEndsAt: Date | null;
  /** True when the start was moved forward to the first date the rule produces. */
  startAdjusted: boolean;
}

/**
 * The rule as an RRule in floating time. With `fromFloatingMs`, a DAILY or WEEKLY rule without COUNT starts from a
 * later DTSTART a whole number of its periods (interval × day or week) after the real one, at least one period before
 * `fromFloatingMs`: the same occurrences from there on (the period grid and the time of day are kept), without the
 * library walking every occurrence since a start years ago.
 */
function ruleFor(timing: Pick<SeriesTiming, 'startsLocalMs' | 'timeZone'>, recurrence: string, fromFloatingMs?: number): RRule {
  const options = RRule.parseString(recurrence);
  // UNTIL is stored in UTC (RFC 5545 with a TZID start); expansion happens in wall time, so convert it.
  const until = options.until ? new Date(instantToFloating(options.until.getTime(), timing.timeZone)) : null;
  let dtstart = timing.startsLocalMs;
  const periodMs = options.freq === RRule.WEEKLY ? 7 * DAY_MS : options.freq === RRule.DAILY ? DAY_MS : null;
  if (fromFloatingMs !== undefined && periodMs !== null && !options.count) {
    const stepMs = periodMs * (options.interval ?? 1);
    const steps = Math.floor((fromFloatingMs - dtstart) / stepMs) - 1;
    if (steps > 0) dtstart += steps * stepMs;
  }
  return new RRule({ ...options, dtstart: new Date(dtstart), until, tzid: null });
}

/**
 * Validates and normalises an RRULE for a start (floating ms) in a zone: upper case, no "RRULE:" prefix, UNTIL in UTC
 * (a date-only UNTIL means the end of that local day; a local date-time is read in the zone). Throws RecurrenceError
 * with a message fit for the user.
 */
export function normaliseSeries(input: { startsLocalMs: number; timeZone: string; recurrence: string | null; durationMinutes: number }): NormalisedSeries {
  const { timeZone, durationMinutes } = input;
  if (input.recurrence === null || input.recurrence.trim() === '') {
    const startsAt = new Date(floatingToInstant(input.startsLocalMs, timeZone));
    return { startsLocalMs: input.startsLocalMs, startsAt, recurrence: null, seriesEndsAt: new Date(startsAt.getTime() + durationMinutes * MINUTE_MS), startAdjusted: false };
  }
  const raw = input.recurrence.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (/[\r\n]/.test(raw) || /(^|;)(DTSTART|EXDATE|RDATE)\b/.test(raw)) {
    throw new RecurrenceError('The recurrence must be a single RRULE value such as FREQ=WEEKLY;BYDAY=TU (no DTSTART, EXDATE or RDATE).');
  }
  let parsed;
  try {
    parsed = parseRRule(raw);
  } catch (e) {
    throw new RecurrenceError(`The recurrence rule is not valid: ${(e as Error).message}`);
  }
  const extra = [...parsed.unsupported].filter((part) => !ALLOWED_PARTS.has(part));
  if (extra.length) throw new RecurrenceError(`The recurrence rule uses parts a session series cannot have: ${extra.join(', ')}.`);
  if (parsed.count !== null && parsed.count > MAX_COUNT) throw new RecurrenceError(`COUNT can be at most ${MAX_COUNT}; use UNTIL for longer series.`);
  const parts = raw.split(';').filter((p) => p.trim() !== '').map((p) => {
    const [key, value = ''] = p.split('=');
    if (key!.trim() !== 'UNTIL') return `${key!.trim()}=${value.trim()}`;
    return `UNTIL=${formatRRuleDate(untilInstant(value.trim(), timeZone))}`;
  });
  const recurrence = parts.join(';');
  let rule: RRule;
  try {
    rule = ruleFor({ startsLocalMs: input.startsLocalMs, timeZone }, recurrence);
  } catch (e) {
    throw new RecurrenceError(`The recurrence rule is not valid: ${(e as Error).message}`);
  }
  // RFC 5545 counts DTSTART as the first occurrence; rrule.js only returns dates that match the rule. Keep the two
  // in agreement by starting the series on the first date the rule produces.
  const first = rule.after(new Date(input.startsLocalMs), true);
  if (!first) throw new RecurrenceError('The recurrence rule produces no sessions after the start (is UNTIL before the start?).');
  const startsLocalMs = first.getTime();
  const startAdjusted = startsLocalMs !== input.startsLocalMs;
  const adjusted = startAdjusted ? ruleFor({ startsLocalMs, timeZone }, recurrence) : rule;
  let seriesEndsAt: Date | null = null;
  if (parsed.count !== null || parsed.until !== null) {
    let last: Date | null = null;
    let n = 0;
    adjusted.all((d) => {
      last = d;
      return ++n < MAX_EXPANSION;
    });
    if (n < MAX_EXPANSION && last) seriesEndsAt = new Date(floatingToInstant((last as Date).getTime(), timeZone) + durationMinutes * MINUTE_MS);
  }
  return { startsLocalMs, startsAt: new Date(floatingToInstant(startsLocalMs, timeZone)), recurrence, seriesEndsAt, startAdjusted };
}

function untilInstant(value: string, timeZone: string): Date {
  let date: Date;
  try {
    date = parseRRuleDate(value);
  } catch {
    throw new RecurrenceError(`The recurrence rule is not valid: UNTIL "${value}" is not a date.`);
  }
  if (value.endsWith('Z')) return date;
  // Date only: through the end of that local day. Local date-time: read in the series' zone.
  const floating = /^\d{8}$/.test(value) ? date.getTime() + DAY_MS - 1000 : date.getTime();
  return new Date(floatingToInstant(floating, timeZone));
}

/** Original start instants of a series in [from, to), in order. A one-off yields its start when it falls inside. */
export function originalStarts(timing: SeriesTiming, from: Date, to: Date): Date[] {
  return originalStartsMs(timing, from.getTime(), to.getTime()).map((ms) => new Date(ms));
}

/** `originalStarts` as epoch ms. */
export function originalStartsMs(timing: SeriesTiming, fromMs: number, toMs: number): number[] {
  const startsAt = floatingToInstant(timing.startsLocalMs, timing.timeZone);
  if (timing.recurrence === null) return startsAt >= fromMs && startsAt < toMs ? [startsAt] : [];
  // Floating and real time differ by at most a day; widen, convert, then clip exactly.
  const a = instantToFloating(fromMs, timing.timeZone) - DAY_MS;
  const b = instantToFloating(toMs, timing.timeZone) + DAY_MS;
  const grid = gridOf(timing.recurrence, timing.startsLocalMs);
  let n = 0;
  const floating = grid
    ? gridBetween(grid, timing.startsLocalMs, timing.timeZone, a, b, MAX_EXPANSION)
    : ruleFor(timing, timing.recurrence, a).between(new Date(a), new Date(b), true, () => ++n <= MAX_EXPANSION).map((d) => d.getTime());
  const out: number[] = [];
  for (const ms of floating) {
    const t = floatingToInstant(ms, timing.timeZone);
    if (t >= fromMs && t < toMs) out.push(t);
  }
  return out;
}

/** The library's own expansion of a rule in floating ms over [aMs, bMs] (what the grid fast path must agree with; for tests). */
export function libraryBetween(timing: SeriesTiming, aMs: number, bMs: number): number[] {
  let n = 0;
  return ruleFor(timing, timing.recurrence!, aMs).between(new Date(aMs), new Date(bMs), true, () => ++n <= MAX_EXPANSION).map((d) => d.getTime());
}

/** Whether `instant` is one of the series' original starts. */
export function isOriginalStart(timing: SeriesTiming, instant: Date): boolean {
  return originalStarts(timing, new Date(instant.getTime() - MINUTE_MS), new Date(instant.getTime() + MINUTE_MS)).some((d) => d.getTime() === instant.getTime());
}

/**
 * The RRULE with the series ended before `endAt`: UNTIL one second earlier (in UTC), COUNT dropped. Returns null when
 * no occurrence would remain (the caller then ends the series differently).
 */
export function ruleEndingBefore(timing: SeriesTiming, endAt: Date): string | null {
  if (timing.recurrence === null) return null;
  const until = new Date(endAt.getTime() - 1000);
  const parts = timing.recurrence.split(';').filter((p) => !/^(UNTIL|COUNT)=/.test(p));
  const rule = `${parts.join(';')};UNTIL=${formatRRuleDate(until)}`;
  const existingEnd = lastStartOf(timing);
  if (existingEnd !== null && existingEnd.getTime() <= until.getTime()) return timing.recurrence;
  return originalStarts(timing, new Date(floatingToInstant(timing.startsLocalMs, timing.timeZone)), endAt).length > 0 ? rule : null;
}

/** The last original start of a finite series, null when open-ended (or too long to list). */
export function lastStartOf(timing: SeriesTiming): Date | null {
  if (timing.recurrence === null) return new Date(floatingToInstant(timing.startsLocalMs, timing.timeZone));
  const parsed = parseRRule(timing.recurrence);
  if (parsed.count === null && parsed.until === null) return null;
  let last: Date | null = null;
  let n = 0;
  ruleFor(timing, timing.recurrence).all((d) => {
    last = d;
    return ++n < MAX_EXPANSION;
  });
  return last ? new Date(floatingToInstant((last as Date).getTime(), timing.timeZone)) : null;
}

// ── occurrence ids ──

const OCCURRENCE_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_(\d{8}T\d{6}Z)$/i;

/** Stable occurrence id: `<sessionId>_<original start in UTC, RFC 5545 basic form>`, e.g. `3f…9c_20261013T090000Z`. */
export function occurrenceId(sessionId: string, originalStart: Date): string {
  return `${sessionId}_${formatRRuleDate(originalStart)}`;
}

export function parseOccurrenceId(id: string): { sessionId: string; originalStart: Date } | null {
  const match = OCCURRENCE_ID.exec(id.trim());
  if (!match) return null;
  try {
    return { sessionId: match[1]!.toLowerCase(), originalStart: parseRRuleDate(match[2]!) };
  } catch {
    return null;
  }
}

// ── merging the rule with stored exceptions ──

export type OccurrenceStatus = 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'MISSED';

export interface OccurrenceOverride {
  originalStart: Date;
  startsAt: Date;
  durationMinutes: number;
  status: OccurrenceStatus;
  location: string | null;
  link: string | null;
}

export interface ExpandedOccurrence {
  originalStart: Date;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  status: OccurrenceStatus;
  moved: boolean;
  /** The stored exception, when there is one. */
  override: OccurrenceOverride | null;
}

/**
 * Occurrences of one series that overlap [from, to): the rule's occurrences, each replaced by its stored exception when
 * there is one (moved, cancelled, completed…), plus exceptions moved into the range from outside it. Sorted by start.
 * `overrides` must include every exception whose original start or actual start lies near the range.
 */
export function expandOccurrences(timing: SeriesTiming, overrides: readonly OccurrenceOverride[], from: Date, to: Date): ExpandedOccurrence[] {
  const byOriginal = new Map(overrides.map((o) => [o.originalStart.getTime(), o]));
  const durationMs = timing.durationMinutes * MINUTE_MS;
  const out: ExpandedOccurrence[] = [];
  const overlaps = (start: number, minutes: number) => start < to.getTime() && start + minutes * MINUTE_MS > from.getTime();
  for (const start of originalStarts(timing, new Date(from.getTime() - durationMs), to)) {
    if (byOriginal.has(start.getTime()) || !overlaps(start.getTime(), timing.durationMinutes)) continue;
    out.push({
      originalStart: start, startsAt: start, endsAt: new Date(start.getTime() + durationMs), durationMinutes: timing.durationMinutes,
      status: 'SCHEDULED', moved: false, override: null,
    });
  }
  for (const o of overrides) {
    if (!overlaps(o.startsAt.getTime(), o.durationMinutes)) continue;
    out.push({
      originalStart: o.originalStart, startsAt: o.startsAt, endsAt: new Date(o.startsAt.getTime() + o.durationMinutes * MINUTE_MS),
      durationMinutes: o.durationMinutes, status: o.status, moved: o.startsAt.getTime() !== o.originalStart.getTime(), override: o,
    });
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.originalStart.getTime() - b.originalStart.getTime());
}
