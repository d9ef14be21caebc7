import { stringify, type Options } from 'csv-stringify/sync';
import { guardCsvFormula, type CsvValue } from './csv';

// Kept apart from ./csv so the web bundle, which needs only the formula rule, never pulls in csv-stringify (Node's Buffer).

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
