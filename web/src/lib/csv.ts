import { CSV_FORMULA_START, type CsvValue } from '@tandem/shared';
import Papa from 'papaparse';

/**
 * CSV in the browser, through papaparse: writing the files people download (chart data, the roster template) and
 * finding the records of a file people upload (the roster import preview).
 */

/** A cell as written: numbers as they are (empty when not finite), yes/no for booleans, empty for missing. */
function cellValue(value: CsvValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}

/**
 * Rows as RFC 4180 CSV with CRLF line ends. Text a spreadsheet would run as a formula (= + - @ …) gets a leading
 * apostrophe, the same rule as the API's files (`guardCsvFormula` in @tandem/shared); numbers are never touched.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  if (rows.length === 0) return '';
  const body = Papa.unparse(rows.map((row) => row.map(cellValue)), { newline: '\r\n', escapeFormulae: CSV_FORMULA_START });
  return `${body}\r\n`;
}

export interface CsvRecordSpan {
  /** Record number as the API counts it: non-empty records, the header is 1. */
  line: number;
  /** Where the record's text starts and ends (its line break included). */
  start: number;
  end: number;
  cells: string[];
}

/**
 * The non-empty records of CSV text with where each lies in the text (a quoted cell may hold line breaks), numbered
 * the way the API's roster import counts them, so a row reported on "line 4" can be found and removed.
 */
export function csvRecordSpans(text: string): CsvRecordSpan[] {
  const spans: CsvRecordSpan[] = [];
  // papaparse drops a byte-order mark before it counts; its cursor is then one short of the text's own index.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (row) => {
      const end = row.meta.cursor + bom;
      if (end <= start) return;
      if (text.slice(start, end).replace(/^\uFEFF/, '').trim() !== '') spans.push({ line: spans.length + 1, start, end, cells: row.data });
      start = end;
    },
  });
  return spans;
}
