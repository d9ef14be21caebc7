import { formatFigure } from '@tandem/shared';
import { ChartCard } from '../../components/charts/chart-card';
import type { ChartTable } from '../../components/charts/chart-data';
import { longPeriod } from '../../components/charts/chart-parts';
import { trendSummary } from '../../components/charts/chart-summary';
import { ControlChart, controlChartLegend, type ChartMarker } from '../../components/charts/control-chart';
import { Select } from '../../components/ui/select';
import { controlRows, domainOf, isDimensionMetric, limitsOf, metricName, seriesGapText, statusOf, type MetricSeries, type SupervisionOverlayPoint } from './drift-shaping';

export interface ControlChartCardProps {
  metrics: MetricSeries[];
  metric: string;
  onMetricChange: (metric: string) => void;
  /** "Inpatient Bridge" / "Zara Patel"; omitted for "your" trend. */
  subject?: string;
  /** A team's figures are "at" it, a person's are theirs (team when omitted). */
  subjectKind?: 'team' | 'person';
  annotations?: ChartMarker[];
  actions?: ChartMarker[];
  /** Supervision held and missed per period, drawn as small bars along the bottom (team charts). */
  supervision?: SupervisionOverlayPoint[];
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  headingLevel?: 2 | 3;
  id?: string;
}

function optionLabel(series: MetricSeries): string {
  const status = statusOf(series.signals.filter((s) => s.inForce));
  return `${metricName(series)}${status === 'alert' ? ' — alert' : status === 'watch' ? ' — watch' : ''}`;
}

/** One metric as a control chart, with a picker over every metric the API returned. */
export function ControlChartCard({
  metrics, metric, onMetricChange, subject, subjectKind = 'team', annotations = [], actions = [], supervision, loading, error, onRetry, headingLevel = 2, id,
}: ControlChartCardProps) {
  const series = metrics.find((m) => m.metric === metric) ?? metrics[0];
  const fmt = (v: number) => formatFigure(series?.metric ?? 'MFI', v);
  const overlay = supervision?.length ? supervision : undefined;
  const rows = series ? controlRows(series, overlay) : [];
  const limits = series ? limitsOf(series) : { centre: null, upper: null, lower: null, baseline: null };
  const empty = !loading && !error && rows.every((r) => r.value === null);
  const name = series ? metricName(series) : 'Trend';
  const table: ChartTable = {
    columns: [
      { key: 'period', label: 'Period' }, { key: 'value', label: series?.label ?? 'Value', numeric: true }, { key: 'n', label: 'Ratings', numeric: true },
      { key: 'centre', label: 'Usual level', numeric: true }, { key: 'lower', label: 'Lower limit', numeric: true },
      { key: 'upper', label: 'Upper limit', numeric: true }, { key: 'signal', label: 'Signal' }, { key: 'marks', label: 'Annotations and actions' },
      ...(overlay ? [{ key: 'held', label: 'Supervision held', numeric: true }, { key: 'missed', label: 'Supervision missed', numeric: true }] : []),
    ],
    rows: rows.map((r) => ({
      period: longPeriod(r.period),
      value: r.value !== null ? Number(fmt(r.value)) : r.suppressed ? 'too few ratings' : null,
      n: r.n || null,
      centre: r.expected != null ? Number(fmt(r.expected)) : null,
      lower: r.lowerLimit != null ? Number(fmt(r.lowerLimit)) : null,
      upper: r.upperLimit != null ? Number(fmt(r.upperLimit)) : null,
      signal: r.signal ?? null,
      marks: [...annotations, ...actions].filter((m) => m.period === r.period).map((m) => `${m.mark}: ${m.label}`).join('; ') || null,
      ...(overlay ? { held: r.sessionsHeld ?? 0, missed: r.sessionsMissed ?? 0 } : {}),
    })),
  };
  const summary = series
    ? trendSummary({
      label: series.label, subject, subjectKind, points: rows.map((r) => ({ period: r.period, value: r.value })), badDirection: series.badDirection,
      centre: limits.centre, signals: series.signals, scale: '0-100',
    }) + (seriesGapText(series) ? ` ${seriesGapText(series)}` : '')
    : undefined;
  const overlayText = overlay ? ' Bars along the bottom: supervision sessions held and missed in each period.' : '';
  const restartText = series?.limits?.restarts.length
    ? ` The baseline was restarted from ${series.limits.restarts.map(longPeriod).join(', ')}.`
    : '';
  const baselineText = series?.limits
    ? `Each period is judged against the usual level of ${subjectKind === 'person' ? 'the person’s' : 'the team’s'} earlier periods (from the first rating, not just this range), with limits that narrow when a period has more ratings (the usual range, shaded blue)${limits.baseline ? `; the usual level now comes from ${longPeriod(limits.baseline.from)} – ${longPeriod(limits.baseline.to)} (shaded)` : ''}.${restartText}`
    : 'Limits appear from the second period with enough ratings.';
  return (
    <ChartCard
      id={id}
      title={subject ? `${name} — ${subject}` : name}
      exportName={`${series?.metric ?? 'trend'} ${subject ?? ''}`}
      summary={summary}
      table={table}
      legend={series ? controlChartLegend({ rows, centre: limits.centre, baseline: limits.baseline, annotations, actions, valueLabel: series.label }) : []}
      loading={loading}
      error={error}
      onRetry={onRetry}
      empty={empty}
      emptyTitle={`No ${series?.label.toLowerCase() ?? ''} ratings in this range`}
      emptyMessage="Try another measure, a longer range or another rater type."
      height="20rem"
      headingLevel={headingLevel}
      controls={
        metrics.length ? (
          <Select
            label="Measure"
            value={series?.metric ?? ''}
            options={metrics.map((m) => ({ value: m.metric, label: optionLabel(m) }))}
            onChange={(e) => onMetricChange(e.target.value)}
          />
        ) : null
      }
      footer={`${series && isDimensionMetric(series.metric) ? 'Dimension score, 0–100: lower means less mutual practice.' : series?.badDirection === 'up' ? 'Drift index, 0–100: higher means more drift.' : 'Fidelity index, 0–100: lower means less mutual practice.'} ${baselineText}${overlayText}`}
    >
      {series ? (
        <ControlChart
          rows={rows}
          domain={domainOf(series.metric)}
          centre={limits.centre}
          upper={limits.upper}
          lower={limits.lower}
          baseline={limits.baseline}
          annotations={annotations}
          actions={actions}
          valueLabel={series.label}
          format={fmt}
        />
      ) : null}
    </ChartCard>
  );
}
