import { randomUUID } from 'node:crypto';
import { createOrg, login, TEST_PASSWORD, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf, gql, type GqlResult } from './support/graphql';
import {
  addPerson, auditRowsOf, call, countStatements, inviteToken, latestLink, ok, outboxOf, personIdByEmail, uniq, xminsOf,
} from './support/admin-helpers';
import { startTestApp, type TestApp } from './support/test-app';
import { isoDaysAgo as daysAgo, todayIso as today } from './support/clock';

// ── operations ────────────────────────────────────────────────────────────────────────────────────
const PERSON = 'id name email jobTitle livedExperience startedOn active invitationPending roles roleGrants { role programId } team { id } supervisor { id }';
const CREATE_PROGRAM = 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id name description archived teamCount teams { id } } }';
const UPDATE_PROGRAM = 'mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { id name description archived } }';
const CREATE_TEAM = 'mutation($i: CreateTeamInput!) { createTeam(input: $i) { id name description programId archived memberCount program { id name } } }';
const UPDATE_TEAM = 'mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { id name description programId archived } }';
const INVITE = `mutation($i: InvitePersonInput!) { invitePerson(input: $i) { person { ${PERSON} } } }`;
const UPDATE_PERSON = `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { ${PERSON} } }`;
const SET_ROLES = `mutation($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { ${PERSON} } }`;
const ASSIGN_TEAM = 'mutation($i: AssignTeamInput!) { assignTeam(input: $i) { id team { id } teamHistory { teamId startsOn endsOn } } }';
const ASSIGN_SUPERVISOR = 'mutation($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id supervisor { id } supervisionHistory { supervisorId superviseeId startsOn endsOn } } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivatePerson(personId: $id) { id active } }';
const REACTIVATE = 'mutation($id: ID!) { reactivatePerson(personId: $id) { id active } }';
const RESEND = 'mutation($id: ID!) { resendInvitation(personId: $id) }';
const IMPORT = `mutation($i: ImportRosterInput!) { importRoster(input: $i) {
  dryRun applied totalRows createCount updateCount errorCount fileErrors
  rows { line name email team roles supervisorEmail action errors invited } } }`;
const UPDATE_ORG = 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }';
const ACCEPT = 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }';
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const PEOPLE = 'query($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }';

const sorted = (xs: string[]) => [...xs].sort();

let app: TestApp;
/** Organisation the mutations act on. */
let org: TestOrg;
let t: Record<RoleKey, string>;
/** Another organisation; its admin must never reach `org`. */
let foreign: TestOrg;
let foreignAdmin: string;

beforeAll(async () => {
  // Many sign-ins in one file: the per-IP limit counts every attempt from 127.0.0.1 on this server.
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000' });
  org = await createOrg(app, 'Admin');
  foreign = await createOrg(app, 'Foreign');
  t = await tokensFor(app, org);
  foreignAdmin = await login(app, foreign.people.admin.email);
});
afterAll(async () => app.close());

const NON_ADMINS: RoleKey[] = ['manager', 'supervisor', 'staff'];

/** Asserts the request wrote exactly one audit row — actor, action, entity id, request id — in the transaction that wrote `rows`. */
async function expectAudited(
  requestId: string,
  expected: { action: string; entityId: string; actorId?: string; orgId?: string; entity?: string },
  rows?: { table: string; where: string; params: unknown[] },
): Promise<void> {
  const audit = await auditRowsOf(app, requestId);
  expect(audit.map((r) => ({ action: r.action, actor: r.actor_id, entityId: r.entity_id, org: r.organization_id, requestId: r.request_id }))).toEqual([{
    action: expected.action, actor: expected.actorId ?? org.people.admin.id, entityId: expected.entityId, org: expected.orgId ?? org.id, requestId,
  }]);
  if (expected.entity) expect(audit[0]!.entity).toBe(expected.entity);
  if (rows) {
    const xmins = await xminsOf(app, rows.table, rows.where, rows.params);
    expect(xmins.length).toBeGreaterThan(0);
    // xmin = id of the transaction that wrote the row: the change and its audit record committed together.
    expect([...new Set(xmins)]).toEqual([audit[0]!.xmin]);
  }
}

async function expectNoAudit(requestId: string): Promise<void> {
  expect(await auditRowsOf(app, requestId)).toEqual([]);
}

/** Every non-admin role gets FORBIDDEN, no data and no audit row. */
async function expectForbiddenForNonAdmins(query: string, variables: () => Record<string, unknown> | Promise<Record<string, unknown>>): Promise<void> {
  for (const role of NON_ADMINS) {
    const res = await call(app, query, await variables(), { token: t[role] });
    expect({ role, code: codeOf(res) }).toEqual({ role, code: 'FORBIDDEN' });
    expect(res.data).toBeNull();
    await expectNoAudit(res.requestId);
  }
}

async function expectBadInput(res: GqlResult<unknown> & { requestId: string }, code = 'BAD_USER_INPUT'): Promise<void> {
  expect({ code: codeOf(res), message: res.errors?.[0]?.message }).toEqual({ code, message: expect.any(String) });
  expect(res.data).toBeNull();
  await expectNoAudit(res.requestId);
}

const asAdmin = (query: string, variables: Record<string, unknown> = {}) => call(app, query, variables, { token: t.admin });
const freshProgram = async (o: TestOrg = org) =>
  (await app.owner.query('INSERT INTO program (organization_id, name) VALUES ($1, $2) RETURNING id', [o.id, `Program ${uniq()}`]))[0].id as string;
const freshTeam = async (programId = org.programs.a, o: TestOrg = org, archived = false) =>
  (await app.owner.query(
    `INSERT INTO team (organization_id, program_id, name, archived_at) VALUES ($1, $2, $3, ${archived ? 'app_now()' : 'NULL'}) RETURNING id`,
    [o.id, programId, `Team ${uniq()}`],
  ))[0].id as string;
const personRow = async (id: string) => (await app.owner.query('SELECT * FROM person WHERE id = $1', [id]))[0];

// ── programs ──────────────────────────────────────────────────────────────────────────────────────

