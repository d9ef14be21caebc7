import { DEVELOPMENT_AREA_BELOW, formatFigure, METRIC_CATALOGUE, toHundred, windowText } from '@tandem/shared';
import { useNavigate, Link } from 'react-router-dom';
import { AfterFirstPaint } from '../../components/charts/after-first-paint';
import { ChartCard } from '../../components/charts/chart-card';
import type { ChartTable } from '../../components/charts/chart-data';
import { longPeriod } from '../../components/charts/chart-parts';
import { heatMapSummary, patternSummary, teamsSignalSummary, trendSummary } from '../../components/charts/chart-summary';
import { HeatMap, type HeatMapRow } from '../../components/charts/heat-map';
import { PATTERN_LEGEND, PatternBars, type PatternBarRow } from '../../components/charts/pattern-bars';
import { CHART_COLORS } from '../../components/charts/palette';
import { TrendSpark } from '../../components/charts/trend-spark';
import { Select } from '../../components/ui/select';
import { formatNumber, plural } from '../../lib/format';
import { SMALL_SCREEN, useMediaQuery } from '../../lib/use-media-query';
import { SeverityBadge } from './drift-badges';
import { isWorse, latestOf, OVERVIEW_METRICS, seriesGapText, signalByPeriod, statusOf, usualRangeOf, zoomDomain, type OverviewMetric } from './drift-shaping';
import type { DriftOverviewTeam } from './overview-types';
import { WhenVisible } from './team-list';

