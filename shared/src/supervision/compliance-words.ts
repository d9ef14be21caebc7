import type { ComplianceResult } from './compliance';

/**
 * What the compliance page says about one supervisee, derived from the same figures it shows beside the words, so the
 * two can never disagree. "Overdue" is kept for someone who is short of sessions *and* has gone too long without one;
 * a supervisee with every required session recorded is never called overdue, only "next session late".
 */
export type ComplianceWordsKey = 'NOTHING_DUE' | 'ON_TRACK' | 'NEXT_SESSION_LATE' | 'BEHIND' | 'OVERDUE';

export interface ComplianceWords {
  key: ComplianceWordsKey;
  /** 'ok' | 'attention' | 'urgent' — the web picks a colour from it. */
  level: 'ok' | 'attention' | 'urgent';
  /** The short status, e.g. "Behind · 2 to catch up". */
  label: string;
  /** The counts in words, e.g. "6 of 6 recorded". */
  counts: string;
  /** One sentence explaining the label from the same numbers. */
  detail: string;
}

export type ComplianceFigures = Pick<ComplianceResult, 'required' | 'recorded' | 'overdue' | 'daysSinceLast' | 'currentIntervalDays'>;

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export function complianceWords(f: ComplianceFigures): ComplianceWords {
  const short = Math.max(0, f.required - f.recorded);
  const counts = f.required === 0 ? `${f.recorded} recorded, none required yet` : `${f.recorded} of ${f.required} recorded`;
  const since = f.daysSinceLast === null ? 'no session yet' : `last session ${days(f.daysSinceLast)} ago`;
  const interval = `sessions every ${days(f.currentIntervalDays)}`;
  if (short > 0 && f.overdue) {
    return { key: 'OVERDUE', level: 'urgent', label: `Overdue · ${short} to catch up`, counts, detail: `${counts}; ${since} (${interval}).` };
  }
  if (short > 0) {
    return { key: 'BEHIND', level: 'attention', label: `Behind · ${short} to catch up`, counts, detail: `${counts}; ${since}.` };
  }
  if (f.overdue) {
    return {
      key: 'NEXT_SESSION_LATE', level: 'attention', label: 'Next session late', counts,
      detail: `Every required session so far is recorded; ${since}, longer than the ${f.currentIntervalDays}-day interval.`,
    };
  }
  if (f.required === 0) return { key: 'NOTHING_DUE', level: 'ok', label: 'Nothing due yet', counts, detail: `${counts}.` };
  return { key: 'ON_TRACK', level: 'ok', label: 'On track', counts, detail: `${counts}; ${since}.` };
}
