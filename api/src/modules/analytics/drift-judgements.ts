// Each team's series judged on its whole history (control limits, CUSUM, signals), kept in memory with the history it
// was judged on, so the overview neither re-reads nor re-judges every team's history on every load.
//
// A judgement depends on the team's rollup cells up to the end of the range, its baseline restarts, the organisation's
// pooled within-period spread (all of its rollups), the smallest reported cell and which person-served metrics pool.
// Database triggers give the organisation a new analytics revision token, and every team the statement touched a new
// team token, in the same transaction as every write to metric_rollup or drift_baseline_reset (migrations
// 1764304000000 and 1764311000000). An entry is keyed by the organisation plus the rest of those inputs and the range's
// last day; it keeps each team's history with the team token it was read under. The spread is kept as each team's part
// of it (`withinByTeam`), with that team's token too, shared by the overview's windows and the team page. While the organisation's token stands, everything kept is
// current. When it moves, the next reader reads the organisation's team tokens (one small statement), re-reads the
// history and the part of the spread of only the teams whose token moved, adds the parts up again (in team order, as a
// fresh read does, so the figures are the same to the last bit), and re-judges in memory every kept team whose history
// or spread changed. A reader reads the tokens before the data, so nothing kept is older than its token.
import { AnalyticsRevisionEntity, AnalyticsTeamRevisionEntity } from '@tandem/database';
import type { RequestContext } from '../../common/request-context';
import type { ResolvedFilter } from './analytics.service';
import { periodsBetween } from './periods';
import { type Cell, judgeSeries, type JudgedSeries } from './series-builder';
import { pooledWithin, sameWithin, type SpreadPartials, type Within } from './within-spread';

/** A team's judged series (metric → series), and the other rollup cells (metric → period start → cell) the reader kept. */
export interface TeamJudgement {
  series: Map<string, JudgedSeries>;
  cells: ReadonlyMap<string, ReadonlyMap<string, Cell>>;
}

/** team → its judgement. */
export type Judgements = Map<string, TeamJudgement>;

/** What one team's series are judged on, besides the organisation's spread. */
export interface TeamHistoryCells {
  /** metric → period start → cell, from the series' first period to the end of the range. */
  series: ReadonlyMap<string, ReadonlyMap<string, Cell>>;
  /** Labels of the periods from which a manager restarted the baseline. */
  restarts: string[];
  /** Other cells to keep with the team (they must depend on nothing but the cache key and the team's revision). */
  cells: ReadonlyMap<string, ReadonlyMap<string, Cell>>;
}

/** How the cache reads: the teams' parts of the organisation's spread (every team's, or some), and the histories of some teams. */
export interface HistoryReader {
  spread(teamIds?: string[]): Promise<SpreadPartials>;
  histories(teamIds: string[]): Promise<Map<string, TeamHistoryCells>>;
}

interface KeptTeam {
  /** The team's token when its history was read (null: the team had no token, i.e. never a rollup). */
  token: string | null;
  /** The organisation's token under which `token` was last found current. */
  checked: string;
  history: TeamHistoryCells;
  /** The spread it was judged with (the entry's spread's `within` object while that is current). */
  judgedWith: Within;
  judgement: TeamJudgement;
  weight: number;
}

/**
 * The teams' parts of the organisation's spread, each with its team's token, and what they add up to: per organisation,
 * granularity, rater types, metrics and person-served metrics, shared by the overview's entries and the team page.
 */
interface Spread {
  /** The organisation's token under which the parts were last found current. */
  checked: string;
  tokens: Map<string, string>;
  partials: SpreadPartials;
  within: Within;
  /** One per team and metric of the parts. */
  weight: number;
}

interface Entry {
  organizationId: string;
  teams: Map<string, KeptTeam>;
  /** Cells, chart points, signals and restarts held, the measure of its memory. */
  weight: number;
}

/**
 * Judgement sets kept (least recently used goes first): organisations × granularities × rater mixes × range ends, and
 * at most this many cells, chart points, signals and restarts in all. A team's kept history is the very cells its
 * judged series hold (the same maps), counted once. A unit was about 165 bytes of heap while cells were objects (a heap
 * snapshot at 150 teams × 3 years: 80,212 units, monthly and weekly, held 13.2 MB), so this is at most about 65 MB;
 * cells are now packed at about 32 bytes each (`packed-cells.ts`) and are most of the units. 500 teams monthly and
 * weekly hold about 270,000 units.
 */
const MAX_ENTRIES = 64;
const MAX_WEIGHT = 400_000;

function weightOf(t: TeamJudgement, h: TeamHistoryCells): number {
  let w = h.restarts.length;
  for (const s of t.series.values()) w += s.cells.size + (s.limits?.points.length ?? 0) + s.signals.length;
  for (const c of t.cells.values()) w += c.size;
  return w;
}

