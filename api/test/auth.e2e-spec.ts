import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { JOB_SCHEMA } from '@tandem/database';
import { createLogger } from '../src/common/logger';
import { createServer } from '../src/server';
import { PASSWORD_MESSAGES } from '@tandem/shared';
import { createOrg, login, TEST_PASSWORD, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import {
  addPerson, auditRowsOf, call, inviteToken, latestLink, ok, outboxOf, personIdByEmail, sessionCookie, uniq, xminsOf,
} from './support/admin-helpers';
import { startTestApp, type TestApp } from './support/test-app';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token person { id name email roles organization { id name } } } }';
const ME = '{ me { id email roles organization { id } } }';
const INVITE = 'mutation($i: InvitePersonInput!) { invitePerson(input: $i) { person { id invitationPending } } }';
const PREVIEW = 'query($t: String!) { invitation(token: $t) { personName email organizationName passwordChosen } }';
const ACCEPT = 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id email invitationPending } } }';
const CREATE_ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) }';
const CHANGE_PASSWORD = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
const UPDATE_PROFILE = 'mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }';
const BAD_LOGIN = 'E-mail or password is incorrect';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const loginAttempt = (app: Pick<TestApp, 'url'>, email: string, password: string, headers: Record<string, string> = {}) =>
  call<{ login: { token: string } }>(app, 'mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email, password } }, { headers });

/** A second API server on the same database, as a second replica would be. */
async function startTwin(app: TestApp): Promise<{ url: string; close(): Promise<void> }> {
  const server = await createServer(app.config, app.appDbUrl, createLogger('silent'));
  await server.app.listen(0, '127.0.0.1');
  const port = (server.app.getHttpServer().address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

let app: TestApp;
let org: TestOrg;
let adminToken: string;

beforeAll(async () => {
  // Many sign-ins happen in this file: the per-IP limit counts every attempt from 127.0.0.1 on this server.
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000', SIGNUP_MAX_PER_IP: '100000' });
  org = await createOrg(app, 'Auth');
  adminToken = await login(app, org.people.admin.email);
});
afterAll(async () => app.close());

describe('login', () => {
  it('returns a token and the person with roles and organisation, and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const { staff } = org.people;
    const res = await call(app, LOGIN, { i: { email: staff.email, password: TEST_PASSWORD } });
    expect(res.errors).toBeUndefined();
    const { token, person } = res.data!.login;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(person).toEqual({
      id: staff.id, name: staff.name, email: staff.email, roles: ['STAFF'], organization: { id: org.id, name: org.name },
    });
    const cookie = sessionCookie(res.headers);
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie!.split(';')[0]).toBe(`tandem_session=${token}`);
  });

  it('the session cookie alone authenticates `me`', async () => {
    const res = await call(app, LOGIN, { i: { email: org.people.supervisor.email, password: TEST_PASSWORD } });
    const cookie = sessionCookie(res.headers)!.split(';')[0]!;
    const me = await gql(app, ME, {}, { cookie });
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toEqual({ id: org.people.supervisor.id, email: org.people.supervisor.email, roles: ['SUPERVISOR'], organization: { id: org.id } });
    const anonymous = await gql(app, ME);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    const forged = await gql(app, ME, {}, { cookie: 'tandem_session=forged-token-that-does-not-exist' });
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');
  });

  it('an authenticated `{ me }` costs at most four statements: one viewer lookup (session, person, grants), BEGIN with the tenant, the person, COMMIT', async () => {
    const token = await login(app, org.people.staff.email);
    await gql(app, '{ me { id } }', {}, { token });
    const spy = jest.spyOn(Client.prototype, 'query');
    let sent: string[];
    try {
      const res = await gql(app, '{ me { id name email } }', {}, { token });
      expect(res.data?.me.id).toBe(org.people.staff.id);
      // The mail worker polls its queue on its own schedule; its statements are not the request's.
      sent = spy.mock.calls.map(([q]) => String(typeof q === 'object' && q !== null ? (q as { text: string }).text : q)).filter((t) => !t.includes(JOB_SCHEMA));
    } finally {
      spy.mockRestore();
    }
    expect(sent.filter((t) => t.includes('auth_find_viewer'))).toHaveLength(1);
    expect(sent.some((t) => /auth_find_session|FROM role_grant/.test(t))).toBe(false);
    expect(sent.length).toBeLessThanOrEqual(4);
  });

  it('`Authorization: Bearer <token>` authenticates `me`', async () => {
    const token = await login(app, org.people.manager.email);
    const me = await gql(app, ME, {}, { token });
    expect(me.data?.me.id).toBe(org.people.manager.id);
    expect(me.data?.me.roles).toEqual(['PROGRAM_MANAGER']);
    expect(codeOf(await gql(app, ME, {}, { token: `${token}x` }))).toBe('UNAUTHENTICATED');
  });

  it('treats the e-mail address case-insensitively', async () => {
    const res = await loginAttempt(app, org.people.staff2.email.toUpperCase(), TEST_PASSWORD);
    expect(res.errors).toBeUndefined();
    const me = await gql(app, ME, {}, { token: res.data!.login.token });
    expect(me.data?.me.id).toBe(org.people.staff2.id);
  });

  it('a wrong password and an unknown e-mail both give UNAUTHENTICATED with the same message, and no cookie', async () => {
    const wrong = await loginAttempt(app, org.people.staff.email, 'not-the-password');
    const unknown = await loginAttempt(app, `nobody-${uniq()}@example.test`, TEST_PASSWORD);
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe(BAD_LOGIN);
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    expect(wrong.data).toBeNull();
    expect(sessionCookie(wrong.headers)).toBeUndefined();
    expect(sessionCookie(unknown.headers)).toBeUndefined();
  });

  it.each([
    ['an invalid e-mail', { email: 'not-an-email', password: TEST_PASSWORD }],
    ['an empty password', { email: 'someone@example.test', password: '' }],
    ['an empty e-mail', { email: '', password: TEST_PASSWORD }],
  ])('rejects %s with BAD_USER_INPUT', async (_label, input) => {
    const res = await gql(app, LOGIN, { i: input });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.data).toBeNull();
  });

  it('a failed login for an existing account writes `auth.login_failed` although the mutation failed; an unknown e-mail writes nothing', async () => {
    const failed = await loginAttempt(app, org.people.staff.email, 'wrong-password-here');
    expect(codeOf(failed)).toBe('UNAUTHENTICATED');
    const rows = await auditRowsOf(app, failed.requestId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      organization_id: org.id, actor_id: null, entity: 'person', entity_id: org.people.staff.id, action: 'auth.login_failed',
      summary: { reason: 'password' }, request_id: failed.requestId,
    });
    const unknown = await loginAttempt(app, `ghost-${uniq()}@example.test`, 'whatever-password');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(await auditRowsOf(app, unknown.requestId)).toEqual([]);
  });

  it('a successful login writes `auth.login` in the same transaction as the new session', async () => {
    const res = await loginAttempt(app, org.people.supervisor2.email, TEST_PASSWORD);
    const rows = await auditRowsOf(app, res.requestId);
    expect(rows.map((r) => [r.action, r.actor_id, r.entity_id, r.organization_id])).toEqual([
      ['auth.login', org.people.supervisor2.id, org.people.supervisor2.id, org.id],
    ]);
    const session = await xminsOf(app, 'auth_session', 'token_hash = $1', [sha256(res.data!.login.token)]);
    expect(session).toEqual([rows[0]!.xmin]);
  });
});

