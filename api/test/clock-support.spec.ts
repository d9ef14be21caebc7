import { DAY_MS, pinnedClock } from '@tandem/shared';
import { dayIn, inOnePeriod, utcDayOf } from './support/clock';

// inOnePeriod, on real pinned clocks that run on with the wall clock: a test straddling midnight runs again on the new
// day, a test within one day runs once, and its failure is never excused.
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits until `clock` shows another `periodOf` than at `since` (a second at most, from the pins below). */
async function untilNext(clock: { nowMs(): number }, periodOf: (ms: number) => string, since: number): Promise<void> {
  while (periodOf(clock.nowMs()) === periodOf(since)) await pause(10);
}

describe('inOnePeriod', () => {
  it('runs a test that straddles midnight again, wholly on the new day, and returns that run’s outcome', async () => {
    // The first reading is taken synchronously after the pin, a second before midnight; the first run then waits out midnight.
    const clock = pinnedClock('2027-01-03T23:59:59Z');
    const days: string[] = [];
    const result = await inOnePeriod(async (now) => {
      days.push(utcDayOf(now));
      if (days.length === 1) {
        await untilNext(clock, utcDayOf, now);
        throw new Error('built on Sunday, answered on Monday');
      }
      return 'checked';
    }, utcDayOf, clock);
    expect({ result, days }).toEqual({ result: 'checked', days: ['2027-01-03', '2027-01-04'] });
  });

  it('runs a test within one period once, and fails with its failure', async () => {
    const clock = pinnedClock('2027-03-31T12:00:00Z');
    let runs = 0;
    await expect(inOnePeriod(async () => {
      runs++;
      throw new Error('a real failure');
    }, utcDayOf, clock)).rejects.toThrow('a real failure');
    expect(runs).toBe(1);
  });

  it('counts the period it is given: a new week, or a midnight in another zone', async () => {
    const weekOf = (ms: number) => String(Math.floor((ms / DAY_MS + 3) / 7)); // weeks starting on Monday (1 Jan 1970 was a Thursday)
    const beforeMonday = pinnedClock('2027-01-03T23:59:59Z');
    let weekRuns = 0;
    await inOnePeriod(async (now) => {
      weekRuns++;
      if (weekRuns === 1) await untilNext(beforeMonday, weekOf, now);
    }, weekOf, beforeMonday);
    expect(weekRuns).toBe(2);
    // A second before midnight in UTC is one in the afternoon in Auckland: no midnight there, one run.
    let aucklandRuns = 0;
    await inOnePeriod(async () => { aucklandRuns++; await pause(1_100); }, dayIn('Pacific/Auckland'), pinnedClock('2027-01-03T23:59:59Z'));
    expect(aucklandRuns).toBe(1);
  });
});
