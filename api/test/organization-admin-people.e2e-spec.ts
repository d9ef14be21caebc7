// Organisation administration: inviting and editing people, roles, team and supervisor assignment, deactivation and invitations.
import { randomUUID } from 'node:crypto';
import { addDaysIso } from '@tandem/shared';
import { createOrg, login, TEST_PASSWORD } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { addPerson, auditRowsOf, call, callRaw, inviteToken, latestLink, ok, uniq, xminsOf } from './support/admin-helpers';
import { inOnePeriod, isoDaysAgo as daysAgo, utcDayOf } from './support/clock';
import {
  CREATE_PROGRAM, INVITE, UPDATE_PERSON, SET_ROLES, ASSIGN_TEAM, ASSIGN_SUPERVISOR, DEACTIVATE, REACTIVATE, RESEND, LOGIN, sorted, app, org, t, foreign, expectAudited, expectForbiddenForNonAdmins, expectBadInput, asAdmin, freshTeam, personRow, useOrgAdminApp,
} from './support/org-admin-setup';
import { graphql } from './gql';

useOrgAdminApp();

// ── people ────────────────────────────────────────────────────────────────────────────────────────

describe('invitePerson', () => {
  it('adds a person with roles, team, supervisor and details, sends their one-time link to their message (not the admin), and audits it', async () => {
    const email = `New.Person-${uniq()}@Example.test`;
    const startedOn = daysAgo(3); // read once: what is sent is what is stored, whatever the clock reads next
    const res = await asAdmin(INVITE, { i: {
      name: '  Nia New ', email, roles: ['STAFF'], teamId: org.teams.a2, supervisorId: org.people.supervisor.id,
      jobTitle: 'Peer specialist', livedExperience: true, startedOn,
    } });
    expect(res.errors).toBeUndefined();
    const { person } = res.data!.invitePerson;
    // startedOn has a test of its own (below).
    expect({ ...person, startedOn: undefined }).toEqual({
      id: expect.any(String), name: 'Nia New', email: email.toLowerCase(), jobTitle: 'Peer specialist', livedExperience: true,
      startedOn: undefined, active: true, invitationPending: true, roles: ['STAFF'], roleGrants: [{ role: 'STAFF', programId: null }],
      team: { id: org.teams.a2 }, supervisor: { id: org.people.supervisor.id },
    });
    expect((await app.owner.query('SELECT started_on::text AS d FROM person WHERE id = $1', [person.id]))[0].d).toBe(startedOn);
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
    await expectBadInput(await callRaw(app, INVITE, { i: input }, { token: t.admin }), code);
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
    const fetched = await asAdmin(graphql(`query PersonInOrganizationAdminPeople($id: ID!) { person(id: $id) { startedOn } }`), { id: personId });
    const me = await gql(app, graphql(`query MeInOrganizationAdminPeople { me { startedOn } }`), {}, { token: t.staff });
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
    await expectBadInput(await callRaw(app, SET_ROLES, { i: input(p.id) }, { token: t.admin }), code);
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
  // Both moves are dated on the API's today: they and the history checked against the test's today happen within one day
  // (inOnePeriod); a midnight between the two moves would rightly give a different history.
  it('moves a person between teams keeping history: old memberships get endsOn, the new one is current', () => inOnePeriod(async (now) => {
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
      { teamId: org.teams.b1, startsOn: utcDayOf(now), endsOn: null },
      { teamId: org.teams.a2, startsOn: utcDayOf(now), endsOn: utcDayOf(now) },
      { teamId: org.teams.a1, startsOn: joined, endsOn: addDaysIso(utcDayOf(now), -1) },
    ]);
    const summary = (await auditRowsOf(app, second.requestId))[0]!.summary as { before: unknown; after: unknown };
    expect(summary).toMatchObject({ before: { teamId: org.teams.a2 }, after: { teamId: org.teams.b1 } });

    const ended = await asAdmin(ASSIGN_TEAM, { i: { personId: p.id, teamId: null } });
    expect(ended.data?.assignTeam.team).toBeNull();
    expect(ended.data?.assignTeam.teamHistory.every((m: { endsOn: string | null }) => m.endsOn !== null)).toBe(true);
  }));

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
  it('changes a supervisor keeping history, and ends supervision with null', () => inOnePeriod(async (now) => {
    const p = await addPerson(app, org.id, 'supervisee', ['STAFF'], { teamId: org.teams.a1, supervisorId: org.people.supervisor.id });
    const [{ d: since }] = await app.owner.query('SELECT starts_on::text AS d FROM supervision_assignment WHERE supervisee_id = $1', [p.id]);
    const res = await asAdmin(ASSIGN_SUPERVISOR, { i: { superviseeId: p.id, supervisorId: org.people.supervisor2.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignSupervisor.supervisor).toEqual({ id: org.people.supervisor2.id });
    expect(res.data!.assignSupervisor.supervisionHistory).toEqual([
      { supervisorId: org.people.supervisor2.id, superviseeId: p.id, startsOn: utcDayOf(now), endsOn: null },
      { supervisorId: org.people.supervisor.id, superviseeId: p.id, startsOn: since, endsOn: addDaysIso(utcDayOf(now), -1) },
    ]);
    await expectAudited(res.requestId, { action: 'person.supervisor_changed', entityId: p.id }, {
      table: 'supervision_assignment', where: 'supervisee_id = $1', params: [p.id],
    });
    // The old supervisor no longer sees the person; the new one does.
    const oldSup = await gql(app, graphql(`query Person($id: ID!) { person(id: $id) { id } }`), { id: p.id }, { token: t.supervisor });
    expect(codeOf(oldSup)).toBe('NOT_FOUND');
    const newSup = await gql(app, graphql(`query Person($id: ID!) { person(id: $id) { id } }`), { id: p.id }, { token: t.supervisor2 });
    expect(newSup.data?.person.id).toBe(p.id);

    const ended = await asAdmin(ASSIGN_SUPERVISOR, { i: { superviseeId: p.id, supervisorId: null } });
    expect(ended.data?.assignSupervisor.supervisor).toBeNull();
    expect(ended.data?.assignSupervisor.supervisionHistory).toHaveLength(2);
  }));

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
    expect(codeOf(await gql(app, graphql(`query MeId { me { id } }`), {}, { token }))).toBe('UNAUTHENTICATED');
    const lists = await ok(app, graphql(`query PeoplePeople($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }`), { s: p.email }, { token: t.admin });
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
    await expectBadInput(await callRaw(app, query, { id: 'not-an-id' }, { token: t.admin }));
    await expectBadInput(await callRaw(app, query, { id: randomUUID() }, { token: t.admin }), 'NOT_FOUND');
    await expectBadInput(await callRaw(app, query, { id: foreign.people.staff.id }, { token: t.admin }), 'NOT_FOUND');
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
    expect(codeOf(await gql(app, graphql(`query Invitation($t: String!) { invitation(token: $t) { email } }`), { t: oldToken }))).toBe('NOT_FOUND');
    expect((await gql(app, graphql(`query InvitationInOrganizationAdminPeople($t: String!) { invitation(token: $t) { personName } }`), { t: newToken })).data?.invitation.personName).toBe('Resend Me');
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
