// iCalendar (RFC 5545) output with ical-generator: a series is one VEVENT with RRULE and EXDATE (cancelled
// occurrences), plus one VEVENT per moved occurrence carrying RECURRENCE-ID; every TZID has its VTIMEZONE.
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalDateTimeValue } from 'ical-generator';
import { formatFloating, vtimezone } from './ical-time';
import type { OccurrenceStatus } from './occurrences';
import { DAY_MS, MINUTE_MS, instantToFloating, wallTimeOf } from '@tandem/shared';

const YEAR_MS = 365 * DAY_MS;

export interface IcsException {
  originalStart: Date;
  startsAt: Date;
  durationMinutes: number;
  status: OccurrenceStatus;
  location: string | null;
}

export interface IcsSeries {
  /** Becomes the UID (`<sessionId>@tandem`). */
  sessionId: string;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  timeZone: string;
  startsAt: Date;
  durationMinutes: number;
  /** Normalised RRULE value (UNTIL in UTC) or null. */
  recurrence: string | null;
  sequence: number;
  updatedAt: Date;
  exceptions: readonly IcsException[];
  /**
   * A mailed change to one occurrence of a series (iTIP): only that occurrence's VEVENT is written, with RECURRENCE-ID
   * = this original start (its exception gives the new time, or CANCELLED).
   */
  instanceOnly?: Date;
  /** The whole event is cancelled (a mailed METHOD:CANCEL of a series or a one-off). */
  cancelled?: boolean;
}

/**
 * ical-generator formats a plain Date with a TZID in the server's own zone. This Temporal-shaped value carries the
 * wall time of the instant in the event's zone instead, so the output never depends on the process's TZ.
 */
function zoned(instant: Date, timeZone: string): ICalDateTimeValue {
  const w = wallTimeOf(instant, timeZone);
  const iso = new Date(instantToFloating(instant.getTime(), timeZone)).toISOString().slice(0, 19);
  const plainDate = { year: w.year, month: w.month, day: w.day, toJSON: () => iso.slice(0, 10), toString: () => iso.slice(0, 10) };
  const instantStub = {
    epochMilliseconds: instant.getTime(), toJSON: () => instant.toISOString(), toString: () => instant.toISOString(),
    toZonedDateTimeISO: (tz: string) => zonedStub(tz),
  };
  const plain = { ...w, toPlainDate: () => plainDate, toZonedDateTime: (tz: string) => zonedStub(tz), toJSON: () => iso, toString: () => iso };
  function zonedStub(tz: string): unknown {
    if (tz !== timeZone) return zoned(instant, tz);
    return {
      ...w, timeZoneId: timeZone, toPlainDateTime: () => plain, withTimeZone: (other: string) => zonedStub(other),
      toInstant: () => instantStub, toJSON: () => `${iso}[${timeZone}]`, toString: () => `${iso}[${timeZone}]`,
    };
  }
  return zonedStub(timeZone) as ICalDateTimeValue;
}

const localStamp = (instant: Date, timeZone: string) => formatFloating(instantToFloating(instant.getTime(), timeZone));

/** Builds a VCALENDAR for the given series (a person's feed, or one occurrence's download). */
export function buildCalendar(input: { name: string; series: readonly IcsSeries[]; now: Date; method?: 'PUBLISH' | 'REQUEST' | 'CANCEL' }): string {
  const now = input.now;
  const starts = input.series.map((s) => s.startsAt.getTime());
  // Transitions are listed from the earliest start to two years ahead; the last year's pattern repeats yearly after that.
  const rangeFrom = Math.min(now.getTime(), ...starts);
  const rangeTo = Math.max(now.getTime() + 2 * YEAR_MS, ...input.series.flatMap((s) => s.exceptions.map((e) => e.startsAt.getTime())));
  const cal = ical({
    name: input.name,
    prodId: { company: 'Tandem', product: 'Supervision', language: 'EN' },
    // PUBLISH for feeds and downloads; a mailed invitation is a REQUEST, a mailed cancellation a CANCEL (same UIDs).
    method: input.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: (tz: string) => vtimezone(tz, rangeFrom, rangeTo) },
  });
  for (const s of input.series) {
    const uid = `${s.sessionId}@tandem`;
    const base = { id: uid, timezone: s.timeZone, summary: s.summary, description: s.description, url: s.url, stamp: s.updatedAt };
    const end = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE_MS);
    if (s.recurrence === null) {
      // A one-off: its only occurrence may have been moved or cancelled.
      const only = s.exceptions.find((e) => e.originalStart.getTime() === s.startsAt.getTime());
      const start = only?.startsAt ?? s.startsAt;
      cal.createEvent({
        ...base, sequence: s.sequence, start: zoned(start, s.timeZone), end: zoned(end(start, only?.durationMinutes ?? s.durationMinutes), s.timeZone),
        location: only?.location ?? s.location ?? null,
        status: s.cancelled || only?.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
      continue;
    }
    if (s.instanceOnly) {
      const original = s.instanceOnly;
      const e = s.exceptions.find((x) => x.originalStart.getTime() === original.getTime());
      const start = e?.startsAt ?? original;
      cal.createEvent({
        ...base, sequence: s.sequence + 1, recurrenceId: zoned(original, s.timeZone), start: zoned(start, s.timeZone),
        end: zoned(end(start, e?.durationMinutes ?? s.durationMinutes), s.timeZone), location: e?.location ?? (s.location || null),
        status: e?.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
      continue;
    }
    const cancelled = s.exceptions.filter((e) => e.status === 'CANCELLED');
    const lines = [`RRULE:${s.recurrence}`];
    if (cancelled.length) {
      const stamps = [...new Set(cancelled.map((e) => localStamp(e.originalStart, s.timeZone)))].sort();
      lines.push(`EXDATE;TZID=${s.timeZone}:${stamps.join(',')}`);
    }
    cal.createEvent({
      ...base, sequence: s.sequence, start: zoned(s.startsAt, s.timeZone), end: zoned(end(s.startsAt, s.durationMinutes), s.timeZone),
      location: s.location || null, repeating: lines.join('\r\n'), status: s.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    for (const e of s.exceptions) {
      if (e.status === 'CANCELLED') continue;
      const changed = e.startsAt.getTime() !== e.originalStart.getTime() || e.durationMinutes !== s.durationMinutes || (e.location !== null && e.location !== s.location);
      if (!changed) continue;
      cal.createEvent({
        ...base, sequence: s.sequence + 1, recurrenceId: zoned(e.originalStart, s.timeZone), start: zoned(e.startsAt, s.timeZone),
        end: zoned(end(e.startsAt, e.durationMinutes), s.timeZone), location: e.location ?? (s.location || null), status: ICalEventStatus.CONFIRMED,
      });
    }
  }
  return cal.toString();
}
