import { useQueries } from '@tanstack/react-query';
import { ROLE_LABELS } from '@tandem/shared';
import { Link } from 'react-router-dom';
import { ChartCard } from '../../components/charts/chart-card';
import type { ChartTable } from '../../components/charts/chart-data';
import { longPeriod } from '../../components/charts/chart-parts';
import { PageHeader } from '../../components/ui/page-header';
import { request } from '../../lib/graphql-client';
import { useViewer } from '../auth/use-auth';
import { DueChecklistsCard } from '../checklists';
import { parseFilters, toDriftFilter } from '../dashboard/dashboard-filters';
import { PersonDriftQueryDocument } from '../dashboard/dashboard.graphql';
import { driftKeys } from '../dashboard/use-dashboard';
import { AboutYouCard, AgendaCard, firstNameOf, greeting, SupervisionDueCard, type HomeOverview } from './home-cards';
import { PersonTrendTile } from './person-trend-tile';
import { StaffTrendCard } from './staff-home';
import '../dashboard/dashboard.css';
import './home.css';

/** Each supervisee's own trend (personDrift), side by side: a supervisor may see them; nobody else does. */
function SuperviseeTrendsCard({ overview }: { overview: HomeOverview }) {
  const supervisees = overview.me.supervisees;
  const filter = toDriftFilter(parseFilters(new URLSearchParams()));
  const results = useQueries({
    queries: supervisees.map((p) => ({
      queryKey: driftKeys.person(p.id, filter),
      queryFn: () => request(PersonDriftQueryDocument, { personId: p.id, filter }),
    })),
  });
  const loading = results.some((r) => r.isPending);
  const failed = results.find((r) => r.isError);
  const mfiOf = (i: number) => results[i]?.data?.personDrift.metrics.find((m) => m.metric === 'MFI');
  const periods = supervisees.map((_, i) => mfiOf(i)).find(Boolean)?.points.map((p) => p.period) ?? [];
  const table: ChartTable = {
    columns: [{ key: 'period', label: 'Period' }, ...supervisees.map((p) => ({ key: p.id, label: p.name, numeric: true }))],
    rows: periods.map((period, j) => ({
      period: longPeriod(period),
      ...Object.fromEntries(supervisees.map((p, i) => [p.id, mfiOf(i)?.points[j]?.value ?? null])),
    })),
  };
  const alerting = supervisees.filter((_, i) => mfiOf(i)?.signals.some((s) => s.inForce && s.direction !== 'better' && s.severity === 'alert')).map((p) => p.name);
  return (
    <ChartCard
      title="Your supervisees’ trends"
      summary={
        alerting.length
          ? `${alerting.join(', ')} ${alerting.length === 1 ? 'has' : 'have'} an active alert on the Mutuality Fidelity Index — worth a gentle look together in supervision.`
          : `No active alert on the Mutuality Fidelity Index for the ${supervisees.length} ${supervisees.length === 1 ? 'person' : 'people'} you supervise.`
      }
      table={table}
      loading={loading}
      error={failed?.error}
      onRetry={() => failed && void failed.refetch()}
      empty={supervisees.length === 0}
      emptyTitle="No supervisees yet"
      emptyMessage="An administrator assigns supervisees on each person’s page."
      footer="Self-assessed Mutuality Fidelity Index, 0–100, last 24 months. Each person’s trend is shown only to them and to you."
    >
      <ul className="small-multiples">
        {supervisees.map((p, i) => (
          <PersonTrendTile key={p.id} name={p.name} href={`/dashboard/people/${p.id}`} series={mfiOf(i)} />
        ))}
      </ul>
    </ChartCard>
  );
}

/** A supervisor's home: supervisees' trends, what is due, supervision to catch up on and open actions. */
export function SupervisorHome({ overview }: { overview: HomeOverview }) {
  const viewer = useViewer();
  const staff = viewer.roles.includes('STAFF');
  return (
    <div className="stack home">
      <PageHeader
        title={`${greeting()}, ${firstNameOf(viewer.name)}`}
        description={`${viewer.organization.name} · ${viewer.roles.map((r) => ROLE_LABELS[r]).join(', ')}`}
        actions={
          <>
            <Link to="/supervision/week" className="btn btn--primary">Your week</Link>
            <Link to="/dashboard" className="btn btn--secondary">Team drift dashboard</Link>
          </>
        }
      />
      <SuperviseeTrendsCard overview={overview} />
      <div className="grid-2">
        <DueChecklistsCard title="Checklists due" emptyText="Nothing due in the next 14 days — thank you for keeping up." />
        <SupervisionDueCard />
        <AgendaCard
          people={overview.me.supervisees}
          title="Next supervision agendas"
          emptyText="No sessions scheduled and no open actions. Actions agreed in supervision, or created from a drift signal, show here until they are done."
        />
        {staff ? <StaffTrendCard personId={viewer.id} /> : null}
        <AboutYouCard overview={overview} />
      </div>
    </div>
  );
}
