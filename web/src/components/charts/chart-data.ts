import { toCsv as toCsvRows } from '../../lib/csv';

/** What a chart shows, as a table: the data-table toggle and the CSV export both read exactly this. */
export interface ChartColumn {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export type ChartCell = string | number | boolean | null | undefined;
export type ChartRow = Record<string, ChartCell>;

export interface ChartTable {
  columns: ChartColumn[];
  rows: ChartRow[];
}

/** One legend entry; the PNG export draws the same legend under the chart. */
export interface LegendItem {
  label: string;
  color: string;
  /** How the mark looks: a line (optionally dashed), a filled shape, or a hatched area. */
  shape?: 'line' | 'square' | 'triangle' | 'diamond' | 'circle' | 'hatch' | 'band';
  dash?: string;
}

/** How a cell reads in the table and the CSV: numbers as given, empty for missing. */
export function cellText(value: ChartCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * RFC 4180 CSV (CRLF line ends) of the table: a header row of labels, then one line per row. Written by the web's one
 * CSV writer (lib/csv.ts, papaparse), which keeps text a spreadsheet would run as a formula (= + - @ …) as text.
 */
export function toCsv(table: ChartTable): string {
  return toCsvRows([table.columns.map((c) => c.label), ...table.rows.map((row) => table.columns.map((c) => row[c.key]))]);
}

/** "Medical-model drift — Inpatient Bridge" → "medical-model-drift-inpatient-bridge". */
export function fileSlug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'chart'
  );
}