describe('createProgram', () => {
  it('creates a trimmed program and audits it in the same transaction', async () => {
    const name = `Outreach ${uniq()}`;
    const res = await asAdmin(CREATE_PROGRAM, { i: { name: `  ${name}  `, description: ' Street outreach ' } });
    expect(res.errors).toBeUndefined();
    const program = res.data!.createProgram;
    expect(program).toEqual({ id: expect.any(String), name, description: 'Street outreach', archived: false, teamCount: 0, teams: [] });
    const list = await ok(app, '{ programs { id name } }', {}, { token: t.admin });
    expect(list.programs).toContainEqual({ id: program.id, name });
    await expectAudited(res.requestId, { action: 'program.created', entityId: program.id, entity: 'program' }, { table: 'program', where: 'id = $1', params: [program.id] });
  });

  it('is FORBIDDEN for non-admins and creates nothing', async () => {
    const name = `Sneaky ${uniq()}`;
    await expectForbiddenForNonAdmins(CREATE_PROGRAM, () => ({ i: { name } }));
    expect(await app.owner.query('SELECT id FROM program WHERE name = $1', [name])).toEqual([]);
  });

  it.each([
    ['an empty name', { name: '' }, 'BAD_USER_INPUT'],
    ['a one-letter name', { name: 'x' }, 'BAD_USER_INPUT'],
    ['a too long description', { name: 'Fine name', description: 'd'.repeat(1001) }, 'BAD_USER_INPUT'],
    ['a duplicate name in the same organisation', { name: 'Program A' }, 'CONFLICT'],
  ])('rejects %s', async (_label, input, code) => {
    const before = await app.owner.query('SELECT count(*)::int AS n FROM program WHERE organization_id = $1', [org.id]);
    await expectBadInput(await asAdmin(CREATE_PROGRAM, { i: input }), code);
    const after = await app.owner.query('SELECT count(*)::int AS n FROM program WHERE organization_id = $1', [org.id]);
    expect(after[0].n).toBe(before[0].n);
  });

  it('rejects a blank (whitespace-only) name with BAD_USER_INPUT', async () => {
    const res = await asAdmin(CREATE_PROGRAM, { i: { name: '     ' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await app.owner.query(`SELECT id FROM program WHERE organization_id = $1 AND btrim(name) = ''`, [org.id])).toEqual([]);
  });
});

describe('updateProgram', () => {
  it('renames, describes and archives a program (archived programs leave the default list) and audits the change', async () => {
    const id = await freshProgram();
    const name = `Renamed ${uniq()}`;
    const res = await asAdmin(UPDATE_PROGRAM, { i: { programId: id, name, description: 'New description', archived: true } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateProgram).toEqual({ id, name, description: 'New description', archived: true });
    await expectAudited(res.requestId, { action: 'program.updated', entityId: id }, { table: 'program', where: 'id = $1', params: [id] });
    const summary = (await auditRowsOf(app, res.requestId))[0]!.summary as { changes: Record<string, unknown> };
    expect(summary.changes).toMatchObject({ name: [expect.any(String), name], archived: [false, true] });

    const lists = await ok(app, '{ active: programs { id } all: programs(includeArchived: true) { id archived } }', {}, { token: t.admin });
    expect(lists.active.map((p: { id: string }) => p.id)).not.toContain(id);
    expect(lists.all).toContainEqual({ id, archived: true });

    const restored = await asAdmin(UPDATE_PROGRAM, { i: { programId: id, archived: false } });
    expect(restored.data?.updateProgram).toEqual({ id, name, description: 'New description', archived: false });
  });

  it('is FORBIDDEN for non-admins and changes nothing', async () => {
    await expectForbiddenForNonAdmins(UPDATE_PROGRAM, () => ({ i: { programId: org.programs.b, name: 'Hijacked' } }));
    expect((await app.owner.query('SELECT name FROM program WHERE id = $1', [org.programs.b]))[0].name).toBe('Program B');
  });

  it.each([
    ['an invalid program id', () => ({ programId: 'not-a-uuid', name: 'Whatever' }), 'BAD_USER_INPUT'],
    ['a one-letter name', () => ({ programId: org.programs.b, name: 'x' }), 'BAD_USER_INPUT'],
    ['a name another program has', () => ({ programId: org.programs.b, name: 'Program A' }), 'CONFLICT'],
    ['an unknown program', () => ({ programId: randomUUID(), name: 'Ghost program' }), 'NOT_FOUND'],
    ['a program of another organisation', () => ({ programId: foreign.programs.a, name: 'Stolen' }), 'NOT_FOUND'],
  ])('rejects %s', async (_label, input, code) => {
    await expectBadInput(await asAdmin(UPDATE_PROGRAM, { i: input() }), code);
    expect((await app.owner.query('SELECT name FROM program WHERE id = $1', [org.programs.b]))[0].name).toBe('Program B');
    expect((await app.owner.query('SELECT name FROM program WHERE id = $1', [foreign.programs.a]))[0].name).toBe('Program A');
  });
});

// ── teams ─────────────────────────────────────────────────────────────────────────────────────────

describe('createTeam', () => {
  it('creates a team in a program and audits it; another organisation may use the same name', async () => {
    const name = `Harbour ${uniq()}`;
    const res = await asAdmin(CREATE_TEAM, { i: { programId: org.programs.b, name, description: 'Night shift' } });
    expect(res.errors).toBeUndefined();
    const team = res.data!.createTeam;
    expect(team).toEqual({
      id: expect.any(String), name, description: 'Night shift', programId: org.programs.b, archived: false, memberCount: 0,
      program: { id: org.programs.b, name: 'Program B' },
    });
    await expectAudited(res.requestId, { action: 'team.created', entityId: team.id, entity: 'team' }, { table: 'team', where: 'id = $1', params: [team.id] });
    const teams = await ok(app, 'query($p: ID) { teams(filter: { programId: $p }) { id } }', { p: org.programs.b }, { token: t.admin });
    expect(teams.teams).toContainEqual({ id: team.id });
    const elsewhere = await call(app, CREATE_TEAM, { i: { programId: foreign.programs.a, name } }, { token: foreignAdmin });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('is FORBIDDEN for non-admins and creates nothing', async () => {
    const name = `Sneaky team ${uniq()}`;
    await expectForbiddenForNonAdmins(CREATE_TEAM, () => ({ i: { programId: org.programs.a, name } }));
    expect(await app.owner.query('SELECT id FROM team WHERE name = $1', [name])).toEqual([]);
  });

  it.each([
    ['an empty name', async () => ({ programId: org.programs.a, name: '' }), 'BAD_USER_INPUT'],
    ['an invalid program id', async () => ({ programId: 'program-a', name: `T ${uniq()}` }), 'BAD_USER_INPUT'],
    ['an unknown program', async () => ({ programId: randomUUID(), name: `T ${uniq()}` }), 'BAD_USER_INPUT'],
    ['an archived program', async () => {
      const id = await freshProgram();
      await app.owner.query('UPDATE program SET archived_at = app_now() WHERE id = $1', [id]);
      return { programId: id, name: `T ${uniq()}` };
    }, 'BAD_USER_INPUT'],
    ['a program of another organisation', async () => ({ programId: foreign.programs.a, name: `T ${uniq()}` }), 'BAD_USER_INPUT'],
    ['a duplicate team name in the same organisation', async () => ({ programId: org.programs.b, name: 'Team A1' }), 'CONFLICT'],
  ])('rejects %s', async (_label, input, code) => {
    const before = (await app.owner.query('SELECT count(*)::int AS n FROM team'))[0].n;
    await expectBadInput(await asAdmin(CREATE_TEAM, { i: await input() }), code);
    expect((await app.owner.query('SELECT count(*)::int AS n FROM team'))[0].n).toBe(before);
  });
});

describe('updateTeam', () => {
  it('renames, moves to another program and archives a team, and audits the change', async () => {
    const id = await freshTeam(org.programs.a);
    const name = `Moved ${uniq()}`;
    const res = await asAdmin(UPDATE_TEAM, { i: { teamId: id, name, programId: org.programs.b, description: 'Moved over', archived: true } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateTeam).toEqual({ id, name, description: 'Moved over', programId: org.programs.b, archived: true });
    await expectAudited(res.requestId, { action: 'team.updated', entityId: id }, { table: 'team', where: 'id = $1', params: [id] });
    const summary = (await auditRowsOf(app, res.requestId))[0]!.summary as { changes: Record<string, unknown> };
    expect(summary.changes).toMatchObject({ programId: [org.programs.a, org.programs.b], archived: [false, true] });
    const lists = await ok(app, '{ active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }', {}, { token: t.admin });
    expect(lists.active.map((x: { id: string }) => x.id)).not.toContain(id);
    expect(lists.all).toContainEqual({ id, archived: true });
  });

  it('is FORBIDDEN for non-admins and changes nothing', async () => {
    await expectForbiddenForNonAdmins(UPDATE_TEAM, () => ({ i: { teamId: org.teams.a2, name: 'Hijacked' } }));
    expect((await app.owner.query('SELECT name FROM team WHERE id = $1', [org.teams.a2]))[0].name).toBe('Team A2');
  });

  it.each([
    ['an invalid team id', () => ({ teamId: 'nope', name: 'Whatever' }), 'BAD_USER_INPUT'],
    ['an empty name', () => ({ teamId: org.teams.a2, name: '' }), 'BAD_USER_INPUT'],
    ['an unknown program', () => ({ teamId: org.teams.a2, programId: randomUUID() }), 'BAD_USER_INPUT'],
    ['a program of another organisation', () => ({ teamId: org.teams.a2, programId: foreign.programs.b }), 'BAD_USER_INPUT'],
    ['a name another team has', () => ({ teamId: org.teams.a2, name: 'Team B1' }), 'CONFLICT'],
    ['a team of another organisation', () => ({ teamId: foreign.teams.a1, name: 'Stolen' }), 'NOT_FOUND'],
  ])('rejects %s', async (_label, input, code) => {
    await expectBadInput(await asAdmin(UPDATE_TEAM, { i: input() }), code);
    const [row] = await app.owner.query('SELECT name, program_id FROM team WHERE id = $1', [org.teams.a2]);
    expect(row).toEqual({ name: 'Team A2', program_id: org.programs.a });
  });
});

// ── people ────────────────────────────────────────────────────────────────────────────────────────

describe('invitePerson', () => {
  it('adds a person with roles, team, supervisor and details, sends their one-time link to their message (not the admin), and audits it', async () => {
    const email = `New.Person-${uniq()}@Example.test`;
    const res = await asAdmin(INVITE, { i: {
      name: '  Nia New ', email, roles: ['STAFF'], teamId: org.teams.a2, supervisorId: org.people.supervisor.id,
      jobTitle: 'Peer specialist', livedExperience: true, startedOn: daysAgo(3),
    } });
    expect(res.errors).toBeUndefined();
    const { person } = res.data!.invitePerson;
    // startedOn has a test of its own (below).
    expect({ ...person, startedOn: undefined }).toEqual({
      id: expect.any(String), name: 'Nia New', email: email.toLowerCase(), jobTitle: 'Peer specialist', livedExperience: true,
      startedOn: undefined, active: true, invitationPending: true, roles: ['STAFF'], roleGrants: [{ role: 'STAFF', programId: null }],
      team: { id: org.teams.a2 }, supervisor: { id: org.people.supervisor.id },
    });
    expect((await app.owner.query('SELECT started_on::text AS d FROM person WHERE id = $1', [person.id]))[0].d).toBe(daysAgo(3));
    const inviteUrl = await latestLink(app, person.id, 'INVITATION');
    expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(res.body)).not.toContain(inviteToken(inviteUrl));
    expect(await xminsOf(app, 'outbox_message', 'recipient_id = $1', [person.id])).toEqual([(await auditRowsOf(app, res.requestId))[0]!.xmin]);
    await expectAudited(res.requestId, { action: 'person.invited', entityId: person.id, entity: 'person' }, { table: 'person', where: 'id = $1', params: [person.id] });
    expect(await xminsOf(app, 'invitation', 'person_id = $1', [person.id])).toEqual([(await auditRowsOf(app, res.requestId))[0]!.xmin]);
  });

  it('limits a PROGRAM_MANAGER to the given programs', async () => {
    const res = await asAdmin(INVITE, { i: { name: 'Mo Manager', email: `mo-${uniq()}@example.test`, roles: ['PROGRAM_MANAGER'], managedProgramIds: [org.programs.b] } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.invitePerson.person.roleGrants).toEqual([{ role: 'PROGRAM_MANAGER', programId: org.programs.b }]);
  });

  it('is FORBIDDEN for non-admins and creates nobody', async () => {
    const email = `sneaky-${uniq()}@example.test`;
    await expectForbiddenForNonAdmins(INVITE, () => ({ i: { name: 'Sneaky', email, roles: ['ADMIN'] } }));
    expect(await app.owner.query('SELECT id FROM person WHERE email = $1', [email])).toEqual([]);
  });

  const base = () => ({ name: 'Bad Input', email: `bad-${uniq()}@example.test`, roles: ['STAFF'] });
  it.each([
    ['an empty name', async () => ({ ...base(), name: '' }), 'BAD_USER_INPUT'],
    ['an invalid e-mail', async () => ({ ...base(), email: 'nobody-at-example' }), 'BAD_USER_INPUT'],
    ['no roles', async () => ({ ...base(), roles: [] }), 'BAD_USER_INPUT'],
    ['an invalid team id', async () => ({ ...base(), teamId: 'team-a1' }), 'BAD_USER_INPUT'],
    ['an unknown team', async () => ({ ...base(), teamId: randomUUID() }), 'BAD_USER_INPUT'],
    ['an archived team', async () => ({ ...base(), teamId: await freshTeam(org.programs.a, org, true) }), 'BAD_USER_INPUT'],
    ['a team of another organisation', async () => ({ ...base(), teamId: foreign.teams.a1 }), 'BAD_USER_INPUT'],
    ['a supervisor without the SUPERVISOR role', async () => ({ ...base(), teamId: org.teams.a1, supervisorId: org.people.staff2.id }), 'BAD_USER_INPUT'],
    ['an inactive supervisor', async () => ({ ...base(), supervisorId: (await addPerson(app, org.id, 'oldsup', ['SUPERVISOR'], { active: false })).id }), 'BAD_USER_INPUT'],
    ['a supervisor of another organisation', async () => ({ ...base(), supervisorId: foreign.people.supervisor.id }), 'BAD_USER_INPUT'],
    ['managedProgramIds for a non-manager', async () => ({ ...base(), roles: ['STAFF', 'SUPERVISOR'], managedProgramIds: [org.programs.a] }), 'BAD_USER_INPUT'],
    ['managedProgramIds naming an unknown program', async () => ({ ...base(), roles: ['PROGRAM_MANAGER'], managedProgramIds: [randomUUID()] }), 'BAD_USER_INPUT'],
    ['a malformed start date', async () => ({ ...base(), startedOn: '03/04/2025' }), 'BAD_USER_INPUT'],
    ['an e-mail already used in this organisation', async () => ({ ...base(), email: org.people.staff.email }), 'CONFLICT'],
    ['an e-mail already used in another organisation', async () => ({ ...base(), email: foreign.people.staff.email.toUpperCase() }), 'CONFLICT'],
  ])('rejects %s and leaves no partial data', async (_label, build, code) => {
    const input = await build();
    const people = (await app.owner.query('SELECT count(*)::int AS n FROM person'))[0].n;
    const invitations = (await app.owner.query('SELECT count(*)::int AS n FROM invitation'))[0].n;
    await expectBadInput(await asAdmin(INVITE, { i: input }), code);
    // Everything the mutation wrote before failing (person, roles, team membership) was rolled back.
    expect((await app.owner.query('SELECT count(*)::int AS n FROM person'))[0].n).toBe(people);
    expect((await app.owner.query('SELECT count(*)::int AS n FROM invitation'))[0].n).toBe(invitations);
  });

  it('an invalid supervisor after a valid team leaves no person, role, membership or invitation with that e-mail', async () => {
    const email = `partial-${uniq()}@example.test`;
    const counts = async () => (await app.owner.query(
      `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM role_grant)::int AS grants,
              (SELECT count(*) FROM team_membership)::int AS memberships, (SELECT count(*) FROM invitation)::int AS invitations`,
    ))[0];
    const before = await counts();
    const res = await asAdmin(INVITE, { i: { name: 'Partial Pat', email, roles: ['STAFF'], teamId: org.teams.a1, supervisorId: org.people.staff.id } });
    await expectBadInput(res);
    expect(await app.owner.query('SELECT id FROM person WHERE email = $1', [email])).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('rejects a blank (whitespace-only) name with BAD_USER_INPUT', async () => {
    const email = `blank-${uniq()}@example.test`;
    const res = await asAdmin(INVITE, { i: { name: '   ', email, roles: ['STAFF'] } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await app.owner.query('SELECT id FROM person WHERE email = $1', [email])).toEqual([]);
  });
});

describe('updatePerson', () => {
  it('updates name, e-mail, job title, lived experience and start date, and audits which fields changed (not the values)', async () => {
    const p = await addPerson(app, org.id, 'upd', ['STAFF'], { teamId: org.teams.a1 });
    const email = `Updated-${uniq()}@Example.test`;
    const res = await asAdmin(UPDATE_PERSON, { i: { personId: p.id, name: 'Una Updated', email, jobTitle: 'Lead peer', livedExperience: true, startedOn: '2024-02-01' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePerson).toMatchObject({
      id: p.id, name: 'Una Updated', email: email.toLowerCase(), jobTitle: 'Lead peer', livedExperience: true, roles: ['STAFF'],
    });
    expect((await app.owner.query('SELECT started_on::text AS d FROM person WHERE id = $1', [p.id]))[0].d).toBe('2024-02-01');
    await expectAudited(res.requestId, { action: 'person.updated', entityId: p.id }, { table: 'person', where: 'id = $1', params: [p.id] });
    const summary = JSON.stringify((await auditRowsOf(app, res.requestId))[0]!.summary);
    expect(summary).toContain('(changed)');
    expect(summary).not.toContain(email.toLowerCase());
    expect(summary).not.toContain('Una Updated');
    // The new address signs in.
    expect((await gql(app, LOGIN, { i: { email, password: TEST_PASSWORD } })).errors).toBeUndefined();
  });

  it('startedOn is returned as the ISO date that was stored (YYYY-MM-DD) by invitePerson, updatePerson, person and me', async () => {
    const invited = await asAdmin(INVITE, { i: { name: 'Dated Person', email: `dated-${uniq()}@example.test`, roles: ['STAFF'], startedOn: '2025-03-04' } });
    const personId = invited.data!.invitePerson.person.id as string;
    const updated = await asAdmin(UPDATE_PERSON, { i: { personId, startedOn: '2024-02-01' } });
    const fetched = await asAdmin('query($id: ID!) { person(id: $id) { startedOn } }', { id: personId });
    const me = await gql(app, '{ me { startedOn } }', {}, { token: t.staff });
    const [{ d: staffStarted }] = await app.owner.query('SELECT started_on::text AS d FROM person WHERE id = $1', [org.people.staff.id]);
    expect({
      invited: invited.data?.invitePerson.person.startedOn, updated: updated.data?.updatePerson.startedOn,
      person: fetched.data?.person.startedOn, me: me.data?.me.startedOn,
    }).toEqual({ invited: '2025-03-04', updated: '2024-02-01', person: '2024-02-01', me: staffStarted });
  });

  it('is FORBIDDEN for non-admins and changes nothing', async () => {
    const p = await addPerson(app, org.id, 'updforbid', ['STAFF'], { teamId: org.teams.a1 });
    await expectForbiddenForNonAdmins(UPDATE_PERSON, () => ({ i: { personId: p.id, name: 'Hijacked' } }));
    expect((await personRow(p.id)).name).toBe(p.name);
  });

  it.each([
    ['an invalid person id', (id: string) => ({ personId: `${id}x`, name: 'X' }), 'BAD_USER_INPUT'],
    ['an empty name', (id: string) => ({ personId: id, name: '' }), 'BAD_USER_INPUT'],
    ['an invalid e-mail', (id: string) => ({ personId: id, email: 'no-at-sign' }), 'BAD_USER_INPUT'],
    ['a malformed start date', (id: string) => ({ personId: id, startedOn: '2024-13-45' }), 'BAD_USER_INPUT'],
    ['an e-mail used in another organisation', (id: string) => ({ personId: id, email: foreign.people.admin.email }), 'CONFLICT'],
    ['an unknown person', () => ({ personId: randomUUID(), name: 'Ghost' }), 'NOT_FOUND'],
    ['a person of another organisation', () => ({ personId: foreign.people.staff.id, name: 'Stolen' }), 'NOT_FOUND'],
  ])('rejects %s', async (_label, input, code) => {
    const p = await addPerson(app, org.id, 'updbad', ['STAFF']);
    await expectBadInput(await asAdmin(UPDATE_PERSON, { i: input(p.id) }), code);
    const row = await personRow(p.id);
    expect({ name: row.name, email: row.email }).toEqual({ name: p.name, email: p.email });
    expect((await personRow(foreign.people.staff.id)).name).toBe(foreign.people.staff.name);
  });
});

describe('setPersonRoles', () => {
  it('replaces roles (with program limits for a manager) and audits before/after in the same transaction', async () => {
    const p = await addPerson(app, org.id, 'roles', ['STAFF'], { teamId: org.teams.a1 });
    const res = await asAdmin(SET_ROLES, { i: { personId: p.id, roles: ['SUPERVISOR', 'PROGRAM_MANAGER'], managedProgramIds: [org.programs.b] } });
    expect(res.errors).toBeUndefined();
    const person = res.data!.setPersonRoles;
    expect(sorted(person.roles)).toEqual(['PROGRAM_MANAGER', 'SUPERVISOR']);
    expect(person.roleGrants).toEqual(expect.arrayContaining([{ role: 'PROGRAM_MANAGER', programId: org.programs.b }, { role: 'SUPERVISOR', programId: null }]));
    expect(person.roleGrants).toHaveLength(2);
    await expectAudited(res.requestId, { action: 'person.roles_changed', entityId: p.id }, { table: 'role_grant', where: 'person_id = $1', params: [p.id] });
    const summary = (await auditRowsOf(app, res.requestId))[0]!.summary as { before: { grants: { role: string }[] } };
    expect(summary.before.grants.map((g) => g.role)).toEqual(['STAFF']);
  });

  it('is FORBIDDEN for non-admins — a staff member cannot make themselves ADMIN', async () => {
    await expectForbiddenForNonAdmins(SET_ROLES, () => ({ i: { personId: org.people.staff.id, roles: ['ADMIN'] } }));
    const grants = await app.owner.query('SELECT role FROM role_grant WHERE person_id = $1', [org.people.staff.id]);
    expect(grants).toEqual([{ role: 'STAFF' }]);
  });

  it.each([
    ['no roles', (id: string) => ({ personId: id, roles: [] }), 'BAD_USER_INPUT'],
    ['an unknown role', (id: string) => ({ personId: id, roles: ['WIZARD'] }), 'BAD_USER_INPUT'],
    ['an invalid person id', () => ({ personId: 'someone', roles: ['STAFF'] }), 'BAD_USER_INPUT'],
    ['managedProgramIds for a non-manager', (id: string) => ({ personId: id, roles: ['SUPERVISOR'], managedProgramIds: [org.programs.a] }), 'BAD_USER_INPUT'],
    ['managedProgramIds naming a program of another organisation', (id: string) => ({ personId: id, roles: ['PROGRAM_MANAGER'], managedProgramIds: [foreign.programs.a] }), 'BAD_USER_INPUT'],
    ['an unknown person', () => ({ personId: randomUUID(), roles: ['STAFF'] }), 'NOT_FOUND'],
  ])('rejects %s and keeps the old roles', async (_label, input, code) => {
    const p = await addPerson(app, org.id, 'rolesbad', ['STAFF', 'SUPERVISOR']);
    await expectBadInput(await asAdmin(SET_ROLES, { i: input(p.id) }), code);
    const grants = await app.owner.query('SELECT role FROM role_grant WHERE person_id = $1 ORDER BY role', [p.id]);
    expect(grants).toEqual([{ role: 'STAFF' }, { role: 'SUPERVISOR' }]);
  });

  it('protects the last admin: the only admin cannot drop their ADMIN role; with a second admin they can', async () => {
    const solo = await createOrg(app, 'Solo');
    const token = await login(app, solo.people.admin.email);
    const res = await call(app, SET_ROLES, { i: { personId: solo.people.admin.id, roles: ['STAFF'] } }, { token });
    await expectBadInput(res);
    expect(await app.owner.query('SELECT role FROM role_grant WHERE person_id = $1', [solo.people.admin.id])).toEqual([{ role: 'ADMIN' }]);

    await addPerson(app, solo.id, 'second-admin', ['ADMIN']);
    const allowed = await call(app, SET_ROLES, { i: { personId: solo.people.admin.id, roles: ['STAFF'] } }, { token });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.setPersonRoles.roles).toEqual(['STAFF']);
    // …and it takes effect on the next request.
    expect(codeOf(await gql(app, CREATE_PROGRAM, { i: { name: `After demotion ${uniq()}` } }, { token }))).toBe('FORBIDDEN');
  });
});

describe('assignTeam', () => {
  it('moves a person between teams keeping history: old memberships get endsOn, the new one is current', async () => {
    const p = await addPerson(app, org.id, 'mover', ['STAFF'], { teamId: org.teams.a1 });
    const [{ d: joined }] = await app.owner.query('SELECT starts_on::text AS d FROM team_membership WHERE person_id = $1', [p.id]);
    const first = await asAdmin(ASSIGN_TEAM, { i: { personId: p.id, teamId: org.teams.a2 } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.assignTeam.team).toEqual({ id: org.teams.a2 });
    await expectAudited(first.requestId, { action: 'person.team_changed', entityId: p.id }, {
      table: 'team_membership', where: 'person_id = $1 AND team_id = $2', params: [p.id, org.teams.a2],
    });

    const second = await asAdmin(ASSIGN_TEAM, { i: { personId: p.id, teamId: org.teams.b1 } });
    expect(second.errors).toBeUndefined();
    expect(second.data!.assignTeam.team).toEqual({ id: org.teams.b1 });
    expect(second.data!.assignTeam.teamHistory).toEqual([
      { teamId: org.teams.b1, startsOn: today(), endsOn: null },
      { teamId: org.teams.a2, startsOn: today(), endsOn: today() },
      { teamId: org.teams.a1, startsOn: joined, endsOn: daysAgo(1) },
    ]);
    const summary = (await auditRowsOf(app, second.requestId))[0]!.summary as { before: unknown; after: unknown };
    expect(summary).toMatchObject({ before: { teamId: org.teams.a2 }, after: { teamId: org.teams.b1 } });

    const ended = await asAdmin(ASSIGN_TEAM, { i: { personId: p.id, teamId: null } });
    expect(ended.data?.assignTeam.team).toBeNull();
    expect(ended.data?.assignTeam.teamHistory.every((m: { endsOn: string | null }) => m.endsOn !== null)).toBe(true);
  });

  it('is FORBIDDEN for non-admins and moves nobody', async () => {
    await expectForbiddenForNonAdmins(ASSIGN_TEAM, () => ({ i: { personId: org.people.staff.id, teamId: org.teams.b1 } }));
    const current = await app.owner.query('SELECT team_id FROM team_membership WHERE person_id = $1 AND ends_on IS NULL', [org.people.staff.id]);
    expect(current).toEqual([{ team_id: org.teams.a1 }]);
  });

  it.each([
    ['an archived team', async () => freshTeam(org.programs.a, org, true), 'BAD_USER_INPUT'],
    ['an unknown team', async () => randomUUID(), 'BAD_USER_INPUT'],
    ['an invalid team id', async () => 'team-b1', 'BAD_USER_INPUT'],
    ['a team of another organisation', async () => foreign.teams.b1, 'BAD_USER_INPUT'],
  ])('rejects %s and keeps the current membership', async (_label, teamId, code) => {
    const p = await addPerson(app, org.id, 'stay', ['STAFF'], { teamId: org.teams.a1 });
    await expectBadInput(await asAdmin(ASSIGN_TEAM, { i: { personId: p.id, teamId: await teamId() } }), code);
    const memberships = await app.owner.query('SELECT team_id, ends_on FROM team_membership WHERE person_id = $1', [p.id]);
    expect(memberships).toEqual([{ team_id: org.teams.a1, ends_on: null }]);
  });

  it('rejects a malformed start date', async () => {
    const p = await addPerson(app, org.id, 'baddate', ['STAFF'], { teamId: org.teams.a1 });
    await expectBadInput(await asAdmin(ASSIGN_TEAM, { i: { personId: p.id, teamId: org.teams.a2, startsOn: 'tomorrow' } }));
  });
});

describe('assignSupervisor', () => {
  it('changes a supervisor keeping history, and ends supervision with null', async () => {
    const p = await addPerson(app, org.id, 'supervisee', ['STAFF'], { teamId: org.teams.a1, supervisorId: org.people.supervisor.id });
    const [{ d: since }] = await app.owner.query('SELECT starts_on::text AS d FROM supervision_assignment WHERE supervisee_id = $1', [p.id]);
    const res = await asAdmin(ASSIGN_SUPERVISOR, { i: { superviseeId: p.id, supervisorId: org.people.supervisor2.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignSupervisor.supervisor).toEqual({ id: org.people.supervisor2.id });
    expect(res.data!.assignSupervisor.supervisionHistory).toEqual([
      { supervisorId: org.people.supervisor2.id, superviseeId: p.id, startsOn: today(), endsOn: null },
      { supervisorId: org.people.supervisor.id, superviseeId: p.id, startsOn: since, endsOn: daysAgo(1) },
    ]);
    await expectAudited(res.requestId, { action: 'person.supervisor_changed', entityId: p.id }, {
      table: 'supervision_assignment', where: 'supervisee_id = $1', params: [p.id],
    });
    // The old supervisor no longer sees the person; the new one does.
    const oldSup = await gql(app, 'query($id: ID!) { person(id: $id) { id } }', { id: p.id }, { token: t.supervisor });
    expect(codeOf(oldSup)).toBe('NOT_FOUND');
    const newSup = await gql(app, 'query($id: ID!) { person(id: $id) { id } }', { id: p.id }, { token: t.supervisor2 });
    expect(newSup.data?.person.id).toBe(p.id);

    const ended = await asAdmin(ASSIGN_SUPERVISOR, { i: { superviseeId: p.id, supervisorId: null } });
    expect(ended.data?.assignSupervisor.supervisor).toBeNull();
    expect(ended.data?.assignSupervisor.supervisionHistory).toHaveLength(2);
  });

  it('is FORBIDDEN for non-admins and changes nothing', async () => {
    await expectForbiddenForNonAdmins(ASSIGN_SUPERVISOR, () => ({ i: { superviseeId: org.people.staff.id, supervisorId: org.people.supervisor2.id } }));
    const current = await app.owner.query('SELECT supervisor_id FROM supervision_assignment WHERE supervisee_id = $1 AND ends_on IS NULL', [org.people.staff.id]);
    expect(current).toEqual([{ supervisor_id: org.people.supervisor.id }]);
  });

  it.each([
    ['a supervisor without the SUPERVISOR role', async () => org.people.staff2.id, 'BAD_USER_INPUT'],
    ['self-supervision', async (self: string) => self, 'BAD_USER_INPUT'],
    ['an inactive supervisor', async () => (await addPerson(app, org.id, 'gone', ['SUPERVISOR'], { active: false })).id, 'BAD_USER_INPUT'],
    ['a supervisor of another organisation', async () => foreign.people.supervisor.id, 'BAD_USER_INPUT'],
    ['an invalid supervisor id', async () => 'boss', 'BAD_USER_INPUT'],
  ])('rejects %s and keeps the current supervisor', async (_label, supervisorId, code) => {
    // A supervisor themselves, so self-supervision is refused for being self, not for lacking the role.
    const p = await addPerson(app, org.id, 'keep', ['STAFF', 'SUPERVISOR'], { supervisorId: org.people.supervisor.id });
    await expectBadInput(await asAdmin(ASSIGN_SUPERVISOR, { i: { superviseeId: p.id, supervisorId: await supervisorId(p.id) } }), code);
    const rows = await app.owner.query('SELECT supervisor_id, ends_on FROM supervision_assignment WHERE supervisee_id = $1', [p.id]);
    expect(rows).toEqual([{ supervisor_id: org.people.supervisor.id, ends_on: null }]);
  });
});

describe('deactivatePerson / reactivatePerson', () => {
  it('deactivation ends all sessions, hides the person from the default list and audits; reactivation restores', async () => {
    const p = await addPerson(app, org.id, 'deact', ['STAFF'], { teamId: org.teams.a1 });
    const token = await login(app, p.email);
    const res = await asAdmin(DEACTIVATE, { id: p.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.deactivatePerson).toEqual({ id: p.id, active: false });
    await expectAudited(res.requestId, { action: 'person.deactivated', entityId: p.id }, { table: 'person', where: 'id = $1', params: [p.id] });
    const summary = (await auditRowsOf(app, res.requestId))[0]!.summary as { sessionsRevoked: number };
    expect(summary.sessionsRevoked).toBe(1);
    expect(codeOf(await gql(app, '{ me { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
    const lists = await ok(app, 'query($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }', { s: p.email }, { token: t.admin });
    expect(lists.active.totalCount).toBe(0);
    expect(lists.all.items).toEqual([{ id: p.id, active: false }]);

    const back = await asAdmin(REACTIVATE, { id: p.id });
    expect(back.errors).toBeUndefined();
    expect(back.data!.reactivatePerson).toEqual({ id: p.id, active: true });
    await expectAudited(back.requestId, { action: 'person.reactivated', entityId: p.id }, { table: 'person', where: 'id = $1', params: [p.id] });
  });

  it('an admin may deactivate another admin while one remains', async () => {
    const other = await addPerson(app, org.id, 'otheradmin', ['ADMIN']);
    const res = await asAdmin(DEACTIVATE, { id: other.id });
    expect(res.errors).toBeUndefined();
    expect((await personRow(other.id)).active).toBe(false);
  });

  it('both are FORBIDDEN for non-admins and change nothing', async () => {
    const p = await addPerson(app, org.id, 'deactforbid', ['STAFF']);
    await expectForbiddenForNonAdmins(DEACTIVATE, () => ({ id: p.id }));
    expect((await personRow(p.id)).active).toBe(true);
    const q = await addPerson(app, org.id, 'reactforbid', ['STAFF'], { active: false });
    await expectForbiddenForNonAdmins(REACTIVATE, () => ({ id: q.id }));
    expect((await personRow(q.id)).active).toBe(false);
  });

  it('self-deactivation is refused; the only admin can never deactivate the last admin (themselves)', async () => {
    await expectBadInput(await asAdmin(DEACTIVATE, { id: org.people.admin.id }));
    expect((await personRow(org.people.admin.id)).active).toBe(true);
    const solo = await createOrg(app, 'SoloDeact');
    const token = await login(app, solo.people.admin.email);
    await expectBadInput(await call(app, DEACTIVATE, { id: solo.people.admin.id }, { token }));
    expect((await personRow(solo.people.admin.id)).active).toBe(true);
  });

  it.each([
    ['deactivatePerson', DEACTIVATE],
    ['reactivatePerson', REACTIVATE],
  ])('%s rejects an invalid id (BAD_USER_INPUT) and an unknown or foreign one (NOT_FOUND)', async (_op, query) => {
    await expectBadInput(await asAdmin(query, { id: 'not-an-id' }));
    await expectBadInput(await asAdmin(query, { id: randomUUID() }), 'NOT_FOUND');
    await expectBadInput(await asAdmin(query, { id: foreign.people.staff.id }), 'NOT_FOUND');
    expect((await personRow(foreign.people.staff.id)).active).toBe(true);
  });
});

describe('resendInvitation', () => {
  it('issues a fresh link to the person’s message, invalidates the old one and audits in the same transaction', async () => {
    const invited = await ok(app, INVITE, { i: { name: 'Resend Me', email: `resend-${uniq()}@example.test`, roles: ['STAFF'] } }, { token: t.admin });
    const personId = invited.invitePerson.person.id as string;
    const oldToken = inviteToken(await latestLink(app, personId, 'INVITATION'));
    const res = await asAdmin(RESEND, { id: personId });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ resendInvitation: true });
    const newToken = inviteToken(await latestLink(app, personId, 'INVITATION'));
    expect(newToken).not.toBe(oldToken);
    await expectAudited(res.requestId, { action: 'person.invitation_reissued', entityId: personId }, {
      table: 'invitation', where: 'person_id = $1', params: [personId],
    });
    expect(codeOf(await gql(app, 'query($t: String!) { invitation(token: $t) { email } }', { t: oldToken }))).toBe('NOT_FOUND');
    expect((await gql(app, 'query($t: String!) { invitation(token: $t) { personName } }', { t: newToken })).data?.invitation.personName).toBe('Resend Me');
  });

  it('is FORBIDDEN for non-admins and issues nothing', async () => {
    const p = await addPerson(app, org.id, 'resendforbid', ['STAFF']);
    await expectForbiddenForNonAdmins(RESEND, () => ({ id: p.id }));
    expect(await app.owner.query('SELECT id FROM invitation WHERE person_id = $1', [p.id])).toEqual([]);
  });

  it('rejects a deactivated person, someone who already set a password, an invalid id (BAD_USER_INPUT) and a foreign person (NOT_FOUND)', async () => {
    const accepted = await addPerson(app, org.id, 'resendactive', ['STAFF']);
    await expectBadInput(await asAdmin(RESEND, { id: accepted.id }));
    expect(await app.owner.query('SELECT id FROM invitation WHERE person_id = $1', [accepted.id])).toEqual([]);
    const p = await addPerson(app, org.id, 'resendgone', ['STAFF'], { active: false });
    await expectBadInput(await asAdmin(RESEND, { id: p.id }));
    expect(await app.owner.query('SELECT id FROM invitation WHERE person_id = $1', [p.id])).toEqual([]);
    await expectBadInput(await asAdmin(RESEND, { id: 'x' }));
    await expectBadInput(await asAdmin(RESEND, { id: foreign.people.staff.id }), 'NOT_FOUND');
    expect(await app.owner.query('SELECT id FROM invitation WHERE person_id = $1', [foreign.people.staff.id])).toEqual([]);
  });
});

describe('updateOrganization', () => {
  it('renames the organisation and sets the notes policy, and audits it', async () => {
    const o = await createOrg(app, 'Rename');
    const token = await login(app, o.people.admin.email);
    const name = `Renamed org ${uniq()}`;
    const res = await call(app, UPDATE_ORG, { i: { name: `  ${name} `, managersReadNotes: true } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateOrganization).toEqual({ id: o.id, name, managersReadNotes: true });
    expect((await gql(app, '{ organization { id name managersReadNotes } }', {}, { token })).data?.organization).toEqual({ id: o.id, name, managersReadNotes: true });
    await expectAudited(res.requestId, { action: 'organization.updated', entityId: o.id, actorId: o.people.admin.id, orgId: o.id }, {
      table: 'organization', where: 'id = $1', params: [o.id],
    });
    // Only the name: the policy stays.
    const again = await call(app, UPDATE_ORG, { i: { name: `${name} 2` } }, { token });
    expect(again.data?.updateOrganization).toEqual({ id: o.id, name: `${name} 2`, managersReadNotes: true });
  });

  it('is FORBIDDEN for non-admins and changes nothing', async () => {
    await expectForbiddenForNonAdmins(UPDATE_ORG, () => ({ i: { name: 'Hijacked org', managersReadNotes: true } }));
    const [row] = await app.owner.query('SELECT name, settings FROM organization WHERE id = $1', [org.id]);
    expect(row).toEqual({ name: org.name, settings: {} });
  });

  it.each([
    ['an empty name', { name: '' }],
    ['a one-letter name', { name: 'x' }],
    ['a too long name', { name: 'n'.repeat(201) }],
    ['a non-boolean policy', { managersReadNotes: 'yes' }],
  ])('rejects %s', async (_label, input) => {
    await expectBadInput(await asAdmin(UPDATE_ORG, { i: input }));
    const [row] = await app.owner.query('SELECT name, settings FROM organization WHERE id = $1', [org.id]);
    expect(row).toEqual({ name: org.name, settings: {} });
  });
});

// ── queries ───────────────────────────────────────────────────────────────────────────────────────

describe('queries', () => {
  /** An organisation that no test mutates, so lists can be asserted exactly. */
  let s: TestOrg;
  let st: Record<RoleKey, string>;
  beforeAll(async () => {
    s = await createOrg(app, 'Scope');
    st = await tokensFor(app, s);
  });
  const q = (query: string, variables: Record<string, unknown>, role: RoleKey | 'foreign' | 'anonymous') =>
    call(app, query, variables, { token: role === 'foreign' ? foreignAdmin : role === 'anonymous' ? undefined : st[role] });

  describe('programs / program', () => {
    it('admin sees every program with its teams; the manager sees only program A; staff see their own team’s program', async () => {
      const admin = await q('{ programs { id name teamCount teams { id } } }', {}, 'admin');
      expect(admin.data!.programs).toEqual([
        { id: s.programs.a, name: 'Program A', teamCount: 2, teams: expect.arrayContaining([{ id: s.teams.a1 }, { id: s.teams.a2 }]) },
        { id: s.programs.b, name: 'Program B', teamCount: 1, teams: [{ id: s.teams.b1 }] },
      ]);
      expect((await q('{ programs { id } }', {}, 'manager')).data!.programs).toEqual([{ id: s.programs.a }]);
      expect((await q('{ programs { id } }', {}, 'staff2')).data!.programs).toEqual([{ id: s.programs.b }]);
      const one = await q('query($id: ID!) { program(id: $id) { id name teams { name } } }', { id: s.programs.a }, 'admin');
      expect(one.data!.program).toEqual({ id: s.programs.a, name: 'Program A', teams: [{ name: 'Team A1' }, { name: 'Team A2' }] });
    });

    it('out of scope is NOT_FOUND: the manager for program B, another organisation’s admin for any program; anonymous is UNAUTHENTICATED', async () => {
      expect(codeOf(await q('query($id: ID!) { program(id: $id) { id } }', { id: s.programs.b }, 'manager'))).toBe('NOT_FOUND');
      expect(codeOf(await q('query($id: ID!) { program(id: $id) { id } }', { id: s.programs.a }, 'foreign'))).toBe('NOT_FOUND');
      expect(codeOf(await q('{ programs { id } }', {}, 'anonymous'))).toBe('UNAUTHENTICATED');
    });

    it('bad input: a malformed id or a non-boolean includeArchived is BAD_USER_INPUT', async () => {
      expect(codeOf(await q('query($id: ID!) { program(id: $id) { id } }', { id: 'program-a' }, 'admin'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await q('query($a: Boolean!) { programs(includeArchived: $a) { id } }', { a: 'yes' }, 'admin'))).toBe('BAD_USER_INPUT');
    });
  });

  describe('teams / team', () => {
    it('admin sees all teams (filterable by program); the manager only program A’s; a supervisor their supervisees’ teams', async () => {
      const all = await q('{ teams { id name memberCount program { id } } }', {}, 'admin');
      expect(all.data!.teams).toEqual([
        { id: s.teams.a1, name: 'Team A1', memberCount: 2, program: { id: s.programs.a } },
        { id: s.teams.a2, name: 'Team A2', memberCount: 0, program: { id: s.programs.a } },
        { id: s.teams.b1, name: 'Team B1', memberCount: 2, program: { id: s.programs.b } },
      ]);
      expect((await q('query($p: ID) { teams(filter: { programId: $p }) { id } }', { p: s.programs.b }, 'admin')).data!.teams).toEqual([{ id: s.teams.b1 }]);
      expect((await q('{ teams { id } }', {}, 'manager')).data!.teams).toEqual([{ id: s.teams.a1 }, { id: s.teams.a2 }]);
      expect((await q('{ teams { id } }', {}, 'supervisor2')).data!.teams).toEqual([{ id: s.teams.b1 }]);
      const one = await q('query($id: ID!) { team(id: $id) { id name members { id } } }', { id: s.teams.a1 }, 'admin');
      expect(one.data!.team.members.map((m: { id: string }) => m.id).sort()).toEqual(sorted([s.people.supervisor.id, s.people.staff.id]));
    });

    it('out of scope is NOT_FOUND (manager → team B1, another organisation’s admin → any team); anonymous is UNAUTHENTICATED', async () => {
      expect(codeOf(await q('query($id: ID!) { team(id: $id) { id } }', { id: s.teams.b1 }, 'manager'))).toBe('NOT_FOUND');
      expect(codeOf(await q('query($id: ID!) { team(id: $id) { id } }', { id: s.teams.a1 }, 'foreign'))).toBe('NOT_FOUND');
      expect(codeOf(await q('{ teams { id } }', {}, 'anonymous'))).toBe('UNAUTHENTICATED');
    });

    it('bad input: a malformed team id or programId filter is BAD_USER_INPUT', async () => {
      expect(codeOf(await q('query($id: ID!) { team(id: $id) { id } }', { id: 'a1' }, 'admin'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await q('query($p: ID) { teams(filter: { programId: $p }) { id } }', { p: 'program-b' }, 'admin'))).toBe('BAD_USER_INPUT');
    });
  });

  describe('people / person (row scoping)', () => {
    const ids = async (role: RoleKey) => sorted((await q('{ people { totalCount items { id } } }', {}, role)).data!.people.items.map((p: { id: string }) => p.id));

    it('staff see only themselves', async () => {
      expect(await ids('staff')).toEqual([s.people.staff.id]);
      expect(codeOf(await q('query($id: ID!) { person(id: $id) { id } }', { id: s.people.supervisor.id }, 'staff'))).toBe('NOT_FOUND');
    });

    it('a supervisor sees themselves and their supervisees only', async () => {
      expect(await ids('supervisor')).toEqual(sorted([s.people.supervisor.id, s.people.staff.id]));
      expect(codeOf(await q('query($id: ID!) { person(id: $id) { id } }', { id: s.people.staff2.id }, 'supervisor'))).toBe('NOT_FOUND');
    });

    it('a manager limited to program A sees the people of program A’s teams but not staff2 in program B', async () => {
      expect(await ids('manager')).toEqual(sorted([s.people.manager.id, s.people.supervisor.id, s.people.staff.id]));
      expect(codeOf(await q('query($id: ID!) { person(id: $id) { id } }', { id: s.people.staff2.id }, 'manager'))).toBe('NOT_FOUND');
      expect((await q('query($id: ID!) { person(id: $id) { id } }', { id: s.people.staff.id }, 'manager')).data!.person.id).toBe(s.people.staff.id);
    });

    it('an admin sees everyone, with nested team, program, supervisor and supervisees', async () => {
      expect(await ids('admin')).toEqual(sorted(Object.values(s.people).map((p) => p.id)));
      const staff = await q('query($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }', { id: s.people.staff.id }, 'admin');
      expect(staff.data!.person).toEqual({ id: s.people.staff.id, roles: ['STAFF'], team: { name: 'Team A1', program: { name: 'Program A' } }, supervisor: { id: s.people.supervisor.id } });
      const sup = await q('query($id: ID!) { person(id: $id) { supervisees { id } } }', { id: s.people.supervisor2.id }, 'admin');
      expect(sup.data!.person.supervisees).toEqual([{ id: s.people.staff2.id }]);
    });

    it('an admin of another organisation gets NOT_FOUND for this organisation’s people and sees none of them in lists', async () => {
      expect(codeOf(await q('query($id: ID!) { person(id: $id) { id } }', { id: s.people.staff.id }, 'foreign'))).toBe('NOT_FOUND');
      const list = await q('{ people(page: { take: 100 }) { items { id } } }', {}, 'foreign');
      const seen = new Set(list.data!.people.items.map((p: { id: string }) => p.id));
      expect(Object.values(s.people).filter((p) => seen.has(p.id))).toEqual([]);
      expect(codeOf(await q('{ people { totalCount } }', {}, 'anonymous'))).toBe('UNAUTHENTICATED');
    });

    it('filters by search, team and role', async () => {
      const byTeam = await q('query($t: ID) { people(filter: { teamId: $t }) { items { id } } }', { t: s.teams.b1 }, 'admin');
      expect(sorted(byTeam.data!.people.items.map((p: { id: string }) => p.id))).toEqual(sorted([s.people.staff2.id, s.people.supervisor2.id]));
      const byRole = await q('{ people(filter: { role: SUPERVISOR }) { items { id } } }', {}, 'admin');
      expect(sorted(byRole.data!.people.items.map((p: { id: string }) => p.id))).toEqual(sorted([s.people.supervisor.id, s.people.supervisor2.id]));
      const bySearch = await q('query($s: String) { people(filter: { search: $s }) { items { id } } }', { s: s.people.staff2.email.toUpperCase() }, 'admin');
      expect(bySearch.data!.people.items).toEqual([{ id: s.people.staff2.id }]);
      // LIKE wildcards are taken literally.
      expect((await q('{ people(filter: { search: "%" }) { totalCount } }', {}, 'admin')).data!.people.totalCount).toBe(0);
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
      expect(codeOf(await q('query($id: ID!) { person(id: $id) { id } }', { id: 'staff' }, 'admin'))).toBe('BAD_USER_INPUT');
    });
  });

  describe('organization', () => {
    it('returns the viewer’s own organisation, for every role (it takes no input)', async () => {
      for (const role of ['admin', 'manager', 'supervisor', 'staff'] as const) {
        expect((await q('{ organization { id name managersReadNotes } }', {}, role)).data!.organization).toEqual({ id: s.id, name: s.name, managersReadNotes: false });
      }
      expect((await q('{ organization { id } }', {}, 'foreign')).data!.organization).toEqual({ id: foreign.id });
      expect(codeOf(await q('{ organization { id } }', {}, 'anonymous'))).toBe('UNAUTHENTICATED');
    });
  });

  describe('auditEvents', () => {
    it('admin sees the organisation’s trail, filterable by entity and action, with actor names; nothing of other organisations', async () => {
      const res = await ok(app, INVITE, { i: { name: 'Audited Person', email: `audited-${uniq()}@example.test`, roles: ['STAFF'] } }, { token: t.admin });
      const personId = res.invitePerson.person.id as string;
      const events = await call(app,
        'query($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }',
        { id: personId }, { token: t.admin },
      );
      expect(events.data!.auditEvents).toEqual({ totalCount: 1, items: [{
        action: 'person.invited', actorId: org.people.admin.id, actorName: org.people.admin.name, entity: 'person', entityId: personId,
        requestId: res.requestId, summary: expect.stringContaining('"roles":["STAFF"]'), subject: 'Person: Audited Person', actionLabel: 'Invited a person',
      }] });
      const foreignView = await q('query($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }', { id: personId }, 'foreign');
      expect(foreignView.data!.auditEvents.totalCount).toBe(0);
    });

    it('lists newest first; sign-ins are a view of their own', async () => {
      // The six sign-ins of this organisation's people (tokensFor) are its only audit events.
      const logins = await q('{ auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }', {}, 'admin');
      const items = logins.data!.auditEvents.items as { action: string; entityId: string; createdAt: string }[];
      expect(logins.data!.auditEvents.totalCount).toBe(6);
      expect(items.map((i) => i.action)).toEqual(Array(6).fill('auth.login'));
      expect(items.map((i) => i.entityId)).toEqual(Object.values(s.people).map((p) => p.id).reverse());
      const filtered = await q('{ auditEvents(input: { action: "person.invited" }) { totalCount } }', {}, 'admin');
      expect(filtered.data!.auditEvents.totalCount).toBe(0);
    });

    it('is FORBIDDEN for non-admins', async () => {
      for (const role of NON_ADMINS) {
        const res = await q('{ auditEvents { totalCount } }', {}, role);
        expect({ role, code: codeOf(res) }).toEqual({ role, code: 'FORBIDDEN' });
        expect(res.data).toBeNull();
      }
    });

    it.each([
      ['first 101', '{ auditEvents(input: { first: 101 }) { totalCount } }'],
      ['a malformed entityId', '{ auditEvents(input: { entityId: "person-1" }) { totalCount } }'],
    ])('bad input: %s is BAD_USER_INPUT', async (_label, query) => {
      expect(codeOf(await q(query, {}, 'admin'))).toBe('BAD_USER_INPUT');
    });
  });
});

// ── roster import ─────────────────────────────────────────────────────────────────────────────────

describe('importRoster', () => {
  let r: TestOrg;
  let rt: string;
  beforeAll(async () => {
    r = await createOrg(app, 'Roster');
    rt = await login(app, r.people.admin.email);
  });
  const importCsv = (csv: string, dryRun: boolean, token = rt) => call(app, IMPORT, { i: { csv, dryRun } }, { token });
  const HEADER = 'name,email,team,roles,supervisor email';

  it('a file with one bad row: the preview flags exactly that row, applying imports nobody; after fixing, apply creates everyone', async () => {
    const tag = uniq();
    const sue = `sue-${tag}@example.test`;
    const bob = `bob-${tag}@example.test`;
    const sam = `sam-${tag}@example.test`;
    const csv = (bobTeam: string) => [
      HEADER,
      `Sue Visor,${sue},Team A1,supervisor,`,
      `Bob Builder,${bob},${bobTeam},staff,${sue}`,
      `Sam Staff,${sam},team a2,"staff;peer",${r.people.supervisor.email}`,
    ].join('\n');

    const preview = await importCsv(csv('Team Nowhere'), true);
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.importRoster;
    expect(p).toMatchObject({ dryRun: true, applied: false, totalRows: 3, errorCount: 1, createCount: 2, updateCount: 0, fileErrors: [] });
    expect(p.rows.map((row: { line: number; action: string; errors: string[] }) => [row.line, row.action, row.errors])).toEqual([
      [2, 'CREATE', []],
      [3, 'ERROR', ['Team "Team Nowhere" does not exist']],
      [4, 'CREATE', []],
    ]);
    expect(p.rows.every((row: { invited: boolean }) => row.invited === false)).toBe(true);
    await expectNoAudit(preview.requestId);

    const refused = await importCsv(csv('Team Nowhere'), false);
    await expectBadInput(refused);
    expect(refused.errors![0]!.extensions!.errorCount).toBe(1);
    expect(await app.owner.query('SELECT email FROM person WHERE email = ANY($1)', [[sue, bob, sam]])).toEqual([]);

    const applied = await importCsv(csv('Team B1'), false);
    expect(applied.errors).toBeUndefined();
    const a = applied.data!.importRoster;
    expect(a).toMatchObject({ dryRun: false, applied: true, totalRows: 3, errorCount: 0, createCount: 3, updateCount: 0 });
    expect(a.rows.map((row: { email: string; action: string; roles: string[] }) => [row.email, row.action, row.roles])).toEqual([
      [sue, 'CREATE', ['SUPERVISOR']], [bob, 'CREATE', ['STAFF']], [sam, 'CREATE', ['STAFF']],
    ]);
    expect(a.rows.map((row: { invited: boolean }) => row.invited)).toEqual([true, true, true]);
    // The links went to each new person's message, none back to the admin.
    const urls: string[] = [];
    for (const email of [sue, bob, sam]) urls.push(await latestLink(app, await personIdByEmail(app, email), 'INVITATION'));
    urls.forEach((u: string) => {
      expect(u).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
      expect(JSON.stringify(applied.body)).not.toContain(inviteToken(u));
    });

    const [audit] = await auditRowsOf(app, applied.requestId);
    expect(audit).toMatchObject({ action: 'roster.imported', actor_id: r.people.admin.id, entity_id: r.id, organization_id: r.id, summary: { created: 3, updated: 0 } });
    expect(new Set(await xminsOf(app, 'person', 'email = ANY($1)', [[sue, bob, sam]]))).toEqual(new Set([audit!.xmin]));

    const people = await ok(app, 'query($s: String) { people(filter: { search: $s }) { items { email roles team { name } supervisor { email } } } }', { s: tag }, { token: rt });
    expect(people.people.items).toEqual([
      { email: bob, roles: ['STAFF'], team: { name: 'Team B1' }, supervisor: { email: sue } },
      { email: sam, roles: ['STAFF'], team: { name: 'Team A2' }, supervisor: { email: r.people.supervisor.email } },
      { email: sue, roles: ['SUPERVISOR'], team: { name: 'Team A1' }, supervisor: null },
    ]);

    // Each imported person can accept their invitation and sign in.
    for (const [i, email] of [sue, bob, sam].entries()) {
      const password = `roster-${tag}-password`;
      const accepted = await gql(app, ACCEPT, { i: { token: inviteToken(urls[i]!), password } });
      expect(accepted.errors).toBeUndefined();
      expect((await gql(app, LOGIN, { i: { email, password } })).errors).toBeUndefined();
    }
  });

  it('reports missing columns as file errors and refuses to apply', async () => {
    const missing = await importCsv('person name,mail,team\nAnn,ann@example.test,Team A1\n', true);
    expect(missing.data!.importRoster).toMatchObject({ totalRows: 0, rows: [], fileErrors: [expect.stringMatching(/name, email/)] });
    const noEmail = await importCsv('name,team\nAnn,Team A1\n', true);
    expect(noEmail.data!.importRoster.fileErrors).toEqual([expect.stringMatching(/Missing column\(s\): email/)]);
    await expectBadInput(await importCsv('person name,mail,team\nAnn,ann@example.test,Team A1\n', false));
  });

  it('flags per-row problems on the right lines: duplicate e-mails, another organisation’s e-mail, bad e-mail, unknown role, bad supervisor', async () => {
    const tag = uniq();
    const csv = [
      HEADER,
      `Dee Dup,dee-${tag}@example.test,Team A1,staff,`,
      `Dee Again,DEE-${tag}@example.test,Team A1,staff,`,
      `Fay Foreign,${foreign.people.staff.email},,staff,`,
      `No Mail,not-an-email,,staff,`,
      `Wiz Ard,wiz-${tag}@example.test,,wizard,`,
      `Sup Less,supless-${tag}@example.test,,staff,${r.people.staff2.email}`,
      `Self Sup,self-${tag}@example.test,,supervisor,self-${tag}@example.test`,
      `,noname-${tag}@example.test,,staff,`,
    ].join('\n');
    const res = await importCsv(csv, true);
    const rows = res.data!.importRoster.rows as { line: number; action: string; errors: string[] }[];
    expect(res.data!.importRoster.errorCount).toBe(7);
    const errorsByLine = Object.fromEntries(rows.map((row) => [row.line, row.errors]));
    expect(errorsByLine).toEqual({
      2: [],
      3: ['Same e-mail as line 2'],
      4: ['This e-mail address already has an account in another organisation'],
      5: ['"not-an-email" is not a valid e-mail address'],
      6: ['Unknown role(s): wizard'],
      7: [`Supervisor ${r.people.staff2.email} is not an active supervisor here or in this file`],
      8: ['A person cannot supervise themselves'],
      9: ['Name is missing'],
    });
  });

  it('an existing person of this organisation is an UPDATE: name and roles change, no new invitation', async () => {
    const p = await addPerson(app, r.id, 'existing', ['STAFF'], { teamId: r.teams.a1 });
    const csv = `${HEADER}\nEve Existing,${p.email.toUpperCase()},Team B1,"staff,supervisor",\n`;
    const preview = await importCsv(csv, true);
    expect(preview.data!.importRoster).toMatchObject({ createCount: 0, updateCount: 1, errorCount: 0 });
    expect(preview.data!.importRoster.rows[0]).toMatchObject({ line: 2, action: 'UPDATE', errors: [] });
    const applied = await importCsv(csv, false);
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.importRoster).toMatchObject({ applied: true, updateCount: 1, createCount: 0 });
    expect(applied.data!.importRoster.rows[0].invited).toBe(false);
    expect(await outboxOf(app, p.id)).toEqual([]);
    const person = await ok(app, `query($id: ID!) { person(id: $id) { name roles team { name } teamHistory { endsOn } } }`, { id: p.id }, { token: rt });
    expect(person.person).toMatchObject({ name: 'Eve Existing', team: { name: 'Team B1' } });
    expect(sorted(person.person.roles)).toEqual(['STAFF', 'SUPERVISOR']);
    expect(person.person.teamHistory).toHaveLength(2);
    expect(await app.owner.query('SELECT id FROM invitation WHERE person_id = $1', [p.id])).toEqual([]);
  });

  it('previews and applies a 1,000-row file', async () => {
    const tag = uniq();
    const lines = [HEADER, `Big Sup,bigsup-${tag}@example.test,Team A1,supervisor,`];
    for (let i = 1; i < 1000; i++) lines.push(`Person ${i},bulk-${tag}-${i}@example.test,${['Team A1', 'Team A2', 'Team B1'][i % 3]},staff,bigsup-${tag}@example.test`);
    const csv = lines.join('\n');
    let began = performance.now();
    const preview = await importCsv(csv, true);
    const previewMs = Math.round(performance.now() - began);
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.importRoster).toMatchObject({ totalRows: 1000, createCount: 1000, errorCount: 0 });
    began = performance.now();
    const applied = await importCsv(csv, false);
    const applyMs = Math.round(performance.now() - began);
    console.info(`roster import of 1,000 rows: preview ${previewMs} ms, apply ${applyMs} ms`);
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.importRoster).toMatchObject({ applied: true, createCount: 1000 });
    const [counts] = await app.owner.query(
      `SELECT count(*)::int AS people,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM supervision_assignment sa WHERE sa.supervisee_id = p.id AND sa.ends_on IS NULL))::int AS supervised,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM team_membership tm WHERE tm.person_id = p.id AND tm.ends_on IS NULL))::int AS in_team,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM invitation i WHERE i.person_id = p.id))::int AS invited,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outbox_message m WHERE m.recipient_id = p.id AND m.kind = 'INVITATION'))::int AS messaged
       FROM person p WHERE p.organization_id = $1 AND p.email LIKE $2`, [r.id, `%-${tag}%`]);
    expect(counts).toEqual({ people: 1000, supervised: 999, in_team: 1000, invited: 1000, messaged: 1000 });
  }, 120_000);

  it('is FORBIDDEN for non-admins (not even a dry run) and rejects an empty file', async () => {
    const csv = `${HEADER}\nSneaky Row,sneaky-${uniq()}@example.test,,staff,\n`;
    await expectForbiddenForNonAdmins(IMPORT, () => ({ i: { csv, dryRun: true } }));
    await expectForbiddenForNonAdmins(IMPORT, () => ({ i: { csv, dryRun: false } }));
    await expectBadInput(await importCsv('', true));
  });

  it('cannot take away the last admin’s ADMIN role (an existing admin listed with other roles)', async () => {
    const solo = await createOrg(app, 'RosterSolo');
    const token = await login(app, solo.people.admin.email);
    const res = await importCsv(`${HEADER}\nAdmin Person,${solo.people.admin.email},,staff,\n`, false, token);
    // Either the import is refused or the admin keeps ADMIN: the organisation must never be left without an admin.
    const admins = await app.owner.query(
      `SELECT count(*)::int AS n FROM role_grant g JOIN person p ON p.id = g.person_id WHERE g.organization_id = $1 AND g.role = 'ADMIN' AND p.active`, [solo.id],
    );
    expect({ outcome: codeOf(res) ?? 'applied', admins: admins[0].n }).toEqual({ outcome: expect.any(String), admins: 1 });
  });

  it('reports the real line number when the file contains blank lines', async () => {
    const csv = `${HEADER}\nGood Row,good-${uniq()}@example.test,,staff,\n\nBad Row,bad-${uniq()}@example.test,Team Nowhere,staff,\n`;
    const res = await importCsv(csv, true);
    const bad = res.data!.importRoster.rows.find((row: { action: string }) => row.action === 'ERROR');
    expect(bad.line).toBe(4);
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
    const query = '{ people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }';
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
    const query = '{ programs { id teamCount teams { id memberCount } } }';
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
