import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LegendItem } from './chart-data';
import { withGapBridges } from './chart-gaps';
import { AXIS_TICK, ChartTooltipBox, longPeriod, shortPeriod } from './chart-parts';
import { useChartSurfaceProps } from './chart-name';
import { CHART_COLORS } from './palette';

export interface LineSeriesSpec {
  key: string;
  label: string;
  color: string;
  /** SVG dash pattern ("0" = solid). */
  dash?: string;
}

export interface MultiLineChartProps {
  /** One row per period: `period` plus one numeric (or null) field per series key. */
  rows: ({ period: string } & Record<string, number | null | string>)[];
  series: LineSeriesSpec[];
  domain: [number, number];
  ticks?: number[];
  height?: number;
  format?: (v: number) => string;
}

export function lineLegend(series: LineSeriesSpec[]): LegendItem[] {
  return series.map((s) => ({ label: s.label, color: s.color, shape: 'line', dash: s.dash }));
}

/**
 * Several series over periods on one explicit domain; series differ by colour and dash. A period without a figure
 * inside a series is bridged by a thin dotted line in the series' colour (the chart's text names the gap), and every
 * point has a small dot so isolated values still show.
 */
export function MultiLineChart({ rows, series, domain, ticks, height = 260, format = (v) => v.toFixed(1) }: MultiLineChartProps) {
  const surface = useChartSurfaceProps();
  let data: Record<string, unknown>[] = rows;
  const bridges: { key: string; color: string }[] = [];
  for (const s of series) {
    const b = withGapBridges(data as { period: string }[], s.key);
    data = b.rows;
    bridges.push(...b.bridges.map((key) => ({ key, color: s.color })));
  }
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <LineChart {...surface} data={data} margin={{ top: 12, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="period" tickFormatter={shortPeriod} tick={AXIS_TICK} minTickGap={14} tickMargin={6} stroke={CHART_COLORS.grid} />
        <YAxis domain={domain} ticks={ticks} allowDataOverflow tick={AXIS_TICK} width={34} stroke={CHART_COLORS.grid} />
        {bridges.map((b) => (
          <Line key={b.key} className="gap-bridge" type="linear" dataKey={b.key} connectNulls stroke={b.color} strokeWidth={1.25} strokeDasharray="1 3" dot={false} activeDot={false} isAnimationActive={false} legendType="none" />
        ))}
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dash && s.dash !== '0' ? s.dash : undefined}
            dot={{ r: 2.75, fill: s.color, strokeWidth: 0 }}
            activeDot={{ r: 4 }}
            isAnimationActive={false}
          />
        ))}
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const row = payload?.[0]?.payload as ({ period: string } & Record<string, unknown>) | undefined;
            if (!active || !row) return null;
            return (
              <ChartTooltipBox
                title={longPeriod(row.period)}
                lines={series.map((s) => ({ label: s.label, value: typeof row[s.key] === 'number' ? format(row[s.key] as number) : '—' }))}
              />
            );
          }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
