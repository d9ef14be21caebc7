import { formatDriftPeriod, formatFigure, indexBand, METRIC_CATALOGUE, supervisionWindow, todayOn, windowText } from '@tandem/shared';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingState } from '../../components/ui/spinner';
import { clock } from '../../lib/clock';
import { formatDate } from '../../lib/format';
import { hasRole, useViewer } from '../auth/use-auth';
import { ActionDialog } from './action-dialog';
import { actionMark, ActionsCard } from './actions-card';
import { AnnotationsCard } from './annotations-card';
import { mayRestartBaseline } from './use-baseline';
import { ControlChartCard } from './control-chart-card';
import { raterLabel, rangeDates, useDashboardFilters } from './dashboard-filters';
import { BandBadge } from './drift-badges';
import { latestOf, markersFor, type DriftSignal } from './drift-shaping';
import { FilterBar } from './filter-bar';
import { GapCard, LanguageCard } from './focus-charts';
import { orderSignals, SignalExplanation, SignalList } from './signal-panel';
import { SignalChecklists } from './signal-checklists';
import { TeamPeopleCard } from './team-people-card';
import { useActionFromSignal } from './use-drift-actions';
import { useDriftSupervision, useLanguageDensity, useTeamDrift, useTeamMembers } from './use-dashboard';
import './dashboard.css';
import './team-drift.css';

function Glance({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="card kpi">
      <span className="kpi__label">{label}</span>
      <span className="kpi__value">{value}</span>
      {detail ? <span className="kpi__detail">{detail}</span> : null}
    </div>
  );
}

/**
 * One team, drilled down: a control chart per measure, the signals with their explanation (rule, message, items that
 * moved), actions and what followed, self vs others, the language of supervision notes, annotations and people.
 */
