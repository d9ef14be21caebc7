// Minimal RFC 5545 RRULE support for supervision series: build a rule, parse it back, describe it in plain words.

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

const WEEKDAY_NAMES: Record<WeekdayCode, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export type RecurrenceFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface RRuleOptions {
  freq: 'WEEKLY' | 'MONTHLY' | 'DAILY';
  interval: number;
  /** Weekday codes, optionally with an ordinal for monthly rules: "TU", "1MO" (first Monday), "-1FR" (last Friday). */
  byDay?: string[];
  /** Day of the month, 1…31, or −1…−31 counted from the end. */
  byMonthDay?: number;
  until?: Date;
  count?: number;
}

export interface ParsedRRule {
  freq: RecurrenceFrequency;
  interval: number;
  byDay: { ordinal: number | null; day: WeekdayCode }[];
  byMonthDay: number[];
  count: number | null;
  until: Date | null;
  /** Rule parts that are kept but not interpreted here (e.g. BYSETPOS). WKST is ignored silently. */
  unsupported: string[];
}

const BYDAY_REGEX = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function parseByDay(code: string): { ordinal: number | null; day: WeekdayCode } {
  const match = BYDAY_REGEX.exec(code.trim().toUpperCase());
  if (!match) throw new Error(`Invalid BYDAY value "${code}".`);
  const ordinal = match[1] === undefined ? null : Number(match[1]);
  if (ordinal !== null && (ordinal === 0 || Math.abs(ordinal) > 53)) throw new Error(`Invalid BYDAY ordinal in "${code}".`);
  return { ordinal, day: match[2] as WeekdayCode };
}

