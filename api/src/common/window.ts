import { InvalidInputError } from './errors';
import { DAY_MS } from '@tandem/shared';

/** How far back any range may reach: history older than this is not charted, counted or listed by range. */
export const MAX_HISTORY_DAYS = 10 * 366;
/** How far ahead a reporting range (dashboards, compliance, language) may reach. */
export const MAX_REPORT_AHEAD_DAYS = 366;
/** How far from today a session may be scheduled or a calendar range may reach. */
export const MAX_SCHEDULE_DAYS = 10 * 366;

export interface WindowLimits {
  /** Longest span (to − from), in days. */
  maxDays: number;
  /** How far before today `from` may start, in days. */
  maxPastDays: number;
  /** How far after today `to` may end, in days. */
  maxFutureDays: number;
  fromField?: string;
  toField?: string;
  /** true when `to` may equal `from` (inclusive day ranges). */
  allowEmpty?: boolean;
}

function span(days: number): string {
  if (days % 366 === 0 && days >= 366) return days === 366 ? 'a year' : `${days / 366} years`;
  return `${days} days`;
}

/**
 * Refuses a range whose ends or length exceed the limits (BAD_USER_INPUT naming the field), so the work a request
 * does is bounded whatever it asks for. Times are epoch milliseconds; "today" is the business clock's now.
 */
export function assertWindow(nowMs: number, fromMs: number, toMs: number, limits: WindowLimits): void {
  const fromField = limits.fromField ?? 'from';
  const toField = limits.toField ?? 'to';
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new InvalidInputError(`${fromField} and ${toField} must be dates`, { field: fromField });
  if (limits.allowEmpty ? toMs < fromMs : toMs <= fromMs) throw new InvalidInputError(`${toField} must be after ${fromField}`, { field: toField });
  if (fromMs < nowMs - limits.maxPastDays * DAY_MS) {
    throw new InvalidInputError(`${fromField} can be at most ${span(limits.maxPastDays)} before today`, { field: fromField });
  }
  if (toMs > nowMs + limits.maxFutureDays * DAY_MS) {
    throw new InvalidInputError(`${toField} can be at most ${span(limits.maxFutureDays)} after today`, { field: toField });
  }
  if (toMs - fromMs > limits.maxDays * DAY_MS) {
    throw new InvalidInputError(`A range can span at most ${span(limits.maxDays)}`, { field: toField });
  }
}

/** Refuses a single instant further than `days` from now either way (scheduling, moving sessions). */
export function assertNearNow(nowMs: number, atMs: number, days: number, field: string): void {
  if (Math.abs(atMs - nowMs) > days * DAY_MS) throw new InvalidInputError(`${field} can be at most ${span(days)} from today`, { field });
}
