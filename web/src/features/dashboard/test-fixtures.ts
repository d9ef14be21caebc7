// Test data for dashboard component tests: API-shaped answers (what the GraphQL stub returns), not app code. Each answer
// is typed by its operation's generated result type, so a schema change breaks these fixtures at compile time.
import type { DriftSignalFieldsFragment, DriftOverviewQuery, MetricSeriesFieldsFragment } from '../../gql/graphql';
import { answer } from '../../test/graphql-stub';
import { HomeOverviewQueryDocument } from '../home/home.graphql';
import { TeamOptionsQueryDocument } from '../teams/teams.graphql';
import { TeamDriftQueryDocument } from './dashboard.graphql';
import { DriftOverviewQueryDocument } from './drift-overview.graphql';

type TeamSummary = DriftOverviewQuery['driftOverview']['teams']['items'][number];

const PERIODS = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

interface FixtureSignal {
  period: string;
  severity: DriftSignalFieldsFragment['severity'];
  inForce: boolean;
  rule?: string;
  direction?: 'worse' | 'better';
  since?: string;
  beforeRange?: boolean;
}

export function series(metric: string, label: string, values: (number | null)[], signals: FixtureSignal[] = [], teamId = 't'): MetricSeriesFieldsFragment {
  const centre = metric === 'MFI' ? 87.7 : 9.1;
  return {
    metric,
    label,
    badDirection: ['HDI', 'MDI', 'EDI', 'ODI'].includes(metric) ? 'up' : 'down',
    points: PERIODS.map((period, i) => ({ period, periodStart: `${period}-01`, value: values[i] ?? null, n: values[i] == null ? 0 : 5, suppressed: false })),
    limits: {
      centre, upper: metric === 'MFI' ? 94 : 18.1, lower: metric === 'MFI' ? 81.5 : 0.2, sigma: 3, baselinePeriods: ['2026-06', '2026-07'], restarts: [],
      points: PERIODS.slice(1).map((period) => ({ period, centre, lower: centre - 8, upper: centre + 8, cusumWorse: 0, cusumBetter: 0, cusumLimit: 6 })),
    },
    signals: signals.map((s) => ({
      id: `${teamId}:SELF:${metric}:${s.period}:${s.rule ?? 'CUSUM'}`, metric, metricLabel: label, period: s.period, since: s.since ?? s.period, rule: s.rule ?? 'CUSUM',
      message: `${label} (self-assessment): the value has been ${s.direction === 'better' ? 'improving' : 'drifting'} since ${s.since ?? s.period}.`,
      severity: s.severity, direction: s.direction ?? 'worse', inForce: s.inForce, beforeRange: s.beforeRange ?? false,
    })),
  };
}

const dims = (scores: (number | null)[], suppressed: boolean[] = []) =>
  ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'].map((code, i) => ({
    dimensionCode: code, dimensionTitle: `Dimension ${code.slice(1)}`, score: scores[i] ?? null, n: scores[i] == null ? 0 : 15, suppressed: suppressed[i] ?? false,
  }));

function teamSummary(id: string, name: string, program: { id: string; name: string }, mdi: (number | null)[], alert: boolean): TeamSummary {
  const mdiSeries = series('MDI', 'Medical-model drift', mdi, alert ? [{ period: '2026-08', severity: 'alert', inForce: true }] : [], id);
  return {
    team: { id, name, memberCount: 5 },
    program,
    latest: { period: '2026-11', band: alert ? 'MODERATE' : 'HIGH', mutualityIndex: alert ? 70.5 : 87.5, hierarchicalDriftIndex: 12.9, medicalModelDriftIndex: mdi[mdi.length - 1] ?? null, organisationalDriftIndex: null, n: 5 },
    activeSignals: mdiSeries.signals,
    dimensions: alert ? dims([87.5, 85, 57.5, 62.5, 82.5, 65, null]) : dims([87.5, null, 85, 87.5, 90, 87.5, null], [false, true]),
    series: [series('MFI', 'Mutuality Fidelity Index', [88, 80, 78, 77, 72, 70]), series('HDI', 'Hierarchical drift', [10, 11, 12, 11, 14, 13]), mdiSeries],
    supervision: { ratio: alert ? 0.3 : 0.9, recorded: alert ? 3 : 9, required: 10, overdueCount: alert ? 2 : 0, superviseeCount: 5 },
  };
}

