// Imported first by a test file that must run on a business clock far from the wall clock, so a write stamped with
// the database's now() instead of app_now() shows. Keeps a pin the run already set (the date-proof runs).
process.env.TANDEM_NOW ??= '2031-05-14T09:30:00Z';
