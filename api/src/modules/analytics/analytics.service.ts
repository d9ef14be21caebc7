import { Injectable } from '@nestjs/common';
import {
  DAY_MS, DIMENSION_CODES, type InstrumentDefinition, RATER_TYPE_LABELS, type RaterType, supervisionWindow, todayOn,
} from '@tandem/shared';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import { ProgramEntity, TeamEntity } from '@tandem/database';
import type { RequestContext } from '../../common/request-context';
import { teamWhere } from '../../common/scope';
import { assertWindow, MAX_HISTORY_DAYS, MAX_REPORT_AHEAD_DAYS } from '../../common/window';
import { ComplianceService } from '../supervision/compliance.service';
import { pooledPersonServedMetrics } from '../checklists/person-served-policy';
import {
  isPersonInTeamScope, membershipChanges, publishedDefinition, rollupCells, storedAnnotations, supervisorChanges,
} from './analytics.repository';
import type { DriftFilterInput } from './analytics.inputs';
import { DriftBaselineService } from './drift-baseline.service';
import { defaultRange, periodLabelOf, periodsBetween, type Granularity, type Period } from './periods';
import {
  badDirection, buildPoints, evaluateSeries, type JudgedSeries, metricLabel, ratingOf, showSeries, type Cell,
  type SeriesHistory,
} from './series-builder';
import { judgedSeries, type Judgements } from './drift-judgements';
import { overviewHistoryReader } from './overview-history';
import { supervisionOverlay } from './supervision-overlay';
import { driftOverviewMemo, firstScreenKey, firstScreenOf, type FirstScreen } from './overview-memo';
import { type Overview, SERIES_METRICS, summariseOverview, type TeamSupervision } from './overview-summaries';

export const DEFAULT_MIN_CELL = 3;
const TEAM_METRICS = ['MFI', 'HDI', 'MDI', 'EDI', 'ODI', ...DIMENSION_CODES.map((d) => `DIM:${d}`)];
const MAX_PERIODS = 160;

export interface ResolvedFilter {
  from: string;
  to: string;
  granularity: Granularity;
  raterTypes: RaterType[];
  periods: Period[];
  minN: number;
  raterLabel: string;
}

export type Cells = Map<string, Map<string, Map<string, Cell>>>; // team → metric → periodStart → cell

/** The history a team's series are judged on (see seriesHistory). */
export interface TeamHistory {
  cells: Cells;
  within: Map<string, { variance: number; df: number }>;
  restarts: Map<string, string[]>;
}

/**
 * Drift analytics. Every figure is read from metric_rollup (count, sum, sum of squares per team × period × rater
 * type × metric), so a dashboard costs the same whether a team has a hundred answers or a million.
 */
@Injectable()
export class AnalyticsService {
  constructor(private readonly complianceService: ComplianceService, private readonly baselines: DriftBaselineService) {}

  /** Supervision per team over the catalogue's window (the 90 days ending at the end of the range, or today), as the team and compliance pages ask. */
  async supervisionByTeam(ctx: RequestContext, f: ResolvedFilter, programId?: string): Promise<Map<string, TeamSupervision>> {
    const window = supervisionWindow(f.to, todayOn(ctx.clock));
    const c = await this.complianceService.compliance(ctx, { programId, from: window.startsAt, to: window.endsAt });
    return new Map(c.teams.filter((t) => t.id).map((t) => [t.id!, {
      required: t.required, recorded: t.recorded, ratio: t.ratio, overdueCount: t.overdue, superviseeCount: t.supervisees,
    }]));
  }

