/**
 * Import this first in a test file to run its app (and `testClock`) pinned years away from the wall clock, so a stamp
 * taken from the wall clock instead of the business clock is off by years. Jest gives each test file its own
 * `process.env`, and `clock.ts` reads `TANDEM_NOW` once, when it is first imported (after this module).
 */
export const PINNED_FAR = '2031-02-03T04:05:06Z';
process.env.TANDEM_NOW = PINNED_FAR;
