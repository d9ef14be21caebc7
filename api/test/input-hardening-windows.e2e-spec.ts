import { DAY_MS } from '@tandem/shared';
import { call, countStatements, ok } from './support/admin-helpers';
import { codeOf, gqlRaw } from './support/graphql';
import { inOnePeriod, testClock } from './support/clock';
import { app, org, refused, t, useInputsApp } from './support/input-hardening-setup';
import { graphql } from './gql/inputs-dates';
import type { ScheduleSupervisionInput } from './gql/inputs-dates/graphql';

// Finding 2 of issue 8: every range is capped at both ends and in length. Malformed dates are in
// input-hardening-dates.e2e-spec.ts; text, documents over the limits and `location: null` in input-hardening-text.e2e-spec.ts.

useInputsApp();

describe('bounded windows (finding 2)', () => {
  // One "now" per test, so a range built from two calls spans exactly what the test says even on the wall clock.
  let now = testClock.nowMs();
  beforeEach(() => { now = testClock.nowMs(); });
  const day = (n: number) => new Date(now + n * DAY_MS);
  const date = (n: number) => day(n).toISOString().slice(0, 10);
  const COMPLIANCE = graphql(`query SupervisionComplianceInInputHardening2($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from to } }`);

  it('supervisionCompliance caps to (the issue’s 2050-01-01 and 9999), from and the length', async () => {
    for (const f of [
      { to: '2050-01-01T00:00:00Z' }, { to: day(401).toISOString() }, { from: day(-11 * 366).toISOString() },
      { from: day(-500).toISOString(), to: day(-50).toISOString() }, { from: day(5).toISOString(), to: day(1).toISOString() },
    ]) {
      // Refused before any work: not one statement reads the sessions (a timed "quick" measured the machine's load too).
      const { result: res, statements } = await countStatements(app, () => gqlRaw(app, COMPLIANCE, { f }, { token: t.staff }));
      expect({ f, code: codeOf(res), readSessions: statements.some((sql) => /supervision_/.test(sql)) }).toEqual({ f, code: 'BAD_USER_INPUT', readSessions: false });
    }
    refused(await gqlRaw(app, COMPLIANCE, { f: { to: '9999-12-31T00:00:00Z' } }, { token: t.staff }), 'BAD_USER_INPUT', 400);
    const to = day(399).toISOString();
    expect((await ok(app, COMPLIANCE, { f: { to } }, { token: t.staff })).supervisionCompliance.to).toBe(to);
  });

  it('supervisionSessions caps both ends and the length', async () => {
    const LIST = graphql(`query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }`);
    for (const f of [
      { from: day(0).toISOString(), to: day(401).toISOString() }, { from: day(-11 * 366).toISOString(), to: day(-11 * 366 + 10).toISOString() },
      { from: day(11 * 366).toISOString(), to: day(11 * 366 + 10).toISOString() }, { from: day(1).toISOString(), to: day(1).toISOString() },
    ]) expect({ f, code: codeOf(await gqlRaw(app, LIST, { f }, { token: t.admin })) }).toEqual({ f, code: 'BAD_USER_INPUT' });
    expect((await ok(app, LIST, { f: { from: day(-10).toISOString(), to: day(390).toISOString() } }, { token: t.admin })).supervisionSessions).toEqual(expect.any(Array));
  });

  // `to: date(367)` is refused only while the API's today is the test's (at 00:00 it is exactly 366 days after the next
  // midnight): the requests run within the test's day (inOnePeriod), and `now` is that attempt's reading.
  it('drift filters cap both ends (and the period count caps the length)', () => inOnePeriod(async (attemptNow) => {
    now = attemptNow;
    const DRIFT = graphql(`query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }`);
    for (const f of [{ to: date(367) }, { from: date(-11 * 366) }, { from: date(-10 * 366 + 5), granularity: 'WEEK' }, { from: date(5), to: date(1) }]) {
      expect({ f, code: codeOf(await gqlRaw(app, DRIFT, { f }, { token: t.admin })) }).toEqual({ f, code: 'BAD_USER_INPUT' });
    }
    expect((await ok(app, DRIFT, { f: { from: date(-9 * 366), to: date(300) } }, { token: t.admin })).driftOverview.__typename).toBe('DriftOverview');
    const TEAM = graphql(`query TeamDriftInInputHardening($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { __typename } }`);
    expect(codeOf(await gqlRaw(app, TEAM, { f: { to: date(400) }, t: org.teams.a1 }, { token: t.admin }))).toBe('BAD_USER_INPUT');
  }));

  it('language series, checklist lists and observation windows are capped', async () => {
    const SERIES = graphql(`query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }`);
    for (const f of [{ from: date(-11 * 366), to: date(-11 * 366 + 60) }, { from: date(0), to: date(400) }, { from: date(-40 * 31), to: date(0) }]) {
      expect({ f, code: codeOf(await gqlRaw(app, SERIES, { f }, { token: t.admin })) }).toEqual({ f, code: 'BAD_USER_INPUT' });
    }
    const LISTS = graphql(`query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }`);
    for (const f of [{ to: date(400) }, { from: date(-11 * 366) }, { from: date(3), to: date(1) }]) {
      expect({ f, code: codeOf(await gqlRaw(app, LISTS, { f }, { token: t.admin })) }).toEqual({ f, code: 'BAD_USER_INPUT' });
    }
    const START = graphql(`mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }`);
    for (const window of [{ observationEnd: date(10) }, { observationStart: date(-400), observationEnd: date(0) }]) {
      const res = await gqlRaw(app, START, { i: { subjectId: org.people.staff.id, raterType: 'SUPERVISOR', ...window } }, { token: t.supervisor });
      expect({ window, code: codeOf(res) }).toEqual({ window, code: 'BAD_USER_INPUT' });
    }
  });

  it('scheduling and moving are capped at 10 years from today; offset paging and due lists are capped', async () => {
    const SCHEDULE = graphql(`mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }`);
    const input = (startsAt: string): ScheduleSupervisionInput => ({
      supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt, durationMinutes: 60, timeZone: 'UTC', modality: 'INDIVIDUAL',
      channel: 'VIDEO', recurrence: 'FREQ=DAILY',
    });
    for (const n of [11 * 366, -11 * 366]) {
      expect(codeOf(await call(app, SCHEDULE, { i: input(`${date(n)}T10:00`) }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    }
    const PAGE = graphql(`query PeopleInInputHardening2($p: PageInput) { people(page: $p) { totalCount } }`);
    expect(codeOf(await gqlRaw(app, PAGE, { p: { skip: 10_001 } }, { token: t.admin }))).toBe('BAD_USER_INPUT');
    expect((await ok(app, PAGE, { p: { skip: 10_000 } }, { token: t.admin })).people.totalCount).toBeGreaterThan(0);
    expect(codeOf(await gqlRaw(app, graphql(`query ChecklistsDueInInputHardening { checklistsDue(withinDays: 367) { __typename } }`), {}, { token: t.staff }))).toBe('BAD_USER_INPUT');
  });
});
