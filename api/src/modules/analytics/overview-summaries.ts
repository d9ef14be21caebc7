import { DIMENSION_CODES, METRIC_CATALOGUE, roundTo } from '@tandem/shared';
import type { ProgramEntity, TeamEntity } from '@tandem/database';
import type { AnalyticsService, ResolvedFilter } from './analytics.service';
import type { Judgements } from './drift-judgements';
import { bandOf, figureOf, inForceSignals, type JudgedSeries, metricLabel, pooled, type Cell } from './series-builder';

/** The overview's series (each judged on its whole history). */
export const SERIES_METRICS = ['MFI', 'HDI', 'MDI'];

/** A team's supervision over the catalogue's window, as the overview shows it. */
export interface TeamSupervision {
  required: number;
  recorded: number;
  ratio: number | null;
  overdueCount: number;
  superviseeCount: number;
}

/** What the overview is worked out from: the teams in scope, their programs, judged series and supervision. */
export interface OverviewInputs {
  f: ResolvedFilter;
  teams: TeamEntity[];
  programs: Map<string, ProgramEntity>;
  judged: Judgements;
  titles: Record<string, string>;
  supervision: Map<string, TeamSupervision>;
  /** One metric's judged series as the window shows it (AnalyticsService.judged). */
  show: (scopeKey: string, metric: string, judged: JudgedSeries) => SeriesShown;
}

export type SeriesShown = ReturnType<AnalyticsService['judged']>;

/**
 * Every team's summary (latest figures, signals in force, dimensions of the last three periods, supervision) and the
 * key figures over them. A summary's series are built on each `seriesOf` call from the judged series it keeps, so a summary
 * kept for later requests never holds chart points: only the teams a page shows pay for them.
 */
export function summariseOverview({ f, teams, programs, judged, titles, supervision, show }: OverviewInputs) {
  let checklists = 0;
  const orgMfi = { count: 0, sum: 0 };
  const none = new Map<string, Cell>();
  const unjudged: JudgedSeries = { cells: none, signals: [], limits: null };
  const summaries = teams.map((team) => {
    const { series: byMetric, cells: kept } = judged.get(team.id) ?? { series: new Map<string, JudgedSeries>(), cells: new Map<string, Map<string, Cell>>() };
    const scopeKey = `${team.id}:${f.raterTypes.join('+')}`;
    const mfi = byMetric.get('MFI')?.cells ?? none;
    let latestStart: string | null = null;
    let latestPeriod: string | null = null;
    for (const p of f.periods) {
      const c = mfi.get(p.start);
      if (c && c.count >= f.minN) {
        checklists += c.count;
        latestStart = p.start;
        latestPeriod = p.label;
      }
    }
    const latestCell = latestStart ? mfi.get(latestStart)! : null;
    const latestOf = (cells: ReadonlyMap<string, Cell> | undefined) => {
      const cell = latestStart ? cells?.get(latestStart) : undefined;
      return cell && cell.count >= f.minN ? figureOf(cell.sum / cell.count) : null;
    };
    const latestMfi = latestCell ? figureOf(latestCell.sum / latestCell.count) : null;
    const recentMfi = pooled(f.periods, mfi, 3, f.minN);
    if (recentMfi.n >= f.minN && recentMfi.mean !== null) {
      orgMfi.count += recentMfi.n;
      orgMfi.sum += recentMfi.mean * recentMfi.n;
    }
    return {
      team, program: programs.get(team.programId)!,
      latest: {
        period: latestPeriod,
        mutualityIndex: latestMfi,
        band: bandOf(latestMfi),
        hierarchicalDriftIndex: latestOf(byMetric.get('HDI')?.cells), medicalModelDriftIndex: latestOf(byMetric.get('MDI')?.cells),
        organisationalDriftIndex: latestOf(kept.get('ODI')),
        n: latestCell?.count ?? 0,
      },
      /**
       * The series of these measures (in the overview's order), built on each call: only the teams a page (or the first
       * screen) shows, and only the measures it draws, pay for their points.
       */
      seriesOf(metrics: readonly string[] = SERIES_METRICS) {
        return SERIES_METRICS.filter((m) => metrics.includes(m)).map((metric) => show(scopeKey, metric, (byMetric.get(metric) ?? unjudged)));
      },
      activeSignals: SERIES_METRICS.flatMap((metric) => inForceSignals(scopeKey, metric, metricLabel(metric, titles), f.raterLabel, f.periods, byMetric.get(metric) ?? unjudged)),
      dimensions: DIMENSION_CODES.map((code) => {
        const cells = kept.get(`DIM:${code}`) ?? none;
        const p = pooled(f.periods, cells, 3, f.minN);
        const ok = p.n >= f.minN && p.mean !== null;
        const anyData = pooled(f.periods, cells, 3, 1).n > 0;
        return { dimensionCode: code, dimensionTitle: titles[code] ?? code, score: ok ? figureOf(p.mean) : null, n: ok ? p.n : 0, suppressed: anyData && !ok };
      }),
      supervision: supervision.get(team.id) ?? null,
    };
  });
  const worse = (s: (typeof summaries)[number]) => s.activeSignals.filter((x) => x.direction === 'worse');
  const alerting = summaries.filter((s) => worse(s).some((x) => x.severity === 'alert')).length;
  const watching = summaries.filter((s) => worse(s).length > 0 && !worse(s).some((x) => x.severity === 'alert')).length;
  const improving = summaries.filter((s) => s.activeSignals.some((x) => x.direction === 'better')).length;
  const mfi = orgMfi.count ? orgMfi.sum / orgMfi.count : null;
  const sup = summaries.map((t) => t.supervision).filter((x) => x !== null);
  const share = METRIC_CATALOGUE.SUPERVISION.formula(sup.flatMap((x) => [(x.ratio ?? 0) * x.required, x.required]));
  return {
    from: f.from, to: f.to, granularity: f.granularity, raterTypes: f.raterTypes, minCellSize: f.minN,
    periods: f.periods.map((p) => p.label),
    kpis: {
      teams: summaries.length, teamsWithAlerts: alerting, teamsOnWatch: watching, teamsImproving: improving,
      mutualityIndex: figureOf(mfi), band: bandOf(mfi), checklists,
      supervisionRatio: share === null ? null : roundTo(share, 2),
    },
    teams: summaries,
  };
}

export type Overview = ReturnType<typeof summariseOverview>;
export type TeamSummary = Overview['teams'][number];
