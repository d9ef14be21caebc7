import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type DocumentNode } from 'graphql';
import { DAY_MS, HOUR_MS, TEXT_LIMITS, tooLongMessage, UNSAFE_TEXT_MESSAGE } from '@tandem/shared';
import { call, countStatements, ok } from './support/admin-helpers';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf, gqlRaw, type GqlResult } from './support/graphql';
import { ensureInstrument } from './support/checklist-helpers';
import { insertSession, minutesFromNow } from './support/matrix-supervision';
import { selectionFor } from './support/schema-arbitraries';
import { inOnePeriod, testClock, todayIso } from './support/clock';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import type { ScheduleSupervisionInput } from './gql/graphql';

// Finding 6 of issue 8, example by example: malformed dates, NUL and lone surrogates, documents over the limits and
// `location: null` answer with client errors (HTTP 400 where the document or its variables are refused), never 500.
// Finding 2: every range is capped at both ends and in length.

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'Inputs');
  await ensureInstrument(app, org.id);
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

/** A client error with this code and no data; HTTP 400 when the variables or document were refused before execution. */
function refused(res: GqlResult<unknown>, code = 'BAD_USER_INPUT', status?: number): void {
  expect({ code: codeOf(res), data: res.data, status: status ?? (res.status >= 500 ? res.status : 'client') })
    .toEqual({ code, data: null, status: status ?? 'client' });
}

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

describe('text: NUL, lone surrogates and maximum lengths', () => {
  const PROFILE = graphql(`mutation UpdateMyProfileInInputHardening($i: UpdateProfileInput!) { updateMyProfile(input: $i) { name } }`);

  it('refuses a NUL character in any text input, naming the field, and stores nothing', async () => {
    const res = await gqlRaw(app, PROFILE, { i: { name: 'x\u0000y' } }, { token: t.staff });
    refused(res);
    expect(res.errors?.[0]).toMatchObject({ message: UNSAFE_TEXT_MESSAGE, extensions: { fieldErrors: { name: UNSAFE_TEXT_MESSAGE } } });
    expect((await app.owner.query('SELECT name FROM person WHERE id = $1', [org.people.staff.id]))[0].name).toBe(org.people.staff.name);
    const cases: [string, DocumentNode, Record<string, unknown>, string | undefined][] = [
      ['people.search', graphql(`query PeopleInInputHardening($f: PeopleFilterInput) { people(filter: $f) { totalCount } }`), { f: { search: 'x\u0000y' } }, t.admin],
      ['createAnnotation.label', graphql(`mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }`), { i: { teamId: org.teams.a1, onDate: todayIso(), label: 'a\u0000' } }, t.admin],
      ['scheduleSupervision.title', graphql(`mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }`), {
        i: { supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt: '2031-01-07T10:00', durationMinutes: 60, timeZone: 'UTC', modality: 'INDIVIDUAL', channel: 'VIDEO', title: '\u0000' },
      }, t.supervisor],
      ['reflectLanguage(text)', graphql(`query ReflectLanguageInInputHardening($x: String!) { reflectLanguage(text: $x) { __typename } }`), { x: 'the patient\u0000' }, t.supervisor],
      ['personServedForm(token), public', graphql(`query PersonServedFormInInputHardening($x: String!) { personServedForm(token: $x) { __typename } }`), { x: `${'a'.repeat(30)}\u0000` }, undefined],
      ['recordSupervisionNote.actionItems.0.description', graphql(`mutation RecordSupervisionNoteInInputHardening($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }`), {
        i: { occurrenceId: `${org.id}_20260101T100000Z`, actionItems: [{ description: 'ok\u0000', ownerId: org.people.staff.id }] },
      }, t.supervisor],
    ];
    for (const [label, query, vars, token] of cases) {
      const r = await gqlRaw(app, query, vars, { token });
      expect({ label, code: codeOf(r), message: r.errors?.[0]?.message, status: r.status < 500 }).toEqual({ label, code: 'BAD_USER_INPUT', message: UNSAFE_TEXT_MESSAGE, status: true });
    }
  });

  it('refuses a lone surrogate (the createOrganization e-mail of the issue, and inline literals)', async () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
    const selection = selectionFor(getNamedType(schema.getMutationType()!.getFields().createOrganization!.type));
    const res = await gqlRaw(app, `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) ${selection} }`, {
      i: { organizationName: 'Surrogate Org', adminName: 'Ada', email: '\ud800', password: 'a long and unusual passphrase 7' },
    });
    refused(res);
    expect(res.errors?.[0]?.extensions?.fieldErrors).toMatchObject({ email: UNSAFE_TEXT_MESSAGE });
    const inline = await gqlRaw(app, 'mutation { updateMyProfile(input: { name: "\\ud800" }) { name } }', {}, { token: t.staff });
    refused(inline, 'GRAPHQL_PARSE_FAILED', 400);
  });

  it('keeps real emoji and other scripts', async () => {
    expect((await ok(app, PROFILE, { i: { name: 'Ada 😀 Łódź' } }, { token: t.staff2 })).updateMyProfile.name).toBe('Ada 😀 Łódź');
  });

  it('refuses an over-long text with the one message the web form shows too, naming the field', async () => {
    const res = await gqlRaw(app, PROFILE, { i: { name: 'x'.repeat(TEXT_LIMITS.personName + 1) } }, { token: t.staff });
    refused(res);
    expect(res.errors?.[0]).toMatchObject({
      message: tooLongMessage(TEXT_LIMITS.personName), extensions: { fieldErrors: { name: tooLongMessage(TEXT_LIMITS.personName) } },
    });
    const arg = await gqlRaw(app, graphql(`query InstrumentInInputHardening($k: String!) { instrument(key: $k) { id } }`), { k: 'k'.repeat(TEXT_LIMITS.instrumentKey + 1) }, { token: t.admin });
    expect({ code: codeOf(arg), message: arg.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: tooLongMessage(TEXT_LIMITS.instrumentKey) });
  });

  it('every text input of the contract documents its maximum length', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
    const undocumented: string[] = [];
    const check = (where: string, type: Parameters<typeof getNamedType>[0], description: string | null | undefined) => {
      if (getNamedType(type)?.name === 'String' && !/At most [\d,]+ characters|Each at most [\d,]+ characters/.test(description ?? '')) undocumented.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) check(`${type.name}.${f.name}`, f.type, f.description);
      if ('getFields' in type && !isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) for (const a of f.args) check(`${type.name}.${f.name}(${a.name})`, a.type, a.description);
      }
    }
    expect(undocumented).toEqual([]);
  });
});

