
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
