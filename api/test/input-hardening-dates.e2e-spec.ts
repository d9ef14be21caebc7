import type { DocumentNode } from 'graphql';
import { DAY_MS } from '@tandem/shared';
import { ok } from './support/admin-helpers';
import { codeOf, gqlRaw } from './support/graphql';
import { testClock, todayIso } from './support/clock';
import { app, org, refused, t, useInputsApp } from './support/input-hardening-setup';
import { graphql } from './gql/inputs-dates';

// Finding 6 of issue 8, example by example: malformed dates answer with client errors (HTTP 400 where the variables are
// refused), never 500. Text, documents over the limits and `location: null` are in input-hardening-text.e2e-spec.ts;
// the capped ranges of finding 2 in input-hardening-windows.e2e-spec.ts.

useInputsApp();

const ISSUE_DATES = ['2024-W01-1', '2024-01', '2024', '20240101', '2024-366', '-2024-01-01', '2024-01-01T10Z'];
const MORE_BAD_DATES = ['2024-02-30', '2023-02-29', '1899-12-31', '2101-01-01', '9999-12-31', '2024-13-01', ' 2024-01-01'];

describe('strict Date, DateTime and LocalDateTime scalars', () => {
  const iso = () => todayIso();
  const positions: [string, DocumentNode, (d: string) => Record<string, unknown>][] = [
    ['checklists(filter.from)', graphql(`query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }`), (d) => ({ f: { from: d } })],
    ['driftOverview(filter.to)', graphql(`query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }`), (d) => ({ f: { to: d } })],
    ['annotations(filter.from)', graphql(`query AnnotationsInInputHardening($f: DriftFilterInput, $t: ID!) { annotations(filter: $f, teamId: $t) { id } }`), (d) => ({ f: { from: d }, t: org.teams.a1 })],
    ['createAnnotation(onDate)', graphql(`mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }`), (d) => ({ i: { teamId: org.teams.a1, onDate: d, label: 'x' } })],
    ['updatePerson(startedOn)', graphql(`mutation UpdatePersonInInputHardening($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }`), (d) => ({ i: { personId: org.people.staff.id, startedOn: d } })],
    ['assignTeam(startsOn)', graphql(`mutation AssignTeamInInputHardening($i: AssignTeamInput!) { assignTeam(input: $i) { id } }`), (d) => ({ i: { personId: org.people.staff.id, teamId: org.teams.a2, startsOn: d } })],
    ['startChecklist(observationStart)', graphql(`mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }`), (d) => ({ i: { subjectId: org.people.staff.id, raterType: 'SUPERVISOR', observationStart: d } })],
    ['createDriftAction(dueOn)', graphql(`mutation CreateDriftActionInInputHardening($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }`), (d) => ({
      i: { teamId: org.teams.a1, superviseeId: org.people.staff.id, ownerId: org.people.staff.id, dueOn: d, description: 'Talk it through' },
    })],
    ['languageDensitySeries(filter.from)', graphql(`query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }`), (d) => ({ f: { from: d, to: iso() } })],
    ['supervisionSessions(filter.from)', graphql(`query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }`), (d) => ({ f: { from: d, to: `${iso()}T00:00:00Z` } })],
    ['supervisionCompliance(filter.from)', graphql(`query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }`), (d) => ({ f: { from: d } })],
    ['scheduleSupervision(startsAt)', graphql(`mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }`), (d) => ({
      i: { supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt: d, durationMinutes: 60, timeZone: 'UTC', modality: 'INDIVIDUAL', channel: 'VIDEO' },
    })],
  ];

  it.each(positions)('%s refuses each malformed date of the issue with HTTP 400 and BAD_USER_INPUT', async (_, query, vars) => {
    for (const d of [...ISSUE_DATES, ...MORE_BAD_DATES]) {
      const res = await gqlRaw(app, query, vars(d), { token: t.admin });
      expect({ d, status: res.status, code: codeOf(res) }).toEqual({ d, status: 400, code: 'BAD_USER_INPUT' });
    }
  });

  it('refuses a malformed date written inline in the document too', async () => {
    for (const d of ISSUE_DATES) {
      const res = await gqlRaw(app, `{ checklists(filter: { from: ${JSON.stringify(d)} }) { totalCount } }`, {}, { token: t.admin });
      expect({ d, status: res.status, code: codeOf(res) }).toEqual({ d, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    }
  });

  it('accepts real days (a leap day) and instants with an offset', async () => {
    expect((await ok(app, graphql(`query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }`), { f: { from: '2024-02-29', to: iso() } }, { token: t.admin }))
      .checklists.totalCount).toBe(0);
    const from = new Date(testClock.nowMs() - 30 * DAY_MS).toISOString().replace('Z', '+00:00');
    const res = await ok(app, graphql(`query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }`), { f: { from } }, { token: t.admin });
    expect(res.supervisionCompliance.from).toBe(new Date(from).toISOString());
  });

  it('a DateTime needs an offset, and a Date has no time', async () => {
    refused(await gqlRaw(app, graphql(`query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }`), { f: { from: '2026-01-01T10:00' } }, { token: t.admin }), 'BAD_USER_INPUT', 400);
    refused(await gqlRaw(app, graphql(`query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }`), { f: { from: '2026-01-01T00:00:00Z' } }, { token: t.admin }), 'BAD_USER_INPUT', 400);
  });
});
