import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, ChartTooltipBox, longPeriod, shortPeriod, SignalShape } from './chart-parts';
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
  valueLabel: string;
  height?: number;
  format?: (v: number) => string;
}

/** A small multiple: one series on the given (usually zoomed) domain, ticks at its ends and middle, with its usual level and signal marks, for side-by-side comparison. */
export function TrendSpark({ rows, domain, centre, valueLabel, height = 130, format = (v) => v.toFixed(1) }: TrendSparkProps) {
  const surface = useChartSurfaceProps();
  const data = rows.map((r) => ({ ...r, signalAt: r.signal && r.value !== null ? r.value : null }));
  const [lo, hi] = domain;
  const ticks = hi - lo <= 4 ? [1, 3, 5] : [lo, Math.round((lo + hi) / 2), hi];
  const first = rows[0]?.period;
  const last = rows[rows.length - 1]?.period;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart {...surface} data={data} margin={{ top: 8, right: 22, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="period" ticks={first && last ? [first, last] : undefined} interval={0} tickFormatter={shortPeriod} tick={{ ...AXIS_TICK, fontSize: 11 }} stroke={CHART_COLORS.grid} />
        <YAxis domain={[lo, hi]} ticks={ticks} allowDataOverflow tick={{ ...AXIS_TICK, fontSize: 11 }} width={30} stroke={CHART_COLORS.grid} />
        {centre != null ? <ReferenceLine y={centre} stroke={CHART_COLORS.centre} strokeDasharray="4 3" ifOverflow="hidden" /> : null}
        <Line type="linear" dataKey="value" stroke={CHART_COLORS.value} strokeWidth={2} dot={{ r: 1.75, fill: CHART_COLORS.value, strokeWidth: 0 }} activeDot={{ r: 3.5 }} isAnimationActive={false} name={valueLabel} />
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
            const row = payload?.[0]?.payload as SparkRow | undefined;
            if (!active || !row) return null;
            return (
              <ChartTooltipBox
                title={longPeriod(row.period)}
                lines={[{ label: valueLabel, value: row.value !== null ? format(row.value) : 'no data' }]}
                note={row.signal === 'alert' ? 'Alert' : row.signal === 'watch' ? 'Watch' : undefined}
              />
            );
          }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
