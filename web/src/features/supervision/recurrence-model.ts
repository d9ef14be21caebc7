import { buildRRule, describeRecurrence, WEEKDAY_CODES, type RRuleOptions, type WeekdayCode } from '@tandem/shared';
import { isDateKey, wallTimeToInstant, weekdayIndex } from './time';

export type RepeatKind = 'NONE' | 'WEEKLY' | 'MONTHLY';
export type RepeatEnd = 'NEVER' | 'UNTIL' | 'COUNT';

/** The recurrence builder's state, in the words the person chose. */
export interface RecurrenceDraft {
  kind: RepeatKind;
  /** Every n weeks / months. */
  interval: number;
  /** Weekly: the days (at least one). */
  weekdays: WeekdayCode[];
  /** Monthly: day 1…31, or −1 for the last day. */
  monthDay: number;
  end: RepeatEnd;
  /** YYYY-MM-DD, the last day a session may fall on (in the series' zone). */
  until: string;
  count: number;
}

export const WEEKDAY_LABELS: Record<WeekdayCode, { short: string; long: string }> = {
  MO: { short: 'Mon', long: 'Monday' },
  TU: { short: 'Tue', long: 'Tuesday' },
  WE: { short: 'Wed', long: 'Wednesday' },
  TH: { short: 'Thu', long: 'Thursday' },
  FR: { short: 'Fri', long: 'Friday' },
  SA: { short: 'Sat', long: 'Saturday' },
  SU: { short: 'Sun', long: 'Sunday' },
};

/** The weekday code of a calendar day. */
export function weekdayOf(dateKey: string): WeekdayCode {
  return WEEKDAY_CODES[weekdayIndex(dateKey)]!;
}

/** "Does not repeat", starting from the session's first day. */
export function defaultRecurrence(startDate: string): RecurrenceDraft {
  const valid = isDateKey(startDate);
  return {
    kind: 'NONE',
    interval: 1,
    weekdays: valid ? [weekdayOf(startDate)] : ['MO'],
    monthDay: valid ? Number(startDate.slice(8, 10)) : 1,
    end: 'NEVER',
    until: '',
    count: 10,
  };
}

/** Problems that stop the rule from being built, as sentences for the form. */
export function recurrenceProblems(draft: RecurrenceDraft, startDate: string): Partial<Record<'interval' | 'weekdays' | 'until' | 'count', string>> {
  if (draft.kind === 'NONE') return {};
  const problems: Partial<Record<'interval' | 'weekdays' | 'until' | 'count', string>> = {};
  if (!Number.isInteger(draft.interval) || draft.interval < 1 || draft.interval > 52) problems.interval = 'Choose a whole number from 1 to 52.';
  if (draft.kind === 'WEEKLY' && draft.weekdays.length === 0) problems.weekdays = 'Choose at least one day.';
  if (draft.end === 'UNTIL') {
    if (!isDateKey(draft.until)) problems.until = 'Choose the last date.';
    else if (isDateKey(startDate) && draft.until < startDate) problems.until = 'The last date is before the first session.';
  }
  if (draft.end === 'COUNT' && (!Number.isInteger(draft.count) || draft.count < 1 || draft.count > 500)) problems.count = 'Choose how many sessions (1 to 500).';
  return problems;
}

function ruleOptions(draft: RecurrenceDraft, until: Date | undefined): RRuleOptions {
  const options: RRuleOptions = { freq: draft.kind === 'MONTHLY' ? 'MONTHLY' : 'WEEKLY', interval: draft.interval };
  if (draft.kind === 'WEEKLY') options.byDay = WEEKDAY_CODES.filter((d) => draft.weekdays.includes(d));
  if (draft.kind === 'MONTHLY') options.byMonthDay = draft.monthDay;
  if (draft.end === 'COUNT') options.count = draft.count;
  if (until) options.until = until;
  return options;
}

/**
 * The RRULE to send (null for a one-off). UNTIL is the end of the chosen day in the series' zone, as UTC, so the last
 * session on that day is included wherever the zone is.
 */
export function recurrenceToRRule(draft: RecurrenceDraft, timeZone: string): string | null {
  if (draft.kind === 'NONE') return null;
  const until = draft.end === 'UNTIL' && isDateKey(draft.until) ? wallTimeToInstant(`${draft.until}T23:59:59`, timeZone) : undefined;
  return buildRRule(ruleOptions(draft, until));
}

/**
 * The rule in plain words, e.g. "Every 2 weeks on Tuesday and Thursday until 1 Mar 2027". Worded from the day the
 * person picked (describeRecurrence writes UNTIL as a UTC date).
 */
export function describeDraft(draft: RecurrenceDraft): string {
  if (draft.kind === 'NONE') return 'Does not repeat';
  const until = draft.end === 'UNTIL' && isDateKey(draft.until) ? new Date(`${draft.until}T23:59:59Z`) : undefined;
  let options: RRuleOptions;
  try {
    options = ruleOptions(draft, until);
    const text = describeRecurrence(buildRRule(options));
    return text.charAt(0).toUpperCase() + text.slice(1);
  } catch {
    return 'Finish the choices above to see the pattern';
  }
}

/** Day-of-month choices: 1st … 31st and "last day". */
export const MONTH_DAY_OPTIONS: { value: string; label: string }[] = [
  ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
  { value: '-1', label: 'last day' },
];
