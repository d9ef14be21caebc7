import { csvRecordSpans, toCsv } from '../../lib/csv';

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

/** CSV rows, quoted when needed and guarded against spreadsheet formulas (web/src/lib/csv.ts, through papaparse). */
export { csvRecordSpans, toCsv };
