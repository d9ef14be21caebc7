import { randomUUID } from 'node:crypto';
import { login, type RoleKey, type TestOrg, type TestPerson } from './support/factories';
import { codeOf, dataOf, expectCode, gql } from './support/graphql';
import { addPerson, auditRowsOf, call, uniq } from './support/admin-helpers';
import { fillAndSubmit, periodKeys, rollupOf, startTwoOrgs, uniformAnswers, AMEND } from './support/checklist-helpers';
import type { TestApp } from './support/test-app';
import { todayIso as today } from './support/clock';
import { DAY_MS } from '@tandem/shared';

// ── operations ────────────────────────────────────────────────────────────────────────────────────
const POINT = 'period periodStart value n suppressed';
const OVERVIEW = `query($f: DriftFilterInput) { driftOverview(filter: $f) {
  from to granularity raterTypes minCellSize periods
  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }
  teams { team { id } program { id }
    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }
    series { metric points { ${POINT} } }
    dimensions { dimensionCode score n suppressed } } } }`;
const TEAM_DRIFT = `query($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {
  team { id } from to granularity raterTypes minCellSize
  metrics { metric label badDirection points { ${POINT} } signals { id } }
  itemsMoved { itemCode } selfVsOthers { period self others gap }
  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }`;
const PERSON_DRIFT = `query($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {
  person { id } from to granularity raterTypes
  metrics { metric points { ${POINT} } } selfVsOthers { period self others gap }
  annotations { id label personId } } }`;
const ANNOTATIONS = 'query($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }';
const CREATE = 'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }';
const UPDATE = 'mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }';
const DELETE = 'mutation($id: ID!) { deleteAnnotation(annotationId: $id) }';
const ASSIGN_TEAM = 'mutation($i: AssignTeamInput!) { assignTeam(input: $i) { id } }';
const ASSIGN_SUPERVISOR = 'mutation($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }';


let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
let foreign: TestOrg;
let foreignAdmin: string;

beforeAll(async () => {
  ({ app, org, foreign, t, foreignAdmin } = await startTwoOrgs('Analytics'));
});
afterAll(async () => app.close());

const as = (token: string, query: string, variables: Record<string, unknown> = {}) => call(app, query, variables, { token });

const data = dataOf;

const sorted = (xs: string[]) => [...xs].sort();
const overviewTeams = async (token: string, f: Record<string, unknown> = {}) =>
  sorted((data(await as(token, OVERVIEW, { f }), 'driftOverview').teams as { team: { id: string } }[]).map((x) => x.team.id));

async function freshTeam(programId = org.programs.a): Promise<string> {
  const [row] = await app.owner.query('INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, $3) RETURNING id', [org.id, programId, `Team ${uniq()}`]);
  return row.id as string;
}

