import type { ReviewChart, ReviewDimension } from '../fidelity-review.types';
import { monthName } from '../fidelity-review.narrative';
import { INK, type PdfWriter } from './pdf-writer';

/**
 * Vector charts for the review packet, drawn from the same series the dashboard charts. Colours follow the web app's
 * palette (Okabe & Ito; viridis for scores); colour is never the only cue (shapes, dashes, printed values).
 */
export const CHART = {
  value: '#0072b2', centre: '#4d5a57', limit: '#8a9693', band: '#eef3f1', alert: '#d55e00', watch: '#8a5a00', better: '#007a5a',
  grid: '#e3e7e5', quarter: '#fff4d6', annotation: '#5a3f80', action: '#007a5a', suppressed: '#7b8784',
} as const;

const VIRIDIS = ['#440154', '#482475', '#414487', '#355f8d', '#2a788e', '#21918c', '#22a884', '#44bf70', '#7ad151', '#bddf26', '#fde725'];

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = rgb(VIRIDIS[i]!);
  const b = rgb(VIRIDIS[i + 1]!);
  return `#${[0, 1, 2].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * f).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text, whichever reads better on the background. */
export function textOn(bg: string): string {
  const l = luminance(bg);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Diagonal hatching inside a rectangle (suppressed cells and points). */
function hatch(w: PdfWriter, x: number, y: number, width: number, height: number): void {
  const doc = w.doc;
  doc.save().rect(x, y, width, height).clip();
  doc.lineWidth(0.6).strokeColor('#b9c2bf');
  for (let d = -height; d < width; d += 5) doc.moveTo(x + d, y + height).lineTo(x + d + height, y).stroke();
  doc.restore();
}

export interface HeatRow {
  label: string;
  status: 'alert' | 'watch' | null;
  cells: ReviewDimension[];
}

/** Teams × dimensions on a 0–100 viridis scale, values printed; hatched where the cell is suppressed. */
export function heatMap(w: PdfWriter, rows: HeatRow[], codes: string[], minCellSize: number): void {
  const doc = w.doc;
  const labelW = 150;
  const cellW = Math.min(48, (w.width - labelW) / codes.length);
  const cellH = 24;
  w.ensure(26 + cellH * Math.min(rows.length, 6));
  let y = doc.y;
  doc.font('bold').fontSize(8.5).fillColor(INK.muted);
  codes.forEach((c, i) => doc.text(c, w.left + labelW + i * cellW, y, { width: cellW, align: 'center', lineBreak: false }));
  y += 14;
  for (const row of rows) {
    if (y + cellH > w.bottom) {
      w.newPage();
      y = doc.y;
    }
    doc.font('regular').fontSize(8.5).fillColor(INK.text);
    if (row.status) {
      const cx = w.left + 5;
      const cy = y + 12;
      doc.polygon([cx, cy - 5], [cx - 4.5, cy + 3], [cx + 4.5, cy + 3]).fill(row.status === 'alert' ? CHART.alert : CHART.watch);
    }
    doc.fillColor(INK.text).text(row.label, w.left + 14, y + 8, { width: labelW - 18, height: 11, ellipsis: true, lineBreak: false });
    row.cells.forEach((cell, i) => {
      const x = w.left + labelW + i * cellW;
      if (cell.score !== null) {
        const bg = viridis(cell.score / 100);
        doc.rect(x + 1, y + 1, cellW - 2, cellH - 2).fill(bg);
        doc.font('bold').fontSize(8.5).fillColor(textOn(bg)).text(cell.score.toFixed(1), x, y + 8, { width: cellW, align: 'center', lineBreak: false });
      } else if (cell.suppressed) {
        doc.rect(x + 1, y + 1, cellW - 2, cellH - 2).fill('#f6f8f7');
        hatch(w, x + 1, y + 1, cellW - 2, cellH - 2);
        doc.font('regular').fontSize(7).fillColor(INK.muted).text(`n<${minCellSize}`, x, y + 8.5, { width: cellW, align: 'center', lineBreak: false });
      } else {
        doc.rect(x + 1, y + 1, cellW - 2, cellH - 2).lineWidth(0.5).strokeColor(INK.rule).stroke();
        doc.font('regular').fontSize(8).fillColor(INK.faint).text('–', x, y + 8, { width: cellW, align: 'center', lineBreak: false });
      }
    });
    y += cellH;
  }
  doc.y = y + 8;
  // Legend: the colour scale, the hatch, the empty cell.
  w.ensure(30);
  y = doc.y;
  const scaleW = 120;
  for (let i = 0; i < 40; i++) doc.rect(w.left + (i * scaleW) / 40, y, scaleW / 40 + 0.4, 9).fill(viridis(i / 39));
  doc.font('regular').fontSize(7.5).fillColor(INK.muted);
  doc.text('1 (low)', w.left, y + 11, { lineBreak: false });
  doc.text('5 (high)', w.left + scaleW - 30, y + 11, { lineBreak: false });
  const hx = w.left + scaleW + 30;
  doc.rect(hx, y, 18, 9).fill('#f6f8f7');
  hatch(w, hx, y, 18, 9);
  doc.fillColor(INK.muted).text(`fewer than ${minCellSize} ratings: not shown`, hx + 24, y + 1, { lineBreak: false });
  const ex = hx + 190;
  doc.rect(ex, y, 18, 9).lineWidth(0.5).strokeColor(INK.rule).stroke();
  doc.fillColor(INK.muted).text('no ratings', ex + 24, y + 1, { lineBreak: false });
  doc.y = y + 26;
}

export interface ChartMarks {
  /** Periods of the review (shaded). */
  review: Set<string>;
  annotations: { period: string; n: number }[];
  actions: { period: string; n: number }[];
}

/**
 * A control chart: values (line and dots), the usual level and its limits per period (band), signals (▲ worse,
 * ● better, with the period's value), suppressed periods as hatched ticks on the axis, the review period shaded,
 * annotations (numbered, dotted) and actions (diamonds) on the time axis.
 */
export function controlChart(w: PdfWriter, chart: ReviewChart, periods: string[], marks: ChartMarks, box: { x: number; y: number; width: number; height: number }): void {
  const doc = w.doc;
  const padL = 30;
  const padB = 30;
  const padT = 18;
  const plot = { x: box.x + padL, y: box.y + padT, w: box.width - padL - 6, h: box.height - padT - padB };
  const values = chart.points.map((p) => p.value).filter((v): v is number => v !== null);
  const limitValues = chart.limits.flatMap((l) => [l.lower, l.upper]);
  let lo = Math.min(...values, ...limitValues);
  let hi = Math.max(...values, ...limitValues);
  if (!Number.isFinite(lo)) [lo, hi] = [0, 100];
  const pad = Math.max(4, (hi - lo) * 0.12);
  lo = Math.max(0, Math.floor((lo - pad) / 5) * 5);
  hi = Math.min(100, Math.ceil((hi + pad) / 5) * 5);
  if (hi - lo < 10) hi = Math.min(100, lo + 10);
  const step = plot.w / Math.max(1, periods.length);
  const xOf = (period: string) => plot.x + (periods.indexOf(period) + 0.5) * step;
  const yOf = (v: number) => plot.y + plot.h - ((v - lo) / (hi - lo)) * plot.h;

  doc.font('bold').fontSize(9).fillColor(INK.text).text(chart.label, box.x, box.y, { width: box.width * 0.6, lineBreak: false, ellipsis: true, height: 12 });
  doc.font('regular').fontSize(7.5).fillColor(INK.muted)
    .text(chart.badDirection === 'up' ? 'higher = more drift' : 'higher = more mutual', box.x + box.width * 0.6, box.y + 1, { width: box.width * 0.4 - 6, align: 'right', lineBreak: false });

  // The review period, shaded.
  const reviewIdx = periods.map((p, i) => (marks.review.has(p) ? i : -1)).filter((i) => i >= 0);
  if (reviewIdx.length) {
    const x0 = plot.x + reviewIdx[0]! * step;
    doc.rect(x0, plot.y, (reviewIdx[reviewIdx.length - 1]! - reviewIdx[0]! + 1) * step, plot.h).fill(CHART.quarter);
  }
  // Grid and y axis.
  const tickStep = hi - lo > 40 ? 20 : hi - lo > 20 ? 10 : 5;
  doc.font('regular').fontSize(7).fillColor(INK.muted);
  for (let v = Math.ceil(lo / tickStep) * tickStep; v <= hi; v += tickStep) {
    doc.moveTo(plot.x, yOf(v)).lineTo(plot.x + plot.w, yOf(v)).lineWidth(0.4).strokeColor(CHART.grid).stroke();
    doc.fillColor(INK.muted).text(String(v), box.x, yOf(v) - 3.5, { width: padL - 5, align: 'right', lineBreak: false });
  }
  // Limits: a band between lower and upper, the usual level dashed.
  const lim = new Map(chart.limits.map((l) => [l.period, l]));
  for (const p of periods) {
    const l = lim.get(p);
    if (!l) continue;
    const x = xOf(p) - step / 2;
    const top = yOf(Math.min(hi, l.upper));
    const bottom = yOf(Math.max(lo, l.lower));
    doc.save().fillOpacity(0.75).rect(x, top, step, Math.max(0, bottom - top)).fill(CHART.band).restore();
    doc.save().moveTo(x, top).lineTo(x + step, top).moveTo(x, bottom).lineTo(x + step, bottom).lineWidth(0.6).dash(2, { space: 2 }).strokeColor(CHART.limit).stroke().restore();
    doc.save().moveTo(x, yOf(l.centre)).lineTo(x + step, yOf(l.centre)).lineWidth(0.8).dash(5, { space: 3 }).strokeColor(CHART.centre).stroke().restore();
  }
  doc.rect(plot.x, plot.y, plot.w, plot.h).lineWidth(0.5).strokeColor(INK.rule).stroke();
  // Values: line segments between consecutive charted periods (a gap where a period has no value).
  const byPeriod = new Map(chart.points.map((p) => [p.period, p]));
  let prev: { x: number; y: number } | null = null;
  for (const p of periods) {
    const point = byPeriod.get(p);
    if (!point || point.value === null) {
      prev = null;
      continue;
    }
    const at = { x: xOf(p), y: yOf(point.value) };
    if (prev) doc.moveTo(prev.x, prev.y).lineTo(at.x, at.y).lineWidth(1.4).strokeColor(CHART.value).stroke();
    prev = at;
  }
  const signalAt = new Map<string, ReviewChart['signals'][number]>();
  for (const s of chart.signals) if (!signalAt.has(s.period) || s.severity === 'alert') signalAt.set(s.period, s);
  for (const p of periods) {
    const point = byPeriod.get(p);
    const x = xOf(p);
    if (point?.suppressed) {
      hatch(w, x - 4, plot.y + plot.h - 8, 8, 8);
      doc.rect(x - 4, plot.y + plot.h - 8, 8, 8).lineWidth(0.4).strokeColor(CHART.suppressed).stroke();
      continue;
    }
    if (!point || point.value === null) continue;
    const y = yOf(point.value);
    const s = signalAt.get(p);
    if (s?.direction === 'worse') {
      doc.polygon([x, y - 5.5], [x - 5, y + 3.5], [x + 5, y + 3.5]).fill(s.severity === 'alert' ? CHART.alert : CHART.watch);
    } else if (s?.direction === 'better') {
      doc.circle(x, y, 4.2).fill(CHART.better);
      doc.circle(x, y, 1.6).fill('#ffffff');
    } else {
      doc.circle(x, y, 2.2).fill(CHART.value);
    }
  }
  // Annotations (numbered, dotted line) and actions (diamond) on the time axis.
  const annotationsByPeriod = new Map<string, number[]>();
  for (const a of marks.annotations) annotationsByPeriod.set(a.period, [...(annotationsByPeriod.get(a.period) ?? []), a.n]);
  for (const [period, ns] of annotationsByPeriod) {
    if (!periods.includes(period)) continue;
    const x = xOf(period) - step * 0.25;
    doc.save().moveTo(x, plot.y).lineTo(x, plot.y + plot.h).lineWidth(0.7).dash(1, { space: 2 }).strokeColor(CHART.annotation).stroke().restore();
    doc.font('bold').fontSize(6.5).fillColor(CHART.annotation).text(ns.join(','), x - 15, plot.y - 8, { width: 30, align: 'center', lineBreak: false });
  }
  for (const a of marks.actions) {
    if (!periods.includes(a.period)) continue;
    const x = xOf(a.period) + step * 0.25;
    const y = plot.y + plot.h - 4;
    doc.polygon([x, y - 4], [x + 4, y], [x, y + 4], [x - 4, y]).fill(CHART.action);
    doc.font('bold').fontSize(6).fillColor(CHART.action).text(`A${a.n}`, x - 8, plot.y + plot.h - 16, { width: 16, align: 'center', lineBreak: false });
  }
  // X axis: month labels, thinned to fit.
  const every = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor(plot.w / 34))));
  doc.font('regular').fontSize(6.8).fillColor(INK.muted);
  periods.forEach((p, i) => {
    if (i % every !== 0 && i !== periods.length - 1) return;
    const [mon, year] = monthName(p).split(' ');
    doc.text(mon ?? p, xOf(p) - 15, plot.y + plot.h + 4, { width: 30, align: 'center', lineBreak: false });
    if (i === 0 || p.endsWith('-01')) doc.text(year ?? '', xOf(p) - 15, plot.y + plot.h + 12, { width: 30, align: 'center', lineBreak: false });
  });
}

/** The chart key, drawn once per team page. */
export function chartKey(w: PdfWriter): void {
  const doc = w.doc;
  w.ensure(16);
  const y = doc.y;
  let x = w.left;
  const item = (draw: (cx: number, cy: number) => void, label: string, width: number) => {
    draw(x + 6, y + 5);
    doc.font('regular').fontSize(7).fillColor(INK.muted).text(label, x + 15, y + 1.5, { lineBreak: false });
    x += width;
  };
  item((cx, cy) => doc.circle(cx, cy, 2.2).fill(CHART.value), 'value', 44);
  item((cx, cy) => doc.save().moveTo(cx - 6, cy).lineTo(cx + 6, cy).lineWidth(0.8).dash(5, { space: 3 }).strokeColor(CHART.centre).stroke().restore(), 'usual level', 64);
  item((cx, cy) => doc.rect(cx - 6, cy - 4, 12, 8).fill(CHART.band), 'expected range', 78);
  item((cx, cy) => doc.polygon([cx, cy - 5], [cx - 4.5, cy + 3], [cx + 4.5, cy + 3]).fill(CHART.alert), 'drift signal', 64);
  item((cx, cy) => { doc.circle(cx, cy, 4).fill(CHART.better); doc.circle(cx, cy, 1.5).fill('#ffffff'); }, 'improvement', 70);
  item((cx, cy) => doc.rect(cx - 6, cy - 4, 12, 8).fill(CHART.quarter), 'this period', 62);
  item((cx, cy) => doc.polygon([cx, cy - 4], [cx + 4, cy], [cx, cy + 4], [cx - 4, cy]).fill(CHART.action), 'action', 44);
  item((cx, cy) => { hatch(w, cx - 4, cy - 4, 8, 8); doc.rect(cx - 4, cy - 4, 8, 8).lineWidth(0.4).strokeColor(CHART.suppressed).stroke(); }, 'too few ratings', 70);
  doc.y = y + 16;
}

/** Horizontal bars: held against required, per team, with the percentage printed. */
export function supervisionBars(w: PdfWriter, rows: { label: string; held: number; required: number; overdue: number | null; supervisees: number }[]): void {
  const doc = w.doc;
  const labelW = 150;
  const barW = w.width - labelW - 150;
  const rowH = 20;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.required, r.held)));
  doc.font('bold').fontSize(8).fillColor(INK.muted);
  let y = doc.y;
  doc.text('Team', w.left, y, { lineBreak: false });
  doc.text('Held / required', w.left + labelW + barW + 8, y, { width: 80, lineBreak: false });
  doc.text('Overdue today', w.left + labelW + barW + 82, y, { width: 68, align: 'right', lineBreak: false });
  y += 14;
  for (const r of rows) {
    if (y + rowH > w.bottom) {
      w.newPage();
      y = doc.y;
    }
    doc.font('regular').fontSize(8.5).fillColor(INK.text).text(r.label, w.left, y + 5, { width: labelW - 8, height: 11, ellipsis: true, lineBreak: false });
    const reqW = (r.required / max) * barW;
    const heldW = (Math.min(r.held, max) / max) * barW;
    doc.rect(w.left + labelW, y + 3, barW, 12).fill('#f3f6f5');
    doc.rect(w.left + labelW, y + 3, heldW, 12).fill(r.required && r.held < r.required * 0.9 ? CHART.alert : CHART.value);
    if (r.required) doc.moveTo(w.left + labelW + reqW, y).lineTo(w.left + labelW + reqW, y + 18).lineWidth(1.4).strokeColor(INK.text).stroke();
    const pct = r.required ? `${Math.round((Math.min(r.held, r.required) / r.required) * 100)}%` : '–';
    doc.font('regular').fontSize(8.5).fillColor(INK.text).text(`${r.held} / ${r.required}  (${pct})`, w.left + labelW + barW + 8, y + 5, { width: 84, lineBreak: false });
    doc.text(r.overdue === null ? '–' : `${r.overdue} of ${r.supervisees}`, w.left + labelW + barW + 92, y + 5, { width: 58, align: 'right', lineBreak: false });
    y += rowH;
  }
  doc.font('regular').fontSize(7).fillColor(INK.muted)
    .text('Bar: sessions held; black tick: sessions required by the programme’s policy. Orange where fewer than 90% of required sessions were held.', w.left, y + 4, { width: w.width });
  doc.y = doc.y + 8;
}
