import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingState } from '../../components/ui/spinner';
import { formatDate } from '../../lib/format';
import { isApiError } from '../../lib/graphql-client';
import { useViewer } from '../auth/use-auth';
import { ControlChartCard } from './control-chart-card';
import { raterLabel, useDashboardFilters } from './dashboard-filters';
import { markersFor } from './drift-shaping';
import { FilterBar } from './filter-bar';
import { GapCard } from './focus-charts';
import { usePersonDrift } from './use-dashboard';
import './dashboard.css';
import './team-drift.css';

/** One person's own trend — for that person and their current supervisor (the API enforces it). */
export function PersonDriftPage() {
  const { personId = '' } = useParams();
  const viewer = useViewer();
  const own = personId === viewer.id;
  const { params, filters, setFilters, setParam, driftFilter, search } = useDashboardFilters();
  const drift = usePersonDrift(personId, driftFilter);
  const data = drift.data?.personDrift;
  const metricParam = params.get('metric');
  const metric = data?.metrics.some((m) => m.metric === metricParam) ? metricParam! : 'MFI';
  const points = data?.metrics.find((m) => m.metric === metric)?.points ?? [];
  const annotations = useMemo(() => [...(data?.annotations ?? [])].sort((a, b) => a.onDate.localeCompare(b.onDate)), [data]);
  const marks = markersFor(points, annotations, (a) => a.onDate, (a) => a.label, (_a, i) => String(i + 1));
  const back = data?.person.team ? <Link to={`/dashboard/teams/${data.person.team.id}${search}`}>{data.person.team.name}</Link> : <Link to="/">Home</Link>;

  if (drift.isPending) return <LoadingState label="Loading the trend" />;
  if (drift.isError || !data) {
    return (
      <>
        <PageHeader title={own ? 'Your trend' : 'Personal trend'} breadcrumb={<Link to="/">Home</Link>} />
        <ErrorState
          error={drift.error}
          title={isApiError(drift.error, 'FORBIDDEN') ? 'This trend is for the person and their supervisor' : undefined}
          onRetry={() => void drift.refetch()}
        />
      </>
    );
  }

  return (
    <div className="dashboard">
      <PageHeader
        breadcrumb={back}
        title={own ? 'Your trend' : data.person.name}
        description={`${own ? 'Your own ratings over time' : `Supervised by ${data.person.supervisor?.name ?? 'nobody yet'}`} · ${raterLabel(data.raterTypes)} ratings · ${formatDate(data.from)} – ${formatDate(data.to)}`}
      />
      <p className="small muted" style={{ margin: 0 }}>
        <Badge tone="info">Private</Badge> Shown only to {own ? 'you and your supervisor' : `${data.person.name} and their supervisor`}. For reflection together, not for comparison.
      </p>
      <FilterBar filters={filters} onChange={setFilters} showScope={false} />
      <ControlChartCard
        metrics={data.metrics}
        metric={metric}
        onMetricChange={(m) => setParam({ metric: m })}
        subject={own ? undefined : data.person.name}
        subjectKind="person"
        annotations={marks}
      />
      <GapCard points={data.selfVsOthers} subject={own ? undefined : data.person.name} subjectKind="person" state={{ loading: false, error: undefined, onRetry: () => void drift.refetch() }} />
      {annotations.length ? (
        <section className="card" aria-labelledby="person-annotations">
          <h2 id="person-annotations" className="card-title">
            Annotations
          </h2>
          <ul className="marker-list">
            {annotations.map((a, i) => (
              <li key={a.id} className="marker-list__item">
                <span className="marker-list__mark">{i + 1}</span>
                <div className="marker-list__body">
                  <strong>{a.label}</strong> <span className="muted small">{formatDate(a.onDate)}</span>
                  {a.details ? <p className="small" style={{ margin: '0.2rem 0 0' }}>{a.details}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