export const BRIDGE = { id: 'p-bridge', name: 'Hospital Bridge' };
export const COMMUNITY = { id: 'p-community', name: 'Community Peer Support' };

type FixtureTeam = ReturnType<typeof teamSummary>;

const worseOf = (t: FixtureTeam) => t.activeSignals.filter((x) => x.direction !== 'better');
const rankOf = (t: FixtureTeam) => (worseOf(t).some((x) => x.severity === 'alert') ? 2 : worseOf(t).length ? 1 : 0);
const brief = (t: FixtureTeam) => ({ team: { id: t.team.id, name: t.team.name }, program: t.program, activeSignals: t.activeSignals });

/**
 * The overview as the API answers it: first-screen lists from every team, and the page the variables ask for
 * (`first`, `after` as an offset, `search`), in the order given.
 */
export function overviewOf(teams: FixtureTeam[], variables: Record<string, unknown> = {}, kpis: Record<string, unknown> = {}) {
  const page = (variables.page ?? {}) as { first?: number; after?: string | null; search?: string };
  const first = page.first ?? 24;
  const start = page.after ? Number(page.after) : 0;
  const matching = teams.filter((t) => !page.search || t.team.name.toLowerCase().includes(page.search.toLowerCase()));
  // As the API answers: only the measures asked for (`seriesMetrics`), or all three.
  const measures = variables.seriesMetrics as string[] | undefined;
  const items = matching.slice(start, start + first).map((t) => (measures ? { ...t, series: t.series.filter((s) => measures.includes(s.metric)) } : t));
  const end = start + items.length;
  const programs = [COMMUNITY, BRIDGE].map((p) => {
    const mine = teams.filter((t) => t.program.id === p.id);
    return {
      programId: p.id, programName: p.name, teams: mine.length, teamsWithAlerts: mine.filter((t) => rankOf(t) === 2).length,
      teamsOnWatch: mine.filter((t) => rankOf(t) === 1).length, teamsImproving: mine.filter((t) => t.activeSignals.some((x) => x.direction === 'better')).length,
      teamsSteady: mine.filter((t) => t.activeSignals.length === 0).length,
    };
  });
  return answer(DriftOverviewQueryDocument, {
    driftOverview: {
        from: '2024-12-01', to: '2026-11-21', granularity: 'MONTH', periods: PERIODS, raterTypes: ['SELF'], minCellSize: 3,
        kpis: {
          teams: teams.length, teamsWithAlerts: teams.filter((t) => rankOf(t) === 2).length, teamsOnWatch: teams.filter((t) => rankOf(t) === 1).length,
          teamsImproving: teams.filter((t) => t.activeSignals.some((x) => x.direction === 'better')).length,
          teamsSteady: teams.filter((t) => t.activeSignals.length === 0).length, mutualityIndex: 83.5, band: 'HIGH', checklists: 502, supervisionRatio: 0.5,
          ...kpis,
        },
        attention: teams.filter((t) => rankOf(t) > 0).map(brief),
        improving: teams.filter((t) => t.activeSignals.some((x) => x.direction === 'better')).map(brief),
        programs: programs.filter((p) => p.teams > 0),
        teams: { totalCount: matching.length, pageInfo: { endCursor: items.length ? String(end) : null, hasNextPage: end < matching.length }, items },
      },
  });
}

const inpatient = () => teamSummary('t-inpatient', 'Inpatient Bridge', BRIDGE, [17.8, 25, 37.5, 42.4, 55.7, 63.5], true);
const northside = () => teamSummary('t-north', 'Northside Peers', COMMUNITY, [10, 9, 8, 11, 10, 10], false);

/** The demo's shape in two teams, ordered by concern as the API sends them. */
export function overviewResponse(variables: Record<string, unknown> = {}) {
  return overviewOf([inpatient(), northside()], variables);
}

