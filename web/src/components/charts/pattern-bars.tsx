import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LegendItem } from './chart-data';
import { AXIS_TICK, ChartTooltipBox } from './chart-parts';
import { useChartSurfaceProps } from './chart-name';
import { PATTERN_COLORS } from './palette';

export interface PatternBarRow {
  id: string;
  name: string;
  hierarchical: number | null;
  medicalModel: number | null;
}

export const PATTERN_LEGEND: LegendItem[] = [
  { label: 'Hierarchical drift (HDI)', color: PATTERN_COLORS.hierarchical, shape: 'square' },
  { label: 'Medical-model drift (MDI)', color: PATTERN_COLORS.medicalModel, shape: 'square' },
];

/**
 * Hierarchical vs medical-model drift per team, side by side on 0–100 (higher = more drift), values printed at the
 * bar ends. Rows come sorted by the caller.
 */
export function PatternBars({ rows, compact = false }: { rows: PatternBarRow[]; compact?: boolean }) {
  const surface = useChartSurfaceProps();
  const labelWidth = compact ? 104 : 150;
  const chars = compact ? 26 : 22;
  const height = rows.length * (compact ? 52 : 46) + 36;
  const fmt = (v: unknown) => (typeof v === 'number' ? String(Math.round(v)) : '');
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart {...surface} data={rows} layout="vertical" margin={{ top: 4, right: 34, bottom: 4, left: 4 }} barCategoryGap="22%" barGap={2}>
        <CartesianGrid horizontal={false} stroke="#e3e7e5" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={AXIS_TICK} stroke="#e3e7e5" />
        <YAxis
          type="category"
          dataKey="name"
          width={labelWidth}
          tick={{ ...AXIS_TICK, fill: '#1c2624', fontSize: compact ? 11.5 : 12.5 }}
          tickFormatter={(v: string) => (v.length > chars ? `${v.slice(0, chars - 1)}…` : v)}
          stroke="#e3e7e5"
        />
        <Bar dataKey="hierarchical" name="Hierarchical drift (HDI)" fill={PATTERN_COLORS.hierarchical} isAnimationActive={false} radius={[0, 3, 3, 0]}>
          <LabelList dataKey="hierarchical" position="right" formatter={fmt} fill="#1c2624" fontSize={12} />
        </Bar>
        <Bar dataKey="medicalModel" name="Medical-model drift (MDI)" fill={PATTERN_COLORS.medicalModel} isAnimationActive={false} radius={[0, 3, 3, 0]}>
          <LabelList dataKey="medicalModel" position="right" formatter={fmt} fill="#1c2624" fontSize={12} />
        </Bar>
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: '#eef1ee' }}
          content={({ active, payload }) => {
            const row = payload?.[0]?.payload as PatternBarRow | undefined;
            if (!active || !row) return null;
            return (
              <ChartTooltipBox
                title={row.name}
                lines={[
                  { label: 'Hierarchical drift', value: row.hierarchical !== null ? Math.round(row.hierarchical) : 'no data' },
                  { label: 'Medical-model drift', value: row.medicalModel !== null ? Math.round(row.medicalModel) : 'no data' },
                ]}
              />
            );
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
