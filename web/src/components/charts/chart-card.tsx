import { useId, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../../lib/graphql-client';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { ErrorState } from '../ui/error-state';
import { Table } from '../ui/table';
import { cellText, fileSlug, type ChartTable, type LegendItem } from './chart-data';
import { chartAreaToPng, downloadBlob, downloadCsv } from './chart-export';
import { ChartNameProvider } from './chart-name';
import { LegendList } from './legend';
import './charts.css';

export interface ChartCardProps {
  title: string;
  /** One sentence computed from the data: what a reader should take away. */
  summary?: string;
  /** What is charted, exactly: shown by the table toggle and exported as CSV. */
  table?: ChartTable;
  legend?: LegendItem[];
  loading?: boolean;
  /** A failed load: shown with the API's message and a retry. */
  error?: unknown;
  onRetry?: () => void;
  /** Nothing to chart (after loading, without error). */
  empty?: boolean;
  emptyTitle?: string;
  emptyMessage?: ReactNode;
  /** Controls in the header, e.g. a metric picker. */
  controls?: ReactNode;
  /** Under the chart: notes, links. */
  footer?: ReactNode;
  /** Skeleton height while loading (CSS length). */
  height?: string;
  /** Base of exported file names; defaults to the title. */
  exportName?: string;
  headingLevel?: 2 | 3;
  className?: string;
  id?: string;
  children?: ReactNode;
}

/**
 * The one frame every chart sits in: title, a computed one-sentence summary, loading / empty / error states, a legend,
 * and three ways out — an accessible data table of exactly what is charted, a CSV of it, and a PNG of the chart.
 */
export function ChartCard({
  title, summary, table, legend, loading = false, error, onRetry, empty = false, emptyTitle = 'Nothing to show yet',
  emptyMessage, controls, footer, height = '16rem', exportName, headingLevel = 2, className, id, children,
}: ChartCardProps) {
  const uid = useId();
  const titleId = `${uid}-title`;
  const summaryId = `${uid}-summary`;
  const tableId = `${uid}-table`;
  const areaRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ready = !loading && !error && !empty;
  const base = fileSlug(exportName ?? title);

  const savePng = async () => {
    if (!areaRef.current) return;
    setExporting(true);
    setExportError(null);
    try {
      const blob = await chartAreaToPng(areaRef.current, { title, summary, legend });
      downloadBlob(blob, `${base}.png`);
    } catch (e) {
      setExportError(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className={['card chart-card', className ?? ''].filter(Boolean).join(' ')} aria-labelledby={titleId} id={id}>
      <div className="chart-card__header">
        <Heading id={titleId} className="chart-card__title">
          {title}
        </Heading>
        {controls ? <div className="chart-card__controls">{controls}</div> : null}
      </div>
      {loading ? (
        <div className="chart-card__skeleton" style={{ height }} role="status" aria-label={`Loading ${title}`}>
          <span className="chart-card__skeleton-bar" />
        </div>
      ) : error ? (
        <ErrorState error={error} onRetry={onRetry} title={`“${title}” could not be loaded`} />
      ) : empty ? (
        <EmptyState title={emptyTitle}>{emptyMessage}</EmptyState>
      ) : (
        <>
          {summary ? (
            <p className="chart-card__summary" id={summaryId}>
              {summary}
            </p>
          ) : null}
          <figure className="chart-card__figure" aria-labelledby={titleId} aria-describedby={summary ? summaryId : undefined}>
            <div ref={areaRef} className="chart-card__area">
              <ChartNameProvider value={summary ? { labelledBy: titleId, describedBy: summaryId } : null}>{children}</ChartNameProvider>
            </div>
            {legend?.length ? <LegendList items={legend} /> : null}
          </figure>
        </>
      )}
      {ready ? (
        <div className="chart-card__tools">
          {table ? (
            <Button size="sm" variant="ghost" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
              {showTable ? 'Hide data table' : 'Show data table'}
            </Button>
          ) : null}
          {table ? (
            <Button size="sm" variant="ghost" onClick={() => downloadCsv(table, `${base}.csv`)}>
              Download CSV<span className="visually-hidden"> of {title}</span>
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={() => void savePng()} loading={exporting}>
            Save as PNG<span className="visually-hidden"> image of {title}</span>
          </Button>
          {exportError ? (
            <span className="chart-card__export-error" role="alert">
              {exportError}
            </span>
          ) : null}
        </div>
      ) : null}
      {ready && table ? (
        <div id={tableId} hidden={!showTable}>
          {showTable ? <ChartDataTable table={table} caption={`${title}: data`} /> : null}
        </div>
      ) : null}
      {ready && footer ? <div className="chart-card__footer">{footer}</div> : null}
    </section>
  );
}

/** The chart's data as an accessible table (same rows and columns as the CSV). */
export function ChartDataTable({ table, caption }: { table: ChartTable; caption: string }) {
  return (
    <Table caption={caption} className="chart-table">
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.key} scope="col" className={c.numeric ? 'table__num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {table.columns.map((c, j) => {
              const text = cellText(row[c.key]);
              const content = text === '' ? <span className="muted">—</span> : text;
              return j === 0 ? (
                <th key={c.key} scope="row" className={c.numeric ? 'table__num' : undefined}>
                  {content}
                </th>
              ) : (
                <td key={c.key} className={c.numeric ? 'table__num' : undefined}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