async function freshStaff(teamId: string, supervisorId: string | undefined = org.people.supervisor.id): Promise<TestPerson & { token: string }> {
  const p = await addPerson(app, org.id, 'Staff', ['STAFF'], { teamId, supervisorId });
  return { ...p, token: await login(app, p.email) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- series are asserted field by field
const metric = (series: any[], name: string) => series.find((m) => m.metric === name);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- points are asserted field by field
const pointAt = (m: any, period: string) => m.points.find((p: { period: string }) => p.period === period);
const monthLabel = (at: Date | string) => periodKeys(at).MONTH.slice(0, 7);

// ── driftOverview scoping ─────────────────────────────────────────────────────────────────────────

describe('driftOverview scoping', () => {
  it('admins see every team; a manager limited to program A sees A1 and A2, not B1; supervisors their supervisees’ teams', async () => {
    expect(await overviewTeams(t.admin)).toEqual(sorted([org.teams.a1, org.teams.a2, org.teams.b1]));
    expect(await overviewTeams(t.manager)).toEqual(sorted([org.teams.a1, org.teams.a2]));
    expect(await overviewTeams(t.supervisor)).toEqual([org.teams.a1]);
    expect(await overviewTeams(t.supervisor2)).toEqual([org.teams.b1]);
  });

  it('filters never widen the scope: program B or team B1 for the program A manager gives nothing', async () => {
    expect(await overviewTeams(t.admin, { programId: org.programs.b })).toEqual([org.teams.b1]);
    expect(await overviewTeams(t.manager, { programId: org.programs.b })).toEqual([]);
    expect(await overviewTeams(t.manager, { teamIds: [org.teams.b1] })).toEqual([]);
    expect(await overviewTeams(t.supervisor, { teamIds: [org.teams.a2, org.teams.b1] })).toEqual([]);
    expect(await overviewTeams(t.admin, { teamIds: [org.teams.a2] })).toEqual([org.teams.a2]);
  });

  it('staff get FORBIDDEN, anonymous callers UNAUTHENTICATED, another organisation sees only its own teams', async () => {
    expectCode(await as(t.staff, OVERVIEW), 'FORBIDDEN');
    expect(codeOf(await gql(app, OVERVIEW))).toBe('UNAUTHENTICATED');
    expect(await overviewTeams(foreignAdmin)).toEqual(sorted(Object.values(foreign.teams)));
  });

  it('defaults: the last 24 months, SELF ratings, minimum cell size 3', async () => {
    const o = data(await as(t.admin, OVERVIEW), 'driftOverview');
    expect(o).toMatchObject({ granularity: 'MONTH', raterTypes: ['SELF'], minCellSize: 3, to: today() });
    expect(o.periods).toHaveLength(24);
    expect(o.periods[23]).toBe(today().slice(0, 7));
    const weekly = data(await as(t.admin, OVERVIEW, { f: { granularity: 'WEEK' } }), 'driftOverview');
    expect(weekly.periods).toHaveLength(52);
  });
});

// ── small-cell suppression and hand-computed means ────────────────────────────────────────────────

describe('small-cell suppression', () => {
  let team: string;
  let people: (TestPerson & { token: string })[];
  const ids: string[] = [];
  beforeAll(async () => {
    team = await freshTeam();
    people = [await freshStaff(team), await freshStaff(team), await freshStaff(team)];
  });

  it('a team with 2 submitted SELF checklists in a month shows no value and no count for it', async () => {
    // Core 5 / drift 1 → every item scores 5 → MFI 5.00 → 100; all 3s → MFI 3.00 → 50.
    ids.push((await fillAndSubmit(app, people[0]!.token, people[0]!.id, 'SELF', uniformAnswers('SELF', 5, 1))).id);
    ids.push((await fillAndSubmit(app, people[1]!.token, people[1]!.id, 'SELF', uniformAnswers('SELF', 3, 3))).id);
    const [{ submitted_at: at }] = await app.owner.query('SELECT submitted_at FROM checklist WHERE id = $1', [ids[1]]);
    const period = monthLabel(at);

    const drift = data(await as(t.manager, TEAM_DRIFT, { id: team }), 'teamDrift');
    expect(drift.minCellSize).toBe(3);
    for (const name of ['MFI', 'HDI', 'MDI', 'DIM:D1', 'DIM:D6']) {
      expect({ name, point: pointAt(metric(drift.metrics, name), period) }).toEqual({ name, point: expect.objectContaining({ value: null, n: 0, suppressed: true }) });
    }
    // Periods without any rating are empty, not suppressed.
    expect(metric(drift.metrics, 'MFI').points.filter((p: { suppressed: boolean }) => p.suppressed)).toHaveLength(1);
    expect(drift.selfVsOthers.find((g: { period: string }) => g.period === period)).toEqual({ period, self: null, others: null, gap: null });

    const [summary] = data(await as(t.manager, OVERVIEW, { f: { teamIds: [team] } }), 'driftOverview').teams;
    expect(summary.latest).toEqual({
      period: null, mutualityIndex: null, band: null, hierarchicalDriftIndex: null, medicalModelDriftIndex: null, organisationalDriftIndex: null, n: 0,
    });
    expect(pointAt(metric(summary.series, 'MFI'), period)).toMatchObject({ value: null, n: 0, suppressed: true });
    // D1–D6 have 2 ratings each: suppressed; D7 is not asked of SELF raters: empty.
    expect(summary.dimensions.map((d: { dimensionCode: string; score: number | null; n: number; suppressed: boolean }) => [d.dimensionCode, d.score, d.n, d.suppressed])).toEqual([
      ['D1', null, 0, true], ['D2', null, 0, true], ['D3', null, 0, true], ['D4', null, 0, true], ['D5', null, 0, true], ['D6', null, 0, true], ['D7', null, 0, false],
    ]);
    // The person's own view is not suppressed: it is theirs.
    const own = data(await as(people[0]!.token, PERSON_DRIFT, { id: people[0]!.id }), 'personDrift');
    expect(pointAt(metric(own.metrics, 'MFI'), period)).toMatchObject({ value: 100, n: 1, suppressed: false });
  });

  it('with 3 it shows their mean, computed from the stored mutualityIndex100 values', async () => {
    // All 4s: MFI 3.25 → 56.3 (see checklists.e2e-spec.ts for the arithmetic).
    ids.push((await fillAndSubmit(app, people[2]!.token, people[2]!.id, 'SELF', uniformAnswers('SELF', 4, 4))).id);
    const rows: { mi: string; hdi: string; at: Date }[] = await app.owner.query(
      'SELECT mutuality_index_100 AS mi, hierarchical_drift_index AS hdi, submitted_at AS at FROM checklist WHERE id = ANY($1::uuid[])', [ids],
    );
    expect(sorted(rows.map((r) => r.mi))).toEqual(sorted(['100.0', '50.0', '56.3']));
    const period = monthLabel(rows[0]!.at);
    expect(new Set(rows.map((r) => monthLabel(r.at)))).toEqual(new Set([period]));
    // (100 + 50 + 56.3) / 3 = 206.3 / 3 = 68.766… → 68.8 on 0–100; HDI (0 + 50 + 75) / 3 = 41.66… → 41.7.
    const drift = data(await as(t.manager, TEAM_DRIFT, { id: team }), 'teamDrift');
    expect(pointAt(metric(drift.metrics, 'MFI'), period)).toMatchObject({ value: 68.8, n: 3, suppressed: false });
    expect(pointAt(metric(drift.metrics, 'HDI'), period)).toMatchObject({ value: 41.7, n: 3, suppressed: false });
    // D1 = 5, 3, 3 → on 0–100 100, 50, 50 → 66.7.
    expect(pointAt(metric(drift.metrics, 'DIM:D1'), period)).toMatchObject({ value: 66.7, n: 3 });
    expect(drift.selfVsOthers.find((g: { period: string }) => g.period === period)).toEqual({ period, self: 68.8, others: null, gap: null });

    const overview = data(await as(t.manager, OVERVIEW, { f: { teamIds: [team] } }), 'driftOverview');
    const [summary] = overview.teams;
    // The same figure as the team page's latest MFI point: 68.8 on 0–100, MODERATE (50 ≤ 68.8 < 75).
    expect(summary.latest).toEqual({
      period, mutualityIndex: 68.8, band: 'MODERATE', hierarchicalDriftIndex: 41.7, medicalModelDriftIndex: 41.7, organisationalDriftIndex: null, n: 3,
    });
    // Dimensions pooled over the last three months, on 0–100: D1 (100 + 50 + 50) / 3 = 66.7; D6 (100 + 50 + 37.5) / 3 = 62.5.
    expect(summary.dimensions.find((d: { dimensionCode: string }) => d.dimensionCode === 'D1')).toEqual({ dimensionCode: 'D1', score: 66.7, n: 3, suppressed: false });
    expect(summary.dimensions.find((d: { dimensionCode: string }) => d.dimensionCode === 'D6')).toEqual({ dimensionCode: 'D6', score: 62.5, n: 3, suppressed: false });
    expect(summary.dimensions.find((d: { dimensionCode: string }) => d.dimensionCode === 'D7')).toEqual({ dimensionCode: 'D7', score: null, n: 0, suppressed: false });
    expect(overview.kpis).toMatchObject({ teams: 1, checklists: 3, mutualityIndex: 68.8, band: 'MODERATE' });
    // The supervisor of these three sees the team too.
    expect(await overviewTeams(t.supervisor)).toEqual(sorted([org.teams.a1, team]));
  });

  it('rater types are pooled only when asked: SUPERVISOR ratings form a series of their own', async () => {
    const drift = data(await as(t.admin, TEAM_DRIFT, { id: team, f: { raterTypes: ['SUPERVISOR'] } }), 'teamDrift');
    expect(drift.raterTypes).toEqual(['SUPERVISOR']);
    expect(metric(drift.metrics, 'MFI').points.every((p: { n: number; value: number | null }) => p.n === 0 && p.value === null)).toBe(true);
    const pooled = data(await as(t.admin, TEAM_DRIFT, { id: team, f: { raterTypes: ['SELF', 'SUPERVISOR'] } }), 'teamDrift');
    expect(metric(pooled.metrics, 'MFI').points.find((p: { n: number }) => p.n > 0)).toMatchObject({ value: 68.8, n: 3 });
  });
});

// ── rollups ───────────────────────────────────────────────────────────────────────────────────────

describe('metric_rollup maintenance', () => {
  it('a submit adds its contribution (count, sum, sum of squares) for every metric, week and month', async () => {
    const team = await freshTeam();
    const me = await freshStaff(team);
    expect((await rollupOf(app, team)).size).toBe(0);
    const done = await fillAndSubmit(app, me.token, me.id, 'SELF', uniformAnswers('SELF', 4, 4));
    const [{ submitted_at: at }] = await app.owner.query('SELECT submitted_at FROM checklist WHERE id = $1', [done.id]);
    const p = periodKeys(at);
    const cells = await rollupOf(app, team);
    // MFI, HDI, MDI, D1–D6 and the 24 SELF items (EDI and ODI are null for SELF) × WEEK and MONTH.
    expect(cells.size).toBe((3 + 6 + 24) * 2);
    for (const type of ['MONTH', 'WEEK'] as const) {
      const cell = (m: string) => cells.get(`${type}|${p[type]}|SELF|${m}`);
      expect(cell('MFI')).toEqual({ count: 1, sum: 56.3 });
      expect(cell('HDI')).toEqual({ count: 1, sum: 75 });
      expect(cell('MDI')).toEqual({ count: 1, sum: 75 });
      // Dimension scores on 0–100: D1 3 → 50, D2 3.5 → 62.5, D6 2.5 → 37.5.
      expect(cell('DIM:D1')).toEqual({ count: 1, sum: 50 });
      expect(cell('DIM:D2')).toEqual({ count: 1, sum: 62.5 });
      expect(cell('DIM:D6')).toEqual({ count: 1, sum: 37.5 });
      // Raw item ratings on 0–100: 4 → 75, for core and drift items alike.
      expect(cell('ITEM:D1.1')).toEqual({ count: 1, sum: 75 });
      expect(cell('ITEM:D6.3')).toEqual({ count: 1, sum: 75 });
    }
    const [sq] = await app.owner.query(`SELECT sum_sq FROM metric_rollup WHERE team_id = $1 AND period_type = 'MONTH' AND metric = 'MFI'`, [team]);
    expect(sq.sum_sq).toBeCloseTo(56.3 * 56.3, 6);
  });

  it('an amendment replaces the contribution; a back-dated team move carries it to the new team', async () => {
    const team = await freshTeam();
    const other = await freshTeam();
    const me = await freshStaff(team);
    const done = await fillAndSubmit(app, me.token, me.id, 'SELF', uniformAnswers('SELF', 4, 4));
    const [{ submitted_at: at }] = await app.owner.query('SELECT submitted_at FROM checklist WHERE id = $1', [done.id]);
    const key = `MONTH|${periodKeys(at).MONTH}|SELF|MFI`;
    const amended = data(await as(me.token, AMEND, { i: { checklistId: done.id, version: done.version, answers: uniformAnswers('SELF', 3, 3), reason: 'Rescored' } }), 'amendChecklist');
    expect(amended.mutualityIndex100).toBe(50);
    expect((await rollupOf(app, team)).get(key)).toEqual({ count: 1, sum: 50 });

    // Moved to another team from the day of the submission on: the checklist now counts there.
    data(await as(t.admin, ASSIGN_TEAM, { i: { personId: me.id, teamId: other, startsOn: new Date(at).toISOString().slice(0, 10) } }), 'assignTeam');
    expect((await app.owner.query('SELECT team_id FROM checklist WHERE id = $1', [done.id]))[0].team_id).toBe(other);
    expect((await rollupOf(app, team)).size).toBe(0);
    expect((await rollupOf(app, other)).get(key)).toEqual({ count: 1, sum: 50 });
  });

  it('a person-served response through a link counts under PERSON_SERVED', async () => {
    const team = await freshTeam();
    const me = await freshStaff(team);
    const link = data(await as(me.token, 'mutation($s: ID!) { createPersonServedLink(subjectId: $s) { url } }', { s: me.id }), 'createPersonServedLink');
    const token = link.url.split('/').pop();
    expect(data(await gql(app, 'mutation($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }', {
      i: { token, answers: uniformAnswers('PERSON_SERVED', 4) },
    }), 'submitPersonServedFeedback')).toBe(true);
    const cells = await rollupOf(app, team);
    const mfi = [...cells.entries()].filter(([k]) => k.startsWith('MONTH|') && k.endsWith('|MFI'));
    expect(mfi).toEqual([[expect.stringMatching(/\|PERSON_SERVED\|MFI$/), { count: 1, sum: 62.5 }]]);
  });
});

// ── teamDrift ─────────────────────────────────────────────────────────────────────────────────────

describe('teamDrift', () => {
  it('returns every metric for a team in scope', async () => {
    const drift = data(await as(t.supervisor, TEAM_DRIFT, { id: org.teams.a1 }), 'teamDrift');
    expect(drift.team).toEqual({ id: org.teams.a1 });
    expect(drift.metrics.map((m: { metric: string }) => m.metric)).toEqual(['MFI', 'HDI', 'MDI', 'EDI', 'ODI', 'DIM:D1', 'DIM:D2', 'DIM:D3', 'DIM:D4', 'DIM:D5', 'DIM:D6', 'DIM:D7']);
    expect(metric(drift.metrics, 'MFI')).toMatchObject({ label: 'Mutuality Fidelity Index', badDirection: 'down' });
    expect(metric(drift.metrics, 'HDI').badDirection).toBe('up');
    expect(metric(drift.metrics, 'DIM:D1').label).toBe('Shared power and equality');
  });

  it('a team outside the viewer’s scope is NOT_FOUND', async () => {
    expectCode(await as(t.manager, TEAM_DRIFT, { id: org.teams.b1 }), 'NOT_FOUND');
    expectCode(await as(t.supervisor, TEAM_DRIFT, { id: org.teams.b1 }), 'NOT_FOUND');
    expectCode(await as(t.supervisor, TEAM_DRIFT, { id: org.teams.a2 }), 'NOT_FOUND');
    expectCode(await as(t.supervisor2, TEAM_DRIFT, { id: org.teams.a1 }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, TEAM_DRIFT, { id: org.teams.a1 }), 'NOT_FOUND');
    expectCode(await as(t.admin, TEAM_DRIFT, { id: randomUUID() }), 'NOT_FOUND');
    expectCode(await as(t.staff, TEAM_DRIFT, { id: org.teams.a1 }), 'FORBIDDEN');
  });
});

// ── bad filters ───────────────────────────────────────────────────────────────────────────────────

describe('bad filters', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['from after to', { from: '2025-06-01', to: '2025-05-31' }],
    ['an invalid date', { from: '2025-02-30' }],
    ['something that is not a date', { to: 'yesterday' }],
    ['a weekly range of more than 160 periods', { granularity: 'WEEK', from: '2020-01-06', to: '2024-01-01' }],
    ['a monthly range of more than 160 periods', { from: '2000-01-01', to: '2013-12-31' }],
    ['a malformed team id', { teamIds: ['team-a1'] }],
    ['a malformed program id', { programId: 'program-a' }],
    ['an unknown rater type', { raterTypes: ['BOSS'] }],
    ['an unknown granularity', { granularity: 'DAY' }],
  ];

  it.each(cases)('driftOverview rejects %s with BAD_USER_INPUT', async (_label, f) => {
    expectCode(await as(t.admin, OVERVIEW, { f }), 'BAD_USER_INPUT');
  });
  it.each(cases)('teamDrift rejects %s with BAD_USER_INPUT', async (_label, f) => {
    expectCode(await as(t.admin, TEAM_DRIFT, { id: org.teams.a1, f }), 'BAD_USER_INPUT');
  });
  it.each(cases)('personDrift rejects %s with BAD_USER_INPUT', async (_label, f) => {
    expectCode(await as(t.staff, PERSON_DRIFT, { id: org.people.staff.id, f }), 'BAD_USER_INPUT');
  });
  it.each(cases)('annotations rejects %s with BAD_USER_INPUT', async (_label, f) => {
    expectCode(await as(t.admin, ANNOTATIONS, { id: org.teams.a1, f }), 'BAD_USER_INPUT');
  });

  it('accepts exactly 160 weekly periods and a one-day range', async () => {
    // 2020-01-06 is a Monday; 159 weeks later starts the 160th week.
    const to = new Date(Date.UTC(2020, 0, 6) + 159 * 7 * DAY_MS).toISOString().slice(0, 10);
    const weekly = data(await as(t.admin, OVERVIEW, { f: { granularity: 'WEEK', from: '2020-01-06', to } }), 'driftOverview');
    expect(weekly.periods).toHaveLength(160);
    expect(weekly.periods[0]).toBe('2020-W02');
    const day = data(await as(t.admin, OVERVIEW, { f: { from: '2025-03-15', to: '2025-03-15' } }), 'driftOverview');
    expect(day.periods).toEqual(['2025-03']);
  });
});

