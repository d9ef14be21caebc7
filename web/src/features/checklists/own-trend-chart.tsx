import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFigure, INDEX_HIGH_MIN, INDEX_MODERATE_MIN } from '@tandem/shared';

export interface TrendPoint {
  month: string;
  /** The index on 0–100, as the API's series gives it. */
  index: number;
}

/** The small line itself (decorative: the text summary and the table carry the numbers). */
export function OwnTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <LineChart accessibilityLayer={false} width={340} height={150} data={points} margin={{ top: 8, right: 20, bottom: 0, left: -24 }}>
      <CartesianGrid stroke="#e3e7e5" vertical={false} />
      <XAxis dataKey="month" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 11 }} />
      <ReferenceLine y={INDEX_HIGH_MIN} stroke="#1f6a3b" strokeDasharray="4 4" />
      <ReferenceLine y={INDEX_MODERATE_MIN} stroke="#7a4e00" strokeDasharray="2 4" />
      <Tooltip formatter={(v) => formatFigure('MFI', Number(v))} />
      <Line type="monotone" dataKey="index" name="Index" stroke="#1d5c63" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
    </LineChart>
  );
}
