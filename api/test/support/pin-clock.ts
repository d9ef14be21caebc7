/**
 * Import this first in a test file whose app (and `testClock`) must run on a business clock years away from the wall
 * clock, so a stamp taken from the wall clock (the database's now(), TypeORM's CURRENT_TIMESTAMP) instead of the
 * business clock (`app_now()`) is off by years. A pin the run already set is kept (e.g. a date-proof "today"); a spec
 * can assert `PINNED_NOW` is still far from the wall clock. Jest gives each test file its own `process.env`, and
 * `clock.ts` reads `TANDEM_NOW` once, when it is first imported (after this module).
 */
process.env.TANDEM_NOW ??= '2031-02-03T04:05:06Z';
export const PINNED_NOW: string = process.env.TANDEM_NOW;