  async resolve(ctx: RequestContext, filter: DriftFilterInput): Promise<ResolvedFilter> {
    const granularity = (filter.granularity ?? 'MONTH') as Granularity;
    const range = defaultRange(granularity, ctx.clock.now());
    const from = filter.from ?? range.from;
    const to = filter.to ?? range.to;
    if (from > to) throw new InvalidInputError('The date range ends before it starts', { field: 'from' });
    // Both ends are capped too (the period count below caps the length): rollups are read for [from, to] only.
    assertWindow(ctx.clock.nowMs(), Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`), {
      maxDays: MAX_HISTORY_DAYS + MAX_REPORT_AHEAD_DAYS, maxPastDays: MAX_HISTORY_DAYS, maxFutureDays: MAX_REPORT_AHEAD_DAYS, allowEmpty: true,
    });
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
    if (days / (granularity === 'WEEK' ? 7 : 30.4) > MAX_PERIODS + 1) {
      throw new InvalidInputError(`That range is too long; choose at most ${MAX_PERIODS} periods (use monthly for long ranges)`, { field: 'from' });
    }
    const periods = periodsBetween(from, to, granularity);
    if (periods.length > MAX_PERIODS) {
      throw new InvalidInputError(`That range has ${periods.length} periods; choose at most ${MAX_PERIODS} (use monthly for long ranges)`, { field: 'from' });
    }
    const raterTypes = [...new Set((filter.raterTypes?.length ? filter.raterTypes : ['SELF']) as RaterType[])];
    const org = await ctx.loaders.organization.load(ctx.viewer!.organizationId);
    const minN = Number(org?.settings?.minCellSize ?? DEFAULT_MIN_CELL);
    const raterLabel = raterTypes.map((r) => RATER_TYPE_LABELS[r].toLowerCase()).join(' + ');
    return { from, to, granularity, raterTypes, periods, minN, raterLabel };
  }

  /** Teams the viewer may see, narrowed by program and team filters. */
  async teams(ctx: RequestContext, filter: DriftFilterInput): Promise<TeamEntity[]> {
    const scope = teamWhere(ctx.viewer!, 't.id');
    return ctx.db.run((em) => {
      const qb = em.getRepository(TeamEntity).createQueryBuilder('t').where('t.archivedAt IS NULL').andWhere(scope.sql, scope.params);
      if (filter.programId) qb.andWhere('t.programId = :programId', { programId: filter.programId });
      if (filter.teamIds?.length) qb.andWhere('t.id = ANY(:teamIds::uuid[])', { teamIds: filter.teamIds });
      return qb.orderBy('t.name').getMany();
    });
  }

  async visibleTeam(ctx: RequestContext, teamId: string): Promise<TeamEntity> {
    const [team] = await this.teams(ctx, { teamIds: [teamId] });
    if (!team) throw new NotFoundError('Team');
    return team;
  }

  /** An annotation about a person needs that person to be visible to the viewer and a member of the team. */
  async assertPersonInTeamScope(ctx: RequestContext, personId: string, teamId: string): Promise<void> {
    if (!(await ctx.db.run((em) => isPersonInTeamScope(em, ctx.viewer!, personId, teamId)))) throw new NotFoundError('Person in this team');
  }

  /** Cells of the filter's periods (or, with `since`, of every period from that date to the end of the range). */
  async readCells(ctx: RequestContext, teamIds: string[], f: ResolvedFilter, metrics: string[] | 'ITEMS', raterTypes = f.raterTypes, since?: string): Promise<Cells> {
    const out: Cells = new Map();
    if (teamIds.length === 0 || f.periods.length === 0) return out;
    // Person-served rows count only from three responses, and only for metrics from ≥ 3 items (person-served-policy.ts).
    const personServedMetrics = await this.pooledPersonServedMetrics(ctx);
    const rows = await ctx.db.run((em) => rollupCells(em, {
      teamIds, periodType: f.granularity, from: since ?? f.periods[0]!.start, to: f.periods[f.periods.length - 1]!.start, raterTypes, metrics, personServedMetrics,
    }));
    for (const r of rows) {
      const byMetric = out.get(r.teamId) ?? new Map<string, Map<string, Cell>>();
      out.set(r.teamId, byMetric);
      const byPeriod = byMetric.get(r.metric) ?? new Map<string, Cell>();
      byMetric.set(r.metric, byPeriod);
      byPeriod.set(r.periodStart, { count: r.count, sum: r.sum, sumSq: r.sumSq });
    }
    return out;
  }

  /**
   * Metrics person-served ratings may feed for the person rated and in team views, from the current instrument (once
   * per request); none without an instrument.
   */
  pooledPersonServedMetrics(ctx: RequestContext): Promise<string[]> {
    const key = 'analytics:person-served-metrics';
    let pending = ctx.memo.get(key) as Promise<string[]> | undefined;
    if (!pending) {
      pending = this.currentDefinition(ctx).then(pooledPersonServedMetrics, (e: unknown) => {
        if (e instanceof NotFoundError) return [];
        throw e;
      });
      ctx.memo.set(key, pending);
    }
    return pending;
  }

  async dimensionTitles(ctx: RequestContext): Promise<Record<string, string>> {
    const def = await this.currentDefinition(ctx);
    return Object.fromEntries(def.dimensions.map((d) => [d.code, d.title]));
  }

  /** The published fidelity instrument (read once per request). */
  currentDefinition(ctx: RequestContext): Promise<InstrumentDefinition> {
    const key = 'analytics:current-definition';
    let pending = ctx.memo.get(key) as Promise<InstrumentDefinition> | undefined;
    if (!pending) {
      pending = ctx.db.run((em) => publishedDefinition(em, 'mutuality-fidelity')).then((definition) => {
        if (!definition) throw new NotFoundError('Instrument');
        return definition;
      });
      ctx.memo.set(key, pending);
    }
    return pending;
  }

  /**
   * What the teams' series are judged on: every rollup cell from each series' first period to the end of the range
   * (signals never depend on where the range starts), the organisation's pooled within-period spread, and the
   * managers' baseline restarts as period labels.
   */
  async seriesHistory(ctx: RequestContext, teamIds: string[], f: ResolvedFilter, metrics: string[]): Promise<TeamHistory> {
    const personServed = await this.pooledPersonServedMetrics(ctx);
    const [cells, within, resets] = await Promise.all([
      this.readCells(ctx, teamIds, f, metrics, f.raterTypes, '0001-01-01'),
      this.baselines.withinPrior(ctx, f.granularity, f.raterTypes, metrics, personServed),
      this.baselines.rows(ctx, teamIds, f.to),
    ]);
    const restarts = new Map<string, string[]>();
    for (const r of resets) restarts.set(r.teamId, [...(restarts.get(r.teamId) ?? []), periodLabelOf(r.startsOn, f.granularity)]);
    return { cells, within, restarts };
  }

  /** One team's history of one metric, ready for `series`. */
  teamSeriesHistory(history: TeamHistory, teamId: string, metric: string, f: ResolvedFilter): SeriesHistory {
    return {
      cells: history.cells.get(teamId)?.get(metric) ?? new Map(), granularity: f.granularity, within: history.within.get(metric) ?? null,
      restarts: history.restarts.get(teamId) ?? [], spread: true,
    };
  }

  /** One metric's series over the range, with its limits and signals judged on its whole history. */
  series(scopeKey: string, metric: string, history: SeriesHistory, f: ResolvedFilter, titles: Record<string, string>) {
    const label = metricLabel(metric, titles);
    const { points, signals, limits } = evaluateSeries(scopeKey, metric, label, f.raterLabel, f.periods, f.minN, history);
    return { metric, label, badDirection: badDirection(metric), points, limits, signals };
  }

  /**
   * The teams' overview series judged on their whole history, from the per-organisation cache where it allows, kept
   * with the other cells the first screen needs: the organisational drift index up to the end of the range (for the
   * latest figures) and the dimensions of its last three periods. None of them depends on where the range starts.
   */
  judgedOverviewSeries(ctx: RequestContext, teamIds: string[], f: ResolvedFilter): Promise<Judgements> {
    return this.pooledPersonServedMetrics(ctx).then((personServed) => judgedSeries(
      ctx, teamIds, f, SERIES_METRICS, personServed, overviewHistoryReader(ctx, f, SERIES_METRICS, personServed, this, this.baselines), 'ODI,DIMENSIONS',
    ));
  }

  /** One metric's judged series as a window shows it. */
  judged(scopeKey: string, metric: string, judged: JudgedSeries, f: ResolvedFilter, titles: Record<string, string>) {
    const label = metricLabel(metric, titles);
    const { points, signals, limits } = showSeries(scopeKey, metric, label, f.raterLabel, f.periods, f.minN, judged);
    return { metric, label, badDirection: badDirection(metric), points, limits, signals };
  }

  /** Every team's summary and the key figures over them, worked out afresh (the digest and the fidelity review). */
  async overview(ctx: RequestContext, filter: DriftFilterInput): Promise<Overview> {
    return this.summarise(ctx, filter, await this.resolve(ctx, filter));
  }

  /** The dashboard's first screen, kept between requests while every input is the same (see overview-memo.ts). */
  async firstScreen(ctx: RequestContext, filter: DriftFilterInput): Promise<FirstScreen> {
    const f = await this.resolve(ctx, filter);
    const key = await firstScreenKey(ctx, filter, f, await this.dimensionTitles(ctx), await this.pooledPersonServedMetrics(ctx));
    const kept = key ? driftOverviewMemo.cache.get(key.key) : undefined;
    if (kept) {
      driftOverviewMemo.hits += 1;
      return kept;
    }
    driftOverviewMemo.misses += 1;
    const screen = firstScreenOf(await this.summarise(ctx, filter, f));
    if (key) driftOverviewMemo.keep(key, screen);
    return screen;
  }

  private async summarise(ctx: RequestContext, filter: DriftFilterInput, f: ResolvedFilter): Promise<Overview> {
    const teams = await this.teams(ctx, filter);
    const judged = await this.judgedOverviewSeries(ctx, teams.map((t) => t.id), f);
    const titles = await this.dimensionTitles(ctx);
    const programIds = [...new Set(teams.map((t) => t.programId))];
    const programRows = await ctx.loaders.program.loadMany(programIds);
    const programs = new Map<string, ProgramEntity>(programIds.map((id, i) => [id, programRows[i] as ProgramEntity]));
    const supervision = await this.supervisionByTeam(ctx, f, filter.programId);
    driftOverviewMemo.teamsSummarised += teams.length;
    return summariseOverview({ f, teams, programs, judged, titles, supervision, show: (scopeKey, metric, j) => this.judged(scopeKey, metric, j, f, titles) });
  }

  async teamDrift(ctx: RequestContext, teamId: string, filter: DriftFilterInput) {
    const team = await this.visibleTeam(ctx, teamId);
    const f = await this.resolve(ctx, filter);
    const titles = await this.dimensionTitles(ctx);
    const history = await this.seriesHistory(ctx, [team.id], f, TEAM_METRICS);
    const scopeKey = `${team.id}:${f.raterTypes.join('+')}`;
    const metrics = TEAM_METRICS.map((metric) => this.series(scopeKey, metric, this.teamSeriesHistory(history, team.id, metric, f), f, titles));
    return {
      filter: f, team, from: f.from, to: f.to, granularity: f.granularity, raterTypes: f.raterTypes, minCellSize: f.minN, metrics,
      itemsMoved: await this.itemsMoved(ctx, team.id, f),
      selfVsOthers: await this.selfVsOthers(ctx, team.id, f),
      annotations: await this.annotations(ctx, team.id, f.from, f.to),
      supervision: await supervisionOverlay(ctx, team.id, f),
    };
  }

  /** Items whose mean moved most between the rest of the range and its last three periods. */
  async itemsMoved(ctx: RequestContext, teamId: string, f: ResolvedFilter) {
    const cells = (await this.readCells(ctx, [teamId], f, 'ITEMS')).get(teamId) ?? new Map<string, Map<string, Cell>>();
    const def = await this.currentDefinition(ctx);
    const items = new Map(def.items.map((i) => [i.code, i]));
    const recentStarts = new Set(f.periods.slice(-3).map((p) => p.start));
    const out = [];
    for (const [metric, byPeriod] of cells) {
      const item = items.get(metric.slice(5));
      if (!item) continue;
      const before = { n: 0, s: 0 };
      const after = { n: 0, s: 0 };
      for (const [start, c] of byPeriod) {
        const side = recentStarts.has(start) ? after : before;
        side.n += c.count;
        side.s += c.sum;
      }
      if (before.n < f.minN || after.n < f.minN) continue;
      const b = ratingOf(before.s / before.n);
      const a = ratingOf(after.s / after.n);
      const change = Math.round((a - b) * 100) / 100;
      out.push({
        itemCode: item.code, dimensionCode: item.dimensionCode, prompt: item.prompts.SUPERVISOR, polarity: item.polarity,
        driftPattern: item.driftPattern ?? null, before: b, after: a, change,
        worse: item.polarity === 'DRIFT' ? change > 0 : change < 0,
      });
    }
    return out.sort((x, y) => Math.abs(y.change) - Math.abs(x.change)).slice(0, 8);
  }

  /** Self-ratings against everyone else's (supervisor, reviewer, person served), per period; the gap is itself a signal. */
  async selfVsOthers(ctx: RequestContext, teamId: string, f: ResolvedFilter) {
    const self = (await this.readCells(ctx, [teamId], f, ['MFI'], ['SELF'])).get(teamId)?.get('MFI') ?? new Map<string, Cell>();
    const others = (await this.readCells(ctx, [teamId], f, ['MFI'], ['SUPERVISOR', 'REVIEWER', 'PERSON_SERVED'])).get(teamId)?.get('MFI') ?? new Map<string, Cell>();
    const s = buildPoints(f.periods, self, f.minN);
    const o = buildPoints(f.periods, others, f.minN);
    return s.map((p, i) => {
      const other = o[i]!.value;
      return { period: p.period, self: p.value, others: other, gap: p.value !== null && other !== null ? Math.round((p.value - other) * 10) / 10 : null };
    });
  }

  /** Stored annotations, the managers' baseline restarts, and automatic ones from team membership and supervisor changes. */
  async annotations(ctx: RequestContext, teamId: string, from: string, to: string) {
    const [stored, memberships, supervision] = await ctx.db.run(async (em) => [
      await storedAnnotations(em, { teamId }, from, to), await membershipChanges(em, teamId, from, to), await supervisorChanges(em, teamId, from, to),
    ] as const);
    const restarts = (await this.baselines.rows(ctx, [teamId], to)).filter((r) => r.startsOn >= from);
    return [
      ...stored.map((a) => ({ id: a.id, teamId: a.teamId, personId: a.personId, onDate: a.onDate, label: a.label, details: a.details, kind: a.kind, automatic: false })),
      ...restarts.map((r) => ({
        id: `baseline:${r.id}`, teamId, personId: null, onDate: r.startsOn, label: 'Drift baseline restarted', details: r.reason,
        kind: 'BASELINE_RESET', automatic: false,
      })),
      ...memberships.map((m) => ({
        id: `membership:${m.id}:${m.joined ? 'in' : 'out'}`, teamId, personId: null, onDate: m.onDate,
        label: m.joined ? `${m.name} joined the team` : `${m.name} left the team`, details: '', kind: 'TEAM_CHANGE', automatic: true,
      })),
      ...supervision.map((s) => ({
        id: `supervision:${s.id}`, teamId, personId: null, onDate: s.onDate, label: `${s.supervisee} now supervised by ${s.supervisor}`,
        details: '', kind: 'SUPERVISOR_CHANGE', automatic: true,
      })),
    ].sort((a, b) => a.onDate.localeCompare(b.onDate));
  }
}
