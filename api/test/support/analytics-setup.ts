// Shared setup of the analytics-*.e2e-spec.ts files: operations, the app with two organisations, and drift helpers.
import { login, type RoleKey, type TestOrg, type TestPerson } from './factories';
import { dataOf, type TypedDocumentNode, type VariablesArg } from './graphql';
import { addPerson, callRaw, uniq } from './admin-helpers';
import { periodKeys, startTwoOrgs } from './checklist-helpers';
import type { TestApp } from './test-app';
import { graphql } from '../gql';

// ── operations ────────────────────────────────────────────────────────────────────────────────────
export const POINT = graphql(`fragment DriftPointFields on SeriesPoint { period periodStart value n suppressed }`);
export const OVERVIEW = graphql(`query DriftOverviewInAnalyticsSetup($f: DriftFilterInput) { driftOverview(filter: $f) {
  from to granularity raterTypes minCellSize periods
  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }
  teams(page: { first: 100 }) { totalCount items { team { id } program { id }
    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }
    series { metric points { ...DriftPointFields } }
    dimensions { dimensionCode score n suppressed } } } } }`);
export const TEAM_DRIFT = graphql(`query TeamDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {
  team { id } from to granularity raterTypes minCellSize
  metrics { metric label badDirection points { ...DriftPointFields } signals { id } }
  itemsMoved { itemCode } selfVsOthers { period self others gap }
  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }`);
export const PERSON_DRIFT = graphql(`query PersonDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {
  person { id } from to granularity raterTypes
  metrics { metric points { ...DriftPointFields } } selfVsOthers { period self others gap }
  annotations { id label personId } } }`);
export const ANNOTATIONS = graphql(`query Annotations($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }`);
export const CREATE = graphql(`mutation CreateAnnotation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }`);
export const UPDATE = graphql(`mutation UpdateAnnotation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }`);
export const DELETE = graphql(`mutation DeleteAnnotation($id: ID!) { deleteAnnotation(annotationId: $id) }`);
export const ASSIGN_TEAM = graphql(`mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }`);
export const ASSIGN_SUPERVISOR = graphql(`mutation AssignSupervisor($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }`);


export let app: TestApp;
export let org: TestOrg;
export let t: Record<RoleKey, string>;
export let foreign: TestOrg;
export let foreignAdmin: string;

/** Registers this suite's app start (beforeAll) and shutdown (afterAll); call once at the top of each spec file. */
export function useAnalyticsApp(): void {
  beforeAll(async () => {
    ({ app, org, foreign, t, foreignAdmin } = await startTwoOrgs('Analytics'));
  });
  afterAll(async () => app.close());
}

export const as = <R, V>(token: string, document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>) =>
  callRaw<R>(app, document, variables as Record<string, unknown> | undefined, { token });

export const data = dataOf;

export const sorted = (xs: string[]) => [...xs].sort();
export const overviewTeams = async (token: string, f: Record<string, unknown> = {}) =>
  sorted((data(await as(token, OVERVIEW, { f }), 'driftOverview').teams.items as { team: { id: string } }[]).map((x) => x.team.id));

export async function freshTeam(programId = org.programs.a): Promise<string> {
  const [row] = await app.owner.query('INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, $3) RETURNING id', [org.id, programId, `Team ${uniq()}`]);
  return row.id as string;
}

export async function freshStaff(teamId: string, supervisorId: string | undefined = org.people.supervisor.id): Promise<TestPerson & { token: string }> {
  const p = await addPerson(app, org.id, 'Staff', ['STAFF'], { teamId, supervisorId });
  return { ...p, token: await login(app, p.email) };
}

// The tests name metrics the series carries; a missing one fails on the next property read.
export const metric = <S extends { metric: string }>(series: S[], name: string) => series.find((m) => m.metric === name)!;
export const pointAt = <P extends { period: string }>(m: { points: P[] } | undefined, period: string) => m!.points.find((p) => p.period === period);
export const monthLabel = (at: Date | string) => periodKeys(at).MONTH.slice(0, 7);