// ── personDrift ───────────────────────────────────────────────────────────────────────────────────

describe('personDrift', () => {
  let self: { id: string };
  beforeAll(async () => {
    // staff: SELF all 4s (56.3); their supervisor: core 5 / drift 2 (90.6, see checklists.e2e-spec.ts).
    self = await fillAndSubmit(app, t.staff, org.people.staff.id, 'SELF', uniformAnswers('SELF', 4, 4));
    await fillAndSubmit(app, t.supervisor, org.people.staff.id, 'SUPERVISOR', uniformAnswers('SUPERVISOR', 5, 2));
  });

  it('a person sees their own trend, unsuppressed, with self against others', async () => {
    const [{ submitted_at: at }] = await app.owner.query('SELECT submitted_at FROM checklist WHERE id = $1', [self.id]);
    const period = monthLabel(at);
    const own = data(await as(t.staff, PERSON_DRIFT, { id: org.people.staff.id }), 'personDrift');
    expect(own).toMatchObject({ person: { id: org.people.staff.id }, granularity: 'MONTH', raterTypes: ['SELF'] });
    expect(own.metrics.map((m: { metric: string }) => m.metric)).toEqual(['MFI', 'HDI', 'MDI', 'EDI', 'DIM:D1', 'DIM:D2', 'DIM:D3', 'DIM:D4', 'DIM:D5', 'DIM:D6']);
    expect(pointAt(metric(own.metrics, 'MFI'), period)).toMatchObject({ value: 56.3, n: 1, suppressed: false });
    // Self 56.3 against the supervisor's 90.6: gap 56.3 − 90.6 = −34.3.
    expect(own.selfVsOthers.find((g: { period: string }) => g.period === period)).toEqual({ period, self: 56.3, others: 90.6, gap: -34.3 });
    const supervisorOnly = data(await as(t.staff, PERSON_DRIFT, { id: org.people.staff.id, f: { raterTypes: ['SUPERVISOR'] } }), 'personDrift');
    expect(pointAt(metric(supervisorOnly.metrics, 'MFI'), period)).toMatchObject({ value: 90.6, n: 1 });
  });

  it('their current supervisor sees it too', async () => {
    const seen = data(await as(t.supervisor, PERSON_DRIFT, { id: org.people.staff.id }), 'personDrift');
    expect(seen.person).toEqual({ id: org.people.staff.id });
    expect(metric(seen.metrics, 'MFI').points.some((p: { value: number | null }) => p.value === 56.3)).toBe(true);
  });

  it('a manager or admin who does not supervise the person gets FORBIDDEN', async () => {
    expectCode(await as(t.manager, PERSON_DRIFT, { id: org.people.staff.id }), 'FORBIDDEN');
    expectCode(await as(t.admin, PERSON_DRIFT, { id: org.people.staff.id }), 'FORBIDDEN');
  });

  it('people outside the viewer’s scope are NOT_FOUND', async () => {
    expectCode(await as(t.staff, PERSON_DRIFT, { id: org.people.staff2.id }), 'NOT_FOUND');
    expectCode(await as(t.staff2, PERSON_DRIFT, { id: org.people.staff.id }), 'NOT_FOUND');
    expectCode(await as(t.supervisor2, PERSON_DRIFT, { id: org.people.staff.id }), 'NOT_FOUND');
    expectCode(await as(t.manager, PERSON_DRIFT, { id: org.people.staff2.id }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, PERSON_DRIFT, { id: org.people.staff.id }), 'NOT_FOUND');
    expectCode(await as(t.staff, PERSON_DRIFT, { id: randomUUID() }), 'NOT_FOUND');
    expect(codeOf(await gql(app, PERSON_DRIFT, { id: org.people.staff.id }))).toBe('UNAUTHENTICATED');
  });
});