export function TeamDriftPage() {
  const { teamId = '' } = useParams();
  const viewer = useViewer();
  const { params, filters, setFilters, setParam, driftFilter, search } = useDashboardFilters();
  const drift = useTeamDrift(teamId, driftFilter);
  const { from, to } = rangeDates(filters);
  // The supervision figure's window from the metric catalogue: the 90 days ending at the end of the selected range,
  // the same window the dashboard and the compliance page use.
  const supervisionDays = supervisionWindow(to, todayOn(clock));
  const supervision = useDriftSupervision({ teamId, from: supervisionDays.startsAt, to: supervisionDays.endsAt });
  const language = useLanguageDensity({ from, to, teamIds: [teamId] });
  const members = useTeamMembers(teamId);
  const actionApi = useActionFromSignal(teamId);
  const [actionFor, setActionFor] = useState<DriftSignal | null>(null);
  const data = drift.data?.teamDrift;

  const signals = useMemo(() => orderSignals(data?.metrics.flatMap((m) => m.signals) ?? []), [data]);
  const signalId = params.get('signal');
  const selected = signals.find((s) => s.id === signalId) ?? signals.find((s) => s.inForce) ?? null;
  const metricParam = params.get('metric');
  const metric = data?.metrics.some((m) => m.metric === metricParam) ? metricParam! : (selected?.metric ?? 'MFI');
  const series = data?.metrics.find((m) => m.metric === metric);
  const points = series?.points ?? data?.metrics[0]?.points ?? [];
  const annotations = useMemo(() => [...(data?.annotations ?? [])].sort((a, b) => a.onDate.localeCompare(b.onDate)), [data]);
  const annotationMarks = markersFor(points, annotations, (a) => a.onDate, (a) => a.label, (_a, i) => String(i + 1));
  const actionMarks = markersFor(points, data?.actionMarkers ?? [], (a) => a.createdOn, (a) => a.description, (_a, i) => actionMark(i));
  const dimensionTitles = Object.fromEntries((data?.metrics ?? []).filter((m) => m.metric.startsWith('DIM:')).map((m) => [m.metric.slice(4), m.label]));
  const backTo = hasRole(viewer, 'PROGRAM_MANAGER') ? `/${search}` : `/dashboard${search}`;

  if (drift.isPending) return <LoadingState label="Loading the team’s trends" />;
  if (drift.isError || !data) {
    return (
      <>
        <PageHeader title="Team trends" breadcrumb={<Link to={backTo}>Drift dashboard</Link>} />
        <ErrorState error={drift.error} onRetry={() => void drift.refetch()} />
      </>
    );
  }

  const mfi = latestOf(data.metrics.find((m) => m.metric === 'MFI'));
  const hdi = latestOf(data.metrics.find((m) => m.metric === 'HDI'));
  const mdi = latestOf(data.metrics.find((m) => m.metric === 'MDI'));
  const inForce = signals.filter((s) => s.inForce);
  const drifting = inForce.filter((s) => s.direction !== 'better');
  const improving = inForce.filter((s) => s.direction === 'better');
  const teamCompliance = supervision.data?.supervisionCompliance.teams.find((t) => t.id === teamId) ?? supervision.data?.supervisionCompliance.total;
  const mayAnnotate = hasRole(viewer, 'ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR');

  const selectSignal = (s: DriftSignal) => {
    setParam({ signal: s.id, metric: s.metric });
    // On a phone the explanation sits below the list: bring it into view.
    if (typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 60rem)').matches) {
      window.requestAnimationFrame(() => document.getElementById('signal-explanation')?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
    }
  };

  return (
    <div className="dashboard">
      <PageHeader
        breadcrumb={<Link to={backTo}>Drift dashboard</Link>}
        title={data.team.name}
        description={`${data.team.program.name} · ${data.team.memberCount} ${data.team.memberCount === 1 ? 'member' : 'members'} · ${raterLabel(data.raterTypes)} ratings · ${formatDate(data.from)} – ${formatDate(data.to)}`}
      />
      <FilterBar filters={filters} onChange={setFilters} showScope={false} />

      <section className="team-drift__glance" aria-label="At a glance">
        <Glance
          label="Signals in force"
          value={inForce.length}
          detail={inForce.length ? `${drifting.filter((s) => s.severity === 'alert').length} drift alerts · ${improving.length} improving` : 'nothing in force'}
        />
        <Glance
          label={METRIC_CATALOGUE.MFI.label}
          value={mfi ? <>{formatFigure('MFI', mfi.value)}<span className="kpi__unit">/100</span></> : '—'}
          detail={mfi ? <><BandBadge band={indexBand(mfi.value)} /> {formatDriftPeriod(mfi.period)}</> : 'no ratings'}
        />
        <Glance label={METRIC_CATALOGUE.MDI.label} value={formatFigure('MDI', mdi?.value)} detail="0–100, latest period" />
        <Glance label={METRIC_CATALOGUE.HDI.label} value={formatFigure('HDI', hdi?.value)} detail="0–100, latest period" />
        <Glance
          label={METRIC_CATALOGUE.SUPERVISION.label}
          value={formatFigure('SUPERVISION', teamCompliance?.ratio)}
          detail={teamCompliance ? `${teamCompliance.recorded} held, ${teamCompliance.required} required, ${windowText(METRIC_CATALOGUE.SUPERVISION.window)} · ${teamCompliance.overdue} overdue` : 'not reported yet'}
        />
      </section>

      <ControlChartCard
        id="control-chart"
        metrics={data.metrics}
        metric={metric}
        onMetricChange={(m) => setParam({ metric: m })}
        subject={data.team.name}
        annotations={annotationMarks}
        actions={actionMarks}
        supervision={data.supervision}
      />

      <section className="card" aria-labelledby="signals-title">
        <h2 id="signals-title" className="card-title">
          Signals and what moved
        </h2>
        <div className="signals-layout">
          <SignalList signals={signals} selectedId={selected?.id ?? null} onSelect={selectSignal} />
          {selected ? (
            <SignalExplanation
              signal={selected}
              items={data.itemsMoved}
              onShowOnChart={selected.metric !== metric ? () => setParam({ metric: selected.metric, signal: selected.id }) : undefined}
              actionSlot={
                actionApi.available ? (
                  <Button size="sm" variant="primary" onClick={() => setActionFor(selected)}>
                    Create action
                  </Button>
                ) : (
                  <p className="small muted" style={{ margin: 0 }}>
                    Take this to the team’s next supervision: actions agreed there appear on this chart.
                  </p>
                )
              }
              checklistsSlot={<SignalChecklists teamId={teamId} signal={selected} points={points} to={data.to} />}
            />
          ) : (
            <p className="muted">No signals in this range: nothing here asks for attention.</p>
          )}
        </div>
      </section>

      <ActionsCard actions={data.actionMarkers} dimensionTitles={dimensionTitles} metricLabels={Object.fromEntries(data.metrics.map((m) => [m.metric, m.label]))} />

      <div className="dashboard__pair">
        <GapCard points={data.selfVsOthers} subject={data.team.name} state={{ loading: false, error: undefined, onRetry: () => void drift.refetch() }} />
        <LanguageCard
          series={language.data?.languageDensitySeries.find((s) => s.teamId === teamId)}
          subject={data.team.name}
          state={{ loading: language.isPending, error: language.isError ? language.error : undefined, onRetry: () => void language.refetch() }}
        />
      </div>

      <div className="dashboard__pair">
        <AnnotationsCard
          teamId={teamId}
          teamName={data.team.name}
          annotations={annotations}
          visibleMarks={new Map(annotationMarks.map((m) => [m.id, m.mark]))}
          canEdit={mayAnnotate}
          canRestart={mayRestartBaseline(viewer, data.team.program.id)}
        />
        <TeamPeopleCard teamId={teamId} search={search} />
      </div>

      {actionFor && actionApi.available ? (
        <ActionDialog
          open
          onClose={() => {
            actionApi.reset();
            setActionFor(null);
          }}
          signal={actionFor}
          teamName={data.team.name}
          items={data.itemsMoved}
          members={members.data?.team.members ?? []}
          dimensionTitles={dimensionTitles}
          me={{ id: viewer.id, name: viewer.name }}
          pending={actionApi.pending}
          error={actionApi.error}
          onSubmit={(values) => actionApi.create(actionFor, values, () => setActionFor(null))}
        />
      ) : null}
    </div>
  );
}
