import {
  Area, Bar, BarChart, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis,
} from 'recharts';
import { groupMarkers } from './chart-markers';
import { useId } from 'react';
import type { LegendItem } from './chart-data';
import { gapRuns, withGapBridges } from './chart-gaps';
import { AXIS_TICK, ChartTooltipBox, GapShape, longPeriod, shortPeriod, SignalShape, SuppressedShape } from './chart-parts';
import { useChartSurfaceProps } from './chart-name';
import { CHART_COLORS } from './palette';

/** One period of a control chart, chart-ready (values already on the chart's scale). */
export interface ControlChartRow {
  period: string;
  value: number | null;
  n: number;
  suppressed: boolean;
  /** The level the team's history predicted for this period, and the limits for its number of ratings. */
  expected?: number | null;
  lowerLimit?: number | null;
  upperLimit?: number | null;
  signal?: 'alert' | 'watch' | null;
  /** Optional supervision overlay for the period (sessions held and missed). */
  sessionsHeld?: number | null;
  sessionsMissed?: number | null;
}

export interface ChartMarker {
  id: string;
  period: string;
  /** Short mark on the line ("1", "A"). */
  mark: string;
  label: string;
}

export interface ControlChartProps {
  rows: ControlChartRow[];
  domain: [number, number];
  centre?: number | null;
  upper?: number | null;
  lower?: number | null;
  /** First and last period of the frozen baseline (shaded). */
  baseline?: { from: string; to: string } | null;
  annotations?: ChartMarker[];
  actions?: ChartMarker[];
  valueLabel: string;
  format?: (value: number) => string;
  height?: number;
}

function TooltipContent({ row, valueLabel, format }: { row?: ControlChartRow; valueLabel: string; format: (v: number) => string }) {
  if (!row) return null;
  const lines = [
    { label: valueLabel, value: row.value !== null ? format(row.value) : row.suppressed ? 'too few ratings' : 'no ratings' },
    ...(row.n ? [{ label: 'Ratings', value: row.n }] : []),
    ...(row.expected != null ? [{ label: 'Usual level', value: format(row.expected) }] : []),
    ...(row.lowerLimit != null && row.upperLimit != null ? [{ label: 'Limits for these ratings', value: `${format(row.lowerLimit)} – ${format(row.upperLimit)}` }] : []),
    ...(row.sessionsHeld != null ? [{ label: 'Supervision held', value: row.sessionsHeld }] : []),
    ...(row.sessionsMissed != null ? [{ label: 'Supervision missed', value: row.sessionsMissed }] : []),
  ];
  return (
    <ChartTooltipBox
      title={longPeriod(row.period)}
      lines={lines}
      note={row.signal === 'alert' ? 'An alert fired here.' : row.signal === 'watch' ? 'A watch signal fired here.' : undefined}
    />
  );
}

/** The legend that matches what a control chart draws (only what is present). */
export function controlChartLegend(props: Pick<ControlChartProps, 'rows' | 'centre' | 'baseline' | 'annotations' | 'actions'> & { valueLabel: string }): LegendItem[] {
  const { rows, centre, baseline, annotations = [], actions = [], valueLabel } = props;
  const items: LegendItem[] = [{ label: valueLabel, color: CHART_COLORS.value, shape: 'line' }];
  if (rows.some((r) => r.expected != null)) {
    items.push({ label: 'Usual level (from earlier periods)', color: CHART_COLORS.centre, shape: 'line' });
    items.push({ label: 'Usual range: limits for each period’s ratings', color: CHART_COLORS.limit, shape: 'line', dash: '5 4' });
  } else if (centre != null) {
    items.push({ label: 'Usual level (centre)', color: CHART_COLORS.centre, shape: 'line' });
    items.push({ label: 'Control limits', color: CHART_COLORS.limit, shape: 'line', dash: '5 4' });
  }
  if (baseline) items.push({ label: 'Baseline period', color: '#dfe4e1', shape: 'band' });
  if (rows.some((r) => r.signal === 'alert')) items.push({ label: 'Alert', color: CHART_COLORS.alert, shape: 'triangle' });
  if (rows.some((r) => r.signal === 'watch')) items.push({ label: 'Watch', color: CHART_COLORS.watch, shape: 'diamond' });
  if (rows.some((r) => r.suppressed)) items.push({ label: 'Too few ratings', color: CHART_COLORS.suppressed, shape: 'hatch' });
  const gaps = gapRuns(rows, 'value');
  const suppressed = new Set(rows.filter((r) => r.suppressed).map((r) => r.period));
  if (gaps.some((run) => run.periods.some((p) => !suppressed.has(p)))) items.push({ label: 'No ratings', color: CHART_COLORS.suppressed, shape: 'circle' });
  if (gaps.length) items.push({ label: 'Across a gap', color: CHART_COLORS.value, shape: 'line', dash: '2 3' });
  if (annotations.length) items.push({ label: 'Annotation', color: CHART_COLORS.annotation, shape: 'line', dash: '3 3' });
  if (actions.length) items.push({ label: 'Action taken', color: CHART_COLORS.action, shape: 'line' });
  if (rows.some((r) => r.sessionsHeld != null)) items.push({ label: 'Supervision held (strip below)', color: CHART_COLORS.action, shape: 'square' });
  if (rows.some((r) => r.sessionsMissed != null)) items.push({ label: 'Supervision missed', color: CHART_COLORS.alert, shape: 'hatch' });
  return items;
}

