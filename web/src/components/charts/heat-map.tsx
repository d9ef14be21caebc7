import { useId, type MouseEvent } from 'react';
import { CHART_COLORS, divergingColor, sequentialColor, textOn } from './palette';
import { useElementWidth } from './use-element-width';

export interface HeatMapColumn {
  key: string;
  /** Short code shown in the header ("D3"). */
  code: string;
  /** Full name (tooltips, screen readers, wrapped header text when there is room). */
  title: string;
}

export interface HeatMapCell {
  column: string;
  value: number | null;
  /** Too few ratings: hatched, no value. */
  suppressed: boolean;
  n?: number;
}

export interface HeatMapRow {
  id: string;
  label: string;
  /** A status mark before the label: alerts and watches stand out at a glance. */
  status?: 'alert' | 'watch' | null;
  href?: string;
  cells: HeatMapCell[];
}

export interface HeatMapProps {
  rows: HeatMapRow[];
  columns: HeatMapColumn[];
  /** Colour scale domain, e.g. [1, 5] for dimension scores. */
  domain: [number, number];
  /** Follow a row's link (client-side navigation). */
  onRowActivate?: (row: HeatMapRow) => void;
  /** Accessible name of the whole grid. */
  label: string;
  /** What a hatched cell means. */
  suppressedText?: string;
  minCellSize?: number;
  format?: (value: number) => string;
  /**
   * Colour each cell by its difference from its own row's mean (diverging: below in orange, above in purple), so a
   * team's weak dimension stands out against its usual level; `spread` points reach the darkest colour. Cells below
   * `floor` (the organisation's development band) are outlined and marked ▼. Without it, a sequential scale on `domain`.
   */
  relative?: { spread: number; floor?: number; floorText?: string; unit?: string };
}

/** The mean of a row's shown values, or null. */
export function rowMean(row: HeatMapRow): number | null {
  const values = row.cells.map((c) => c.value).filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

const ROW_H = 40;
const STACK_LABEL_H = 22;
const MIN_CELL_W = 46;

/** Splits a title into at most `lines` lines of about `chars` characters. */
function wrapWords(text: string, chars: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > chars && line) {
      out.push(line);
      line = word;
      if (out.length === lines) break;
    } else line = next;
  }
  if (out.length < lines && line) out.push(line);
  const used = out.join(' ').length;
  if (used < text.length && out.length) out[out.length - 1] = `${out[out.length - 1]!.replace(/[\s,]+$/, '')}…`;
  return out;
}

