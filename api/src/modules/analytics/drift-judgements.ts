// Each team's series judged on its whole history (control limits, CUSUM, signals), kept in memory so the overview does
// not re-judge every team's history on every load.
//
// A judgement depends on the team's rollup cells up to the end of the range, the organisation's pooled within-period
// spread (all of its rollups), the baseline restarts, the smallest reported cell and which person-served metrics pool.
// The key is the organisation plus its analytics revision token, which database triggers replace in the same
// transaction as every write to metric_rollup or drift_baseline_reset (migration 1764304000000), plus the rest of
// those inputs and the range's last day. A reader reads the token before the data, so an entry never holds data older
// than its token; a new token simply misses.
import { AnalyticsRevisionEntity } from '@tandem/database';
import type { RequestContext } from '../../common/request-context';
import type { ResolvedFilter } from './analytics.service';
import { periodsBetween } from './periods';
import { type Cell, judgeSeries, type JudgedSeries, type SeriesHistory } from './series-builder';

/** A team's judged series (metric → series), and the other rollup cells (metric → period start → cell) the reader kept. */
export interface TeamJudgement {
  series: Map<string, JudgedSeries>;
  cells: Map<string, Map<string, Cell>>;
}

/** team → its judgement. */
export type Judgements = Map<string, TeamJudgement>;

interface Entry {
  organizationId: string;
  token: string;
  teams: Judgements;
  /** Cells and chart points held, the measure of its memory. */
  weight: number;
}

/**
 * Judgement sets kept (least recently used goes first): organisations × granularities × rater mixes × range ends, and
 * at most this many cells and chart points in all. A unit is about 165 bytes of heap (a heap snapshot at 150 teams ×
 * 3 years: 80,212 units, monthly and weekly, held 13.2 MB), so this is about 65 MB; 500 teams monthly and weekly hold
 * about 270,000 units.
 */
const MAX_ENTRIES = 64;
const MAX_WEIGHT = 400_000;

function weightOf(t: TeamJudgement): number {
  let w = 0;
  for (const s of t.series.values()) w += s.cells.size + (s.limits?.points.length ?? 0) + s.signals.length;
  for (const c of t.cells.values()) w += c.size;
  return w;
}

/**
 * The process's cache. `hits`/`misses` count teams, for tests and the benchmark; with `enabled` false every call
 * judges afresh (what the figures were computed from before the cache), for tests to compare with.
 */
export const driftJudgementCache = {
  enabled: true,
  entries: new Map<string, Entry>(),
  weight: 0,
  hits: 0,
  misses: 0,
  clear(): void {
    this.entries.clear();
    this.weight = 0;
    this.hits = 0;
    this.misses = 0;
  },
};

/**
 * The history of the given teams' series (one read for all of them), as AnalyticsService.seriesHistory gives it, and
 * any other cells to keep with them (they must depend on nothing but the cache key and the revision).
 */
export type HistoryReader = (teamIds: string[]) => Promise<{
  series: (teamId: string, metric: string) => SeriesHistory;
  cells: (teamId: string) => Map<string, Map<string, Cell>>;
}>;

function drop(key: string, e: Entry): void {
  driftJudgementCache.entries.delete(key);
  driftJudgementCache.weight -= e.weight;
}

/** Judges every series of the given teams, building the period timeline once for all of them. */
async function judge(teamIds: string[], f: ResolvedFilter, metrics: string[], read: HistoryReader): Promise<Judgements> {
  const out: Judgements = new Map();
  const last = f.periods[f.periods.length - 1];
  if (!last || teamIds.length === 0) return out;
  const history = await read(teamIds);
  const histories = teamIds.map((id) => metrics.map((m) => [m, history.series(id, m)] as const));
  let earliest = f.periods[0]!.start;
  for (const byMetric of histories) {
    for (const [, h] of byMetric) for (const [start, c] of h.cells) if (c.count > 0 && start < earliest) earliest = start;
  }
  const timeline = periodsBetween(earliest, last.start, f.granularity);
  teamIds.forEach((id, i) => out.set(id, {
    series: new Map(histories[i]!.map(([m, h]) => [m, judgeSeries(m, f.minN, h, last, timeline)])),
    cells: history.cells(id),
  }));
  return out;
}

/**
 * The teams' series judged on their whole history up to the end of the filter's range, from the cache where the
 * organisation's analytics revision allows; only teams not yet judged under that revision are read and judged.
 */
export async function judgedSeries(
  ctx: RequestContext, teamIds: string[], f: ResolvedFilter, metrics: string[], personServed: string[], read: HistoryReader, kept = '',
): Promise<Judgements> {
  const organizationId = ctx.db.organizationId!;
  const revision = await ctx.db.run((em) => em.getRepository(AnalyticsRevisionEntity).findOneBy({ organizationId }));
  // No revision row: nothing to key by, so judge afresh (the migration and the triggers create it for every organisation).
  if (!revision || !driftJudgementCache.enabled) return judge(teamIds, f, metrics, read);

  const cache = driftJudgementCache;
  const key = [organizationId, f.granularity, f.raterTypes.join('+'), f.minN, f.to, personServed.join(','), metrics.join(','), kept].join('|');
  // A new token retires every entry of the organisation (whatever its key): they can never be read again.
  for (const [k, e] of cache.entries) {
    if (e.organizationId === organizationId && e.token !== revision.token) drop(k, e);
  }
  const entry = cache.entries.get(key) ?? { organizationId, token: revision.token, teams: new Map(), weight: 0 };
  cache.entries.delete(key);
  cache.entries.set(key, entry);

  const missing = teamIds.filter((id) => !entry.teams.has(id));
  cache.hits += teamIds.length - missing.length;
  cache.misses += missing.length;
  if (missing.length) {
    const judged = await judge(missing, f, metrics, read);
    // Another request may have retired or replaced the entry meanwhile; the judgements still answer this one.
    if (cache.entries.get(key) !== entry) return new Map(teamIds.map((id) => [id, entry.teams.get(id) ?? judged.get(id)!]));
    for (const [id, j] of judged) {
      if (entry.teams.has(id)) continue;
      entry.teams.set(id, j);
      const w = weightOf(j);
      entry.weight += w;
      cache.weight += w;
    }
    for (const [k, e] of cache.entries) {
      if (cache.entries.size <= MAX_ENTRIES && cache.weight <= MAX_WEIGHT) break;
      if (e !== entry) drop(k, e);
    }
  }
  return new Map(teamIds.map((id) => [id, entry.teams.get(id)!]));
}