/**
 * A control chart: the measured points; per period, the usual level the team's earlier periods predict and the limits
 * for that period's number of ratings (or, without them, constant centre and limits); the baseline periods shaded;
 * signal marks, suppressed periods on the axis, annotation and action lines, and — when given — supervision
 * held/missed as small bars along the bottom.
 */
export function ControlChart({
  rows, domain, centre, upper, lower, baseline, annotations = [], actions = [], valueLabel, format = (v) => v.toFixed(1), height = 300,
}: ControlChartProps) {
  const [lo, hi] = domain;
  const span = hi - lo;
  const overlay = rows.some((r) => r.sessionsHeld != null || r.sessionsMissed != null);
  const maxSessions = overlay ? Math.max(1, ...rows.map((r) => (r.sessionsHeld ?? 0) + (r.sessionsMissed ?? 0))) : 1;
  const syncId = useId();
  const missedId = `missed-${syncId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const bridged = withGapBridges(rows, 'value');
  const gapPeriods = new Set(bridged.runs.flatMap((run) => run.periods));
  const data = bridged.rows.map((r) => ({
    ...r,
    signalAt: r.signal && r.value !== null ? r.value : null,
    suppressedAt: r.suppressed ? lo : null,
    // A period inside the series with no ratings at all (too few is marked by its own square).
    gapAt: gapPeriods.has(r.period) && !r.suppressed ? lo : null,
    range: r.lowerLimit != null && r.upperLimit != null ? [r.lowerLimit, r.upperLimit] : null,
  }));
  const inside = (v: number | null | undefined): v is number => v != null && v > lo && v < hi;
  const ticks = span <= 4 ? [1, 2, 3, 4, 5] : [0, 25, 50, 75, 100];
  const perPeriod = rows.some((r) => r.expected != null);
  const surface = useChartSurfaceProps();
  const strip = useChartSurfaceProps(true);

  return (
    <>
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <ComposedChart {...surface} data={data} margin={{ top: 22, right: 12, bottom: 4, left: 0 }} syncId={overlay ? syncId : undefined}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        {baseline ? (
          <ReferenceArea
            x1={baseline.from}
            x2={baseline.to}
            yAxisId="value"
            fill="#dfe4e1"
            fillOpacity={0.6}
            ifOverflow="visible"
            label={{ value: 'Baseline', position: 'insideTopLeft', fill: CHART_COLORS.axis, fontSize: 11 }}
          />
        ) : null}
        <XAxis dataKey="period" tickFormatter={shortPeriod} tick={AXIS_TICK} minTickGap={14} tickMargin={6} stroke={CHART_COLORS.grid} />
        <YAxis yAxisId="value" domain={[lo, hi]} ticks={ticks} allowDataOverflow tick={AXIS_TICK} width={34} stroke={CHART_COLORS.grid} tickFormatter={(v: number) => (span <= 4 ? v.toFixed(0) : String(v))} />
        {centre != null && !perPeriod ? (
          <ReferenceLine yAxisId="value" y={centre} stroke={CHART_COLORS.centre} strokeWidth={1.5} ifOverflow="hidden" />
        ) : null}
        {perPeriod ? null : inside(upper) ? <ReferenceLine yAxisId="value" y={upper} stroke={CHART_COLORS.limit} strokeDasharray="5 4" ifOverflow="hidden" label={{ value: `upper limit ${format(upper)}`, position: 'insideTopLeft', fill: CHART_COLORS.axis, fontSize: 11 }} /> : null}
        {perPeriod ? null : inside(lower) ? <ReferenceLine yAxisId="value" y={lower} stroke={CHART_COLORS.limit} strokeDasharray="5 4" ifOverflow="hidden" label={{ value: `lower limit ${format(lower)}`, position: 'insideBottomLeft', fill: CHART_COLORS.axis, fontSize: 11 }} /> : null}
        {groupMarkers(annotations).map((a) => (
          <ReferenceLine
            key={a.id}
            yAxisId="value"
            x={a.period}
            stroke={CHART_COLORS.annotation}
            strokeDasharray="3 3"
            ifOverflow="hidden"
            // Inside the plot, beside the line: an action in the same period keeps the space above it.
            label={{ value: a.mark, position: 'insideTopRight', fill: CHART_COLORS.annotation, fontSize: 11, fontWeight: 700 }}
          />
        ))}
        {groupMarkers(actions).map((a) => (
          <ReferenceLine
            key={a.id}
            yAxisId="value"
            x={a.period}
            stroke={CHART_COLORS.action}
            strokeWidth={2}
            ifOverflow="hidden"
            label={{ value: a.mark, position: 'top', fill: CHART_COLORS.action, fontSize: 11, fontWeight: 700 }}
          />
        ))}
        <Area className="usual-range" yAxisId="value" type="stepAfter" dataKey="range" stroke="none" fill={CHART_COLORS.usualRange} fillOpacity={0.55} dot={false} activeDot={false} isAnimationActive={false} name="Usual range" />
        <Line yAxisId="value" type="stepAfter" dataKey="upperLimit" stroke={CHART_COLORS.limit} strokeDasharray="5 4" strokeWidth={1.25} dot={false} activeDot={false} isAnimationActive={false} name="Upper limit" />
        <Line yAxisId="value" type="stepAfter" dataKey="lowerLimit" stroke={CHART_COLORS.limit} strokeDasharray="5 4" strokeWidth={1.25} dot={false} activeDot={false} isAnimationActive={false} name="Lower limit" />
        <Line yAxisId="value" type="stepAfter" dataKey="expected" stroke={CHART_COLORS.centre} strokeWidth={1.5} dot={false} activeDot={false} isAnimationActive={false} name="Usual level" />
        {bridged.bridges.map((key) => (
          <Line key={key} className="gap-bridge" yAxisId="value" type="linear" dataKey={key} connectNulls stroke={CHART_COLORS.value} strokeWidth={1.75} strokeDasharray="2 3" dot={false} activeDot={false} isAnimationActive={false} legendType="none" />
        ))}
        <Line
          yAxisId="value"
          type="linear"
          dataKey="value"
          stroke={CHART_COLORS.value}
          strokeWidth={2.25}
          dot={{ r: 2.5, fill: CHART_COLORS.value, strokeWidth: 0 }}
          activeDot={{ r: 4 }}
          isAnimationActive={false}
          name={valueLabel}
        />
        <Scatter
          yAxisId="value"
          dataKey="signalAt"
          isAnimationActive={false}
          name="Signals"
          shape={(props: { cx?: number; cy?: number; payload?: { signal?: 'alert' | 'watch' | null } }) =>
            props.payload?.signal ? <SignalShape cx={props.cx} cy={props.cy} severity={props.payload.signal} /> : <g />
          }
        />
        <Scatter yAxisId="value" dataKey="gapAt" isAnimationActive={false} name="No ratings" shape={(props: { cx?: number; cy?: number }) => <GapShape cx={props.cx} cy={props.cy} />} />
        <Scatter yAxisId="value" dataKey="suppressedAt" isAnimationActive={false} name="Too few ratings" shape={(props: { cx?: number; cy?: number }) => <SuppressedShape cx={props.cx} cy={props.cy} />} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ stroke: CHART_COLORS.grid, strokeWidth: 2 }}
          content={({ active, payload }) =>
            active ? <TooltipContent row={payload?.[0]?.payload as ControlChartRow | undefined} valueLabel={valueLabel} format={format} /> : null
          }
        />
      </ComposedChart>
    </ResponsiveContainer>
    {overlay ? (
      // Supervision held and missed per period, on its own strip under the same periods (never over the measure).
      <p className="control-chart__strip-label" data-export-label>
        Supervision sessions per period: held (solid) and missed (hatched)
      </p>
    ) : null}
    {overlay ? (
      <ResponsiveContainer width="100%" height={78} initialDimension={{ width: 640, height: 78 }}>
        <BarChart {...strip} data={data} margin={{ top: 4, right: 12, bottom: 0, left: 0 }} syncId={syncId} barCategoryGap="18%">
          <XAxis dataKey="period" hide />
          <YAxis domain={[0, maxSessions]} ticks={[0, maxSessions]} allowDecimals={false} tick={{ ...AXIS_TICK, fontSize: 11 }} width={34} stroke={CHART_COLORS.grid} />
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <Bar dataKey="sessionsHeld" stackId="s" fill={CHART_COLORS.action} isAnimationActive={false} name="Supervision held" />
          <Bar dataKey="sessionsMissed" stackId="s" fill={`url(#${missedId})`} stroke={CHART_COLORS.alert} strokeWidth={1} isAnimationActive={false} name="Supervision missed" />
          <defs>
            <pattern id={missedId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="5" height="5" fill="#fbeceb" />
              <line x1="0" y1="0" x2="0" y2="5" stroke={CHART_COLORS.alert} strokeWidth="2" />
            </pattern>
          </defs>
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: '#eef1ee' }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as ControlChartRow | undefined;
              if (!active || !row) return null;
              return <ChartTooltipBox title={`Supervision, ${longPeriod(row.period)}`} lines={[{ label: 'Held', value: row.sessionsHeld ?? 0 }, { label: 'Missed', value: row.sessionsMissed ?? 0 }]} />;
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    ) : null}
    </>
  );
}
