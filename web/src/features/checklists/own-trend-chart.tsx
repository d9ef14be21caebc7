import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatScore } from './checklist-wording';

export interface TrendPoint {
  month: string;
  /** 1–5; the API's series is on 0–100 ((MFI − 1) / 4 × 100), shown here on the scale people rate on. */
  index: number;
}

/** The small line itself (decorative: the text summary and the table carry the numbers). */
export function OwnTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <LineChart accessibilityLayer={false} width={340} height={150} data={points} margin={{ top: 8, right: 20, bottom: 0, left: -24 }}>
      <CartesianGrid stroke="#e3e7e5" vertical={false} />
      <XAxis dataKey="month" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
      <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 11 }} />
      <ReferenceLine y={4} stroke="#1f6a3b" strokeDasharray="4 4" />
      <ReferenceLine y={3} stroke="#7a4e00" strokeDasharray="2 4" />
      <Tooltip formatter={(v) => formatScore(Number(v))} />
      <Line type="monotone" dataKey="index" name="Index" stroke="#1d5c63" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
    </LineChart>
  );
}