/**
 * The process's cache, with counters for tests and the benchmark (all count teams): `hits` answered from a kept
 * history, `misses` whose history was read from the database, `rejudged` judged again in memory from a kept history
 * (the organisation's spread moved, nothing of their own), `spreadReads` whose part of the spread was read again.
 * With `enabled` false every call reads and judges afresh (what the figures were computed from before the cache),
 * for tests to compare with.
 */
export const driftJudgementCache = {
  enabled: true,
  entries: new Map<string, Entry>(),
  spreads: new Map<string, Spread>(),
  weight: 0,
  hits: 0,
  misses: 0,
  rejudged: 0,
  spreadReads: 0,
  clear(): void {
    this.entries.clear();
    this.spreads.clear();
    this.weight = 0;
    this.hits = 0;
    this.misses = 0;
    this.rejudged = 0;
    this.spreadReads = 0;
  },
};

function partsWeight(partials: SpreadPartials): number {
  let w = 0;
  for (const p of partials.values()) w += p.size;
  return w;
}

function drop(key: string, e: Entry): void {
  driftJudgementCache.entries.delete(key);
  driftJudgementCache.weight -= e.weight;
}

/** Judges every series of the given teams from their histories, building the period timeline once for all of them. */
function judge(
  teams: [string, TeamHistoryCells][], within: Within, f: ResolvedFilter, metrics: string[],
): Map<string, TeamJudgement> {
  const out = new Map<string, TeamJudgement>();
  const last = f.periods[f.periods.length - 1];
  if (!last || teams.length === 0) return out;
  let earliest = f.periods[0]!.start;
  for (const [, h] of teams) {
    for (const cells of h.series.values()) for (const [start, c] of cells) if (c.count > 0 && start < earliest) earliest = start;
  }
  const timeline = periodsBetween(earliest, last.start, f.granularity);
  for (const [id, h] of teams) {
    out.set(id, {
      series: new Map(metrics.map((m) => {
        const history = { cells: h.series.get(m) ?? new Map<string, Cell>(), granularity: f.granularity, within: within.get(m) ?? null, restarts: h.restarts, spread: true };
        return [m, judgeSeries(m, f.minN, history, last, timeline)];
      })),
      cells: h.cells,
    });
  }
  return out;
}

async function fresh(teamIds: string[], f: ResolvedFilter, metrics: string[], read: HistoryReader): Promise<Judgements> {
  if (teamIds.length === 0 || f.periods.length === 0) return new Map();
  const within = pooledWithin(await read.spread());
  const histories = await read.histories(teamIds);
  return judge(teamIds.map((id) => [id, histories.get(id)!]), within, f, metrics);
}

/** Every team token of the organisation (RLS keeps it to the tenant's; a team without one never had a rollup or a restart). */
async function teamTokens(ctx: RequestContext): Promise<Map<string, string>> {
  const rows = await ctx.db.run((em) => em.getRepository(AnalyticsTeamRevisionEntity).find({ select: { teamId: true, token: true } }));
  return new Map(rows.map((r) => [r.teamId, r.token]));
}

/** How the parts of one spread are read: every team's, or the given teams'. */
export type SpreadReader = (teamIds?: string[]) => Promise<SpreadPartials>;

/** The spread under the organisation's `current` token: the kept parts, with those of teams whose token moved read again. */
async function currentSpread(kept: Spread | undefined, current: string, tokens: Map<string, string>, read: SpreadReader): Promise<Spread> {
  if (!kept) {
    const partials = await read();
    return { checked: current, tokens, partials, within: pooledWithin(partials), weight: partsWeight(partials) };
  }
  const moved = [...tokens].filter(([id, token]) => kept.tokens.get(id) !== token).map(([id]) => id);
  const partials = new Map(kept.partials);
  if (moved.length) {
    driftJudgementCache.spreadReads += moved.length;
    for (const [id, p] of await read(moved)) {
      if (p.size) partials.set(id, p);
      else partials.delete(id);
    }
  }
  const within = pooledWithin(partials);
  return { checked: current, tokens, partials, within: sameWithin(within, kept.within) ? kept.within : within, weight: partsWeight(partials) };
}

function spreadKey(organizationId: string, granularity: string, raterTypes: string[], metrics: string[], personServed: string[]): string {
  return [organizationId, granularity, [...raterTypes].sort().join('+'), [...metrics].sort().join(','), [...personServed].sort().join(',')].join('|');
}

/** The organisation's kept spread for `key` made current under its `current` token (`tokens` read once, when needed). */
async function keptSpread(key: string, current: string, tokens: () => Promise<Map<string, string>>, read: SpreadReader): Promise<Spread> {
  const cache = driftJudgementCache;
  const kept = cache.spreads.get(key);
  if (kept?.checked === current) {
    cache.spreads.delete(key);
    cache.spreads.set(key, kept);
    return kept;
  }
  const spread = await currentSpread(kept, current, await tokens(), read);
  // Another request may have replaced it meanwhile; this one is as current (its parts were read after its tokens).
  const replaced = cache.spreads.get(key);
  cache.spreads.delete(key);
  cache.spreads.set(key, spread);
  cache.weight += spread.weight - (replaced?.weight ?? 0);
  for (const [k, old] of cache.spreads) {
    if (cache.spreads.size <= MAX_ENTRIES) break;
    cache.spreads.delete(k);
    cache.weight -= old.weight;
  }
  return spread;
}

