// Authentication: changes taking effect, invitations, sign-up (createOrganization), changing the password and the profile.
import { PASSWORD_MESSAGES } from '@tandem/shared';
import { createOrg, login, TEST_PASSWORD } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { addPerson, auditRowsOf, call, inviteToken, latestLink, ok, outboxOf, personIdByEmail, sessionCookie, uniq, xminsOf } from './support/admin-helpers';
import { startTestApp } from './support/test-app';
import {
  ME, INVITE, PREVIEW, ACCEPT, CREATE_ORG, CHANGE_PASSWORD, UPDATE_PROFILE, BAD_LOGIN, loginAttempt, app, org, adminToken, useAuthApp,
} from './support/auth-setup';
import { graphql } from './gql';

useAuthApp();

describe('changes take effect on the next request', () => {
  it('deactivation: the existing token stops working and the person cannot sign in; reactivation allows sign-in again', async () => {
    const person = await addPerson(app, org.id, 'deact', ['STAFF'], { teamId: org.teams.a1 });
    const token = await login(app, person.email);
    expect((await gql(app, ME, {}, { token })).data?.me.id).toBe(person.id);

    await ok(app, graphql(`mutation DeactivatePerson($id: ID!) { deactivatePerson(personId: $id) { id active } }`), { id: person.id }, { token: adminToken });
    expect(codeOf(await gql(app, ME, {}, { token }))).toBe('UNAUTHENTICATED');
    const denied = await loginAttempt(app, person.email, TEST_PASSWORD);
    expect(codeOf(denied)).toBe('UNAUTHENTICATED');
    // The same message as a wrong password: the response does not reveal that the account exists but is inactive.
    expect(denied.errors![0]!.message).toBe(BAD_LOGIN);
    expect((await auditRowsOf(app, denied.requestId)).map((r) => [r.action, r.summary])).toEqual([['auth.login_failed', { reason: 'inactive' }]]);

    await ok(app, graphql(`mutation ReactivatePerson($id: ID!) { reactivatePerson(personId: $id) { id active } }`), { id: person.id }, { token: adminToken });
    const again = await loginAttempt(app, person.email, TEST_PASSWORD);
    expect(again.errors).toBeUndefined();
    expect((await gql(app, ME, {}, { token: again.data!.login.token })).data?.me.id).toBe(person.id);
    // Reactivation does not bring the sessions that deactivation ended back to life.
    expect(codeOf(await gql(app, ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('role change: a staff token cannot createProgram, can once the person is made ADMIN, and cannot after the role is removed', async () => {
    const person = await addPerson(app, org.id, 'promoted', ['STAFF'], { teamId: org.teams.a2 });
    const token = await login(app, person.email);
    const create = (name: string) => call(app, graphql(`mutation CreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id name } }`), { i: { name } }, { token });

    const before = await create(`Staff program ${uniq()}`);
    expect(codeOf(before)).toBe('FORBIDDEN');

    await ok(app, graphql(`mutation SetPersonRoles($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }`), { i: { personId: person.id, roles: ['STAFF', 'ADMIN'] } }, { token: adminToken });
    const name = `Promoted program ${uniq()}`;
    const after = await create(name);
    expect(after.errors).toBeUndefined();
    expect(after.data?.createProgram.name).toBe(name);
    expect((await gql(app, ME, {}, { token })).data?.me.roles.sort()).toEqual(['ADMIN', 'STAFF']);

    await ok(app, graphql(`mutation SetPersonRoles($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }`), { i: { personId: person.id, roles: ['STAFF'] } }, { token: adminToken });
    expect(codeOf(await create(`Demoted program ${uniq()}`))).toBe('FORBIDDEN');
  });
});

describe('invitations', () => {
  const invite = async (overrides: Record<string, unknown> = {}) => {
    const email = `invitee-${uniq()}@example.test`;
    const data = await ok(app, INVITE, {
      i: { name: 'Ines Invitee', email, roles: ['STAFF'], teamId: org.teams.a1, ...overrides },
    }, { token: adminToken });
    const personId = data.invitePerson.person.id;
    const url = await latestLink(app, personId, 'INVITATION');
    // The link went to the person's message, not back to the admin who invited them.
    expect(JSON.stringify(data)).not.toContain(inviteToken(url));
    return { email, url, personId, pending: data.invitePerson.person.invitationPending };
  };

  it('invite → public preview → short password refused → accept signs in → the password works → the link is one-time', async () => {
    const { email, url, personId, pending } = await invite();
    expect(pending).toBe(true);
    expect(url).toMatch(new RegExp(`^${app.config.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/invite/[A-Za-z0-9_-]{43}$`));
    const token = inviteToken(url);

    // Not yet able to sign in: no password has been set.
    expect(codeOf(await loginAttempt(app, email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');

    const preview = await gql(app, PREVIEW, { t: token });
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.invitation).toEqual({ personName: 'Ines Invitee', email, organizationName: org.name, passwordChosen: false });

    const short = await gql(app, ACCEPT, { i: { token, password: 'short' } });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.message).toBe(PASSWORD_MESSAGES.tooShort);
    const common = await gql(app, ACCEPT, { i: { token, password: 'password1234' } });
    expect({ code: codeOf(common), message: common.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: PASSWORD_MESSAGES.tooCommon });
    // Words from the person's own context are refused too (checked in the invitation's organisation).
    const personal = await gql(app, ACCEPT, { i: { token, password: `${email}!!` } });
    expect({ code: codeOf(personal), message: personal.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: PASSWORD_MESSAGES.personal });
    const none = await gql(app, ACCEPT, { i: { token } });
    expect(codeOf(none)).toBe('BAD_USER_INPUT');
    // A refused attempt does not use up the link.
    expect((await gql(app, PREVIEW, { t: token })).errors).toBeUndefined();

    const password = `invited-${uniq()}-password`;
    const accepted = await call(app, ACCEPT, { i: { token, password } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.person).toEqual({ id: personId, email, invitationPending: false });
    expect(sessionCookie(accepted.headers)).toMatch(/HttpOnly/i);
    expect((await gql(app, ME, {}, { token: accepted.data!.acceptInvitation.token })).data?.me.id).toBe(personId);
    expect((await auditRowsOf(app, accepted.requestId)).map((r) => [r.action, r.entity_id])).toEqual([['invitation.accepted', personId]]);

    const signIn = await loginAttempt(app, email, password);
    expect(signIn.errors).toBeUndefined();

    const second = await gql(app, ACCEPT, { i: { token, password: 'another-long-password' } });
    expect(codeOf(second)).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, PREVIEW, { t: token }))).toBe('NOT_FOUND');
    // The second attempt changed nothing: the first password still works, the second does not.
    expect(codeOf(await loginAttempt(app, email, 'another-long-password'))).toBe('UNAUTHENTICATED');
    expect((await loginAttempt(app, email, password)).errors).toBeUndefined();
  });

  it('two simultaneous accepts of one link: exactly one succeeds', async () => {
    const { url, email } = await invite();
    const token = inviteToken(url);
    const results = await Promise.all(['first-long-password', 'second-long-password'].map((password) =>
      gql(app, ACCEPT, { i: { token, password } }).then((res) => ({ password, res }))));
    const winners = results.filter((r) => !r.res.errors);
    expect(results.map((r) => codeOf(r.res) ?? 'OK').sort()).toEqual(['NOT_FOUND', 'OK']);
    const loser = results.find((r) => r.res.errors)!;
    // The winner's password is the one that holds; the loser neither set a password nor got a session.
    expect((await loginAttempt(app, email, winners[0]!.password)).errors).toBeUndefined();
    expect(codeOf(await loginAttempt(app, email, loser.password))).toBe('UNAUTHENTICATED');
  });

  it('an unknown token is NOT_FOUND for preview and accept', async () => {
    expect(codeOf(await gql(app, PREVIEW, { t: 'z'.repeat(43) }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, ACCEPT, { i: { token: 'z'.repeat(43), password: 'long-enough-password' } }))).toBe('NOT_FOUND');
  });

  it('resendInvitation invalidates the old link and the new one (in the person’s message) works', async () => {
    const { email, url: first, personId } = await invite({ roles: ['SUPERVISOR'] });
    const resent = await ok(app, graphql(`mutation ResendInvitation($id: ID!) { resendInvitation(personId: $id) }`), { id: personId }, { token: adminToken });
    expect(resent.resendInvitation).toBe(true);
    const second = await latestLink(app, personId, 'INVITATION');
    expect(inviteToken(second)).not.toBe(inviteToken(first));
    expect(codeOf(await gql(app, PREVIEW, { t: inviteToken(first) }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, ACCEPT, { i: { token: inviteToken(first), password: 'long-enough-password' } }))).toBe('NOT_FOUND');
    expect((await gql(app, PREVIEW, { t: inviteToken(second) })).data?.invitation.email).toBe(email);
    const accepted = await gql(app, ACCEPT, { i: { token: inviteToken(second), password: 'long-enough-password' } });
    expect(accepted.data?.acceptInvitation.person.id).toBe(personId);
  });

  it('a deactivated invitee cannot accept', async () => {
    const { url, personId } = await invite();
    await app.owner.query('UPDATE person SET active = false WHERE id = $1', [personId]);
    const res = await gql(app, ACCEPT, { i: { token: inviteToken(url), password: 'long-enough-password' } });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    const [row] = await app.owner.query('SELECT password_hash FROM person WHERE id = $1', [personId]);
    expect(row.password_hash).toBeNull();
  });
});

describe('createOrganization', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    organizationName: `Signup org ${uniq()}`, adminName: 'Sam Signup', email: `signup-${uniq()}@example.test`, password: 'signup-long-password', ...overrides,
  });

  it('answers true without signing anyone in; the founder’s confirmation link (in their message) signs them in as ADMIN of an isolated organisation', async () => {
    const i = input();
    const res = await call(app, CREATE_ORG, { i });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ createOrganization: true });
    expect(sessionCookie(res.headers)).toBeUndefined();
    // Not yet able to sign in: the address has not been confirmed.
    expect(codeOf(await loginAttempt(app, i.email, i.password))).toBe('UNAUTHENTICATED');

    const personId = await personIdByEmail(app, i.email);
    const [message] = await outboxOf(app, personId);
    expect(message).toMatchObject({ kind: 'SIGN_UP_CONFIRMATION', to_address: i.email });
    expect(message!.body_text).toContain(i.organizationName);
    const link = message!.action_url!;
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    const preview = await gql(app, PREVIEW, { t: inviteToken(link) });
    expect(preview.data?.invitation).toEqual({ personName: 'Sam Signup', email: i.email, organizationName: i.organizationName, passwordChosen: true });

    const confirmed = await call(app, ACCEPT, { i: { token: inviteToken(link) } });
    expect(confirmed.errors).toBeUndefined();
    const { token, person } = confirmed.data!.acceptInvitation;
    expect(person).toEqual({ id: personId, email: i.email, invitationPending: false });
    expect(sessionCookie(confirmed.headers)).toMatch(/HttpOnly/i);
    const me = await gql(app, ME, {}, { token });
    expect(me.data?.me).toMatchObject({ id: personId, email: i.email, roles: ['ADMIN'] });
    const orgId = me.data!.me.organization.id as string;
    expect(orgId).not.toBe(org.id);
    const people = await gql(app, graphql(`query People { people(filter: { includeInactive: true }) { totalCount items { id } } }`), {}, { token });
    expect(people.data?.people).toEqual({ totalCount: 1, items: [{ id: personId }] });
    const foreign = await gql(app, graphql(`query Person($id: ID!) { person(id: $id) { id } }`), { id: org.people.staff.id }, { token });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect((await gql(app, graphql(`query ProgramsTeams { programs { id } teams { id } }`), {}, { token })).data).toEqual({ programs: [], teams: [] });

    const rows = await auditRowsOf(app, res.requestId);
    expect(rows.map((r) => [r.action, r.organization_id, r.entity_id, r.actor_id])).toEqual([['organization.created', orgId, orgId, null]]);
    // The password chosen at sign-up is the one that works.
    expect((await loginAttempt(app, i.email, i.password)).errors).toBeUndefined();
    // The link was one-time.
    expect(codeOf(await gql(app, ACCEPT, { i: { token: inviteToken(link) } }))).toBe('NOT_FOUND');
  });

  it('answers an address that already has an account (in any spelling) exactly the same way, creates nothing and tells that person', async () => {
    const fresh = input();
    const taken = input({ email: org.people.staff.email.toUpperCase() });
    const a = await call(app, CREATE_ORG, { i: fresh });
    const b = await call(app, CREATE_ORG, { i: taken });
    expect(b.status).toBe(a.status);
    expect(b.body).toEqual(a.body);
    expect(b.data).toEqual({ createOrganization: true });
    expect(sessionCookie(b.headers)).toBeUndefined();
    expect(await app.owner.query('SELECT id FROM organization WHERE name = $1', [taken.organizationName])).toEqual([]);
    const [told] = await outboxOf(app, org.people.staff.id, 'SIGN_UP_ATTEMPT');
    expect(told).toMatchObject({ organization_id: org.id, to_address: org.people.staff.email });
    expect(told!.body_text).toContain('/forgot-password');
    expect((await auditRowsOf(app, b.requestId)).map((r) => [r.action, r.entity_id])).toEqual([['auth.sign_up_attempted', org.people.staff.id]]);
    // The existing account is untouched.
    expect((await loginAttempt(app, org.people.staff.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it.each([
    ['a short password', { password: 'short' }, PASSWORD_MESSAGES.tooShort],
    ['a common password', { password: 'qwertyuiop12' }, PASSWORD_MESSAGES.tooCommon],
    ['a repetitive password', { password: ' '.repeat(12) }, PASSWORD_MESSAGES.tooSimple],
    ['the organisation name as password', { organizationName: 'Riverside Recovery', password: 'Riverside Recovery!' }, PASSWORD_MESSAGES.personal],
    ['an invalid e-mail', { email: 'not-an-email' }, undefined],
    ['an empty organisation name', { organizationName: '' }, undefined],
    ['an empty admin name', { adminName: '' }, undefined],
  ])('rejects %s with BAD_USER_INPUT', async (_label, overrides, message) => {
    const i = input(overrides);
    const res = await gql(app, CREATE_ORG, { i });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    if (message) expect(res.errors![0]!.message).toBe(message);
    expect(await app.owner.query('SELECT id FROM person WHERE email = $1', [i.email])).toEqual([]);
  });

  it('rejects blank (whitespace-only) names with BAD_USER_INPUT', async () => {
    const codes = {
      organizationName: codeOf(await gql(app, CREATE_ORG, { i: input({ organizationName: '    ' }) })),
      adminName: codeOf(await gql(app, CREATE_ORG, { i: input({ adminName: '   ' }) })),
    };
    expect(codes).toEqual({ organizationName: 'BAD_USER_INPUT', adminName: 'BAD_USER_INPUT' });
  });

  it('is FORBIDDEN when sign-up is turned off (TANDEM_SIGNUP=0)', async () => {
    const closed = await startTestApp({ TANDEM_SIGNUP: '0' });
    try {
      const i = input();
      const res = await gql(closed, CREATE_ORG, { i });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      expect(await closed.owner.query('SELECT id FROM person WHERE email = $1', [i.email])).toEqual([]);
    } finally {
      await closed.close();
    }
  });

  it('is throttled per client IP, the same for new and known addresses (TOO_MANY_REQUESTS, nothing created)', async () => {
    const limited = await startTestApp({ SIGNUP_MAX_PER_IP: '2' });
    try {
      const lorg = await createOrg(limited, 'SignupThrottle');
      expect((await gql(limited, CREATE_ORG, { i: input() })).data).toEqual({ createOrganization: true });
      expect((await gql(limited, CREATE_ORG, { i: input({ email: lorg.people.staff.email }) })).data).toEqual({ createOrganization: true });
      const third = input();
      const blockedNew = await gql(limited, CREATE_ORG, { i: third });
      const blockedKnown = await gql(limited, CREATE_ORG, { i: input({ email: lorg.people.admin.email }) });
      expect([codeOf(blockedNew), codeOf(blockedKnown)]).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
      expect(blockedNew.errors![0]!.message).toBe(blockedKnown.errors![0]!.message);
      expect(await limited.owner.query('SELECT id FROM person WHERE email = $1', [third.email])).toEqual([]);
    } finally {
      await limited.close();
    }
  });
});

describe('changePassword', () => {
  it('wrong current password, a short new one, or the same one again → BAD_USER_INPUT, and the password is unchanged', async () => {
    const person = await addPerson(app, org.id, 'pwbad', ['STAFF']);
    const token = await login(app, person.email);
    const cases = {
      wrongCurrent: codeOf(await gql(app, CHANGE_PASSWORD, { i: { currentPassword: 'not-my-password', newPassword: 'brand-new-password' } }, { token })),
      shortNew: codeOf(await gql(app, CHANGE_PASSWORD, { i: { currentPassword: TEST_PASSWORD, newPassword: 'short' } }, { token })),
      commonNew: codeOf(await gql(app, CHANGE_PASSWORD, { i: { currentPassword: TEST_PASSWORD, newPassword: 'Password1234' } }, { token })),
      ownEmail: codeOf(await gql(app, CHANGE_PASSWORD, { i: { currentPassword: TEST_PASSWORD, newPassword: `${person.email}1` } }, { token })),
      sameAgain: codeOf(await gql(app, CHANGE_PASSWORD, { i: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }, { token })),
    };
    expect(cases).toEqual({
      wrongCurrent: 'BAD_USER_INPUT', shortNew: 'BAD_USER_INPUT', commonNew: 'BAD_USER_INPUT', ownEmail: 'BAD_USER_INPUT', sameAgain: 'BAD_USER_INPUT',
    });
    expect((await loginAttempt(app, person.email, TEST_PASSWORD)).errors).toBeUndefined();
    expect(codeOf(await loginAttempt(app, person.email, 'brand-new-password'))).toBe('UNAUTHENTICATED');
  });

  it('success: the old password stops working, the new one works; other sessions end, the current one keeps working', async () => {
    const person = await addPerson(app, org.id, 'pwok', ['STAFF']);
    const current = await login(app, person.email);
    const otherSession = await login(app, person.email);
    const newPassword = `changed-${uniq()}-password`;
    const res = await call(app, CHANGE_PASSWORD, { i: { currentPassword: TEST_PASSWORD, newPassword } }, { token: current });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ changePassword: true });
    expect((await gql(app, ME, {}, { token: current })).data?.me.id).toBe(person.id);
    expect(codeOf(await gql(app, ME, {}, { token: otherSession }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await loginAttempt(app, person.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await loginAttempt(app, person.email, newPassword)).errors).toBeUndefined();
    const rows = await auditRowsOf(app, res.requestId);
    expect(rows.map((r) => [r.action, r.actor_id, r.entity_id])).toEqual([['auth.password_changed', person.id, person.id]]);
    expect(JSON.stringify(rows[0]!.summary)).not.toContain(newPassword);
  });
});

describe('updateMyProfile', () => {
  it('updates the signed-in person’s name and job title', async () => {
    const person = await addPerson(app, org.id, 'profile', ['STAFF']);
    const token = await login(app, person.email);
    const res = await call(app, UPDATE_PROFILE, { i: { name: '  Pat Profile  ', jobTitle: 'Recovery coach' } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateMyProfile).toEqual({ id: person.id, name: 'Pat Profile', jobTitle: 'Recovery coach' });
    const me = await gql(app, graphql(`query Me { me { name jobTitle } }`), {}, { token });
    expect(me.data?.me).toEqual({ name: 'Pat Profile', jobTitle: 'Recovery coach' });
    const rows = await auditRowsOf(app, res.requestId);
    expect(rows.map((r) => [r.action, r.actor_id, r.entity_id])).toEqual([['person.profile_updated', person.id, person.id]]);
    expect(await xminsOf(app, 'person', 'id = $1', [person.id])).toEqual([rows[0]!.xmin]);
  });

  it('updates the name alone (jobTitle is optional in the contract) and keeps the job title', async () => {
    const person = await addPerson(app, org.id, 'nameonly', ['STAFF']);
    await app.owner.query(`UPDATE person SET job_title = 'Peer mentor' WHERE id = $1`, [person.id]);
    const token = await login(app, person.email);
    const res = await gql(app, UPDATE_PROFILE, { i: { name: 'Only The Name' } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateMyProfile).toEqual({ id: person.id, name: 'Only The Name', jobTitle: 'Peer mentor' });
  });

  it('rejects an empty or too long name with BAD_USER_INPUT and keeps the old name', async () => {
    const person = await addPerson(app, org.id, 'noname', ['STAFF']);
    const token = await login(app, person.email);
    const codes = {
      empty: codeOf(await gql(app, UPDATE_PROFILE, { i: { name: '', jobTitle: 'x' } }, { token })),
      tooLong: codeOf(await gql(app, UPDATE_PROFILE, { i: { name: 'n'.repeat(121), jobTitle: 'x' } }, { token })),
    };
    expect(codes).toEqual({ empty: 'BAD_USER_INPUT', tooLong: 'BAD_USER_INPUT' });
    expect((await gql(app, graphql(`query MeInAuthAccounts { me { name } }`), {}, { token })).data?.me.name).toBe(person.name);
  });

  it('rejects a blank (whitespace-only) name with BAD_USER_INPUT and keeps the old name', async () => {
    const person = await addPerson(app, org.id, 'blankname', ['STAFF']);
    const token = await login(app, person.email);
    expect(codeOf(await gql(app, UPDATE_PROFILE, { i: { name: '   ', jobTitle: 'x' } }, { token }))).toBe('BAD_USER_INPUT');
    const [row] = await app.owner.query('SELECT name FROM person WHERE id = $1', [person.id]);
    expect(row.name).toBe(person.name);
  });

  it('requires a session', async () => {
    expect(codeOf(await gql(app, UPDATE_PROFILE, { i: { name: 'Anon', jobTitle: 'x' } }))).toBe('UNAUTHENTICATED');
  });
});
