// Organisation administration: programs, teams, organisation settings and roster import.
import { randomUUID } from 'node:crypto';
import { createOrg, login, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { addPerson, auditRowsOf, call, callRaw, inviteToken, latestLink, ok, outboxOf, personIdByEmail, uniq, xminsOf } from './support/admin-helpers';
import {
  CREATE_PROGRAM, UPDATE_PROGRAM, CREATE_TEAM, UPDATE_TEAM, IMPORT, UPDATE_ORG, ACCEPT, LOGIN, sorted, app, org, t, foreign, foreignAdmin, expectAudited, expectNoAudit, expectForbiddenForNonAdmins, expectBadInput, asAdmin, freshProgram, freshTeam, useOrgAdminApp,
} from './support/org-admin-setup';
import { graphql } from './gql';

useOrgAdminApp();

// ── programs ──────────────────────────────────────────────────────────────────────────────────────

describe('createProgram', () => {
  it('creates a trimmed program and audits it in the same transaction', async () => {
    const name = `Outreach ${uniq()}`;
    const res = await asAdmin(CREATE_PROGRAM, { i: { name: `  ${name}  `, description: ' Street outreach ' } });
    expect(res.errors).toBeUndefined();
    const program = res.data!.createProgram;
    expect(program).toEqual({ id: expect.any(String), name, description: 'Street outreach', archived: false, teamCount: 0, teams: [] });
    const list = await ok(app, graphql(`query ProgramsInOrganizationAdminStructure { programs { id name } }`), {}, { token: t.admin });
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

    const lists = await ok(app, graphql(`query ProgramsPrograms { active: programs { id } all: programs(includeArchived: true) { id archived } }`), {}, { token: t.admin });
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
    const teams = await ok(app, graphql(`query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }`), { p: org.programs.b }, { token: t.admin });
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
    const lists = await ok(app, graphql(`query TeamsTeams { active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }`), {}, { token: t.admin });
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

describe('updateOrganization', () => {
  it('renames the organisation and sets the notes policy, and audits it', async () => {
    const o = await createOrg(app, 'Rename');
    const token = await login(app, o.people.admin.email);
    const name = `Renamed org ${uniq()}`;
    const res = await call(app, UPDATE_ORG, { i: { name: `  ${name} `, managersReadNotes: true } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateOrganization).toEqual({ id: o.id, name, managersReadNotes: true });
    expect((await gql(app, graphql(`query Organization { organization { id name managersReadNotes } }`), {}, { token })).data?.organization).toEqual({ id: o.id, name, managersReadNotes: true });
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
    await expectBadInput(await callRaw(app, UPDATE_ORG, { i: input }, { token: t.admin }));
    const [row] = await app.owner.query('SELECT name, settings FROM organization WHERE id = $1', [org.id]);
    expect(row).toEqual({ name: org.name, settings: {} });
  });
});

// ── queries ───────────────────────────────────────────────────────────────────────────────────────

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

    const people = await ok(app, graphql(`query PeopleInOrganizationAdminStructure($s: String) { people(filter: { search: $s }) { items { email roles team { name } supervisor { email } } } }`), { s: tag }, { token: rt });
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
    expect(applied.data!.importRoster.rows[0]!.invited).toBe(false);
    expect(await outboxOf(app, p.id)).toEqual([]);
    const person = await ok(app, graphql(`query PersonInOrganizationAdminStructure($id: ID!) { person(id: $id) { name roles team { name } teamHistory { endsOn } } }`), { id: p.id }, { token: rt });
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
    const bad = res.data!.importRoster.rows.find((row) => row.action === 'ERROR')!;
    expect(bad.line).toBe(4);
  });
});