/** The overview with a third team that recovered: an improvement signal in force on its MFI (Harbor House in the demo). */
export function overviewWithImprovementResponse(variables: Record<string, unknown> = {}) {
  const mfi = series('MFI', 'Mutuality Fidelity Index', [63, 64, 71, 80, 86, 90], [
    { period: '2026-08', since: '2026-07', severity: 'alert', inForce: true, direction: 'better' },
  ], 't-harbor');
  const harbor = {
    ...teamSummary('t-harbor', 'Harbor House', COMMUNITY, [30, 28, 20, 15, 12, 10], false),
    activeSignals: mfi.signals,
  };
  harbor.series = [mfi, ...harbor.series.slice(1)];
  return overviewOf([inpatient(), northside(), harbor], variables);
}

/** A large organisation: `count` steady teams named "Team 001" … after one alerting team. */
export function largeOverviewResponse(count: number, variables: Record<string, unknown> = {}) {
  const many = Array.from({ length: count }, (_, i) => {
    const name = `Team ${String(i + 1).padStart(3, '0')}`;
    return teamSummary(`t-${i + 1}`, name, COMMUNITY, [10, 9, 8, 11, 10, 10], false);
  });
  return overviewOf([inpatient(), ...many], variables);
}

export function teamDriftResponse() {
  const mdi = series('MDI', 'Medical-model drift', [17.8, 25, 37.5, 42.4, 55.7, 63.5], [{ period: '2026-06', severity: 'alert', inForce: true }], 't-inpatient');
  return answer(TeamDriftQueryDocument, {
      teamDrift: {
        from: '2024-12-01', to: '2026-11-21', granularity: 'MONTH', raterTypes: ['SELF'], minCellSize: 3,
        team: { id: 't-inpatient', name: 'Inpatient Bridge', memberCount: 6, program: BRIDGE },
        metrics: [
          series('MFI', 'Mutuality Fidelity Index', [80, 79, 78, 77, 72, 70], [{ period: '2026-08', severity: 'alert', inForce: true, rule: 'SHEWHART_3SIGMA' }], 't-inpatient'),
          mdi,
          series('DIM:D6', 'Role integrity and non-coercion', [80, 77, 75, 74, 60, 61]),
        ],
        itemsMoved: [
          { itemCode: 'D6.1', dimensionCode: 'D6', prompt: 'The peer specialist reminds the person about medication on the team’s behalf.', polarity: 'DRIFT', driftPattern: 'MEDICAL_MODEL', before: 1.54, after: 3.25, change: 1.71, worse: true },
          { itemCode: 'D1.2', dimensionCode: 'D1', prompt: 'Decisions are made together.', polarity: 'CORE', driftPattern: null, before: 4.1, after: 4.3, change: 0.2, worse: false },
        ],
        selfVsOthers: PERIODS.map((period, i) => ({ period, self: 80 - i, others: i === 0 ? 75.5 : null, gap: i === 0 ? 4.5 : null })),
        annotations: [
          { id: 'membership:x:in', teamId: 't-inpatient', personId: null, onDate: '2026-07-01', label: 'Nora Quinn joined the team', kind: 'TEAM_CHANGE', details: '', automatic: true },
          { id: '7d0c7f2e-0000-4000-8000-000000000001', teamId: 't-inpatient', personId: null, onDate: '2026-09-10', label: 'Ward reorganisation', kind: 'POLICY', details: 'Two wards merged.', automatic: false },
        ],
        supervision: PERIODS.map((period, i) => ({ period, held: 4 - (i % 2), missed: i % 2, cancelled: 0, unrecorded: 0, clinicianOnly: 4 - (i % 2) })),
        actionMarkers: [],
      },
  });
}

export function teamOptionsResponse() {
  return answer(TeamOptionsQueryDocument, {
    programs: [COMMUNITY, BRIDGE],
    teams: [{ id: 't-north', name: 'Northside Peers', programId: COMMUNITY.id }, { id: 't-inpatient', name: 'Inpatient Bridge', programId: BRIDGE.id }],
  });
}

export function homeOverviewResponse() {
  return answer(HomeOverviewQueryDocument, {
      me: {
        id: 'person-me', name: 'Morgan Reyes', jobTitle: 'Director of peer services', roles: ['PROGRAM_MANAGER'], startedOn: '2022-11-01',
        roleGrants: [{ role: 'PROGRAM_MANAGER', programId: null }], team: null, supervisor: null, supervisees: [],
      },
      programs: [COMMUNITY, BRIDGE],
      teams: [{ id: 't-north' }, { id: 't-inpatient' }],
      people: { totalCount: 38 },
  });
}
