import { formatFigure, METRIC_CATALOGUE } from '@tandem/shared';
import { Link } from 'react-router-dom';
import { trendSummary } from '../../components/charts/chart-summary';
import { TrendSpark } from '../../components/charts/trend-spark';
import { SeverityBadge } from '../dashboard/drift-badges';
import { latestOf, seriesGapText, signalByPeriod, statusOf, usualRangeOf, zoomDomain, type MetricSeries } from '../dashboard/drift-shaping';

/**
 * A person's Mutuality Fidelity Index as a small chart with its one-line summary (home pages). Series come from
 * personDrift, chart-ready.
 */
export function PersonTrendTile({ name, href, series, subjectLabel }: { name: string; href: string; series: MetricSeries | undefined; subjectLabel?: string }) {
  const latest = latestOf(series);
  const status = series ? statusOf(series.signals.filter((s) => s.inForce)) : null;
  const signals = series ? signalByPeriod(series.signals) : new Map<string, 'alert' | 'watch'>();
  return (
    <li className={['small-multiple', status ? `small-multiple--${status}` : ''].filter(Boolean).join(' ')}>
      <div className="small-multiple__head">
        <Link to={href} className="small-multiple__team" data-export-label>
          {name}
        </Link>
        {status ? <SeverityBadge severity={status} /> : null}
      </div>
      {series && latest ? (
        <>
          <p className="small-multiple__latest">
            <span className="muted">{METRIC_CATALOGUE.MFI.label}</span> · latest <strong>{formatFigure('MFI', latest.value)}</strong>
            <span className="muted">/100</span>
          </p>
          <TrendSpark
            rows={series.points.map((p) => ({ period: p.period, value: p.value, signal: signals.get(p.period) ?? null }))}
            domain={zoomDomain([...series.points.map((p) => p.value), series.limits?.centre])}
            centre={series.limits?.centre}
            usualRange={usualRangeOf(series)}
            valueLabel={series.label}
            height={120}
          />
          <p className="small-multiple__sentence">
            {trendSummary({ label: subjectLabel ?? series.label, points: series.points, badDirection: series.badDirection, centre: series.limits?.centre, signals: series.signals })}
            {seriesGapText(series) ? ` ${seriesGapText(series)}` : ''}
          </p>
        </>
      ) : (
        <p className="muted small">No self-assessments in the last 12 months yet.</p>
      )}
    </li>
  );
}
