import { clockFromEnv, DAY_MS, todayOn } from '@tandem/shared';

/**
 * The test process's business clock: the same `TANDEM_NOW` the API under test is pinned to (npm test runs the
 * date-sensitive suites at several fixed "todays"), and the very clock object every test app of this file is given.
 */
export const testClock = clockFromEnv(process.env);

/** Today (UTC) on the test clock. */
export const todayIso = (): string => todayOn(testClock);

/** The date `n` days before today (UTC) on the test clock; negative `n` is in the future. */
export const isoDaysAgo = (n: number): string => new Date(testClock.nowMs() - n * DAY_MS).toISOString().slice(0, 10);
