import { ROLE_LABELS } from '@tandem/shared';
import { Link } from 'react-router-dom';
import { ChartCard } from '../../components/charts/chart-card';
import type { ChartTable } from '../../components/charts/chart-data';
import { longPeriod } from '../../components/charts/chart-parts';
import { trendSummary } from '../../components/charts/chart-summary';
import { CHART_COLORS } from '../../components/charts/palette';
import { TrendSpark } from '../../components/charts/trend-spark';
import { PageHeader } from '../../components/ui/page-header';
import { useViewer } from '../auth/use-auth';
import { DueChecklistsCard } from '../checklists';
import { parseFilters, toDriftFilter } from '../dashboard/dashboard-filters';
import { seriesGapText, signalByPeriod, usualRangeOf, zoomDomain } from '../dashboard/drift-shaping';
import { usePersonDrift } from '../dashboard/use-dashboard';
import { AboutYouCard, AgendaCard, firstNameOf, greeting, type HomeOverview } from './home-cards';
import '../dashboard/dashboard.css';
import './home.css';

/** Your own Mutuality Fidelity Index over time (personDrift), with a link to every measure. */
export function StaffTrendCard({ personId }: { personId: string }) {
  const filter = toDriftFilter(parseFilters(new URLSearchParams()));
  const drift = usePersonDrift(personId, filter);
  const mfi = drift.data?.personDrift.metrics.find((m) => m.metric === 'MFI');
  const signals = mfi ? signalByPeriod(mfi.signals) : new Map<string, 'alert' | 'watch'>();
  const table: ChartTable = {
    columns: [{ key: 'period', label: 'Period' }, { key: 'value', label: 'Mutuality Fidelity Index (0–100)', numeric: true }],
    rows: (mfi?.points ?? []).map((p) => ({ period: longPeriod(p.period), value: p.value })),
  };
  return (
    <ChartCard
      title="Your trend"
      summary={mfi ? [trendSummary({ label: 'Your Mutuality Fidelity Index', points: mfi.points, badDirection: mfi.badDirection, centre: mfi.limits?.centre, signals: mfi.signals }), seriesGapText(mfi)].filter(Boolean).join(' ') : undefined}
      table={table}
      loading={drift.isPending}
      error={drift.isError ? drift.error : undefined}
      onRetry={() => void drift.refetch()}
      empty={!mfi || mfi.points.every((p) => p.value === null)}
      emptyTitle="Your trend starts with your first self-assessment"
      emptyMessage="Each self-assessment adds a point here. Only you and your supervisor see it."
      footer={<>Self-assessed, 0–100, last 24 months; only you and your supervisor see it. <Link to={`/dashboard/people/${personId}`}>See every measure</Link></>}
      legend={[{ label: 'Mutuality Fidelity Index', color: '#0072b2', shape: 'line' }, { label: 'Your usual level', color: '#4d5a57', shape: 'line', dash: '4 3' }, { label: 'Your usual range', color: CHART_COLORS.usualRange, shape: 'band' }]}
    >
      {mfi ? (
        <TrendSpark
          rows={mfi.points.map((p) => ({ period: p.period, value: p.value, signal: signals.get(p.period) ?? null }))}
          domain={zoomDomain([...mfi.points.map((p) => p.value), mfi.limits?.centre])}
          centre={mfi.limits?.centre}
          usualRange={usualRangeOf(mfi)}
          valueLabel="Mutuality Fidelity Index"
          height={200}
        />
      ) : null}
    </ChartCard>
  );
}

/** A peer specialist's home: their own trend, what is due, their open actions, and who they work with. */
export function StaffHome({ overview }: { overview: HomeOverview }) {
  const viewer = useViewer();
  return (
    <div className="stack home">
      <PageHeader
        title={`${greeting()}, ${firstNameOf(viewer.name)}`}
        description={`${viewer.organization.name} · ${viewer.roles.map((r) => ROLE_LABELS[r]).join(', ')}`}
      />
      <div className="grid-2">
        <StaffTrendCard personId={viewer.id} />
        <DueChecklistsCard title="Checklists due" emptyText="Nothing due in the next 14 days." />
        <AgendaCard
          own
          people={[{ id: viewer.id, name: viewer.name }]}
          title="Your next supervision"
          emptyText="No session scheduled and no open actions right now. Actions you agree in supervision show here."
        />
        <AboutYouCard overview={overview} />
      </div>
    </div>
  );
}
