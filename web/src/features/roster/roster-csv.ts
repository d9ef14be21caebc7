import { csvCell, toCsv } from '@tandem/shared';

/** The columns the import understands (header names are case-insensitive; see the API's roster service). */
export const ROSTER_COLUMNS = [
  { name: 'name', required: true, help: 'Full name.' },
  { name: 'email', required: true, help: 'Their sign-in address; an existing e-mail updates that person.' },
  { name: 'team', required: false, help: 'The name of an existing team.' },
  { name: 'roles', required: false, help: 'staff, supervisor, manager or admin; for several, separate them with “|” (supervisor|staff). Empty means staff (peer specialist).' },
  { name: 'supervisor email', required: false, help: 'An active supervisor here, or someone given the supervisor role in the same file.' },
] as const;

export const ROSTER_TEMPLATE = toCsv([
  ['name', 'email', 'team', 'roles', 'supervisor email'],
  ['Jordan Ellis', 'jordan.ellis@example.org', 'Your team name', 'supervisor|staff', ''],
  ['Sam Rivera', 'sam.rivera@example.org', 'Your team name', 'staff', 'jordan.ellis@example.org'],
]);

/** Largest file the API accepts (the JSON body limit is 2 MB). */
export const MAX_ROSTER_BYTES = 2_000_000;

export interface CsvRecordSpan {
  /** Line number as the API counts it: non-empty records, the header is 1. */
  line: number;
  start: number;
  end: number;
}

/**
 * Splits CSV text into records (a quoted field may hold line breaks) and numbers the non-empty ones the way the
 * import does, so a row reported on "line 4" can be found and removed from the text.
 */
export function csvRecordSpans(text: string): CsvRecordSpan[] {
  const spans: CsvRecordSpan[] = [];
  let start = 0;
  let inQuotes = false;
  let line = 0;
  const close = (end: number) => {
    const body = text.slice(start, end).replace(/^\uFEFF/, '');
    if (body.trim() !== '') spans.push({ line: ++line, start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === '\n' && !inQuotes) close(i + 1);
  }
  if (start < text.length) close(text.length);
  return spans;
}

/** Data rows (records after the header). */
export function countDataRows(text: string): number {
  return Math.max(0, csvRecordSpans(text).length - 1);
}

/** The text without the record on `line` (the header cannot be removed this way). */
export function removeCsvLine(text: string, line: number): string {
  if (line <= 1) return text;
  const span = csvRecordSpans(text).find((s) => s.line === line);
  if (!span) return text;
  return text.slice(0, span.start) + text.slice(span.end);
}

/** CSV cells and rows, quoted when needed and guarded against spreadsheet formulas: the one helper in @tandem/shared. */
export { csvCell, toCsv };