function truncate(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

function StatusMark({ status, x, y }: { status: 'alert' | 'watch'; x: number; y: number }) {
  return status === 'alert' ? (
    <path d={`M${x + 6} ${y - 6} L${x + 12} ${y + 5} L${x} ${y + 5} Z`} fill={CHART_COLORS.alert} aria-hidden="true" />
  ) : (
    <path d={`M${x + 6} ${y - 6} L${x + 12} ${y} L${x + 6} ${y + 6} L${x} ${y} Z`} fill="#ffffff" stroke={CHART_COLORS.watch} strokeWidth={2} aria-hidden="true" />
  );
}

/**
 * Rows × columns of scores, coloured by each cell's difference from its row's own mean (or on a viridis scale), the value printed in every cell, cells with too few
 * ratings hatched and labelled. Lays out in real pixels for its width; on narrow screens the row label sits above
 * its cells. The colour key is part of the SVG, so a saved PNG carries it.
 */
export function HeatMap({
  rows, columns, domain, onRowActivate, label, suppressedText = 'too few ratings', minCellSize, format = (v) => v.toFixed(1), relative,
}: HeatMapProps) {
  const { ref, width: measured } = useElementWidth<HTMLDivElement>();
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const stacked = measured < 560;
  const labelW = stacked ? 0 : Math.min(220, Math.max(130, Math.round(measured * 0.22)));
  const cellW = Math.max(MIN_CELL_W, Math.floor((measured - labelW) / Math.max(1, columns.length)));
  const width = labelW + cellW * columns.length;
  const headerLines = cellW >= 84 ? 3 : 1;
  const headerH = headerLines === 3 ? 58 : 26;
  const rowH = ROW_H + (stacked ? STACK_LABEL_H : 0);
  const legendH = stacked ? 100 : 58;
  const height = headerH + rows.length * rowH + legendH;
  const [lo, hi] = domain;
  const chars = Math.max(6, Math.floor(cellW / 7));

  const gradientId = `${hatchId}-key`;
  const keyW = Math.min(260, width - 20);
  const keyY = headerH + rows.length * rowH + 22;

  return (
    <div ref={ref} className="chart-scroll">
      <svg
        data-chart-svg
        className="chart-svg heat-map"
        width={width}
        height={height}
        role="group"
        aria-label={label}
        fontFamily="inherit"
      >
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#f3f4f2" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#b3bbb8" strokeWidth="2.5" />
          </pattern>
          <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
            {Array.from({ length: 11 }, (_, i) => (
              <stop key={i} offset={`${i * 10}%`} stopColor={relative ? divergingColor(((i - 5) / 5) * relative.spread, relative.spread) : sequentialColor(lo + ((hi - lo) * i) / 10, lo, hi)} />
            ))}
          </linearGradient>
        </defs>

        {/* Column headers */}
        {columns.map((c, i) => {
          const x = labelW + i * cellW + cellW / 2;
          const lines = headerLines === 3 ? wrapWords(c.title, chars, 2) : [];
          return (
            <g key={c.key}>
              <title>{`${c.code}: ${c.title}`}</title>
              <text x={x} y={16} textAnchor="middle" fontWeight={700} fill="#1c2624">
                {c.code}
              </text>
              {lines.map((line, j) => (
                <text key={j} x={x} y={32 + j * 14} textAnchor="middle" fill="#4d5a57" fontSize={11}>
                  {line}
                </text>
              ))}
            </g>
          );
        })}

        {rows.map((row, r) => {
          const mean = relative ? rowMean(row) : null;
          const top = headerH + r * rowH;
          const cellTop = top + (stacked ? STACK_LABEL_H : 0);
          const labelY = stacked ? top + 15 : cellTop + ROW_H / 2 + 5;
          const labelX = row.status ? 18 : 0;
          const maxChars = stacked ? Math.floor(width / 7.5) : Math.floor((labelW - labelX - 8) / 7.4);
          const labelText = truncate(row.label, maxChars);
          const follow = (e: MouseEvent) => {
            if (!onRowActivate) return;
            e.preventDefault();
            onRowActivate(row);
          };
          return (
            <g key={row.id}>
              {row.status ? <StatusMark status={row.status} x={0} y={labelY - 5} /> : null}
              {row.href ? (
                <a
                  href={row.href}
                  onClick={follow}
                  className="heat-map__row-link"
                  aria-label={`${row.label}${row.status === 'alert' ? ' (alert)' : row.status === 'watch' ? ' (on watch)' : ''}`}
                >
                  <text x={labelX} y={labelY} fill={CHART_COLORS.value} fontWeight={600} fontSize={13}>
                    {labelText}
                  </text>
                </a>
              ) : (
                <text x={labelX} y={labelY} fill="#1c2624" fontWeight={600} fontSize={13}>
                  {labelText}
                </text>
              )}
              {columns.map((c, i) => {
                const cell = row.cells.find((x) => x.column === c.key);
                const x = labelW + i * cellW;
                const value = cell?.value ?? null;
                const suppressed = Boolean(cell?.suppressed);
                const delta = value !== null && mean !== null ? value - mean : null;
                const colour = value === null ? null : relative ? divergingColor(delta ?? 0, relative.spread) : sequentialColor(value, lo, hi);
                const fill = colour ?? (suppressed ? `url(#${hatchId})` : '#f7f8f6');
                const ink = colour ? textOn(colour) : '#4d5a57';
                const low = relative?.floor !== undefined && value !== null && value < relative.floor;
                const versus = delta === null || !relative ? '' : Math.abs(delta) < 0.05 ? ', at the team’s average' : `, ${format(Math.abs(delta))} ${delta < 0 ? 'below' : 'above'} the team’s average`;
                const spoken = value !== null
                  ? `${format(value)} of ${hi}${versus}${low ? `, ${relative?.floorText ?? 'below the band'}` : ''}${cell?.n ? `, ${cell.n} ratings` : ''}`
                  : suppressed ? suppressedText : 'no ratings in this range';
                return (
                  <g key={c.key} role="img" aria-label={`${row.label}, ${c.code} ${c.title}: ${spoken}`}>
                    <title>{`${row.label} — ${c.title}: ${spoken}`}</title>
                    <rect
                      x={x + (low ? 2 : 1)} y={cellTop + (low ? 2 : 1)} width={cellW - (low ? 4 : 2)} height={ROW_H - (low ? 4 : 2)} rx={3} fill={fill}
                      stroke={low ? '#1c2624' : suppressed ? '#b3bbb8' : 'none'} strokeWidth={low ? 2.5 : 1} data-low={low ? 'true' : undefined}
                    />
                    {value !== null ? (
                      <text x={x + cellW / 2} y={cellTop + ROW_H / 2 + 5} textAnchor="middle" fill={ink} fontWeight={700} fontSize={14}>
                        {low ? '▼ ' : ''}{format(value)}
                      </text>
                    ) : suppressed ? (
                      <text x={x + cellW / 2} y={cellTop + ROW_H / 2 - 2} textAnchor="middle" fill="#1c2624" fontSize={10.5} fontWeight={600} paintOrder="stroke" stroke="#f3f4f2" strokeWidth={3}>
                        <tspan x={x + cellW / 2}>too few</tspan>
                        <tspan x={x + cellW / 2} dy={12}>ratings</tspan>
                      </text>
                    ) : (
                      <text x={x + cellW / 2} y={cellTop + ROW_H / 2 + 5} textAnchor="middle" fill="#4d5a57" fontSize={13}>
                        —
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}

        {/* Colour key */}
        <g aria-hidden="true">
          <text x={0} y={keyY - 8} fontSize={11} fill="#4d5a57">
            {relative
              ? `Points from the team’s own average (orange = below)${relative.floor !== undefined ? ` · ▼ outlined: below ${relative.floor}` : ''}`
              : `Score ${lo}–${hi} (darker = lower)`}
          </text>
          <rect x={0} y={keyY} width={keyW} height={12} fill={`url(#${gradientId})`} rx={2} />
          {(relative ? [-relative.spread, 0, relative.spread] : hi - lo > 10 ? [0, 1, 2, 3, 4].map((i) => lo + ((hi - lo) * i) / 4) : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)).map((tick, i, all) => (
            <text
              key={tick}
              x={relative ? (i / (all.length - 1)) * keyW : ((tick - lo) / (hi - lo)) * keyW}
              y={keyY + 26} fontSize={11} fill="#4d5a57" textAnchor={i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle'}
            >
              {relative ? (tick > 0 ? `+${tick}` : tick === 0 ? 'average' : `−${-tick}`) : tick}
            </text>
          ))}
          <g transform={stacked ? `translate(0, ${keyY + 40})` : `translate(${Math.min(keyW + 24, width - 200)}, ${keyY - 2})`}>
              <rect width={16} height={14} fill={`url(#${hatchId})`} stroke="#b3bbb8" />
              <text x={22} y={11} fontSize={11} fill="#4d5a57">
                {minCellSize ? `${suppressedText} (< ${minCellSize})` : suppressedText}
              </text>
              <text x={0} y={30} fontSize={11} fill="#4d5a57">
                — no ratings in range
              </text>
          </g>
        </g>
      </svg>
    </div>
  );
}
