import { stringify, type Options } from 'csv-stringify/sync';

/**
 * CSV cells for files people open in spreadsheets. A cell that starts with = + - @, a tab or a carriage return is read
 * as a formula by Excel, LibreOffice and Google Sheets (CSV injection, OWASP), so such text is written with a leading
 * apostrophe, which spreadsheets show as text. Every CSV export uses this rule: the REDCap data dictionary and the
 * API's downloads (both written by csv-stringify), and the web's files (web/src/lib/csv.ts, through papaparse).
 *
 * Text that already starts with apostrophes before such a character gets one more, so `unguardCsvFormula` can give
 * back exactly what was written (a Tandem file read back by Tandem is unchanged).
 */
/** Text a spreadsheet would run as a formula (after any apostrophes already guarding it). */
export const CSV_FORMULA_START = /^'*[=+\-@\t\r]/;

/** `text` as a spreadsheet will show it, never run it. */
export function guardCsvFormula(text: string): string {
  return CSV_FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a guarded cell stood for (reading back a file that guardCsvFormula wrote). */
export function unguardCsvFormula(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export type CsvValue = string | number | boolean | null | undefined;

/**
 * RFC 4180 through csv-stringify: text guarded against formulas (cast before quoting), numbers as they are (a number
 * cannot carry a formula; NaN and infinities are empty), booleans as yes/no, null and undefined empty, CRLF line ends.
 * csv-stringify quotes a cell holding a comma, a quote or the whole CRLF; a lone CR or LF must be quoted too.
 */
const OPTIONS: Options = {
  record_delimiter: 'windows',
  quoted_match: /[\r\n]/,
  cast: {
    string: (text) => guardCsvFormula(text),
    number: (n) => (Number.isFinite(n) ? String(n) : ''),
    boolean: (b) => (b ? 'yes' : 'no'),
  },
};

/** One RFC 4180 cell, written by the same rules as a whole file. */
export function csvCell(value: CsvValue): string {
  return stringify([[value]], { ...OPTIONS, eof: false });
}

/** Rows as RFC 4180 CSV with CRLF line ends (every row, the last one too). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.length ? stringify(rows as CsvValue[][], OPTIONS) : '\r\n';
}