function checkMonthDay(day: number): number {
  if (!Number.isInteger(day) || day === 0 || Math.abs(day) > 31) throw new Error(`Invalid BYMONTHDAY value "${day}".`);
  return day;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number.`);
  return value;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** UTC date-time in RRULE form, e.g. 20270301T235959Z. */
export function formatRRuleDate(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** Reads YYYYMMDD, YYYYMMDDTHHMMSS or YYYYMMDDTHHMMSSZ; values without Z are read as UTC too. */
export function parseRRuleDate(value: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value.trim().toUpperCase());
  if (!match) throw new Error(`Invalid UNTIL value "${value}".`);
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  if (date.getUTCMonth() !== mo! - 1 || date.getUTCDate() !== d!) throw new Error(`Invalid UNTIL value "${value}".`);
  return date;
}

/**
 * Builds an RRULE value without DTSTART and without the "RRULE:" prefix, parts in the order
 * FREQ, INTERVAL (left out when 1), BYDAY, BYMONTHDAY, COUNT, UNTIL (UTC). COUNT and UNTIL cannot both be given.
 */
export function buildRRule(options: RRuleOptions): string {
  const parts = [`FREQ=${options.freq}`];
  const interval = positiveInteger(options.interval, 'INTERVAL');
  if (interval !== 1) parts.push(`INTERVAL=${interval}`);
  if (options.byDay && options.byDay.length > 0) {
    const days = options.byDay.map((code) => {
      const { ordinal, day } = parseByDay(code);
      return `${ordinal === null ? '' : ordinal}${day}`;
    });
    parts.push(`BYDAY=${days.join(',')}`);
  }
  if (options.byMonthDay !== undefined) parts.push(`BYMONTHDAY=${checkMonthDay(options.byMonthDay)}`);
  if (options.count !== undefined && options.until !== undefined) throw new Error('COUNT and UNTIL cannot both be set.');
  if (options.count !== undefined) parts.push(`COUNT=${positiveInteger(options.count, 'COUNT')}`);
  if (options.until !== undefined) {
    if (Number.isNaN(options.until.getTime())) throw new Error('UNTIL is not a valid date.');
    parts.push(`UNTIL=${formatRRuleDate(options.until)}`);
  }
  return parts.join(';');
}

/** Parses an RRULE value (an "RRULE:" prefix is allowed). Throws on a missing or unknown FREQ or malformed parts. */
export function parseRRule(rrule: string): ParsedRRule {
  const body = rrule.trim().replace(/^RRULE:/i, '');
  const fields = new Map<string, string>();
  for (const part of body.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`Invalid RRULE part "${part}".`);
    fields.set(part.slice(0, eq).trim().toUpperCase(), part.slice(eq + 1).trim());
  }
  const freq = fields.get('FREQ')?.toUpperCase();
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    throw new Error(freq ? `Unsupported FREQ "${freq}".` : 'FREQ is required.');
  }
  const int = (name: string): number | null => {
    const raw = fields.get(name);
    return raw === undefined ? null : positiveInteger(Number(raw), name);
  };
  const byDayRaw = fields.get('BYDAY');
  const byMonthDayRaw = fields.get('BYMONTHDAY');
  const untilRaw = fields.get('UNTIL');
  const parsed: ParsedRRule = {
    freq,
    interval: int('INTERVAL') ?? 1,
    byDay: byDayRaw ? byDayRaw.split(',').map(parseByDay) : [],
    byMonthDay: byMonthDayRaw ? byMonthDayRaw.split(',').map((d) => checkMonthDay(Number(d))) : [],
    count: int('COUNT'),
    until: untilRaw ? parseRRuleDate(untilRaw) : null,
    unsupported: [...fields.keys()].filter(
      (k) => !['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST'].includes(k),
    ),
  };
  if (parsed.count !== null && parsed.until !== null) throw new Error('COUNT and UNTIL cannot both be set.');
  return parsed;
}

/** "a", "a and b", "a, b and c". */
function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

function ordinalWord(n: number): string {
  if (n === -1) return 'last';
  if (n < 0) return `${ordinalWord(-n)}-to-last`;
  return ORDINAL_WORDS[n] ?? ordinalNumber(n);
}

function ordinalNumber(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function monthDayWords(day: number): string {
  if (day === -1) return 'last day';
  if (day < 0) return `${ordinalWord(-day)}-to-last day`;
  return ordinalNumber(day);
}

const UNIT: Record<RecurrenceFrequency, string> = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' };

/**
 * Plain English for an RRULE, e.g. "every 2 weeks on Tuesday until 1 Mar 2027", "every Monday and Thursday",
 * "every month on the last Friday, 6 times". `locale` only changes how the UNTIL date is written (default en-GB,
 * shown in `timeZone`, default UTC). Rules that cannot be parsed give "on a custom schedule"; uninterpreted parts add
 * " (with additional rules)".
 */
export function describeRecurrence(rrule: string, locale = 'en-GB', timeZone = 'UTC'): string {
  let rule: ParsedRRule;
  try {
    rule = parseRRule(rrule);
  } catch {
    return 'on a custom schedule';
  }
  const unit = UNIT[rule.freq];
  let text = rule.interval === 1 ? `every ${unit}` : `every ${rule.interval} ${unit}s`;

  const plainDays = rule.byDay.filter((d) => d.ordinal === null).map((d) => d.day);
  const ordinalDays = rule.byDay.filter((d) => d.ordinal !== null);
  const isWeekdays = plainDays.length === 5 && ['MO', 'TU', 'WE', 'TH', 'FR'].every((d) => plainDays.includes(d as WeekdayCode));
  const dayNames = WEEKDAY_CODES.filter((d) => plainDays.includes(d)).map((d) => WEEKDAY_NAMES[d]);

  if (plainDays.length > 0 && ordinalDays.length === 0 && rule.interval === 1 && rule.freq !== 'MONTHLY' && rule.freq !== 'YEARLY') {
    text = isWeekdays ? 'every weekday' : `every ${joinWords(dayNames)}`;
  } else {
    const on: string[] = [];
    if (rule.byMonthDay.length > 0) on.push(`the ${joinWords(rule.byMonthDay.map(monthDayWords))}`);
    if (ordinalDays.length > 0) on.push(`the ${joinWords(ordinalDays.map((d) => `${ordinalWord(d.ordinal ?? 1)} ${WEEKDAY_NAMES[d.day]}`))}`);
    if (plainDays.length > 0) on.push(isWeekdays ? 'weekdays' : joinWords(dayNames));
    if (on.length > 0) text += ` on ${on.join(' and ')}`;
  }

  if (rule.count !== null) text += rule.count === 1 ? ', once' : `, ${rule.count} times`;
  if (rule.until !== null) {
    // UNTIL is an instant (UTC); say the date it falls on where the series happens.
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone });
    text += ` until ${date.format(rule.until)}`;
  }
  if (rule.unsupported.length > 0) text += ' (with additional rules)';
  return text;
}
