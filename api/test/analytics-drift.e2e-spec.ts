// Analytics: drift overview scoping, small-cell suppression, rollups, team and person drift, and filter validation.
import { randomUUID } from 'node:crypto';
import { type TestPerson } from './support/factories';
import { codeOf, expectCode, gql } from './support/graphql';
import { fillAndSubmit, periodKeys, rollupOf, uniformAnswers, AMEND } from './support/checklist-helpers';
import { inOnePeriod, testClock, utcDayOf } from './support/clock';
import { DAY_MS } from '@tandem/shared';
import {
  OVERVIEW, TEAM_DRIFT, PERSON_DRIFT, ANNOTATIONS, ASSIGN_TEAM, app, org, t, foreign, foreignAdmin, as, data, sorted, overviewTeams, freshTeam, freshStaff, metric, pointAt, monthLabel, useAnalyticsApp,
} from './support/analytics-setup';
import { graphql } from './gql';

useAnalyticsApp();

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

  // The default range ends on the API's today: read within one day (inOnePeriod) with the test's.
  it('defaults: the last 24 months, SELF ratings, minimum cell size 3', () => inOnePeriod(async (now) => {
    const o = data(await as(t.admin, OVERVIEW), 'driftOverview');
    expect(o).toMatchObject({ granularity: 'MONTH', raterTypes: ['SELF'], minCellSize: 3, to: utcDayOf(now) });
    expect(o.periods).toHaveLength(24);
    expect(o.periods[23]).toBe(utcDayOf(now).slice(0, 7));
    const weekly = data(await as(t.admin, OVERVIEW, { f: { granularity: 'WEEK' } }), 'driftOverview');
    expect(weekly.periods).toHaveLength(52);
  }));
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

    const summary = data(await as(t.manager, OVERVIEW, { f: { teamIds: [team] } }), 'driftOverview').teams.items[0]!;
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
    // All 4s: MFI 3.25 → 56.3 (see checklists-results.e2e-spec.ts for the arithmetic).
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
    const summary = overview.teams.items[0]!;
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
    const link = data(await as(me.token, graphql(`mutation CreatePersonServedLink($s: ID!) { createPersonServedLink(subjectId: $s) { url } }`), { s: me.id }), 'createPersonServedLink');
    const token = link.url.split('/').pop()!;
    expect(data(await gql(app, graphql(`mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }`), {
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
    // Four years back (not a fixed year, which the 10-year cap would one day refuse): the Monday of ISO week 2, the week
    // after the one holding 4 January; 159 weeks later starts the 160th week.
    const year = new Date(testClock.nowMs()).getUTCFullYear() - 4;
    const jan4 = Date.UTC(year, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + 7 * DAY_MS;
    const from = new Date(monday).toISOString().slice(0, 10);
    const to = new Date(monday + 159 * 7 * DAY_MS).toISOString().slice(0, 10);
    const weekly = data(await as(t.admin, OVERVIEW, { f: { granularity: 'WEEK', from, to } }), 'driftOverview');
    expect(weekly.periods).toHaveLength(160);
    expect(weekly.periods[0]).toBe(`${year}-W02`);
    const day = data(await as(t.admin, OVERVIEW, { f: { from: `${year + 3}-03-15`, to: `${year + 3}-03-15` } }), 'driftOverview');
    expect(day.periods).toEqual([`${year + 3}-03`]);
  });
});

// ── personDrift ───────────────────────────────────────────────────────────────────────────────────

describe('personDrift', () => {
  let self: { id: string };
  beforeAll(async () => {
    // staff: SELF all 4s (56.3); their supervisor: core 5 / drift 2 (90.6, see checklists-results.e2e-spec.ts).
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