describe('login throttling', () => {
  describe('per account and client IP', () => {
    let limited: TestApp;
    let lorg: TestOrg;
    beforeAll(async () => {
      limited = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '100000' });
      lorg = await createOrg(limited, 'Throttle');
    });
    afterAll(async () => limited.close());

    it('after N failures the next attempt from that client gets TOO_MANY_REQUESTS even with the right password; other accounts are unaffected', async () => {
      const { staff, staff2 } = lorg.people;
      for (let i = 0; i < 3; i++) expect(codeOf(await loginAttempt(limited, staff.email, `wrong-${i}-password`))).toBe('UNAUTHENTICATED');
      const blocked = await loginAttempt(limited, staff.email, TEST_PASSWORD);
      expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(blocked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.data).toBeNull();
      expect(sessionCookie(blocked.headers)).toBeUndefined();
      // The address is counted however it is spelt.
      expect(codeOf(await loginAttempt(limited, staff.email.toUpperCase(), TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
      const other = await loginAttempt(limited, staff2.email, TEST_PASSWORD);
      expect(other.errors).toBeUndefined();
      expect(other.data?.login.token).toBeTruthy();
    });

    it('a successful login clears the failure count', async () => {
      const { supervisor } = lorg.people;
      for (let i = 0; i < 2; i++) expect(codeOf(await loginAttempt(limited, supervisor.email, 'wrong-password-1'))).toBe('UNAUTHENTICATED');
      expect((await loginAttempt(limited, supervisor.email, TEST_PASSWORD)).errors).toBeUndefined();
      for (let i = 0; i < 2; i++) expect(codeOf(await loginAttempt(limited, supervisor.email, 'wrong-password-2'))).toBe('UNAUTHENTICATED');
      expect((await loginAttempt(limited, supervisor.email, TEST_PASSWORD)).errors).toBeUndefined();
    });

    it('aliased logins in one request are each counted: aliasing cannot buy more failed password checks than the limit', async () => {
      const { manager } = lorg.people;
      const wrong = (alias: string) => `${alias}: login(input: { email: "${manager.email}", password: "wrong-password" }) { token }`;
      const aliased = `mutation { ${['a1', 'a2', 'a3', 'a4', 'a5'].map(wrong).join(' ')} }`;
      let checked = 0;
      for (let i = 0; i < 3; i++) {
        const res = await call(limited, aliased);
        expect(res.data).toBeNull();
        // Each resolver call that ran was counted (one audit row per failed password check)…
        const failures = (await auditRowsOf(limited, res.requestId)).filter((r) => r.action === 'auth.login_failed').length;
        expect(failures).toBe(res.errors!.filter((e) => e.extensions?.code === 'UNAUTHENTICATED').length);
        checked += failures;
      }
      // …so 15 aliased attempts in three requests checked the password at most 3 times, and the account is now locked.
      expect(checked).toBeGreaterThanOrEqual(1);
      expect(checked).toBeLessThanOrEqual(3);
      for (let i = checked; i < 3; i++) expect(codeOf(await loginAttempt(limited, manager.email, 'still-wrong-pass'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await loginAttempt(limited, manager.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('charged before the password is checked; the pair is paused, not the account', () => {
    let limited: TestApp;
    let lorg: TestOrg;
    beforeAll(async () => {
      // TRUST_PROXY lets the test speak for several clients through X-Forwarded-For.
      limited = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_ATTEMPTS_PER_IP: '100000', TRUST_PROXY: 'loopback' });
      lorg = await createOrg(limited, 'Parallel');
    });
    afterAll(async () => limited.close());

    it('150 parallel wrong passwords from one client verify at most 5; the owner on another IP still signs in', async () => {
      const { staff } = lorg.people;
      const attacker = { 'x-forwarded-for': '198.51.100.7' };
      const results = await Promise.all(
        Array.from({ length: 150 }, (_, i) => loginAttempt(limited, staff.email, `wrong-guess-${i}-password`, attacker)),
      );
      const codes = results.map((r) => codeOf(r));
      const refused = codes.filter((c) => c === 'TOO_MANY_REQUESTS').length;
      const checked = codes.filter((c) => c === 'UNAUTHENTICATED').length;
      expect({ refused, checked, other: 150 - refused - checked }).toEqual({ refused: 150 - checked, checked, other: 0 });
      expect(checked).toBeGreaterThanOrEqual(1);
      expect(checked).toBeLessThanOrEqual(5);
      // One audit row per password actually verified: the store was charged before any hash was computed.
      const [verified] = await limited.owner.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'auth.login_failed'`, [staff.id],
      );
      expect(verified.n).toBe(checked);
      expect(results.every((r) => r.data === null && sessionCookie(r.headers) === undefined)).toBe(true);

      // The owner, from their own device, is not locked out…
      const owner = await loginAttempt(limited, staff.email, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.20' });
      expect(owner.errors).toBeUndefined();
      expect(owner.data?.login.token).toBeTruthy();
      // …while the guessing client stays paused, even with the right password.
      const again = await loginAttempt(limited, staff.email, TEST_PASSWORD, attacker);
      expect(codeOf(again)).toBe('TOO_MANY_REQUESTS');
      expect(again.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('counts in the shared Postgres store (several API replicas count together), keyed by hashes, never by e-mail or IP', async () => {
      const { supervisor } = lorg.people;
      const client = { 'x-forwarded-for': '198.51.100.99' };
      expect(codeOf(await loginAttempt(limited, supervisor.email, 'not-the-right-one', client))).toBe('UNAUTHENTICATED');
      const rows: { key: string }[] = await limited.owner.query(`SELECT key FROM rate_limit WHERE key LIKE 'login-%'`);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => !r.key.includes('@') && !r.key.includes('198.51.100'))).toBe(true);
      // A second server on the same database sees the same counts.
      const twin = await startTwin(limited);
      try {
        for (let i = 0; i < 4; i++) expect(codeOf(await loginAttempt(twin, supervisor.email, `wrong-${i}-password`, client))).toBe('UNAUTHENTICATED');
        expect(codeOf(await loginAttempt(limited, supervisor.email, TEST_PASSWORD, client))).toBe('TOO_MANY_REQUESTS');
      } finally {
        await twin.close();
      }
    });
  });

  describe('per IP', () => {
    let limited: TestApp;
    let lorg: TestOrg;
    beforeAll(async () => {
      limited = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '5' });
      lorg = await createOrg(limited, 'IpThrottle');
    });
    afterAll(async () => limited.close());

    it('the 6th attempt from the same client gets TOO_MANY_REQUESTS, whatever the account, and a spoofed X-Forwarded-For does not help', async () => {
      const { staff, staff2, supervisor } = lorg.people;
      const spoof = (i: number) => ({ 'x-forwarded-for': `203.0.113.${i}` });
      expect((await loginAttempt(limited, staff.email, TEST_PASSWORD, spoof(1))).errors).toBeUndefined();
      expect(codeOf(await loginAttempt(limited, staff.email, 'wrong-password', spoof(2)))).toBe('UNAUTHENTICATED');
      expect(codeOf(await loginAttempt(limited, `nobody-${uniq()}@example.test`, 'wrong-password', spoof(3)))).toBe('UNAUTHENTICATED');
      expect((await loginAttempt(limited, staff2.email, TEST_PASSWORD, spoof(4))).errors).toBeUndefined();
      expect((await loginAttempt(limited, supervisor.email, TEST_PASSWORD, spoof(5))).errors).toBeUndefined();
      const sixth = await loginAttempt(limited, supervisor.email, TEST_PASSWORD, spoof(6));
      expect(codeOf(sixth)).toBe('TOO_MANY_REQUESTS');
      expect(sixth.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      expect(sessionCookie(sixth.headers)).toBeUndefined();
    });
  });

  describe('per IP, aliased in one request', () => {
    let limited: TestApp;
    let lorg: TestOrg;
    beforeAll(async () => {
      limited = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '5' });
      lorg = await createOrg(limited, 'AliasThrottle');
    });
    afterAll(async () => limited.close());

    it('counts every aliased login call, not the HTTP request: the 6th alias is refused', async () => {
      const { staff } = lorg.people;
      const aliases = Array.from({ length: 6 }, (_, i) => `l${i + 1}: login(input: { email: "${staff.email}", password: "${TEST_PASSWORD}" }) { token }`);
      const res = await call(limited, `mutation { ${aliases.join(' ')} }`);
      expect(res.errors).toHaveLength(1);
      expect(codeOf(res)).toBe('TOO_MANY_REQUESTS');
      expect((res.errors![0] as { path?: unknown }).path).toEqual(['l6']);
      // The failed mutation rolled back: none of the five sessions it opened survives, and no success was audited.
      expect(await auditRowsOf(limited, res.requestId)).toEqual([]);
      const sessions = await limited.owner.query('SELECT count(*)::int AS n FROM auth_session WHERE person_id = $1', [staff.id]);
      expect(sessions[0].n).toBe(0);
      // The budget is spent: a separate request is refused as well.
      expect(codeOf(await loginAttempt(limited, staff.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    });
  });
});

describe('logout', () => {
  it('revokes the session server-side: the same token then gets UNAUTHENTICATED; other sessions stay', async () => {
    const person = await addPerson(app, org.id, 'leaver', ['STAFF'], { teamId: org.teams.a1 });
    const token = await login(app, person.email);
    const other = await login(app, person.email);
    expect((await gql(app, ME, {}, { token })).data?.me.id).toBe(person.id);
    const out = await call(app, 'mutation { logout }', {}, { token });
    expect(out.data).toEqual({ logout: true });
    expect(sessionCookie(out.headers)).toMatch(/^tandem_session=;.*Expires=Thu, 01 Jan 1970/i);
    expect(codeOf(await gql(app, ME, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(app, ME, {}, { cookie: `tandem_session=${token}` }))).toBe('UNAUTHENTICATED');
    expect((await gql(app, ME, {}, { token: other })).data?.me.id).toBe(person.id);
    const rows = await auditRowsOf(app, out.requestId);
    expect(rows.map((r) => [r.action, r.actor_id, r.entity_id])).toEqual([['auth.logout', person.id, person.id]]);
    const revoked = await app.owner.query('SELECT revoked_at FROM auth_session WHERE token_hash = $1', [sha256(token)]);
    expect(revoked[0].revoked_at).not.toBeNull();
  });

  it('requires a session', async () => {
    expect(codeOf(await gql(app, 'mutation { logout }'))).toBe('UNAUTHENTICATED');
  });
});

describe('changes take effect on the next request', () => {
  it('deactivation: the existing token stops working and the person cannot sign in; reactivation allows sign-in again', async () => {
    const person = await addPerson(app, org.id, 'deact', ['STAFF'], { teamId: org.teams.a1 });
    const token = await login(app, person.email);
    expect((await gql(app, ME, {}, { token })).data?.me.id).toBe(person.id);

    await ok(app, 'mutation($id: ID!) { deactivatePerson(personId: $id) { id active } }', { id: person.id }, { token: adminToken });
    expect(codeOf(await gql(app, ME, {}, { token }))).toBe('UNAUTHENTICATED');
    const denied = await loginAttempt(app, person.email, TEST_PASSWORD);
    expect(codeOf(denied)).toBe('UNAUTHENTICATED');
    // The same message as a wrong password: the response does not reveal that the account exists but is inactive.
    expect(denied.errors![0]!.message).toBe(BAD_LOGIN);
    expect((await auditRowsOf(app, denied.requestId)).map((r) => [r.action, r.summary])).toEqual([['auth.login_failed', { reason: 'inactive' }]]);

    await ok(app, 'mutation($id: ID!) { reactivatePerson(personId: $id) { id active } }', { id: person.id }, { token: adminToken });
    const again = await loginAttempt(app, person.email, TEST_PASSWORD);
    expect(again.errors).toBeUndefined();
    expect((await gql(app, ME, {}, { token: again.data!.login.token })).data?.me.id).toBe(person.id);
    // Reactivation does not bring the sessions that deactivation ended back to life.
    expect(codeOf(await gql(app, ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('role change: a staff token cannot createProgram, can once the person is made ADMIN, and cannot after the role is removed', async () => {
    const person = await addPerson(app, org.id, 'promoted', ['STAFF'], { teamId: org.teams.a2 });
    const token = await login(app, person.email);
    const create = (name: string) => call(app, 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id name } }', { i: { name } }, { token });

    const before = await create(`Staff program ${uniq()}`);
    expect(codeOf(before)).toBe('FORBIDDEN');

    await ok(app, 'mutation($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }', { i: { personId: person.id, roles: ['STAFF', 'ADMIN'] } }, { token: adminToken });
    const name = `Promoted program ${uniq()}`;
    const after = await create(name);
    expect(after.errors).toBeUndefined();
    expect(after.data?.createProgram.name).toBe(name);
    expect((await gql(app, ME, {}, { token })).data?.me.roles.sort()).toEqual(['ADMIN', 'STAFF']);

    await ok(app, 'mutation($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }', { i: { personId: person.id, roles: ['STAFF'] } }, { token: adminToken });
    expect(codeOf(await create(`Demoted program ${uniq()}`))).toBe('FORBIDDEN');
  });
});

describe('invitations', () => {
  const invite = async (overrides: Record<string, unknown> = {}) => {
    const email = `invitee-${uniq()}@example.test`;
    const data = await ok<{ invitePerson: { person: { id: string; invitationPending: boolean } } }>(app, INVITE, {
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
    const resent = await ok<{ resendInvitation: boolean }>(app, 'mutation($id: ID!) { resendInvitation(personId: $id) }', { id: personId }, { token: adminToken });
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
    const people = await gql(app, '{ people(filter: { includeInactive: true }) { totalCount items { id } } }', {}, { token });
    expect(people.data?.people).toEqual({ totalCount: 1, items: [{ id: personId }] });
    const foreign = await gql(app, 'query($id: ID!) { person(id: $id) { id } }', { id: org.people.staff.id }, { token });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect((await gql(app, '{ programs { id } teams { id } }', {}, { token })).data).toEqual({ programs: [], teams: [] });

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
    const me = await gql(app, '{ me { name jobTitle } }', {}, { token });
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
    expect((await gql(app, '{ me { name } }', {}, { token })).data?.me.name).toBe(person.name);
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
