import { Injectable } from '@nestjs/common';
import { todayOn } from '@tandem/shared';
import { audit } from '../../common/audit';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { hasRole, type RequestContext } from '../../common/request-context';
import { AnalyticsService, type ResolvedFilter } from '../analytics/analytics.service';
import { DriftActionsService } from '../analytics/drift-actions.service';
import type { FidelityReviewQuery } from './fidelity-review.inputs';
import { quarterName } from './fidelity-review.inputs';
import { teamNarrative } from './fidelity-review.narrative';
import type { FidelityReview, ReviewAction, ReviewSignal, ReviewTeam } from './fidelity-review.types';

/** The control charts show this many months up to the end of the period, so a quarter is seen against its year. */
const CHART_MONTHS = 12;
/** The metrics charted per team (the first is the headline chart). */
const CHART_METRICS = ['MFI', 'HDI', 'MDI'];

const ANONYMOUS_LABELS: Record<string, string> = { TEAM_CHANGE: 'Team membership changed', SUPERVISOR_CHANGE: 'A supervisee’s supervisor changed' };

type Overview = Awaited<ReturnType<AnalyticsService['overview']>>;

/**
 * The slice of the analytics outputs the packet reads. Signals carry direction, inForce and since, and markers their
 * outcome, since the drift detector's rework; older shapes read as worse / not in force / no outcome.
 */
interface SignalOut { id: string; period: string; rule: string; severity: string; message: string; since?: string; direction?: string; inForce?: boolean }
interface SeriesOut {
  metric: string;
  label: string;
  badDirection: string;
  points: { period: string; value: number | null; n: number; suppressed: boolean }[];
  limits: { points?: { period: string; centre: number; lower: number; upper: number }[] } | null;
  signals: SignalOut[];
}
interface TeamDriftOut {
  metrics: SeriesOut[];
  supervision: { period: string; held: number; missed: number; cancelled: number; unrecorded: number }[];
  annotations: { onDate: string; label: string; kind: string }[];
  itemsMoved: { prompt: string; dimensionCode: string; before: number; after: number; worse: boolean }[];
}
interface MarkerOut {
  createdOn: string; dueDate: string | null; description: string; dimensionCode: string | null; status: string; ownerName: string | null;
  before: number | null; after: number | null; outcome?: string | null;
}
type TeamDriftMetrics = Awaited<ReturnType<AnalyticsService['teamDrift']>>['metrics'];
/** markers(ctx, team, filter, series): the series let it judge each action's outcome (older versions ignore them). */
type MarkersFn = (ctx: RequestContext, teamId: string, f: ResolvedFilter, series: TeamDriftMetrics) => Promise<MarkerOut[]>;

const direction = (s: SignalOut): 'worse' | 'better' => (s.direction === 'better' ? 'better' : 'worse');

function monthStart(iso: string, monthsBack: number): string {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1 - monthsBack, 1)).toISOString().slice(0, 10);
}

/**
 * The quarterly fidelity review packet's content, for a program manager (their programs) or an admin: everything is
 * read through the dashboard's own services (drift overview, team drift, drift actions), so the packet shows the
 * figures, suppression and signals the dashboard shows for the same programme and period.
 */
@Injectable()
export class FidelityReviewService {
  constructor(private readonly analytics: AnalyticsService, private readonly driftActions: DriftActionsService) {}

  async review(ctx: RequestContext, q: FidelityReviewQuery): Promise<FidelityReview> {
    const viewer = ctx.viewer!;
    if (!hasRole(viewer, 'ADMIN', 'PROGRAM_MANAGER')) throw new ForbiddenError('The review packet is for program managers and admins');
    const program = await ctx.loaders.program.load(q.programId);
    const managesIt = hasRole(viewer, 'ADMIN') || viewer.managedProgramIds === null || viewer.managedProgramIds.includes(q.programId);
    if (!program || !managesIt) throw new NotFoundError('Programme');
    const org = await ctx.loaders.organization.load(viewer.organizationId);

    const overview = await this.analytics.overview(ctx, { programId: program.id, from: q.from, to: q.to });
    const chartFrom = [q.from, monthStart(q.to, CHART_MONTHS - 1)].sort()[0]!;
    const chartFilter = { programId: program.id, from: chartFrom, to: q.to };
    const reviewMonths = new Set(overview.periods);
    const teams: ReviewTeam[] = [];
    for (const summary of overview.teams) {
      const { filter, ...drift } = await this.analytics.teamDrift(ctx, summary.team.id, chartFilter);
      const metrics: SeriesOut[] = drift.metrics;
      const markersOf = this.driftActions.markers.bind(this.driftActions) as MarkersFn;
      const markers = await markersOf(ctx, summary.team.id, filter, drift.metrics);
      teams.push(this.team(summary, { ...drift, metrics }, markers, q, reviewMonths, todayOn(ctx.clock)));
    }
    const actions = teams.flatMap((t) => t.actions);
    await audit(ctx, { entity: 'program', entityId: program.id, action: 'report.fidelity_review_downloaded', extra: { from: q.from, to: q.to } });
    return {
      organisationName: org?.name ?? '',
      programme: { id: program.id, name: program.name },
      from: q.from,
      to: q.to,
      quarter: quarterName(q.from, q.to),
      generatedAt: ctx.clock.now(),
      generatedBy: viewer.name,
      periods: overview.periods,
      chartPeriods: periodsFrom(chartFrom, q.to),
      minCellSize: overview.minCellSize,
      raterTypes: overview.raterTypes,
      kpis: {
        ...overview.kpis,
        teamsImproving: teams.filter((t) => t.signals.some((s) => s.direction === 'better' && s.inForce)).length,
        actionsOpened: actions.filter((a) => a.openedInPeriod).length,
        actionsDone: actions.filter((a) => a.status === 'DONE').length,
        actionsOpen: actions.filter((a) => a.status === 'OPEN').length,
      },
      dimensionTitles: Object.fromEntries((overview.teams[0]?.dimensions ?? []).map((d) => [d.dimensionCode, d.dimensionTitle])),
      teams,
    };
  }

