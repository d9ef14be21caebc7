import { formatFigure } from '@tandem/shared';
import { lazy, Suspense } from 'react';
import { ErrorState } from '../../components/ui/error-state';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import type { TrendPoint } from './own-trend-chart';
import { useOwnTrend } from './use-checklists';
import { clock } from '../../lib/clock';
import { LOCALE } from '../../lib/locale';

// Recharts loads with the chart, not with the app's first download.
const OwnTrendChart = lazy(() => import('./own-trend-chart').then((m) => ({ default: m.OwnTrendChart })));

const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** First day of the month, twelve months back (the API groups by month). */
function yearAgo(now = clock.now()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
}

/** A compact line of the person's own self-assessed Mutuality Fidelity Index per month, with a table alternative. */
export function OwnTrend({ personId }: { personId: string }) {
  const trend = useOwnTrend(personId, yearAgo());
  if (trend.isPending) return <Skeleton lines={3} label="Loading your trend" />;
  if (trend.isError) return <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  const mfi = trend.data.metrics.find((m) => m.metric === 'MFI');
  const points: TrendPoint[] = (mfi?.points ?? []).flatMap((p) =>
    p.value === null || p.suppressed ? [] : [{ month: monthFormat.format(new Date(`${p.periodStart}T00:00:00Z`)), index: p.value }],
  );
  if (points.length === 0) {
    return <p className="muted">Your trend appears here once you have submitted a self-assessment.</p>;
  }
  const latest = points[points.length - 1]!;
  const first = points[0]!;
  return (
    <div className="own-trend">
      <p>
        Latest: <strong>{formatFigure('MFI', latest.index)}</strong> <span className="muted">({latest.month})</span>
        {points.length > 1 ? (
          <span className="muted">
            {' '}
            · {first.month}: {formatFigure('MFI', first.index)}
          </span>
        ) : null}
      </p>
      <div className="own-trend__chart" aria-hidden="true">
        <Suspense fallback={<div className="own-trend__placeholder" />}>
          <OwnTrendChart points={points} />
        </Suspense>
      </div>
      <p className="muted small">Self-assessments only, on 0–100. Dashed lines mark 75 (high) and 50 (moderate).</p>
      <details className="own-trend__table">
        <summary>Show as a table</summary>
        <Table caption="Your self-assessed Mutuality Fidelity Index by month">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Index (0–100)</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.month}>
                <td>{p.month}</td>
                <td>{formatFigure('MFI', p.index)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </div>
  );
}