async function organisationToken(ctx: RequestContext): Promise<string | null> {
  const organizationId = ctx.db.organizationId!;
  return (await ctx.db.run((em) => em.getRepository(AnalyticsRevisionEntity).findOneBy({ organizationId })))?.token ?? null;
}

/**
 * The organisation's pooled within-period spread for these rater types and metrics (see `withinByTeam`), from the
 * kept parts where the analytics revisions allow: only the parts of teams whose token moved are read again.
 */
export async function keptWithin(
  ctx: RequestContext, granularity: string, raterTypes: string[], metrics: string[], personServed: string[], read: SpreadReader,
): Promise<Within> {
  const current = driftJudgementCache.enabled ? await organisationToken(ctx) : null;
  if (!current) return pooledWithin(await read());
  const key = spreadKey(ctx.db.organizationId!, granularity, raterTypes, metrics, personServed);
  return (await keptSpread(key, current, () => teamTokens(ctx), read)).within;
}

/**
 * The teams' series judged on their whole history up to the end of the filter's range, from the cache where the
 * analytics revisions allow: only the histories of teams whose token moved are read again, and only teams whose
 * history or organisation spread changed are judged again.
 */
export async function judgedSeries(
  ctx: RequestContext, teamIds: string[], f: ResolvedFilter, metrics: string[], personServed: string[], read: HistoryReader, kept = '',
): Promise<Judgements> {
  const organizationId = ctx.db.organizationId!;
  const token = driftJudgementCache.enabled ? await organisationToken(ctx) : null;
  // No revision row: nothing to key by, so judge afresh (the migration and the triggers create it for every organisation).
  if (!token) return fresh(teamIds, f, metrics, read);
  if (teamIds.length === 0 || f.periods.length === 0) return new Map();

  const cache = driftJudgementCache;
  const current = token;
  const key = [organizationId, f.granularity, f.raterTypes.join('+'), f.minN, f.to, personServed.join(','), metrics.join(','), kept].join('|');
  const entry: Entry = cache.entries.get(key) ?? { organizationId, teams: new Map(), weight: 0 };
  cache.entries.delete(key);
  cache.entries.set(key, entry);

  // Teams (and the spread) not known current under the organisation's token: compare tokens, re-read what moved.
  const unchecked = teamIds.filter((id) => entry.teams.get(id)?.checked !== current);
  let tokens: Map<string, string> | null = null;
  const allTokens = async () => (tokens ??= await teamTokens(ctx));
  if (unchecked.length) await allTokens();
  const spread = await keptSpread(spreadKey(organizationId, f.granularity, f.raterTypes, metrics, personServed), current, allTokens, read.spread);
  const known = tokens ?? new Map<string, string>();
  const stale = unchecked.filter((id) => {
    const t = entry.teams.get(id);
    return !t || t.token !== (known.get(id) ?? null);
  });
  const within = spread.within;
  const histories = stale.length ? await read.histories(stale) : new Map<string, TeamHistoryCells>();
  cache.misses += stale.length;
  cache.hits += teamIds.length - stale.length;

  // Judge the re-read teams and every kept team judged with another spread.
  const toJudge: [string, TeamHistoryCells][] = [];
  for (const id of teamIds) {
    const h = histories.get(id);
    if (h) toJudge.push([id, h]);
    else if (entry.teams.get(id)!.judgedWith !== within) {
      toJudge.push([id, entry.teams.get(id)!.history]);
      cache.rejudged += 1;
    }
  }
  const judged = judge(toJudge, within, f, metrics);
  const out: Judgements = new Map(teamIds.map((id) => [id, judged.get(id) ?? entry.teams.get(id)!.judgement]));

  // Another request may have retired or replaced the entry meanwhile; the judgements still answer this one.
  if (cache.entries.get(key) !== entry) return out;
  for (const [id, h] of toJudge) {
    const before = entry.teams.get(id);
    const judgement = judged.get(id)!;
    const weight = weightOf(judgement, h);
    entry.teams.set(id, { token: histories.has(id) ? known.get(id) ?? null : before!.token, checked: current, history: h, judgedWith: within, judgement, weight });
    const delta = weight - (before?.weight ?? 0);
    entry.weight += delta;
    cache.weight += delta;
  }
  for (const id of unchecked) {
    const t = entry.teams.get(id);
    if (t && t.token === (known.get(id) ?? null)) t.checked = current;
  }
  for (const [k, e] of cache.entries) {
    if (cache.entries.size <= MAX_ENTRIES && cache.weight <= MAX_WEIGHT) break;
    if (e !== entry) drop(k, e);
  }
  return out;
}