describe('documents over the limits', () => {
  it('answers 500 aliases, 1,000 directives, too many tokens and a broken escape with HTTP 400 and a code', async () => {
    const aliases = await gqlRaw(app, `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }`, {}, { token: t.staff });
    const aliasedFields = await gqlRaw(app, `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, {}, { token: t.staff });
    const directives = await gqlRaw(app, `{ me { id ${Array.from({ length: 1000 }, () => '@include(if: true)').join(' ')} } }`, {}, { token: t.staff });
    const someDirectives = await gqlRaw(app, `{ me { id ${Array.from({ length: 60 }, () => '@skip(if: false)').join(' ')} } }`, {}, { token: t.staff });
    const tokens = await gqlRaw(app, `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`, {}, { token: t.staff });
    const escape = await gqlRaw(app, '{ people(filter: { search: "\\udbff" }) { totalCount } }', {}, { token: t.admin });
    expect([aliases, aliasedFields, directives, someDirectives, tokens, escape].map((r) => ({ status: r.status, code: codeOf(r) }))).toEqual([
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      { status: 400, code: 'GRAPHQL_PARSE_FAILED' }, // 3,000 tokens: refused by the token limit before the alias count
      { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
      { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    ]);
    expect(tokens.errors?.[0]?.message).toMatch(/tokens/);
  });
});

describe('moveSupervisionOccurrence', () => {
  it('with location: null goes back to the series’ place instead of failing', async () => {
    const s = await insertSession(app, org, { startsAt: minutesFromNow(3), recurrence: 'FREQ=WEEKLY;COUNT=4' });
    await app.owner.query(`UPDATE supervision_session SET location = 'Room 9' WHERE id = $1`, [s.sessionId]);
    const MOVE = graphql(`mutation MoveSupervisionOccurrenceInInputHardening($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { location link moved } } }`);
    const at = new Date(s.startsAt.getTime() + HOUR_MS).toISOString();
    const moved = await ok(app, MOVE, { i: { occurrenceId: s.occurrenceId, startsAt: at, location: 'Garden' } }, { token: t.supervisor });
    expect(moved.moveSupervisionOccurrence.occurrence).toMatchObject({ location: 'Garden', moved: true });
    const back = await ok(app, MOVE, { i: { occurrenceId: s.occurrenceId, startsAt: at, location: null, link: null } }, { token: t.supervisor });
    expect(back.moveSupervisionOccurrence.occurrence).toMatchObject({ location: 'Room 9', moved: true });
  });
});

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
