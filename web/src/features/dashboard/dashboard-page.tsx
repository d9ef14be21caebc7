import { useCallback, useContext, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Select } from '../../components/ui/select';
import { hasRole, ViewerContext } from '../auth/use-auth';
import { useTeamOptions } from '../teams/use-teams';
import { raterLabel, rangeDates, useDashboardFilters } from './dashboard-filters';
import { FilterBar } from './filter-bar';
import { GapCard, LanguageCard } from './focus-charts';
import { AttentionList, ImprovingList, KpiCards } from './kpi-cards';
import { HeatMapCard, PatternCard, supervisionLine, TeamTrendsCard } from './overview-charts';
import type { DriftTeamSort } from '../../gql/graphql';
import { ReviewPacketCard } from './review-packet-card';
import { MoreTeams, TeamListControls } from './team-list';
import { teamListFrom, useDriftOverview, useLanguageDensity, useTeamDrift } from './use-dashboard';
import './dashboard.css';

export interface DashboardPageProps {
  /** The page's h1 (the manager's home greets them instead of "Drift dashboard"). */
  title?: string;
  description?: string;
}

/**
 * The program manager's Monday view: one filter bar (in the URL), headline figures, where to look first, which way
 * teams lean, dimensions by team, each team's trend, and a closer look at one team. The teams come a page at a time
 * from the API (ordered by concern, searchable), so the page stays light however large the organisation is.
 */
export function DashboardPage({ title = 'Drift dashboard', description }: DashboardPageProps) {
  const { params, filters, setFilters, setParam, driftFilter, search } = useDashboardFilters();
  const options = useTeamOptions();
  // Optional here: the dashboard also renders in tests without a signed-in shell.
  const viewer = useContext(ViewerContext);
  const { search: teamSearch, sort, measure: metric } = teamListFrom(params);
  const overview = useDriftOverview(driftFilter, { search: teamSearch, sort, measure: metric });
  const onSearch = useCallback((q: string) => setParam({ q: q || null }, { replace: true }), [setParam]);
  const onSort = useCallback((s: DriftTeamSort) => setParam({ sort: s === 'CONCERN' ? null : s }), [setParam]);
  const { from, to } = rangeDates(filters);

  const pages = overview.data?.pages;
  const data = pages?.[0]?.driftOverview;
  // The API orders the pages; the list is their concatenation.
  const teams = useMemo(() => (pages ?? []).flatMap((p) => p.driftOverview.teams.items), [pages]);
  const totalTeams = pages?.[pages.length - 1]?.driftOverview.teams.totalCount ?? null;
  const focusParam = params.get('focus');
  const focusId = teams.find((t) => t.team.id === focusParam)?.team.id ?? teams[0]?.team.id ?? null;
  const focusTeam = teams.find((t) => t.team.id === focusId);
  const focusDrift = useTeamDrift(focusId, driftFilter);
  const language = useLanguageDensity({ from, to, teamIds: focusId ? [focusId] : [] }, Boolean(focusId));

  const supervisionText = (teamId: string) => {
    const s = teams.find((t) => t.team.id === teamId)?.supervision;
    return s ? supervisionLine({ recorded: s.recorded, required: s.required, overdue: s.overdueCount }) : null;
  };
  const state = { loading: overview.isPending, error: overview.isError && !data ? overview.error : undefined, onRetry: () => void overview.refetch() };
  const raterText = raterLabel(data?.raterTypes ?? filters.raterTypes);

  return (
    <div className="dashboard">
      <PageHeader
        title={title}
        description={description ?? 'Fidelity and drift across your teams, with the signals worth a conversation. Data for reflection, not blame.'}
      />
      <FilterBar
        filters={filters}
        onChange={setFilters}
        programs={options.data?.programs ?? []}
        teams={options.data?.teams ?? []}
      />
      {viewer && hasRole(viewer, 'ADMIN', 'PROGRAM_MANAGER') && options.data ? (
        <ReviewPacketCard programs={options.data.programs} programId={filters.programId} />
      ) : null}
      {overview.isError && !data ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <div className="dashboard__body" aria-busy={overview.isFetching || undefined}>
          {overview.isPlaceholderData ? (
            <p className="dashboard__updating" role="status">
              Updating for the new filters…
            </p>
          ) : null}
          {data ? <KpiCards kpis={data.kpis} raterText={raterText} /> : null}
          {data ? (
            <div className="dashboard__pair">
              <AttentionList
                teams={data.attention}
                flaggedCount={data.kpis.teamsWithAlerts + data.kpis.teamsOnWatch}
                steadyCount={data.kpis.teamsSteady}
                search={search}
              />
              <ImprovingList teams={data.improving} improvingCount={data.kpis.teamsImproving ?? 0} search={search} />
            </div>
          ) : null}
          <TeamListControls search={teamSearch} sort={sort} shown={teams.length} total={totalTeams} onSearch={onSearch} onSort={onSort} />
          <PatternCard teams={teams} search={search} state={state} />
          <HeatMapCard teams={teams} search={search} minCellSize={data?.minCellSize} state={state} />
          <TeamTrendsCard
            teams={teams}
            metric={metric}
            onMetricChange={(m) => setParam({ metric: m === 'MFI' ? null : m })}
            search={search}
            supervisionText={supervisionText}
            // The page asks for the chosen measure's series only: after a change of measure the cards wait for them.
            state={{ ...state, loading: state.loading || (overview.isPlaceholderData && !teams.some((t) => t.series.some((s) => s.metric === metric))) }}
          />
          {totalTeams !== null ? (
            <MoreTeams shown={teams.length} total={totalTeams} loading={overview.isFetchingNextPage} onMore={() => void overview.fetchNextPage()} />
          ) : null}
          {overview.isFetchNextPageError ? <ErrorState error={overview.error} onRetry={() => void overview.fetchNextPage()} /> : null}
          {focusTeam ? (
            <section className="dashboard__focus" aria-labelledby="focus-title">
              <div className="dashboard__focus-head">
                <h2 id="focus-title" className="dashboard__section-title">
                  A closer look: {focusTeam.team.name}
                </h2>
                <Select
                  label="Team"
                  value={focusTeam.team.id}
                  options={teams.map((t) => ({ value: t.team.id, label: t.team.name }))}
                  onChange={(e) => setParam({ focus: e.target.value })}
                />
                <Link to={`/dashboard/teams/${focusTeam.team.id}${search}`} className="dashboard__focus-link">
                  Open {focusTeam.team.name}’s control charts
                </Link>
              </div>
              <div className="dashboard__pair">
                <GapCard
                  points={focusDrift.data?.teamDrift.selfVsOthers ?? []}
                  subject={focusTeam.team.name}
                  headingLevel={3}
                  state={{ loading: focusDrift.isPending, error: focusDrift.isError ? focusDrift.error : undefined, onRetry: () => void focusDrift.refetch() }}
                />
                <LanguageCard
                  series={language.data?.languageDensitySeries.find((s) => s.teamId === focusTeam.team.id)}
                  subject={focusTeam.team.name}
                  headingLevel={3}
                  state={{ loading: language.isPending, error: language.isError ? language.error : undefined, onRetry: () => void language.refetch() }}
                />
              </div>
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
