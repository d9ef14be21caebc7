import { readFileSync } from 'node:fs';
import type PDFDocument from 'pdfkit';
import { woffToSfnt } from './woff';

/** Text colours and rules; charts have their own palette (pdf-charts.ts). */
export const INK = { text: '#1c2624', muted: '#4d5a57', faint: '#7b8784', rule: '#d5dbd9', panel: '#f3f6f5', accent: '#0b5d52' } as const;

const FONT_FILES = {
  regular: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff',
  bold: '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff',
  italic: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-italic.woff',
} as const;

/** DejaVu Sans (wide Unicode coverage: names in any Latin, Greek or Cyrillic script), decoded once per process. */
let fonts: Record<keyof typeof FONT_FILES, Buffer> | null = null;
function loadFonts(): Record<keyof typeof FONT_FILES, Buffer> {
  fonts ??= {
    regular: woffToSfnt(readFileSync(require.resolve(FONT_FILES.regular))),
    bold: woffToSfnt(readFileSync(require.resolve(FONT_FILES.bold))),
    italic: woffToSfnt(readFileSync(require.resolve(FONT_FILES.italic))),
  };
  return fonts;
}

export interface TocEntry {
  title: string;
  level: 1 | 2;
  anchor: string;
  page: number;
}

export interface WriterOptions {
  title: string;
  subject: string;
  author: string;
  /** The business clock's now: the PDF's creation date (never the wall clock). */
  createdAt: Date;
  footerLeft: string;
}

