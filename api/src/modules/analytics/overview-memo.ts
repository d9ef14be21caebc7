// The dashboard overview's first screen, kept between requests, so that a warm request neither walks every team in
// scope (latest figures, signals in force, dimensions, supervision, sorting by concern, program rollups) nor
// allocates per team: it slices one page and builds that page's series.
//
// What is kept is everything the overview works out for a scope except the series' chart points (built per request
// for the teams shown): the summaries, both orders of the team list, "where to look first", "improving", the program
// rollups and the key figures. An entry is keyed by every input of those figures:
// - the organisation's analytics revision token (a new one with every write to its rollups or baseline restarts, and so
//   with every move of a team token the judged-series cache checks; migrations 1764304000000, 1764311000000), its
//   supervision revision token (sessions, series, exceptions, notes; 1764210000000) and its roster revision token
//   (people, roles, teams, memberships, supervision assignments, programs, supervision policies; 1764321000000);
// - the viewer's scope (the whole organisation, or the person with their roles and managed programs), the program
//   and team filters, the resolved window (from, to, granularity, rater mix, smallest cell), the instrument's titles
//   and the person-served metrics that pool;
// - the business clock's day (the scope's supervision assignments run by day) and minute (supervision compliance
//   counts sessions up to "now" and requires them pro rata up to it, so its figures move within a day: they are
//   worked out afresh at most once a minute, never from an earlier minute's).
// The tokens are read before the data (one statement), so nothing kept is older than its key.
import { createHash } from 'node:crypto';
import { MINUTE_MS, todayOn } from '@tandem/shared';
import { ByteBoundedCache } from '../../common/byte-bounded-cache';
import type { RequestContext, Viewer } from '../../common/request-context';
import { seesWholeOrganization } from '../../common/scope';
import type { DriftFilterInput } from './analytics.inputs';
import { overviewRevisions } from './analytics.repository';
import type { ResolvedFilter } from './analytics.service';
import { attentionTeams, byConcern, byName, improvingTeams, programRollups, steadyCount } from './drift-team-page';
import type { Overview, TeamSummary } from './overview-summaries';

/** The overview's first screen for one scope: figures, lists and the team list in both orders. */
export interface FirstScreen {
  overview: Omit<Overview, 'teams' | 'kpis'> & { kpis: Overview['kpis'] & { teamsSteady: number } };
  attention: TeamSummary[];
  improving: TeamSummary[];
  programs: ReturnType<typeof programRollups>;
  /** Every team in scope, by concern and by name (what `teams` pages out). */
  sorted: { CONCERN: TeamSummary[]; NAME: TeamSummary[] };
  /** Estimated bytes held (what the cache's budget bounds). */
  bytes: number;
}

/**
 * The budget of kept first screens in estimated bytes: a team's summary is about 2.5 KB (its figures, six dimensions,
 * the team and program rows) plus its signals, so 16 MB holds a 500-team organisation's monthly and weekly screens for
 * a dozen scopes.
 */
const MAX_BYTES = 16 * 2 ** 20;
const BYTES = { team: 2_500, signal: 500, entry: 4_000 };
/** Scopes × filters × windows whose latest key is remembered (each at most one kept screen). */
const MAX_SCOPES = 1_000;

/**
 * The process's cache. `hits`/`misses` count requests; `teamsSummarised` counts the teams summarised (what a warm
 * request must not add to). With `enabled` false every request works the overview out afresh, for tests to compare with.
 */
export const driftOverviewMemo = {
  enabled: true,
  cache: new ByteBoundedCache<FirstScreen>(MAX_BYTES, (v, key) => v.bytes + key.length),
  /** The key last kept per scope, filter and window (the key without tokens, day and minute). */
  latest: new Map<string, string>(),
  hits: 0,
  misses: 0,
  teamsSummarised: 0,
  clear(): void {
    this.cache = new ByteBoundedCache<FirstScreen>(MAX_BYTES, (v, key) => v.bytes + key.length);
    this.latest.clear();
    this.hits = 0;
    this.misses = 0;
    this.teamsSummarised = 0;
  },
  /**
   * Keeps a screen, dropping the one kept before for the same scope, filter and window: it was worked out under older
   * tokens or an earlier minute, and would hold on to judged series the judged-series cache has replaced.
   */
  keep({ scope, key }: FirstScreenKey, screen: FirstScreen): void {
    const before = this.latest.get(scope);
    if (before !== undefined && before !== key) this.cache.delete(before);
    this.latest.delete(scope);
    this.latest.set(scope, key);
    for (const [s, k] of this.latest) {
      if (this.latest.size <= MAX_SCOPES) break;
      this.latest.delete(s);
      this.cache.delete(k);
    }
    this.cache.set(key, screen);
  },
};

/** A first screen's key, and the part of it that names its scope, filter and window. */
export interface FirstScreenKey {
  scope: string;
  key: string;
}

/** Whose teams: the whole organisation (admins, unrestricted managers: the same set) or the viewer's own scope. */
function scopeOf(viewer: Viewer): string {
  if (seesWholeOrganization(viewer)) return 'organisation';
  const programs = viewer.managedProgramIds === null ? '*' : [...viewer.managedProgramIds].sort().join('+');
  return [viewer.personId, [...viewer.roles].sort().join('+'), programs].join(':');
}

/** The key of the viewer's first screen for this filter, or null when it is not to be kept (disabled, or a token missing). */
export async function firstScreenKey(
  ctx: RequestContext, filter: DriftFilterInput, f: ResolvedFilter, titles: Record<string, string>, personServed: string[],
): Promise<FirstScreenKey | null> {
  if (!driftOverviewMemo.enabled) return null;
  const organizationId = ctx.db.organizationId!;
  const tokens = await ctx.db.run((em) => overviewRevisions(em, organizationId));
  if (!tokens.analytics || !tokens.supervision || !tokens.roster) return null;
  const titled = createHash('sha1').update(JSON.stringify(Object.entries(titles).sort())).digest('base64url');
  const scope = [
    organizationId, scopeOf(ctx.viewer!), filter.programId ?? '', [...new Set(filter.teamIds ?? [])].sort().join(','),
    f.from, f.to, f.granularity, f.raterTypes.join('+'), f.minN, personServed.join(','), titled,
  ].join('|');
  const key = [scope, tokens.analytics, tokens.supervision, tokens.roster, todayOn(ctx.clock), Math.floor(ctx.clock.nowMs() / MINUTE_MS)].join('|');
  return { scope, key };
}

/** The first screen worked out from every team's summary (what the resolver did per request before it was kept). */
export function firstScreenOf(o: Overview): FirstScreen {
  const { teams, ...rest } = o;
  let bytes = BYTES.entry;
  for (const t of teams) bytes += BYTES.team + t.activeSignals.length * BYTES.signal;
  return {
    overview: { ...rest, kpis: { ...rest.kpis, teamsSteady: steadyCount(teams) } },
    attention: attentionTeams(teams),
    improving: improvingTeams(teams),
    programs: programRollups(teams),
    sorted: { CONCERN: [...teams].sort(byConcern), NAME: [...teams].sort(byName) },
    bytes,
  };
}