// ── annotations ───────────────────────────────────────────────────────────────────────────────────

describe('annotations CRUD', () => {
  const stored = async (id: string) => (await app.owner.query('SELECT team_id, label, details, kind, on_date::text AS on_date, created_by FROM annotation WHERE id = $1', [id]))[0];

  it('a supervisor annotates their team’s chart; it shows in annotations and teamDrift; creating is audited', async () => {
    const res = await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: '2025-03-10', label: '  Training day  ', details: ' Mutuality refresher ', kind: 'TRAINING' } });
    const a = data(res, 'createAnnotation');
    expect(a).toEqual({ id: expect.any(String), teamId: org.teams.a1, personId: null, onDate: '2025-03-10', label: 'Training day', details: 'Mutuality refresher', kind: 'TRAINING', automatic: false });
    expect(await stored(a.id)).toEqual({ team_id: org.teams.a1, label: 'Training day', details: 'Mutuality refresher', kind: 'TRAINING', on_date: '2025-03-10', created_by: org.people.supervisor.id });
    expect((await auditRowsOf(app, res.requestId)).map((r) => [r.action, r.entity_id, r.actor_id])).toEqual([['annotation.created', a.id, org.people.supervisor.id]]);
    const range = { from: '2025-01-01', to: today() };
    expect(data(await as(t.manager, ANNOTATIONS, { id: org.teams.a1, f: range }), 'annotations')).toContainEqual(a);
    expect(data(await as(t.admin, TEAM_DRIFT, { id: org.teams.a1, f: range }), 'teamDrift').annotations).toContainEqual(a);
    // Outside the range it is not listed.
    expect((data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1, f: { from: '2025-04-01', to: today() } }), 'annotations') as { id: string }[]).map((x) => x.id)).not.toContain(a.id);
  });

  it('managers update and admins delete annotations in scope (both audited)', async () => {
    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Rota change' } }), 'createAnnotation');
    expect(a.kind).toBe('NOTE');
    const upd = await as(t.manager, UPDATE, { i: { annotationId: a.id, label: 'New rota', kind: 'STAFFING', details: 'Two more shifts' } });
    expect(data(upd, 'updateAnnotation')).toEqual({ ...a, label: 'New rota', kind: 'STAFFING', details: 'Two more shifts' });
    const [audit] = await auditRowsOf(app, upd.requestId);
    expect(audit).toMatchObject({ action: 'annotation.updated', entity_id: a.id, summary: { before: { label: 'Rota change' }, after: { label: 'New rota' } } });
    // Only the fields sent change.
    expect(data(await as(t.supervisor, UPDATE, { i: { annotationId: a.id, onDate: '2025-01-02' } }), 'updateAnnotation')).toMatchObject({ label: 'New rota', onDate: '2025-01-02', kind: 'STAFFING' });

    const del = await as(t.admin, DELETE, { id: a.id });
    expect(data(del, 'deleteAnnotation')).toBe(true);
    expect(await stored(a.id)).toBeUndefined();
    expect((await auditRowsOf(app, del.requestId)).map((r) => [r.action, r.entity_id])).toEqual([['annotation.deleted', a.id]]);
    expectCode(await as(t.admin, DELETE, { id: a.id }), 'NOT_FOUND');
  });

  it('managers annotate their programs’ teams, admins any team; out of scope is NOT_FOUND', async () => {
    expect(data(await as(t.manager, CREATE, { i: { teamId: org.teams.a2, onDate: today(), label: 'Manager note' } }), 'createAnnotation').teamId).toBe(org.teams.a2);
    expect(data(await as(t.admin, CREATE, { i: { teamId: org.teams.b1, onDate: today(), label: 'Admin note' } }), 'createAnnotation').teamId).toBe(org.teams.b1);
    const before = await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id]);
    expectCode(await as(t.manager, CREATE, { i: { teamId: org.teams.b1, onDate: today(), label: 'Nope' } }), 'NOT_FOUND');
    expectCode(await as(t.supervisor, CREATE, { i: { teamId: org.teams.b1, onDate: today(), label: 'Nope' } }), 'NOT_FOUND');
    expectCode(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a2, onDate: today(), label: 'Nope' } }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Nope' } }), 'NOT_FOUND');
    expect(await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id])).toEqual(before);

    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Mine' } }), 'createAnnotation');
    for (const token of [t.supervisor2, foreignAdmin]) {
      expectCode(await as(token, UPDATE, { i: { annotationId: a.id, label: 'Hijacked' } }), 'NOT_FOUND');
      expectCode(await as(token, DELETE, { id: a.id }), 'NOT_FOUND');
    }
    expectCode(await as(t.supervisor2, ANNOTATIONS, { id: org.teams.a1 }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, ANNOTATIONS, { id: org.teams.a1 }), 'NOT_FOUND');
    expect(await stored(a.id)).toMatchObject({ label: 'Mine' });
  });

  it('staff get FORBIDDEN for every annotation operation', async () => {
    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Staff cannot touch' } }), 'createAnnotation');
    expectCode(await as(t.staff, ANNOTATIONS, { id: org.teams.a1 }), 'FORBIDDEN');
    expectCode(await as(t.staff, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Mine' } }), 'FORBIDDEN');
    expectCode(await as(t.staff, UPDATE, { i: { annotationId: a.id, label: 'Changed' } }), 'FORBIDDEN');
    expectCode(await as(t.staff, DELETE, { id: a.id }), 'FORBIDDEN');
    expect(await stored(a.id)).toMatchObject({ label: 'Staff cannot touch' });
  });

  it('createAnnotation about a person of another organisation is NOT_FOUND (no existence leak) and stores nothing', async () => {
    const before = await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id]);
    const input = { teamId: org.teams.a1, onDate: today(), label: 'Fine', personId: foreign.people.staff.id };
    expectCode(await as(t.admin, CREATE, { i: input }), 'NOT_FOUND');
    expect(await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id])).toEqual(before);
  });

  it.each([
    ['an empty label', { label: '' }],
    ['a blank label', { label: '   ' }],
    ['a label over 200 characters', { label: 'x'.repeat(201) }],
    ['an unknown kind', { kind: 'PARTY' }],
    ['an automatic kind', { kind: 'TEAM_CHANGE' }],
    ['an invalid date', { onDate: '2025-13-01' }],
    ['a malformed team id', { teamId: 'a1' }],
    ['details over 2000 characters', { details: 'd'.repeat(2001) }],
  ])('createAnnotation rejects %s with BAD_USER_INPUT', async (_label, patch: Record<string, string>) => {
    const input: Record<string, string> = { teamId: org.teams.a1, onDate: today(), label: 'Fine', ...patch };
    const before = await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id]);
    expectCode(await as(t.admin, CREATE, { i: input }), 'BAD_USER_INPUT');
    expect(await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id])).toEqual(before);
  });

  it.each([
    ['an empty label', { label: '' }],
    ['a blank label', { label: '  ' }],
    ['an unknown kind', { kind: 'PARTY' }],
    ['an invalid date', { onDate: 'soon' }],
  ])('updateAnnotation rejects %s with BAD_USER_INPUT', async (_label, patch) => {
    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Unchanged' } }), 'createAnnotation');
    expectCode(await as(t.supervisor, UPDATE, { i: { annotationId: a.id, ...patch } }), 'BAD_USER_INPUT');
    expect(await stored(a.id)).toMatchObject({ label: 'Unchanged', kind: 'NOTE' });
  });

  it('a supervisor cannot pin an annotation on a person outside their scope', async () => {
    // staff2 is supervised by supervisor2 in team B1; the annotation would show on staff2's own trend (personDrift).
    const res = await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, personId: org.people.staff2.id, onDate: today(), label: 'About someone else' } });
    expect({ code: codeOf(res) ?? 'created' }).toEqual({ code: expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT|FORBIDDEN)$/) });
    expect(await app.owner.query(`SELECT 1 FROM annotation WHERE person_id = $1`, [org.people.staff2.id])).toEqual([]);
  });

  it('an annotation about a person appears on their own trend', async () => {
    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, personId: org.people.staff.id, onDate: today(), label: 'Started outreach' } }), 'createAnnotation');
    expect(a.personId).toBe(org.people.staff.id);
    const own = data(await as(t.staff, PERSON_DRIFT, { id: org.people.staff.id }), 'personDrift');
    expect(own.annotations).toContainEqual({ id: a.id, label: 'Started outreach', personId: org.people.staff.id });
  });
});

