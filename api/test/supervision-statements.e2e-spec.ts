// What supervision reads cost the database: the same statements for one series as for many (no statement per series or
// per person), and a warm compliance read that touches only the revision token, not the sessions.
import { DAY_MS, MINUTE_MS } from '@tandem/shared';
import { countedOccurrenceCache } from '../src/modules/supervision/counted-occurrences';
import { ok } from './support/admin-helpers';
import { testClock } from './support/clock';
import { createOrg, insertPerson, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { statementsOf } from './support/statements';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const SCHEDULE = graphql(`mutation ScheduleSupervisionInStatements($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }`);
const COMPLIANCE = graphql(`query SupervisionComplianceInStatements($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {
  supervisees { superviseeId required recorded status } total { supervisees required recorded } } }`);
const OCCURRENCES = graphql(`query SupervisionSessionsInStatements($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }`);
const WEEK = graphql(`query SupervisorWeekInStatements { supervisorWeek { sessions { id } notesToWrite { id } notesAwaiting { noteId } } }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
const nowMs = Math.floor(testClock.nowMs() / MINUTE_MS) * MINUTE_MS;
const iso = (ms: number) => new Date(ms).toISOString();

async function weeklySeries(superviseeId: string, daysAgo: number): Promise<void> {
  await ok(app, SCHEDULE, {
    i: {
      supervisorId: org.people.supervisor.id, superviseeIds: [superviseeId], startsAt: `${iso(nowMs - daysAgo * DAY_MS).slice(0, 10)}T09:00`,
      durationMinutes: 60, timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'VIDEO', recurrence: 'FREQ=WEEKLY',
    },
  }, { token: t.supervisor });
}

interface Cost { complianceCold: string[]; complianceWarm: string[]; range: string[]; week: string[] }

async function costs(): Promise<Cost> {
  const range = { from: iso(nowMs - 60 * DAY_MS), to: iso(nowMs + 30 * DAY_MS) };
  // A first read warms whatever the request path keeps per token, so the two measurements below start alike.
  await ok(app, COMPLIANCE, { f: {} }, { token: t.admin });
  countedOccurrenceCache.clear();
  const complianceCold = await statementsOf(() => ok(app, COMPLIANCE, { f: {} }, { token: t.admin }));
  const complianceWarm = await statementsOf(() => ok(app, COMPLIANCE, { f: {} }, { token: t.admin }));
  const rangeSent = await statementsOf(() => ok(app, OCCURRENCES, { f: range }, { token: t.admin }));
  await ok(app, WEEK, {}, { token: t.supervisor });
  const week = await statementsOf(() => ok(app, WEEK, {}, { token: t.supervisor }));
  return { complianceCold, complianceWarm, range: rangeSent, week };
}

let one: Cost;
let many: Cost;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'SupervisionCost');
  t = await tokensFor(app, org);
  await weeklySeries(org.people.staff.id, 200);
  one = await costs();
  // Eight more supervisees across two teams, each with a weekly series of their own.
  for (let i = 0; i < 8; i++) {
    const person = await insertPerson(app.owner, org.id, `costee${i}`, ['STAFF'], { teamId: i % 2 ? org.teams.a1 : org.teams.a2, supervisorId: org.people.supervisor.id });
    await weeklySeries(person.id, 100 + i);
  }
  many = await costs();
});
afterAll(async () => app.close());

describe('supervision reads send the same statements for one series as for nine', () => {
  it('compliance, cold and warm', () => {
    expect(many.complianceCold).toEqual(one.complianceCold);
    expect(many.complianceWarm).toEqual(one.complianceWarm);
  });

  it('the occurrence range and the supervisor week', () => {
    expect(many.range).toEqual(one.range);
    expect(many.week).toEqual(one.week);
  });
});

describe('compliance through the occurrence cache', () => {
  const count = (sent: string[], re: RegExp) => sent.filter((s) => re.test(s)).length;

  it('reads the revision token once, as one statement, and on a warm read nothing of the sessions', () => {
    for (const sent of [many.complianceCold, many.complianceWarm]) expect(count(sent, /supervision_revision/)).toBe(1);
    expect(count(many.complianceWarm, /supervision_(session|occurrence|note)\b/)).toBe(0);
    expect(many.complianceWarm.length).toBeLessThan(many.complianceCold.length);
  });

  it('reads the session tokens, the sessions, and their exceptions with their notes once each on a cold read', () => {
    // The main table of a statement (subqueries inside it are written unquoted; the exceptions' read is plain SQL).
    expect(count(many.complianceCold, /FROM "supervision_series_revision" /)).toBe(1);
    expect(count(many.complianceCold, /FROM "supervision_session" /)).toBe(1);
    expect(count(many.complianceCold, /AS "codes"\s+FROM supervision_occurrence o\b/)).toBe(1);
    // Whether a note documents each exception is read in the same statement.
    expect(count(many.complianceCold, /FROM "supervision_note" /)).toBe(0);
    expect(many.complianceCold.length).toBeLessThanOrEqual(10);
  });
});
