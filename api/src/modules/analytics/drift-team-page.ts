import { InvalidInputError } from '../../common/errors';

/**
 * The overview's team list, one page at a time: filtered by status, band and name, ordered by concern or by name,
 * cut at an opaque cursor. Pure functions over the summaries the overview already holds, so a page costs nothing
 * beyond the figures the first screen needs, and the team count reads no answers.
 */

export type DriftTeamSortKey = 'CONCERN' | 'NAME';
export type DriftTeamStatusKey = 'ALERT' | 'WATCH' | 'IMPROVING' | 'STEADY';
export type DriftTeamBandKey = 'HIGH' | 'MODERATE' | 'LOW' | 'UNRATED';

export const DEFAULT_TEAM_PAGE = 24;
export const MAX_TEAM_PAGE = 100;
/** "Where to look first" and "Improving" list this many teams; the key figures count them all. */
export const FIRST_SCREEN_TEAMS = 10;

export interface TeamSignalLike {
  direction: string;
  severity: string;
  since?: string;
}

export interface TeamSummaryLike {
  team: { id: string; name: string };
  program: { id: string; name: string };
  latest: { mutualityIndex: number | null; band: string | null };
  activeSignals: TeamSignalLike[];
}

export interface TeamPageRequest {
  first?: number;
  after?: string;
  sort?: DriftTeamSortKey;
  search?: string;
  statuses?: DriftTeamStatusKey[];
  bands?: DriftTeamBandKey[];
}

