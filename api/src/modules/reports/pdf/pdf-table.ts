import { INK, type PdfWriter } from './pdf-writer';

export interface TableSpec {
  /** Widths as fractions of the text width. */
  columns: { label: string; width: number; align?: 'left' | 'right' }[];
  rows: string[][];
  /** Wrapped cells keep at most this many lines (then an ellipsis). */
  maxLines?: number;
  rowColor?: (index: number) => string | null;
}

/** A plain table: bold header (repeated on a new page), wrapped cells, hairlines between rows; rows never split. */
export function simpleTable(w: PdfWriter, spec: TableSpec): void {
  const doc = w.doc;
  const size = 8.5;
  const padX = 4;
  const padY = 4;
  const lineH = size * 1.25;
  const widths = spec.columns.map((c) => c.width * w.width);
  const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const header = () => {
    const y = doc.y;
    doc.font('bold').fontSize(8).fillColor(INK.muted);
    spec.columns.forEach((c, i) => doc.text(c.label, xs[i]! + padX, y, { width: widths[i]! - padX * 2, align: c.align ?? 'left', lineBreak: false, height: 10, ellipsis: true }));
    doc.y = y + 13;
    doc.moveTo(w.left, doc.y).lineTo(w.left + w.width, doc.y).lineWidth(0.7).strokeColor(INK.muted).stroke();
  };
  w.ensure(30);
  header();
  spec.rows.forEach((row, r) => {
    doc.font('regular').fontSize(size);
    const maxH = (spec.maxLines ?? 2) * lineH;
    const heights = row.map((cell, i) => Math.min(maxH, doc.heightOfString(cell, { width: widths[i]! - padX * 2 })));
    const h = Math.max(lineH, ...heights) + padY * 2;
    if (doc.y + h > w.bottom) {
      w.newPage();
      header();
    }
    const y = doc.y;
    const bg = spec.rowColor?.(r);
    if (bg) doc.rect(w.left, y, w.width, h).fill(bg);
    doc.font('regular').fontSize(size).fillColor(INK.text);
    row.forEach((cell, i) => {
      doc.text(cell, xs[i]! + padX, y + padY, { width: widths[i]! - padX * 2, height: maxH, ellipsis: true, align: spec.columns[i]!.align ?? 'left' });
    });
    doc.y = y + h;
    doc.moveTo(w.left, doc.y).lineTo(w.left + w.width, doc.y).lineWidth(0.4).strokeColor(INK.rule).stroke();
  });
  doc.y += 6;
}