  private team(summary: Overview['teams'][number], drift: TeamDriftOut, markers: MarkerOut[], q: FidelityReviewQuery, reviewMonths: Set<string>, today: string): ReviewTeam {
    const signals: ReviewSignal[] = drift.metrics.flatMap((m) => m.signals
      // Signals of the period, and earlier ones still in force at its end.
      .filter((s) => reviewMonths.has(s.period) || s.inForce === true)
      .map((s) => ({
        id: s.id, metric: m.metric, metricLabel: m.label, period: s.period, since: s.since ?? s.period, rule: s.rule, severity: s.severity,
        direction: direction(s), inForce: s.inForce === true, message: s.message,
      })));
    const actions: ReviewAction[] = markers
      .filter((a) => a.createdOn <= q.to && (a.createdOn >= q.from || a.status === 'OPEN' || reviewMonths.has(a.createdOn.slice(0, 7))))
      .map((a) => ({
        createdOn: a.createdOn, dueDate: a.dueDate, description: a.description, dimensionCode: a.dimensionCode, status: a.status,
        ownerName: a.ownerName, before: a.before, after: a.after, outcome: a.outcome ?? null, openedInPeriod: a.createdOn >= q.from,
      }));
    const charts = CHART_METRICS.map((metric) => drift.metrics.find((m) => m.metric === metric)).filter((m) => m !== undefined).map((m) => ({
      metric: m.metric, label: m.label, badDirection: m.badDirection, points: m.points,
      limits: (m.limits?.points ?? []).map((p) => ({ period: p.period, centre: p.centre, lower: p.lower, upper: p.upper })),
      signals: m.signals.map((s) => ({ period: s.period, direction: direction(s), severity: s.severity })),
    }));
    const supervisionByMonth = drift.supervision.filter((s) => reviewMonths.has(s.period));
    const base = {
      id: summary.team.id,
      name: summary.team.name,
      latest: { period: summary.latest.period, mutualityIndex: summary.latest.mutualityIndex, band: summary.latest.band, n: summary.latest.n },
      dimensions: summary.dimensions.map((d) => ({ code: d.dimensionCode, title: d.dimensionTitle, score: d.score, n: d.n, suppressed: d.suppressed })),
      supervision: summary.supervision
        ? {
          required: summary.supervision.required, recorded: summary.supervision.recorded, ratio: summary.supervision.ratio,
          overdue: q.to >= today ? summary.supervision.overdueCount : null, supervisees: summary.supervision.superviseeCount,
        }
        : null,
      supervisionByMonth: supervisionByMonth.map((s) => ({ period: s.period, held: s.held, missed: s.missed, cancelled: s.cancelled, unrecorded: s.unrecorded })),
      charts,
      signals,
      actions,
      // Automatic annotations name the person who joined, left or changed supervisor: the packet says only what changed.
      annotations: drift.annotations.map((a) => ({ onDate: a.onDate, label: ANONYMOUS_LABELS[a.kind] ?? a.label, kind: a.kind })),
      itemsMoved: drift.itemsMoved.slice(0, 3).map((i) => ({ prompt: i.prompt, dimensionCode: i.dimensionCode, before: i.before, after: i.after, worse: i.worse })),
    };
    return { ...base, narrative: teamNarrative(base) };
  }
}

/** Month labels from `from` to `to` ('2026-01' …). */
function periodsFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthStart(from, 0); m <= to; m = monthStart(m, -1)) out.push(m.slice(0, 7));
  return out;
}