export interface TeamPage<T> {
  items: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const worse = (s: TeamSummaryLike) => s.activeSignals.filter((x) => x.direction !== 'better');

/** 2 with a drift alert in force, 1 with only a drift watch, 0 otherwise. */
export function concernRank(s: TeamSummaryLike): number {
  const w = worse(s);
  if (w.some((x) => x.severity === 'alert')) return 2;
  return w.length > 0 ? 1 : 0;
}

export const isImproving = (s: TeamSummaryLike) => s.activeSignals.some((x) => x.direction === 'better');

function hasStatus(s: TeamSummaryLike, status: DriftTeamStatusKey): boolean {
  switch (status) {
    case 'ALERT': return concernRank(s) === 2;
    case 'WATCH': return concernRank(s) === 1;
    case 'IMPROVING': return isImproving(s);
    case 'STEADY': return s.activeSignals.length === 0;
  }
}

export const byName = (a: TeamSummaryLike, b: TeamSummaryLike) => a.team.name.localeCompare(b.team.name, 'en') || a.team.id.localeCompare(b.team.id);

/** Drift alerts first, then watches, then the rest; lowest fidelity first within each (unrated last), then by name. */
export function byConcern(a: TeamSummaryLike, b: TeamSummaryLike): number {
  const ma = a.latest.mutualityIndex;
  const mb = b.latest.mutualityIndex;
  return concernRank(b) - concernRank(a)
    || (ma === null ? 1 : 0) - (mb === null ? 1 : 0)
    || (ma ?? 0) - (mb ?? 0)
    || byName(a, b);
}

/** Teams with a drift signal in force, most concerning first, as many as the first screen lists. */
export function attentionTeams<T extends TeamSummaryLike>(teams: readonly T[], limit = FIRST_SCREEN_TEAMS): T[] {
  return teams.filter((t) => concernRank(t) > 0).sort(byConcern).slice(0, limit);
}

/** Teams with an improvement in force: improvement alerts first, then the longest-standing, then by name. */
export function improvingTeams<T extends TeamSummaryLike>(teams: readonly T[], limit = FIRST_SCREEN_TEAMS): T[] {
  const strongest = (t: T) => Number(t.activeSignals.some((x) => x.direction === 'better' && x.severity === 'alert'));
  const earliest = (t: T) => t.activeSignals.filter((x) => x.direction === 'better').map((x) => x.since ?? '').sort()[0] ?? '';
  return teams.filter(isImproving).sort((a, b) => strongest(b) - strongest(a) || earliest(a).localeCompare(earliest(b)) || byName(a, b)).slice(0, limit);
}

/** Per program: how many of its teams are in each state (the rollup beside the key figures). */
export function programRollups(teams: readonly TeamSummaryLike[]) {
  const out = new Map<string, { programId: string; programName: string; teams: number; teamsWithAlerts: number; teamsOnWatch: number; teamsImproving: number; teamsSteady: number }>();
  for (const t of teams) {
    const row = out.get(t.program.id) ?? { programId: t.program.id, programName: t.program.name, teams: 0, teamsWithAlerts: 0, teamsOnWatch: 0, teamsImproving: 0, teamsSteady: 0 };
    out.set(t.program.id, row);
    row.teams++;
    if (hasStatus(t, 'ALERT')) row.teamsWithAlerts++;
    if (hasStatus(t, 'WATCH')) row.teamsOnWatch++;
    if (hasStatus(t, 'IMPROVING')) row.teamsImproving++;
    if (hasStatus(t, 'STEADY')) row.teamsSteady++;
  }
  return [...out.values()].sort((a, b) => b.teamsWithAlerts - a.teamsWithAlerts || b.teamsOnWatch - a.teamsOnWatch || a.programName.localeCompare(b.programName, 'en'));
}

export const steadyCount = (teams: readonly TeamSummaryLike[]) => teams.filter((t) => hasStatus(t, 'STEADY')).length;

const CURSOR = /^(CONCERN|NAME):(\d{1,6})$/;

export function encodeTeamCursor(sort: DriftTeamSortKey, offset: number): string {
  return Buffer.from(`${sort}:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor continues from; a cursor from another order (or none of ours) is refused. */
export function decodeTeamCursor(cursor: string, sort: DriftTeamSortKey): number {
  const m = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new InvalidInputError('after is not a cursor from this list', { field: 'after' });
  if (m[1] !== sort) throw new InvalidInputError('after is a cursor from another order; start again without it', { field: 'after' });
  return Number(m[2]);
}

function matches(t: TeamSummaryLike, req: TeamPageRequest, needle: string): boolean {
  if (needle && !t.team.name.toLocaleLowerCase('en').includes(needle)) return false;
  if (req.statuses?.length && !req.statuses.some((s) => hasStatus(t, s))) return false;
  if (req.bands?.length && !req.bands.includes((t.latest.band ?? 'UNRATED') as DriftTeamBandKey)) return false;
  return true;
}

/**
 * One page of the teams that match, in the requested order, with the count of all that match. With `sorted` (the same
 * teams already in each order, e.g. kept between requests) nothing is sorted again: the orders are total (ties go by
 * name, then id), so filtering the sorted list gives what sorting the filtered one would, and with no filter a page is a slice.
 */
export function pageTeams<T extends TeamSummaryLike>(
  teams: readonly T[], req: TeamPageRequest = {}, sorted?: Readonly<Record<DriftTeamSortKey, readonly T[]>>,
): TeamPage<T> {
  const sort = req.sort ?? 'CONCERN';
  const first = req.first ?? DEFAULT_TEAM_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_TEAM_PAGE) {
    throw new InvalidInputError(`first must be between 1 and ${MAX_TEAM_PAGE}`, { field: 'first' });
  }
  const start = req.after ? decodeTeamCursor(req.after, sort) : 0;
  const needle = (req.search ?? '').trim().toLocaleLowerCase('en');
  const filtered = !!needle || !!req.statuses?.length || !!req.bands?.length;
  const matching = sorted
    ? (filtered ? sorted[sort].filter((t) => matches(t, req, needle)) : sorted[sort])
    : teams.filter((t) => matches(t, req, needle)).sort(sort === 'NAME' ? byName : byConcern);
  const items = matching.slice(start, start + first);
  const end = start + items.length;
  return {
    items,
    totalCount: matching.length,
    pageInfo: { endCursor: items.length ? encodeTeamCursor(sort, end) : req.after ?? null, hasNextPage: end < matching.length },
  };
}
