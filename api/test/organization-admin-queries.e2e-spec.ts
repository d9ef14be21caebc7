// Organisation administration: reading programs, teams, people, the organisation and the audit trail, and the N+1 guard.
import { createOrg, login, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf, gql, type TypedDocumentNode } from './support/graphql';
import { addPerson, call, callRaw, countStatements, ok, uniq } from './support/admin-helpers';
import { INVITE, PEOPLE, sorted, app, org, t, foreign, foreignAdmin, NON_ADMINS, freshProgram, freshTeam, useOrgAdminApp } from './support/org-admin-setup';
import { graphql } from './gql';

useOrgAdminApp();

describe('queries', () => {
  /** An organisation that no test mutates, so lists can be asserted exactly. */
  let s: TestOrg;
  let st: Record<RoleKey, string>;
  beforeAll(async () => {
    s = await createOrg(app, 'Scope');
    st = await tokensFor(app, s);
  });
  const q = <R, V>(document: TypedDocumentNode<R, V>, variables: V, role: RoleKey | 'foreign' | 'anonymous') =>
    callRaw<R>(app, document, variables as Record<string, unknown>, { token: role === 'foreign' ? foreignAdmin : role === 'anonymous' ? undefined : st[role] });

  describe('programs / program', () => {
    it('admin sees every program with its teams; the manager sees only program A; staff see their own team’s program', async () => {
      const admin = await q(graphql(`query Programs { programs { id name teamCount teams { id } } }`), {}, 'admin');
      expect(admin.data!.programs).toEqual([
        { id: s.programs.a, name: 'Program A', teamCount: 2, teams: expect.arrayContaining([{ id: s.teams.a1 }, { id: s.teams.a2 }]) },
        { id: s.programs.b, name: 'Program B', teamCount: 1, teams: [{ id: s.teams.b1 }] },
      ]);
      expect((await q(graphql(`query ProgramsInOrganizationAdminQueries { programs { id } }`), {}, 'manager')).data!.programs).toEqual([{ id: s.programs.a }]);
      expect((await q(graphql(`query ProgramsInOrganizationAdminQueries { programs { id } }`), {}, 'staff2')).data!.programs).toEqual([{ id: s.programs.b }]);
      const one = await q(graphql(`query Program($id: ID!) { program(id: $id) { id name teams { name } } }`), { id: s.programs.a }, 'admin');
      expect(one.data!.program).toEqual({ id: s.programs.a, name: 'Program A', teams: [{ name: 'Team A1' }, { name: 'Team A2' }] });
    });

    it('out of scope is NOT_FOUND: the manager for program B, another organisation’s admin for any program; anonymous is UNAUTHENTICATED', async () => {
      expect(codeOf(await q(graphql(`query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }`), { id: s.programs.b }, 'manager'))).toBe('NOT_FOUND');
      expect(codeOf(await q(graphql(`query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }`), { id: s.programs.a }, 'foreign'))).toBe('NOT_FOUND');
      expect(codeOf(await q(graphql(`query ProgramsInOrganizationAdminQueries { programs { id } }`), {}, 'anonymous'))).toBe('UNAUTHENTICATED');
    });

    it('bad input: a malformed id or a non-boolean includeArchived is BAD_USER_INPUT', async () => {
      expect(codeOf(await q(graphql(`query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }`), { id: 'program-a' }, 'admin'))).toBe('BAD_USER_INPUT');
      // A string where a Boolean belongs: sent raw on purpose.
      expect(codeOf(await callRaw(app, graphql(`query ProgramsInOrganizationAdminQueries2($a: Boolean!) { programs(includeArchived: $a) { id } }`), { a: 'yes' }, { token: st.admin }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('teams / team', () => {
    it('admin sees all teams (filterable by program); the manager only program A’s; a supervisor their supervisees’ teams', async () => {
      const all = await q(graphql(`query Teams { teams { id name memberCount program { id } } }`), {}, 'admin');
      expect(all.data!.teams).toEqual([
        { id: s.teams.a1, name: 'Team A1', memberCount: 2, program: { id: s.programs.a } },
        { id: s.teams.a2, name: 'Team A2', memberCount: 0, program: { id: s.programs.a } },
        { id: s.teams.b1, name: 'Team B1', memberCount: 2, program: { id: s.programs.b } },
      ]);
      expect((await q(graphql(`query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }`), { p: s.programs.b }, 'admin')).data!.teams).toEqual([{ id: s.teams.b1 }]);
      expect((await q(graphql(`query TeamsInOrganizationAdminQueries2 { teams { id } }`), {}, 'manager')).data!.teams).toEqual([{ id: s.teams.a1 }, { id: s.teams.a2 }]);
      expect((await q(graphql(`query TeamsInOrganizationAdminQueries2 { teams { id } }`), {}, 'supervisor2')).data!.teams).toEqual([{ id: s.teams.b1 }]);
      const one = await q(graphql(`query Team($id: ID!) { team(id: $id) { id name members { id } } }`), { id: s.teams.a1 }, 'admin');
      expect(one.data!.team.members.map((m: { id: string }) => m.id).sort()).toEqual(sorted([s.people.supervisor.id, s.people.staff.id]));
    });

    it('out of scope is NOT_FOUND (manager → team B1, another organisation’s admin → any team); anonymous is UNAUTHENTICATED', async () => {
      expect(codeOf(await q(graphql(`query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }`), { id: s.teams.b1 }, 'manager'))).toBe('NOT_FOUND');
      expect(codeOf(await q(graphql(`query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }`), { id: s.teams.a1 }, 'foreign'))).toBe('NOT_FOUND');
      expect(codeOf(await q(graphql(`query TeamsInOrganizationAdminQueries2 { teams { id } }`), {}, 'anonymous'))).toBe('UNAUTHENTICATED');
    });

    it('bad input: a malformed team id or programId filter is BAD_USER_INPUT', async () => {
      expect(codeOf(await q(graphql(`query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }`), { id: 'a1' }, 'admin'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await q(graphql(`query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }`), { p: 'program-b' }, 'admin'))).toBe('BAD_USER_INPUT');
    });
  });

  describe('people / person (row scoping)', () => {
    const ids = async (role: RoleKey) => sorted((await q(graphql(`query PeopleInOrganizationAdminQueries { people { totalCount items { id } } }`), {}, role)).data!.people.items.map((p: { id: string }) => p.id));

    it('staff see only themselves', async () => {
      expect(await ids('staff')).toEqual([s.people.staff.id]);
      expect(codeOf(await q(graphql(`query Person($id: ID!) { person(id: $id) { id } }`), { id: s.people.supervisor.id }, 'staff'))).toBe('NOT_FOUND');
    });

    it('a supervisor sees themselves and their supervisees only', async () => {
      expect(await ids('supervisor')).toEqual(sorted([s.people.supervisor.id, s.people.staff.id]));
      expect(codeOf(await q(graphql(`query Person($id: ID!) { person(id: $id) { id } }`), { id: s.people.staff2.id }, 'supervisor'))).toBe('NOT_FOUND');
    });

    it('a manager limited to program A sees the people of program A’s teams but not staff2 in program B', async () => {
      expect(await ids('manager')).toEqual(sorted([s.people.manager.id, s.people.supervisor.id, s.people.staff.id]));
      expect(codeOf(await q(graphql(`query Person($id: ID!) { person(id: $id) { id } }`), { id: s.people.staff2.id }, 'manager'))).toBe('NOT_FOUND');
      expect((await q(graphql(`query Person($id: ID!) { person(id: $id) { id } }`), { id: s.people.staff.id }, 'manager')).data!.person.id).toBe(s.people.staff.id);
    });

    it('an admin sees everyone, with nested team, program, supervisor and supervisees', async () => {
      expect(await ids('admin')).toEqual(sorted(Object.values(s.people).map((p) => p.id)));
      const staff = await q(graphql(`query PersonInOrganizationAdminQueries($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }`), { id: s.people.staff.id }, 'admin');
      expect(staff.data!.person).toEqual({ id: s.people.staff.id, roles: ['STAFF'], team: { name: 'Team A1', program: { name: 'Program A' } }, supervisor: { id: s.people.supervisor.id } });
      const sup = await q(graphql(`query PersonInOrganizationAdminQueries2($id: ID!) { person(id: $id) { supervisees { id } } }`), { id: s.people.supervisor2.id }, 'admin');
      expect(sup.data!.person.supervisees).toEqual([{ id: s.people.staff2.id }]);
    });

    it('an admin of another organisation gets NOT_FOUND for this organisation’s people and sees none of them in lists', async () => {
      expect(codeOf(await q(graphql(`query Person($id: ID!) { person(id: $id) { id } }`), { id: s.people.staff.id }, 'foreign'))).toBe('NOT_FOUND');
      const list = await q(graphql(`query PeopleInOrganizationAdminQueries2 { people(page: { take: 100 }) { items { id } } }`), {}, 'foreign');
      const seen = new Set(list.data!.people.items.map((p: { id: string }) => p.id));
      expect(Object.values(s.people).filter((p) => seen.has(p.id))).toEqual([]);
      expect(codeOf(await q(graphql(`query PeopleInOrganizationAdminQueries3 { people { totalCount } }`), {}, 'anonymous'))).toBe('UNAUTHENTICATED');
    });

    it('filters by search, team and role', async () => {
      const byTeam = await q(graphql(`query PeopleInOrganizationAdminQueries4($t: ID) { people(filter: { teamId: $t }) { items { id } } }`), { t: s.teams.b1 }, 'admin');
      expect(sorted(byTeam.data!.people.items.map((p: { id: string }) => p.id))).toEqual(sorted([s.people.staff2.id, s.people.supervisor2.id]));
      const byRole = await q(graphql(`query PeopleInOrganizationAdminQueries5 { people(filter: { role: SUPERVISOR }) { items { id } } }`), {}, 'admin');
      expect(sorted(byRole.data!.people.items.map((p: { id: string }) => p.id))).toEqual(sorted([s.people.supervisor.id, s.people.supervisor2.id]));
      const bySearch = await q(graphql(`query PeopleInOrganizationAdminQueries6($s: String) { people(filter: { search: $s }) { items { id } } }`), { s: s.people.staff2.email.toUpperCase() }, 'admin');
      expect(bySearch.data!.people.items).toEqual([{ id: s.people.staff2.id }]);
      // LIKE wildcards are taken literally.
      expect((await q(graphql(`query PeopleInOrganizationAdminQueries7 { people(filter: { search: "%" }) { totalCount } }`), {}, 'admin')).data!.people.totalCount).toBe(0);
    });

    it('paginates with take/skip and reports the total', async () => {
      const all = (await q(PEOPLE, { p: { take: 100 } }, 'admin')).data!.people;
      expect(all.totalCount).toBe(6);
      const pages = [];
      for (const skip of [0, 2, 4]) {
        const page = (await q(PEOPLE, { p: { take: 2, skip } }, 'admin')).data!.people;
        expect(page.totalCount).toBe(6);
        expect(page.items).toHaveLength(2);
        pages.push(...page.items);
      }
      expect(pages).toEqual(all.items);
      const beyond = (await q(PEOPLE, { p: { take: 2, skip: 6 } }, 'admin')).data!.people;
      expect(beyond).toEqual({ totalCount: 6, items: [] });
    });

    it.each([
      ['take 0', { p: { take: 0 } }],
      ['take 101', { p: { take: 101 } }],
      ['a negative skip', { p: { take: 10, skip: -1 } }],
      ['a malformed team filter', { f: { teamId: 'team-a1' } }],
    ])('bad input: %s is BAD_USER_INPUT', async (_label, variables) => {
      const res = await q(PEOPLE, variables, 'admin');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.data).toBeNull();
    });

    it('bad input: a malformed person id is BAD_USER_INPUT', async () => {
      expect(codeOf(await q(graphql(`query Person($id: ID!) { person(id: $id) { id } }`), { id: 'staff' }, 'admin'))).toBe('BAD_USER_INPUT');
    });
  });

  describe('organization', () => {
    it('returns the viewer’s own organisation, for every role (it takes no input)', async () => {
      for (const role of ['admin', 'manager', 'supervisor', 'staff'] as const) {
        expect((await q(graphql(`query Organization { organization { id name managersReadNotes } }`), {}, role)).data!.organization).toEqual({ id: s.id, name: s.name, managersReadNotes: false });
      }
      expect((await q(graphql(`query OrganizationInOrganizationAdminQueries { organization { id } }`), {}, 'foreign')).data!.organization).toEqual({ id: foreign.id });
      expect(codeOf(await q(graphql(`query OrganizationInOrganizationAdminQueries { organization { id } }`), {}, 'anonymous'))).toBe('UNAUTHENTICATED');
    });
  });

  describe('auditEvents', () => {
    it('admin sees the organisation’s trail, filterable by entity and action, with actor names; nothing of other organisations', async () => {
      const res = await ok(app, INVITE, { i: { name: 'Audited Person', email: `audited-${uniq()}@example.test`, roles: ['STAFF'] } }, { token: t.admin });
      const personId = res.invitePerson.person.id as string;
      const events = await call(app,
        graphql(`query AuditEventsInOrganizationAdminQueries($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }`),
        { id: personId }, { token: t.admin },
      );
      expect(events.data!.auditEvents).toEqual({ totalCount: 1, items: [{
        action: 'person.invited', actorId: org.people.admin.id, actorName: org.people.admin.name, entity: 'person', entityId: personId,
        requestId: res.requestId, summary: expect.stringContaining('"roles":["STAFF"]'), subject: 'Person: Audited Person', actionLabel: 'Invited a person',
      }] });
      const foreignView = await q(graphql(`query AuditEventsInOrganizationAdminQueries2($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }`), { id: personId }, 'foreign');
      expect(foreignView.data!.auditEvents.totalCount).toBe(0);
    });

    it('lists newest first; sign-ins are a view of their own', async () => {
      // The six sign-ins of this organisation's people (tokensFor) are its only audit events.
      const logins = await q(graphql(`query AuditEventsInOrganizationAdminQueries3 { auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }`), {}, 'admin');
      const items = logins.data!.auditEvents.items as { action: string; entityId: string; createdAt: string }[];
      expect(logins.data!.auditEvents.totalCount).toBe(6);
      expect(items.map((i) => i.action)).toEqual(Array(6).fill('auth.login'));
      expect(items.map((i) => i.entityId)).toEqual(Object.values(s.people).map((p) => p.id).reverse());
      const filtered = await q(graphql(`query AuditEventsInOrganizationAdminQueries4 { auditEvents(input: { action: "person.invited" }) { totalCount } }`), {}, 'admin');
      expect(filtered.data!.auditEvents.totalCount).toBe(0);
    });

    it('is FORBIDDEN for non-admins', async () => {
      for (const role of NON_ADMINS) {
        const res = await q(graphql(`query AuditEventsInOrganizationAdminQueries5 { auditEvents { totalCount } }`), {}, role);
        expect({ role, code: codeOf(res) }).toEqual({ role, code: 'FORBIDDEN' });
        expect(res.data).toBeNull();
      }
    });

    it.each([
      ['first 101', graphql(`query AuditEventsInOrganizationAdminQueries6 { auditEvents(input: { first: 101 }) { totalCount } }`)],
      ['a malformed entityId', graphql(`query AuditEventsInOrganizationAdminQueries7 { auditEvents(input: { entityId: "person-1" }) { totalCount } }`)],
    ])('bad input: %s is BAD_USER_INPUT', async (_label, query) => {
      expect(codeOf(await q(query, {}, 'admin'))).toBe('BAD_USER_INPUT');
    });
  });
});

// ── N+1 guard ─────────────────────────────────────────────────────────────────────────────────────

/*
 * How statements are counted: pg_stat_statements is not installed on the embedded server, and per-table scan counters
 * (pg_stat_user_tables.seq_scan/idx_scan) are flushed asynchronously and count executor scan starts rather than
 * statements (an index scan on the inner side of a nested loop counts once per outer row), so they are both flaky and
 * not what an N+1 is about. Instead the test counts the statements the API itself sends: every query goes through
 * TypeORM's PostgresQueryRunner.query, which calls the DataSource logger's logQuery for each statement before running
 * it (see countStatements in support/admin-helpers.ts). That count is exact and deterministic, so it can be compared
 * for equality between a small and a large organisation.
 */
describe('N+1 guard', () => {
  it('a nested people list costs the same number of SQL statements for ~10 and ~40 people', async () => {
    const n = await createOrg(app, 'Nplus');
    const token = await login(app, n.people.admin.email);
    const addPeople = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const sup = i % 2 ? n.people.supervisor.id : n.people.supervisor2.id;
        await addPerson(app, n.id, `bulk${i}`, i % 5 === 0 ? ['STAFF', 'SUPERVISOR'] : ['STAFF'], {
          teamId: [n.teams.a1, n.teams.a2, n.teams.b1][i % 3], supervisorId: sup,
        });
      }
    };
    const query = graphql(`query PeopleInOrganizationAdminQueries8 { people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }`);
    const run = () => countStatements(app, () => gql(app, query, {}, { token }));

    await addPeople(4); // 6 + 4 = 10 people
    const small = await run();
    expect(small.result.errors).toBeUndefined();
    expect(small.result.data!.people.items).toHaveLength(10);

    await addPeople(30); // 40 people
    const large = await run();
    expect(large.result.errors).toBeUndefined();
    const items = large.result.data!.people.items as { team: { program: { name: string } } | null; supervisor: { name: string } | null; roles: string[] }[];
    expect(items).toHaveLength(40);
    expect(items.filter((p) => p.team?.program.name).length).toBeGreaterThanOrEqual(34);
    expect(items.filter((p) => p.supervisor).length).toBeGreaterThanOrEqual(32);

    console.info(`people list: ${small.statements.length} statements for 10 people, ${large.statements.length} for 40`);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(20);
  });

  it('a nested program list costs the same number of SQL statements for 2 and 8 programs', async () => {
    const n = await createOrg(app, 'NplusPrograms');
    const token = await login(app, n.people.admin.email);
    const query = graphql(`query ProgramsInOrganizationAdminQueries3 { programs { id teamCount teams { id memberCount } } }`);
    const run = () => countStatements(app, () => gql(app, query, {}, { token }));
    const small = await run();
    expect(small.result.data!.programs).toHaveLength(2);
    for (let i = 0; i < 6; i++) await freshTeam(await freshProgram(n), n);
    const large = await run();
    expect(large.result.data!.programs).toHaveLength(8);
    console.info(`program list: ${small.statements.length} statements for 2 programs, ${large.statements.length} for 8`);
    expect(large.statements.length).toBe(small.statements.length);
  });
});
