import type { UsualRangePoint } from '@tandem/shared';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { withGapBridges } from './chart-gaps';
import { AXIS_TICK, ChartTooltipBox, GapShape, longPeriod, shortPeriod, SignalShape } from './chart-parts';
import { useChartSurfaceProps } from './chart-name';
import { CHART_COLORS } from './palette';

export interface SparkRow {
  period: string;
  value: number | null;
  signal?: 'alert' | 'watch' | null;
}

export interface TrendSparkProps {
  rows: SparkRow[];
  domain: [number, number];
  centre?: number | null;
  /** The usual range for each row (same order; null where the detector did not judge the period), shaded. */
  usualRange?: readonly (UsualRangePoint | null)[];
  valueLabel: string;
  height?: number;
  format?: (v: number) => string;
}

/**
 * A small multiple: one series on the given (usually zoomed) domain, ticks at its ends and middle, with its usual
 * range shaded, its usual level, signal marks, and gaps bridged by a dotted line with an open circle on the axis.
 */
export function TrendSpark({ rows, domain, centre, usualRange, valueLabel, height = 130, format = (v) => v.toFixed(1) }: TrendSparkProps) {
  const surface = useChartSurfaceProps();
  const [lo, hi] = domain;
  const bridged = withGapBridges(
    rows.map((r, i) => {
      const band = usualRange?.[i];
      return { ...r, signalAt: r.signal && r.value !== null ? r.value : null, range: band ? [band.lower, band.upper] : null };
    }),
    'value',
  );
  const gapPeriods = new Set(bridged.runs.flatMap((run) => run.periods));
  const data = bridged.rows.map((r) => ({ ...r, gapAt: gapPeriods.has(r.period) ? lo : null }));
  const ticks = hi - lo <= 4 ? [1, 3, 5] : [lo, Math.round((lo + hi) / 2), hi];
  const first = rows[0]?.period;
  const last = rows[rows.length - 1]?.period;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
      <ComposedChart {...surface} data={data} margin={{ top: 8, right: 22, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="period" ticks={first && last ? [first, last] : undefined} interval={0} tickFormatter={shortPeriod} tick={{ ...AXIS_TICK, fontSize: 11 }} stroke={CHART_COLORS.grid} />
        <YAxis domain={[lo, hi]} ticks={ticks} allowDataOverflow tick={{ ...AXIS_TICK, fontSize: 11 }} width={30} stroke={CHART_COLORS.grid} />
        {usualRange ? (
          <Area className="usual-range" type="linear" dataKey="range" stroke="none" fill={CHART_COLORS.usualRange} fillOpacity={0.85} connectNulls={false} dot={false} activeDot={false} isAnimationActive={false} name="Usual range" />
        ) : null}
        {centre != null ? <ReferenceLine y={centre} stroke={CHART_COLORS.centre} strokeDasharray="4 3" ifOverflow="hidden" /> : null}
        {bridged.bridges.map((key) => (
          <Line key={key} className="gap-bridge" type="linear" dataKey={key} connectNulls stroke={CHART_COLORS.value} strokeWidth={1.5} strokeDasharray="2 3" dot={false} activeDot={false} isAnimationActive={false} legendType="none" />
        ))}
        <Line type="linear" dataKey="value" stroke={CHART_COLORS.value} strokeWidth={2} dot={{ r: 1.75, fill: CHART_COLORS.value, strokeWidth: 0 }} activeDot={{ r: 3.5 }} isAnimationActive={false} name={valueLabel} />
        <Scatter dataKey="gapAt" isAnimationActive={false} name="No figure" shape={(p: { cx?: number; cy?: number }) => <GapShape cx={p.cx} cy={p.cy} />} />
        <Scatter
          dataKey="signalAt"
          isAnimationActive={false}
          shape={(p: { cx?: number; cy?: number; payload?: { signal?: 'alert' | 'watch' | null } }) =>
            p.payload?.signal ? <SignalShape cx={p.cx} cy={p.cy} severity={p.payload.signal} size={5.5} /> : <g />
          }
        />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const row = payload?.[0]?.payload as (SparkRow & { range: [number, number] | null }) | undefined;
            if (!active || !row) return null;
            return (
              <ChartTooltipBox
                title={longPeriod(row.period)}
                lines={[
                  { label: valueLabel, value: row.value !== null ? format(row.value) : 'no figure' },
                  ...(row.range ? [{ label: 'Usual range', value: `${format(row.range[0])} – ${format(row.range[1])}` }] : []),
                ]}
                note={row.signal === 'alert' ? 'Alert' : row.signal === 'watch' ? 'Watch' : undefined}
              />
            );
          }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
