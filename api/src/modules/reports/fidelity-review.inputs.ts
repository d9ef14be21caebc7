import { DAY_MS, parseInputDate } from '@tandem/shared';
import { InvalidInputError } from '../../common/errors';
import { MAX_HISTORY_DAYS, MAX_REPORT_AHEAD_DAYS } from '../../common/window';

/** The fidelity review packet's query: `?programId=…&from=YYYY-MM-DD&to=YYYY-MM-DD` (both dates, or neither). */
export interface FidelityReviewQuery {
  programId: string;
  from: string;
  to: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The packet covers at most a year (a quarter is what boards usually ask for). */
export const MAX_REVIEW_DAYS = 366;

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last calendar quarter that ended before `today` (YYYY-MM-DD): on 2 Dec 2026 that is 1 Jul – 30 Sep 2026. */
export function lastCompleteQuarter(today: string): { from: string; to: string } {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3); // 0..3, the quarter today is in
  const start = Date.UTC(y, (q - 1) * 3, 1);
  const end = Date.UTC(y, q * 3, 1) - DAY_MS;
  return { from: isoOf(start), to: isoOf(end) };
}

/** "Q3 2026" when the range is exactly one calendar quarter, else null. */
export function quarterName(from: string, to: string): string | null {
  const m = Number(from.slice(5, 7));
  if (from.slice(8) !== '01' || (m - 1) % 3 !== 0) return null;
  const end = isoOf(Date.UTC(Number(from.slice(0, 4)), m - 1 + 3, 1) - DAY_MS);
  return end === to ? `Q${(m - 1) / 3 + 1} ${from.slice(0, 4)}` : null;
}

function single(query: Record<string, unknown>, key: string): string | undefined {
  const value = query[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InvalidInputError(`Give ${key} once, as plain text`, { field: key });
  return value.trim() === '' ? undefined : value.trim();
}

/**
 * Reads and checks the query string; every problem is a BAD_USER_INPUT with a sentence a person can act on.
 * Without dates the packet covers the last complete calendar quarter.
 */
export function parseFidelityReviewQuery(query: Record<string, unknown>, today: string): FidelityReviewQuery {
  const programId = single(query, 'programId');
  if (!programId) throw new InvalidInputError('Choose a programme: programId is missing', { field: 'programId' });
  if (!UUID.test(programId)) throw new InvalidInputError('programId is not a programme id', { field: 'programId' });
  const fromText = single(query, 'from');
  const toText = single(query, 'to');
  if (!fromText && !toText) return { programId, ...lastCompleteQuarter(today) };
  if (!fromText || !toText) throw new InvalidInputError('Give both from and to (or neither, for the last complete quarter)', { field: fromText ? 'to' : 'from' });
  for (const [field, text] of [['from', fromText], ['to', toText]] as const) {
    if (!parseInputDate(text)) throw new InvalidInputError(`${field} must be a date written YYYY-MM-DD, such as 2026-07-01`, { field });
  }
  const from = fromText;
  const to = toText;
  if (to < from) throw new InvalidInputError('The period ends before it starts', { field: 'to' });
  if ((dayMs(to) - dayMs(from)) / DAY_MS + 1 > MAX_REVIEW_DAYS) {
    throw new InvalidInputError('A review packet covers at most a year; choose a shorter period', { field: 'from' });
  }
  if (from > today) throw new InvalidInputError('The period has not started yet', { field: 'from' });
  if ((dayMs(today) - dayMs(from)) / DAY_MS > MAX_HISTORY_DAYS - 366) {
    throw new InvalidInputError('That period is too long ago: reports reach back at most nine years', { field: 'from' });
  }
  if ((dayMs(to) - dayMs(today)) / DAY_MS > MAX_REPORT_AHEAD_DAYS) {
    throw new InvalidInputError('The period may end at most a year from today', { field: 'to' });
  }
  return { programId, from, to };
}