interface LoadState {
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** Dimension scores below this (3.0 of 5) are development areas, on the 0–100 scale the heat map shows. */
const DEVELOPMENT_FLOOR = toHundred(DEVELOPMENT_AREA_BELOW);

const teamHref = (id: string, search: string) => `/dashboard/teams/${id}${search}`;

/** Team × dimension, pooled over the last three periods by the API; hatched cells had too few ratings. */
export function HeatMapCard({ teams, search, minCellSize, state }: { teams: DriftOverviewTeam[]; search: string; minCellSize?: number; state: LoadState }) {
  const navigate = useNavigate();
  const columns = (teams[0]?.dimensions ?? []).map((d) => ({ key: d.dimensionCode, code: d.dimensionCode, title: d.dimensionTitle }));
  const rows: HeatMapRow[] = teams.map((t) => ({
    id: t.team.id,
    label: t.team.name,
    status: statusOf(t.activeSignals),
    href: teamHref(t.team.id, search),
    cells: t.dimensions.map((d) => ({ column: d.dimensionCode, value: d.score, suppressed: d.suppressed, n: d.n })),
  }));
  const table: ChartTable = {
    columns: [{ key: 'team', label: 'Team' }, ...columns.map((c) => ({ key: c.key, label: `${c.code} ${c.title}`, numeric: true }))],
    rows: teams.map((t) => ({
      team: t.team.name,
      ...Object.fromEntries(t.dimensions.map((d) => [d.dimensionCode, d.score !== null ? formatFigure(`DIM:${d.dimensionCode}`, d.score) : d.suppressed ? 'too few ratings' : null])),
    })),
  };
  const summary = heatMapSummary(teams.map((t) => ({ name: t.team.name, cells: t.dimensions.map((d) => ({ title: d.dimensionTitle, score: d.score, suppressed: d.suppressed })) })));
  return (
    <ChartCard
      title="Dimensions by team"
      summary={summary}
      table={table}
      loading={state.loading}
      error={state.error}
      onRetry={state.onRetry}
      empty={teams.length === 0}
      emptyTitle="No teams match these filters"
      height="18rem"
      footer={`Score on 0–100 over the last three periods. Colour shows how far a dimension sits from the team’s own average across its dimensions, so a weak spot stands out; ▼ marks a score below ${DEVELOPMENT_FLOOR}, a development area across the organisation. D7 is rated by supervisors and managers, so self-assessments leave it empty. Select a team name to open its trends.`}
    >
      <AfterFirstPaint height={`${rows.length * 40 + 90}px`}>
        <HeatMap
          rows={rows}
          columns={columns}
          domain={[0, 100]}
          relative={{ spread: 15, floor: DEVELOPMENT_FLOOR, floorText: `below ${DEVELOPMENT_FLOOR}, a development area` }}
          label="Dimension scores by team"
          minCellSize={minCellSize}
          onRowActivate={(row) => row.href && navigate(row.href)}
        />
      </AfterFirstPaint>
    </ChartCard>
  );
}

/** One small trend per team on the same axis, alert teams first. */
export function TeamTrendsCard({
  teams, metric, onMetricChange, search, supervisionText, state,
}: {
  teams: DriftOverviewTeam[];
  metric: OverviewMetric;
  onMetricChange: (metric: OverviewMetric) => void;
  search: string;
  supervisionText: (teamId: string) => string | null;
  state: LoadState;
}) {
  const label = OVERVIEW_METRICS.find((m) => m.value === metric)?.label ?? metric;
  const seriesOf = (t: DriftOverviewTeam) => t.series.find((s) => s.metric === metric);
  // One y-axis for every team, zoomed to what they show (so a move from 80 to 88 is visible, and teams compare).
  const domain = zoomDomain(teams.flatMap((t) => [...(seriesOf(t)?.points ?? []).map((p) => p.value), seriesOf(t)?.limits?.centre]));
  const periods = (teams[0] ? seriesOf(teams[0]) : undefined)?.points.map((p) => p.period) ?? [];
  const table: ChartTable = {
    columns: [{ key: 'period', label: 'Period' }, ...teams.map((t) => ({ key: t.team.id, label: t.team.name, numeric: true }))],
    rows: periods.map((period, i) => ({
      period: longPeriod(period),
      ...Object.fromEntries(teams.map((t) => {
        const p = seriesOf(t)?.points[i];
        return [t.team.id, p?.value ?? (p?.suppressed ? 'too few ratings' : null)];
      })),
    })),
  };
  // Drift only: improvements have their own list beside “Where to look first”.
  const summary = teamsSignalSummary(teams.map((t) => ({ name: t.team.name, signals: t.activeSignals.filter(isWorse) })));
  return (
    <ChartCard
      title={`${label} by team`}
      summary={summary}
      table={teams.length ? table : undefined}
      legend={[
        { label, color: '#0072b2', shape: 'line' },
        { label: 'Usual level', color: '#4d5a57', shape: 'line', dash: '4 3' },
        { label: 'Usual range', color: CHART_COLORS.usualRange, shape: 'band' },
        ...(teams.some((t) => seriesGapText(seriesOf(t) ?? { points: [] })) ? [{ label: 'No figure (dotted line across the gap)', color: CHART_COLORS.suppressed, shape: 'circle' as const }] : []),
        { label: 'Alert', color: '#d55e00', shape: 'triangle' },
        { label: 'Watch', color: '#8a5a00', shape: 'diamond' },
      ]}
      loading={state.loading}
      error={state.error}
      onRetry={state.onRetry}
      empty={teams.length === 0}
      emptyTitle="No teams match these filters"
      height="20rem"
      controls={
        <Select
          label="Measure"
          value={metric}
          options={OVERVIEW_METRICS.map((m) => ({ value: m.value, label: m.label }))}
          onChange={(e) => onMetricChange(e.target.value as OverviewMetric)}
        />
      }
      footer="Every chart uses the same 0–100 scale. Drift indices are worse when they rise; the fidelity index when it falls. The shaded band is each team’s usual range: where a period with that many ratings is expected to fall, judged from the team’s own earlier periods (the limits on its team page)."
    >
      <ul className="small-multiples">
        {teams.map((t) => {
          const series = seriesOf(t);
          if (!series) return null;
          const signals = signalByPeriod(series.signals);
          const latest = latestOf(series);
          const status = statusOf(t.activeSignals);
          const sentence = trendSummary({
            label: series.label, points: series.points, badDirection: series.badDirection, centre: series.limits?.centre,
            signals: series.signals,
          });
          const gaps = seriesGapText(series);
          const supervision = supervisionText(t.team.id);
          return (
            <li key={t.team.id} className={['small-multiple', status ? `small-multiple--${status}` : ''].filter(Boolean).join(' ')}>
              <div className="small-multiple__head">
                <Link to={teamHref(t.team.id, search)} className="small-multiple__team" data-export-label>
                  {t.team.name}
                </Link>
                {status ? <SeverityBadge severity={status} /> : null}
              </div>
              <p className="small-multiple__latest">
                <span className="muted">{t.program.name}</span>
                {latest ? <> · latest <strong>{latest.value.toFixed(1)}</strong></> : null}
              </p>
              <WhenVisible height="130px">
                <TrendSpark
                  rows={series.points.map((p) => ({ period: p.period, value: p.value, signal: signals.get(p.period) ?? null }))}
                  domain={domain}
                  centre={series.limits?.centre}
                  usualRange={usualRangeOf(series)}
                  valueLabel={series.label}
                />
              </WhenVisible>
              <p className="small-multiple__sentence">{sentence}{gaps ? ` ${gaps}` : ''}</p>
              {supervision ? <p className="small-multiple__supervision">{supervision}</p> : null}
            </li>
          );
        })}
      </ul>
    </ChartCard>
  );
}

/** Latest hierarchical vs medical-model drift per team: which way a team leans. */
export function PatternCard({ teams, search, state }: { teams: DriftOverviewTeam[]; search: string; state: LoadState }) {
  const compact = useMediaQuery(SMALL_SCREEN);
  const rows: PatternBarRow[] = teams
    .map((t) => ({ id: t.team.id, name: t.team.name, hierarchical: t.latest.hierarchicalDriftIndex, medicalModel: t.latest.medicalModelDriftIndex }))
    .sort((a, b) => Math.max(b.hierarchical ?? 0, b.medicalModel ?? 0) - Math.max(a.hierarchical ?? 0, a.medicalModel ?? 0));
  const known = rows.filter((r) => r.hierarchical !== null || r.medicalModel !== null);
  const periodOf = new Map(teams.map((t) => [t.team.id, t.latest.period]));
  const table: ChartTable = {
    columns: [
      { key: 'team', label: 'Team' }, { key: 'period', label: 'Latest period' },
      { key: 'hdi', label: 'Hierarchical drift (HDI)', numeric: true }, { key: 'mdi', label: 'Medical-model drift (MDI)', numeric: true },
    ],
    rows: rows.map((r) => ({ team: r.name, period: periodOf.get(r.id) ? longPeriod(periodOf.get(r.id)!) : null, hdi: r.hierarchical, mdi: r.medicalModel })),
  };
  return (
    <ChartCard
      title="Hierarchical or medical-model?"
      summary={patternSummary(rows)}
      table={table}
      legend={PATTERN_LEGEND}
      loading={state.loading}
      error={state.error}
      onRetry={state.onRetry}
      empty={known.length === 0}
      emptyTitle="No drift indices yet"
      emptyMessage="Teams need enough ratings in the latest period."
      footer={
        <>
          Latest period, 0–100 (higher = more drift). Most drifting first.{' '}
          {rows[0] ? <Link to={teamHref(rows[0].id, search)}>Open {rows[0].name}</Link> : null}
        </>
      }
    >
      <AfterFirstPaint height={`${known.length * (compact ? 52 : 46) + 36}px`}>
        <PatternBars rows={known} compact={compact} />
      </AfterFirstPaint>
    </ChartCard>
  );
}

/** "Supervision: 0 of 30 required sessions held · 5 people overdue" for a team, when the API reports it. */
export function supervisionLine(figures: { recorded: number; required: number; overdue: number } | null | undefined): string | null {
  if (!figures) return null;
  const window = windowText(METRIC_CATALOGUE.SUPERVISION.window);
  if (!figures.required) return `Supervision: nothing required in the ${window}`;
  return `Supervision, ${window}: ${plural(figures.recorded, 'session', 'sessions')} held, ${formatNumber(figures.required)} required · ${plural(figures.overdue, 'person', 'people')} overdue`;
}
