import { formatDriftPeriod } from '@tandem/shared';
import type { ReactNode } from 'react';
import { CHART_COLORS } from './palette';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Axis ticks: '2026-03' → "Mar 26", '2026-W12' → "W12 ’26". */
export function shortPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]!.slice(2)}`;
  const week = /^(\d{4})-W(\d{1,2})$/.exec(period);
  if (week) return `W${Number(week[2])} ’${week[1]!.slice(2)}`;
  return period;
}

/** Full period names in tooltips and tables. */
export const longPeriod = formatDriftPeriod;

/** Signal marks: a filled triangle (alert) or an open diamond (watch) — shape, not only colour, tells them apart. */
export function SignalShape({ cx, cy, severity, size = 7 }: { cx?: number; cy?: number; severity: 'alert' | 'watch'; size?: number }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const s = size;
  return severity === 'alert' ? (
    <path d={`M${cx} ${cy - s - 1} L${cx + s} ${cy + s - 1} L${cx - s} ${cy + s - 1} Z`} fill={CHART_COLORS.alert} stroke="#ffffff" strokeWidth={1.5} />
  ) : (
    <path d={`M${cx} ${cy - s} L${cx + s} ${cy} L${cx} ${cy + s} L${cx - s} ${cy} Z`} fill="#ffffff" stroke={CHART_COLORS.watch} strokeWidth={2.25} />
  );
}

/** A small hollow square on the axis where a period had too few ratings to chart. */
export function SuppressedShape({ cx, cy }: { cx?: number; cy?: number }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  return (
    <g>
      <rect x={cx - 4} y={cy - 10} width={8} height={8} fill="#ffffff" stroke={CHART_COLORS.suppressed} strokeWidth={1.5} />
      <line x1={cx - 4} y1={cy - 2} x2={cx + 4} y2={cy - 10} stroke={CHART_COLORS.suppressed} strokeWidth={1.5} />
    </g>
  );
}

/** A small open circle on the axis where a period inside the series has no figure (a gap the dotted line crosses). */
export function GapShape({ cx, cy }: { cx?: number; cy?: number }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  return <circle data-gap-mark="" cx={cx} cy={cy - 5} r={3.5} fill="#ffffff" stroke={CHART_COLORS.suppressed} strokeWidth={1.5} />;
}

export interface TooltipLine {
  label: string;
  value: ReactNode;
}

/** Tooltip body in our own markup (readable sizes, plain words). */
export function ChartTooltipBox({ title, lines, note }: { title: string; lines: TooltipLine[]; note?: ReactNode }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      <ul>
        {lines.map((l) => (
          <li key={l.label}>
            {l.label}: <strong>{l.value}</strong>
          </li>
        ))}
      </ul>
      {note ? <p className="small muted" style={{ margin: '0.25rem 0 0' }}>{note}</p> : null}
    </div>
  );
}

export const AXIS_TICK = { fill: CHART_COLORS.axis, fontSize: 12 };

/** Round ticks from 0 to just above `max` (about four steps of 1, 2, 2.5 or 5 × 10ⁿ), for axes without a fixed scale. */
export function niceTicks(max: number, steps = 4): number[] {
  const top = Math.max(max, 1e-9);
  const raw = top / steps;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const count = Math.ceil(top / step);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}
