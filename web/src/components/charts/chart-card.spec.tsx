import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartCard } from './chart-card';
import type { ChartTable } from './chart-data';
import { ApiError } from '../../lib/graphql-client';

/** jsdom's Blob has no text(); FileReader reads it. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

const table: ChartTable = {
  columns: [
    { key: 'period', label: 'Period' },
    { key: 'value', label: 'Medical-model drift', numeric: true },
    { key: 'note', label: 'Note' },
  ],
  rows: [
    { period: 'May 2026', value: 17.8, note: null },
    { period: 'Jun 2026', value: 25, note: 'Alert, "EWMA"' },
    { period: 'Jul 2026', value: null, note: 'too few ratings' },
  ],
};

function chart(props: Partial<Parameters<typeof ChartCard>[0]> = {}) {
  return render(
    <ChartCard title="Medical-model drift" summary="Medical-model drift rose from 9 to 64 since Mar 2026." table={table} {...props}>
      <svg data-chart-svg width="100" height="50" role="img" aria-label="the chart" />
    </ChartCard>,
  );
}

describe('ChartCard', () => {
  it('shows the title, the summary sentence and the chart, described by the summary', () => {
    chart();
    expect(screen.getByRole('heading', { name: 'Medical-model drift' })).toBeInTheDocument();
    const figure = screen.getByRole('figure', { name: 'Medical-model drift' });
    expect(figure).toHaveAccessibleDescription('Medical-model drift rose from 9 to 64 since Mar 2026.');
    expect(within(figure).getByRole('img', { name: 'the chart' })).toBeInTheDocument();
  });

  it('shows a skeleton while loading, and no export tools', () => {
    chart({ loading: true });
    expect(screen.getByRole('status', { name: 'Loading Medical-model drift' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'the chart' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Download CSV/ })).not.toBeInTheDocument();
  });

  it('shows an empty state when there is nothing to chart', () => {
    chart({ empty: true, emptyTitle: 'No ratings yet', emptyMessage: 'Ratings appear after the first checklists.' });
    expect(screen.getByText('No ratings yet')).toBeInTheDocument();
    expect(screen.getByText('Ratings appear after the first checklists.')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'the chart' })).not.toBeInTheDocument();
  });

  it('shows the API’s error with a retry', async () => {
    const onRetry = jest.fn();
    chart({ error: new ApiError('SERVICE_UNAVAILABLE', 'The database is restarting'), onRetry });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('“Medical-model drift” could not be loaded');
    expect(alert).toHaveTextContent('The database is restarting');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('toggles an accessible data table of exactly what is charted', async () => {
    chart();
    const toggle = screen.getByRole('button', { name: 'Show data table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');
    const grid = screen.getByRole('table', { name: 'Medical-model drift: data' });
    expect(within(grid).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Period', 'Medical-model drift', 'Note']);
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('May 2026');
    expect(rows[1]).toHaveTextContent('Alert, "EWMA"');
    expect(rows[2]).toHaveTextContent('—');
    await userEvent.click(screen.getByRole('button', { name: 'Hide data table' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('downloads the same rows as CSV', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    chart();
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV of Medical-model drift' }));
    expect(click).toHaveBeenCalled();
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const text = (await readBlob(blobs[0]!)).replace(/^\ufeff/, '');
    expect(text).toBe(
      'Period,Medical-model drift,Note\r\nMay 2026,17.8,\r\nJun 2026,25,"Alert, ""EWMA"""\r\nJul 2026,,too few ratings\r\n',
    );
  });

  it('offers a PNG of the chart and says so when the browser cannot draw it', async () => {
    chart();
    // jsdom lays nothing out, so there is no drawn chart to save: the card explains instead of failing silently.
    await userEvent.click(screen.getByRole('button', { name: 'Save as PNG image of Medical-model drift' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no chart to save yet');
  });
});
