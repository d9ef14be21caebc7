import { clockFromEnv, DAY_MS, isoDateIn, todayOn, type Clock } from '@tandem/shared';

/**
 * The test process's business clock: the same `TANDEM_NOW` the API under test is pinned to (npm test runs the
 * date-sensitive suites at several fixed "todays"), and the very clock object every test app of this file is given.
 */
export const testClock = clockFromEnv(process.env);

/** Today (UTC) on the test clock. */
export const todayIso = (): string => todayOn(testClock);

/** The date `n` days before today (UTC) on the test clock; negative `n` is in the future. */
export const isoDaysAgo = (n: number): string => new Date(testClock.nowMs() - n * DAY_MS).toISOString().slice(0, 10);

/** The UTC day of an instant, `YYYY-MM-DD`: the period most expectations are built on. */
export const utcDayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day of an instant in a time zone, `YYYY-MM-DD`: the period of a rule the API applies in a person's own zone. */
export const dayIn = (timeZone: string) => (ms: number): string => isoDateIn(new Date(ms), timeZone);

/**
 * Runs `act` with one "now" read from the test clock, and accepts its outcome only when the test clock still shows the
 * same period (the UTC day unless `periodOf` says e.g. the week) after it as before. The API under test reads this very
 * clock in between, so every expectation `act` builds from `now` is about the period the API computed in. When the
 * clock crosses a boundary during `act` (the wall clock at midnight, or a pin just before one) its outcome, failure or
 * success, says nothing, and `act` runs again, wholly inside the new period (a third time at most: two boundaries in a
 * row take a period shorter than the test). A failure within one period fails.
 */
export async function inOnePeriod<T>(
  act: (nowMs: number) => Promise<T>, periodOf: (ms: number) => string = utcDayOf, clock: Clock = testClock,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const nowMs = clock.nowMs();
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await act(nowMs) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (periodOf(clock.nowMs()) === periodOf(nowMs) || attempt === 3) {
      if (outcome.ok) return outcome.value;
      throw outcome.error;
    }
  }
}
