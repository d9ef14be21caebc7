import { formatDriftPeriod } from '@tandem/shared';

/**
 * Gaps in a series: periods without a figure that sit between two periods with one. The chart draws the points it
 * has joined by their own line, a dotted line across each gap, and marks the missing periods, so a gap reads as "no
 * figure here", not as a change and not as the end of the series.
 */
export interface GapRun {
  /** The missing periods, in order. */
  periods: string[];
  /** The periods with a figure either side. */
  before: string;
  after: string;
}

type Row = { period: string };

const valueOf = (row: Row, key: string): unknown => (row as Record<string, unknown>)[key];

const hasValue = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Runs of missing values strictly inside a series (leading and trailing periods without figures are not gaps). */
export function gapRuns(rows: readonly Row[], key: string): GapRun[] {
  const runs: GapRun[] = [];
  let lastWith = -1;
  rows.forEach((row, i) => {
    if (!hasValue(valueOf(row, key))) return;
    if (lastWith >= 0 && i - lastWith > 1) {
      runs.push({ periods: rows.slice(lastWith + 1, i).map((r) => r.period), before: rows[lastWith]!.period, after: row.period });
    }
    lastWith = i;
  });
  return runs;
}

/** The data key of the dotted line across one gap of a series. */
export const bridgeKey = (key: string, index: number) => `${key}__gap${index}`;

/**
 * Rows with, for each gap of `key`, a key holding only the two values either side of it (see `bridgeKey`); drawn with
 * `connectNulls`, each such key is exactly the dotted segment across its gap and nothing else.
 */
export function withGapBridges<T extends Row>(rows: readonly T[], key: string): { rows: (T & Record<string, number | null>)[]; bridges: string[]; runs: GapRun[] } {
  const runs = gapRuns(rows, key);
  const bridges = runs.map((_, i) => bridgeKey(key, i));
  const out = rows.map((row) => {
    const extra: Record<string, number | null> = {};
    runs.forEach((run, i) => {
      extra[bridges[i]!] = row.period === run.before || row.period === run.after ? (valueOf(row, key) as number) : null;
    });
    return { ...row, ...extra };
  });
  return { rows: out, bridges, runs };
}

/** More gaps than this are counted, not listed. */
export const MAX_LISTED_GAPS = 3;

function runText(run: GapRun): string {
  const first = run.periods[0]!;
  const last = run.periods[run.periods.length - 1]!;
  return first === last ? formatDriftPeriod(first) : `${formatDriftPeriod(first)} – ${formatDriftPeriod(last)}`;
}

/**
 * The gaps in words, for the chart's text: "No figure for Mar 2026 or for Jun 2026 – Jul 2026; a dotted line joins
 * the periods either side." Empty when there is no gap.
 */
export function gapText(runs: readonly GapRun[], what = 'figure'): string {
  if (runs.length === 0) return '';
  if (runs.length > MAX_LISTED_GAPS) {
    // Sparse ratings (a supervisor's quarterly observation): a count reads better than a long list of months.
    const missing = runs.reduce((sum, run) => sum + run.periods.length, 0);
    const first = runs[0]!.before;
    const last = runs[runs.length - 1]!.after;
    return `No ${what} for ${missing} periods in ${runs.length} gaps between ${formatDriftPeriod(first)} and ${formatDriftPeriod(last)}; dotted lines join the periods either side.`;
  }
  const parts = runs.map(runText);
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]!}`;
  const joins = runs.length === 1 ? 'a dotted line joins the periods either side' : 'dotted lines join the periods either side';
  return `No ${what} for ${list}; ${joins}.`;
}
