// Authentication: signing in, login throttling and signing out.
import { Client } from 'pg';
import { JOB_SCHEMA } from '@tandem/database';
import { createOrg, login, TEST_PASSWORD, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { addPerson, auditRowsOf, call, callRaw, sessionCookie, uniq, xminsOf } from './support/admin-helpers';
import { startTestApp, type TestApp } from './support/test-app';
import { LOGIN, ME, BAD_LOGIN, sha256, loginAttempt, startTwin, app, org, useAuthApp } from './support/auth-setup';
import { graphql } from './gql';

useAuthApp();

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
    await gql(app, graphql(`query MeId { me { id } }`), {}, { token });
    const spy = jest.spyOn(Client.prototype, 'query');
    let sent: string[];
    try {
      const res = await gql(app, graphql(`query MeInAuthSignIn2 { me { id name email } }`), {}, { token });
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
        const res = await callRaw(limited, aliased); // generated aliases: sent raw
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
      const res = await callRaw(limited, `mutation { ${aliases.join(' ')} }`);
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
    const out = await call(app, graphql(`mutation Logout { logout }`), {}, { token });
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
    expect(codeOf(await gql(app, graphql(`mutation Logout { logout }`)))).toBe('UNAUTHENTICATED');
  });
});
