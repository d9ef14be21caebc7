import { DAY_MS, MINUTE_MS } from '@tandem/shared';
import { testClock } from './clock';

/** The supervision-figure suites' "now": the test clock at the start of its minute, read once per file. */
export const minuteNowMs = (): number => Math.floor(testClock.nowMs() / MINUTE_MS) * MINUTE_MS;

/** The UTC date `daysAgo` days before `nowMs`. */
export const dayBefore = (nowMs: number, daysAgo: number): string => new Date(nowMs - daysAgo * DAY_MS).toISOString().slice(0, 10);

/**
 * The compliance windows these suites compare: the default one, a year back in four 90-day parts (two clock changes a
 * year in each zone) and one long window reaching two weeks ahead.
 */
export function complianceWindows(nowMs: number): Record<string, string>[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  return [
    {}, ...[0, 90, 180, 270].map((k) => ({ from: iso(nowMs - (k + 90) * DAY_MS), to: iso(nowMs - k * DAY_MS) })),
    { from: iso(nowMs - 380 * DAY_MS), to: iso(nowMs + 14 * DAY_MS) },
  ];
}