/**
 * A thin layout layer over pdfkit: A4 pages with margins, a running footer with "Page n of N", headings that feed a
 * table of contents (filled in at the end, with links) and the PDF outline, and `ensure` to keep blocks whole.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly toc: TocEntry[] = [];
  readonly margin = 50;
  private tocPages: number[] = [];
  private anchors = 0;

  /**
   * A writer with pdfkit loaded: pdfkit (with fontkit and its tables, about 5 MB of heap and 20 MB of RSS) is loaded
   * on the first PDF a process makes, not when the API starts.
   */
  static async create(options: WriterOptions): Promise<PdfWriter> {
    return new PdfWriter((await import('pdfkit')).default, options);
  }

  private constructor(Document: typeof PDFDocument, private readonly options: WriterOptions) {
    this.doc = new Document({
      size: 'A4', margins: { top: 56, bottom: 60, left: 50, right: 50 }, bufferPages: true, autoFirstPage: false,
      info: { Title: options.title, Subject: options.subject, Author: options.author, Creator: 'Tandem', CreationDate: options.createdAt, ModDate: options.createdAt },
      displayTitle: true, lang: 'en-GB',
    });
    const f = loadFonts();
    this.doc.registerFont('regular', f.regular);
    this.doc.registerFont('bold', f.bold);
    this.doc.registerFont('italic', f.italic);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** 0-based index of the current page. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.doc.page.margins.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** Reserves pages for the contents, filled in by `finish`. */
  reserveContents(pages: number): void {
    for (let i = 0; i < pages; i++) {
      this.newPage();
      this.tocPages.push(this.pageIndex);
    }
  }

  heading(text: string, level: 1 | 2 = 1, options: { toc?: boolean } = {}): void {
    const size = level === 1 ? 17 : 12.5;
    this.ensure(level === 1 ? 90 : 70);
    if (level === 2 && this.doc.y > this.doc.page.margins.top + 1) this.doc.moveDown(0.6);
    const anchor = `s${++this.anchors}`;
    this.doc.addNamedDestination(anchor, 'XYZ', null, this.doc.page.height - this.doc.y + 8, null);
    if (options.toc !== false) {
      this.toc.push({ title: text, level, anchor, page: this.pageIndex });
      this.doc.outline.addItem(text);
    }
    this.doc.font('bold').fontSize(size).fillColor(level === 1 ? INK.accent : INK.text).text(text, this.left, this.doc.y, { width: this.width });
    if (level === 1) {
      const y = this.doc.y + 3;
      this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.8).strokeColor(INK.accent).stroke();
      this.doc.y = y + 10;
    } else {
      this.doc.moveDown(0.3);
    }
    this.body();
  }

  body(size = 9.5): void {
    this.doc.font('regular').fontSize(size).fillColor(INK.text);
  }

  para(text: string, options: { size?: number; color?: string; font?: 'regular' | 'bold' | 'italic'; gap?: number; width?: number; x?: number } = {}): void {
    const width = options.width ?? this.width;
    this.doc.font(options.font ?? 'regular').fontSize(options.size ?? 9.5);
    const height = this.doc.heightOfString(text, { width, lineGap: 1.5 });
    this.ensure(Math.min(height, 120));
    this.doc.fillColor(options.color ?? INK.text).text(text, options.x ?? this.left, this.doc.y, { width, lineGap: 1.5 });
    this.doc.y += options.gap ?? 5;
    this.body();
  }

  bullet(text: string, options: { color?: string; marker?: string } = {}): void {
    const indent = 12;
    this.doc.font('regular').fontSize(9.5);
    const height = this.doc.heightOfString(text, { width: this.width - indent, lineGap: 1.5 });
    this.ensure(Math.min(height, 100) + 2);
    const y = this.doc.y;
    this.doc.fillColor(options.color ?? INK.muted).text(options.marker ?? '•', this.left, y, { width: indent, lineBreak: false });
    this.doc.fillColor(INK.text).text(text, this.left + indent, y, { width: this.width - indent, lineGap: 1.5 });
    this.doc.y += 3;
  }

  /** Writes the contents into the reserved pages, then the running footer on every page but the cover. */
  finish(): Promise<Buffer> {
    const doc = this.doc;
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    this.writeContents();
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      if (i === 0) continue;
      doc.switchToPage(i);
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing inside the margin must not add a page
      const y = doc.page.height - 38;
      doc.moveTo(this.left, y - 6).lineTo(doc.page.width - this.margin, y - 6).lineWidth(0.5).strokeColor(INK.rule).stroke();
      doc.font('regular').fontSize(7.5).fillColor(INK.faint);
      doc.text(this.options.footerLeft, this.left, y, { width: this.width - 90, lineBreak: false, ellipsis: true, height: 10 });
      doc.text(`Page ${i + 1} of ${range.count}`, doc.page.width - this.margin - 90, y, { width: 90, align: 'right', lineBreak: false });
      doc.page.margins.bottom = bottomMargin;
    }
    doc.end();
    return done;
  }

  private writeContents(): void {
    const doc = this.doc;
    if (!this.tocPages.length) return;
    let k = 0;
    doc.switchToPage(this.tocPages[k]!);
    doc.y = doc.page.margins.top;
    doc.font('bold').fontSize(17).fillColor(INK.accent).text('Contents', this.left, doc.y, { width: this.width });
    const ruleY = doc.y + 3;
    doc.moveTo(this.left, ruleY).lineTo(this.left + this.width, ruleY).lineWidth(0.8).strokeColor(INK.accent).stroke();
    doc.y = ruleY + 14;
    for (const entry of this.toc) {
      const lineH = entry.level === 1 ? 20 : 16;
      if (doc.y + lineH > this.bottom) {
        k += 1;
        if (k >= this.tocPages.length) break;
        doc.switchToPage(this.tocPages[k]!);
        doc.y = doc.page.margins.top;
      }
      const indent = entry.level === 1 ? 0 : 16;
      const y = doc.y + (entry.level === 1 ? 4 : 0);
      const page = String(entry.page + 1);
      doc.font(entry.level === 1 ? 'bold' : 'regular').fontSize(entry.level === 1 ? 10.5 : 9.5).fillColor(INK.text);
      const titleWidth = Math.min(doc.widthOfString(entry.title), this.width - indent - 60);
      doc.text(entry.title, this.left + indent, y, { width: this.width - indent - 60, lineBreak: false, ellipsis: true, height: lineH, goTo: entry.anchor });
      // Dot leader to the page number.
      const dotsFrom = this.left + indent + titleWidth + 6;
      const dotsTo = this.left + this.width - 30;
      if (dotsTo > dotsFrom) {
        doc.save().moveTo(dotsFrom, y + 8).lineTo(dotsTo, y + 8).dash(1, { space: 3 }).lineWidth(0.6).strokeColor(INK.faint).stroke().restore();
      }
      doc.text(page, this.left + this.width - 26, y, { width: 26, align: 'right', lineBreak: false, goTo: entry.anchor });
      doc.y = y + lineH;
    }
  }
}

/** How many contents pages `entries` need (first page has the title). */
export function contentsPagesFor(entries: number): number {
  const first = 30;
  const rest = 40;
  return entries <= first ? 1 : 1 + Math.ceil((entries - first) / rest);
}
