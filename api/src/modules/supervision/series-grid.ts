// The fast path of series expansion: a rule whose occurrences lie on a fixed grid in wall time (FREQ=DAILY, or
// FREQ=WEEKLY on DTSTART's own weekday, with INTERVAL and UNTIL or COUNT) is every interval × day or week after DTSTART,
// so its starts in a range are worked out by arithmetic instead of by the rrule library's iterator (which dominates a
// cold expansion of thousands of fortnightly series). Any other rule returns null and goes through the library;
// occurrences.spec.ts checks the two agree.
import { DAY_MS, instantToFloating, parseRRuleDate } from '@tandem/shared';

/** A rule on a fixed grid of wall times, from DTSTART. */
interface Grid {
  stepMs: number;
  /** UNTIL as an instant (UTC), or null. */
  untilMs: number | null;
  count: number | null;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const grids = new Map<string, Grid | 'no'>();

/** The grid of a rule for a DTSTART (floating ms), or null when the rule is not one. */
export function gridOf(recurrence: string, startsLocalMs: number): Grid | null {
  const key = `${recurrence}|${new Date(startsLocalMs).getUTCDay()}`;
  let grid = grids.get(key);
  if (grid === undefined) {
    grid = parseGrid(recurrence, new Date(startsLocalMs).getUTCDay()) ?? 'no';
    if (grids.size >= 10_000) grids.clear();
    grids.set(key, grid);
  }
  return grid === 'no' ? null : grid;
}

function parseGrid(recurrence: string, weekday: number): Grid | null {
  let freq: string | null = null;
  let interval = 1;
  let untilMs: number | null = null;
  let count: number | null = null;
  for (const part of recurrence.split(';')) {
    if (part === '') continue;
    const [name, value = ''] = part.split('=');
    if (name === 'FREQ') freq = value;
    else if (name === 'INTERVAL' && /^[1-9]\d{0,3}$/.test(value)) interval = Number(value);
    else if (name === 'COUNT' && /^[1-9]\d{0,4}$/.test(value)) count = Number(value);
    // Only the stored UTC form (a date-only or floating UNTIL goes through the library).
    else if (name === 'UNTIL' && /^\d{8}T\d{6}Z$/.test(value)) untilMs = parseRRuleDate(value).getTime();
    // One weekday, DTSTART's own (what a normalised weekly series on one day has); WKST then changes nothing.
    else if (name === 'BYDAY' && value === WEEKDAYS[weekday] && freq === 'WEEKLY') continue;
    else if (name === 'WKST' && WEEKDAYS.includes(value)) continue;
    else return null;
  }
  if (count !== null && untilMs !== null) return null;
  if (freq === 'DAILY') return /BYDAY=/.test(recurrence) ? null : { stepMs: interval * DAY_MS, untilMs, count };
  if (freq === 'WEEKLY') return { stepMs: interval * 7 * DAY_MS, untilMs, count };
  return null;
}

/**
 * The grid's wall times (floating ms) in [aMs, bMs], in order, at most `max` of them: what the library's
 * `between(a, b, true)` gives for the same rule and DTSTART.
 */
export function gridBetween(grid: Grid, startsLocalMs: number, timeZone: string, aMs: number, bMs: number, max: number): number[] {
  const untilFloating = grid.untilMs === null ? Infinity : instantToFloating(grid.untilMs, timeZone);
  const lastIndex = grid.count === null ? Infinity : grid.count - 1;
  const out: number[] = [];
  for (let k = Math.max(0, Math.ceil((aMs - startsLocalMs) / grid.stepMs)); k <= lastIndex && out.length < max; k++) {
    const t = startsLocalMs + k * grid.stepMs;
    if (t > bMs || t > untilFloating) break;
    out.push(t);
  }
  return out;
}