// ── automatic annotations (last: moving people changes supervisors' scopes) ───────────────────────

describe('automatic annotations', () => {
  it('assignTeam adds TEAM_CHANGE annotations to both teams', async () => {
    const mover = await addPerson(app, org.id, 'Mover', ['STAFF'], { teamId: org.teams.a1 });
    data(await as(t.admin, ASSIGN_TEAM, { i: { personId: mover.id, teamId: org.teams.a2 } }), 'assignTeam');
    const joined = (data(await as(t.manager, ANNOTATIONS, { id: org.teams.a2 }), 'annotations') as { id: string; label: string }[]).find((a) => a.label === `${mover.name} joined the team`);
    expect(joined).toEqual({
      id: expect.stringMatching(/^membership:.+:in$/), teamId: org.teams.a2, personId: null, onDate: today(),
      label: `${mover.name} joined the team`, details: '', kind: 'TEAM_CHANGE', automatic: true,
    });
    const left = (data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1 }), 'annotations') as { label: string }[]).find((a) => a.label === `${mover.name} left the team`);
    expect(left).toMatchObject({ id: expect.stringMatching(/^membership:.+:out$/), onDate: today(), kind: 'TEAM_CHANGE', automatic: true });
    expect(data(await as(t.admin, TEAM_DRIFT, { id: org.teams.a2 }), 'teamDrift').annotations).toContainEqual(joined);
    // Automatic annotations cannot be edited or deleted.
    expectCode(await as(t.admin, UPDATE, { i: { annotationId: joined!.id, label: 'Edited' } }), 'BAD_USER_INPUT');
    expectCode(await as(t.admin, DELETE, { id: joined!.id }), 'NOT_FOUND');
  });

  it('assignSupervisor adds a SUPERVISOR_CHANGE annotation to the supervisee’s team', async () => {
    const supervisee = await addPerson(app, org.id, 'Supervisee', ['STAFF'], { teamId: org.teams.a1, supervisorId: org.people.supervisor.id });
    data(await as(t.admin, ASSIGN_SUPERVISOR, { i: { superviseeId: supervisee.id, supervisorId: org.people.supervisor2.id } }), 'assignSupervisor');
    const change = (data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1 }), 'annotations') as { kind: string; label: string }[])
      .filter((a) => a.kind === 'SUPERVISOR_CHANGE' && a.label.startsWith(supervisee.name));
    expect(change).toEqual([{
      id: expect.stringMatching(/^supervision:/), teamId: org.teams.a1, personId: null, onDate: today(),
      label: `${supervisee.name} now supervised by ${org.people.supervisor2.name}`, details: '', kind: 'SUPERVISOR_CHANGE', automatic: true,
    }]);
    // A first supervisor is not a change.
    const first = await addPerson(app, org.id, 'Newcomer', ['STAFF'], { teamId: org.teams.a1 });
    data(await as(t.admin, ASSIGN_SUPERVISOR, { i: { superviseeId: first.id, supervisorId: org.people.supervisor.id } }), 'assignSupervisor');
    expect((data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1 }), 'annotations') as { label: string }[]).some((a) => a.label.startsWith(first.name))).toBe(true);
    expect((data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1 }), 'annotations') as { kind: string; label: string }[])
      .some((a) => a.kind === 'SUPERVISOR_CHANGE' && a.label.startsWith(first.name))).toBe(false);
  });
});
