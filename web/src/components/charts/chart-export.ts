import { toCsv, type ChartTable, type LegendItem } from './chart-data';

/** Saves a blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(table: ChartTable, fileName: string): void {
  // The byte-order mark makes spreadsheet apps read the file as UTF-8.
  downloadBlob(new Blob(['\ufeff', toCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Chart SVGs (Recharts surfaces and our own) inside a chart area. */
const SVG_SELECTOR = 'svg.recharts-surface, svg[data-chart-svg]';
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-size',
  'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display', 'paint-order',
] as const;

/** A standalone copy of an SVG with computed styles inlined (stylesheets do not travel into an <img>). */
function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const copy = target[i];
    if (!(copy instanceof Element)) return;
    const computed = window.getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => {
      const v = computed.getPropertyValue(p);
      return v ? `${p}:${v}` : '';
    }).filter(Boolean).join(';');
    if (style) copy.setAttribute('style', `${copy.getAttribute('style') ?? ''};${style}`);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(clone);
}

function loadImage(svgText: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The chart could not be drawn as an image'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}

/** Splits text into lines that fit `maxWidth` on the canvas. */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (ctx.measureText(candidate).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function drawLegendMark(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number): void {
  ctx.save();
  ctx.strokeStyle = item.color;
  ctx.fillStyle = item.color;
  ctx.lineWidth = 2.5;
  const shape = item.shape ?? 'line';
  if (shape === 'line') {
    ctx.setLineDash(item.dash && item.dash !== '0' ? item.dash.split(/\s+/).map(Number) : []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 22, y);
    ctx.stroke();
  } else if (shape === 'triangle') {
    ctx.beginPath();
    ctx.moveTo(x + 11, y - 6);
    ctx.lineTo(x + 17, y + 5);
    ctx.lineTo(x + 5, y + 5);
    ctx.closePath();
    ctx.fill();
  } else if (shape === 'diamond') {
    ctx.beginPath();
    ctx.moveTo(x + 11, y - 6);
    ctx.lineTo(x + 17, y);
    ctx.lineTo(x + 11, y + 6);
    ctx.lineTo(x + 5, y);
    ctx.closePath();
    ctx.lineWidth = 2;
    ctx.stroke();
  } else if (shape === 'circle') {
    ctx.beginPath();
    ctx.arc(x + 11, y, 5, 0, Math.PI * 2);
    ctx.fill();
  } else {
    ctx.globalAlpha = shape === 'band' ? 0.6 : 1;
    ctx.fillRect(x + 3, y - 6, 16, 12);
    if (shape === 'hatch') {
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5;
      for (let i = -12; i < 16; i += 5) {
        ctx.beginPath();
        ctx.moveTo(x + 3 + i, y + 6);
        ctx.lineTo(x + 3 + i + 12, y - 6);
        ctx.stroke();
      }
    }
  }
  ctx.restore();
}

export interface PngOptions {
  title: string;
  summary?: string;
  legend?: LegendItem[];
  /** Device pixels per CSS pixel (2 = sharp on most screens and in slides). */
  scale?: number;
}

/**
 * Draws the chart area's SVGs (at their on-screen positions), any text marked `data-export-label`, a title, the
 * one-line summary and the legend onto a canvas, and returns it as a PNG. No dependency: SVG → <img> → canvas.
 */
export async function chartAreaToPng(area: HTMLElement, { title, summary, legend = [], scale = 2 }: PngOptions): Promise<Blob> {
  const box = area.getBoundingClientRect();
  const svgs = [...area.querySelectorAll<SVGSVGElement>(SVG_SELECTOR)].filter((s) => s.getBoundingClientRect().width > 0);
  if (svgs.length === 0) throw new Error('There is no chart to save yet');
  const labels = [...area.querySelectorAll<HTMLElement>('[data-export-label]')];
  const pad = 20;
  const width = Math.max(480, Math.ceil(box.width)) + pad * 2;
  const font = window.getComputedStyle(area).fontFamily || 'system-ui, sans-serif';

  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('This browser cannot draw images');
  measure.font = `14px ${font}`;
  const summaryLines = summary ? wrap(measure, summary, width - pad * 2) : [];
  const headerHeight = pad + 26 + summaryLines.length * 20 + 10;
  measure.font = `13px ${font}`;
  // Legend rows: items laid out left to right, wrapping.
  const legendRows: { item: LegendItem; x: number }[][] = [];
  let row: { item: LegendItem; x: number }[] = [];
  let x = pad;
  for (const item of legend) {
    const w = 30 + measure.measureText(item.label).width + 18;
    if (x + w > width - pad && row.length) {
      legendRows.push(row);
      row = [];
      x = pad;
    }
    row.push({ item, x });
    x += w;
  }
  if (row.length) legendRows.push(row);
  const chartHeight = Math.ceil(box.height);
  const height = headerHeight + chartHeight + (legendRows.length ? legendRows.length * 22 + 12 : 0) + pad;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1c2624';
  ctx.textBaseline = 'top';
  ctx.font = `600 18px ${font}`;
  ctx.fillText(title, pad, pad);
  ctx.font = `14px ${font}`;
  ctx.fillStyle = '#4d5a57';
  summaryLines.forEach((line, i) => ctx.fillText(line, pad, pad + 28 + i * 20));

  for (const svg of svgs) {
    const r = svg.getBoundingClientRect();
    const img = await loadImage(standaloneSvg(svg, r.width, r.height));
    ctx.drawImage(img, pad + (r.left - box.left), headerHeight + (r.top - box.top), r.width, r.height);
  }
  for (const label of labels) {
    const r = label.getBoundingClientRect();
    if (r.width === 0) continue;
    const style = window.getComputedStyle(label);
    ctx.font = `${style.fontWeight} ${style.fontSize} ${font}`;
    ctx.fillStyle = style.color || '#1c2624';
    ctx.fillText(label.textContent ?? '', pad + (r.left - box.left), headerHeight + (r.top - box.top));
  }

  ctx.font = `13px ${font}`;
  ctx.textBaseline = 'middle';
  legendRows.forEach((items, i) => {
    const y = headerHeight + chartHeight + 12 + i * 22 + 8;
    for (const { item, x: lx } of items) {
      drawLegendMark(ctx, item, lx, y);
      ctx.fillStyle = '#1c2624';
      ctx.fillText(item.label, lx + 28, y);
    }
  });

  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be created'))), 'image/png');
  });
}
