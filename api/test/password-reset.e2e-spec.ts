import { PASSWORD_MESSAGES } from '@tandem/shared';
import { createOrg, login, TEST_PASSWORD, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf, gql, gqlRaw, type GqlResult } from './support/graphql';
import {
  addPerson, auditRowsOf, call, inviteToken, latestLink, ok, outboxOf, resetToken, sessionCookie, uniq,
} from './support/admin-helpers';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const OUTBOX = graphql(`query OutboxMessagesInPasswordReset($f: OutboxFilterInput, $p: PageInput) { outboxMessages(filter: $f, page: $p) {
  totalCount items { id kind recipientId toAddress subject bodyText actionUrl createdAt recipient { id name } } } }`);
const SEND_RESET = graphql(`mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }`);
const REQUEST_RESET = graphql(`mutation RequestPasswordReset($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`);
const PREVIEW = graphql(`query PasswordReset($t: String!) { passwordReset(token: $t) { personName email organizationName } }`);
const RESET = graphql(`mutation ResetPassword($i: ResetPasswordInput!) { resetPassword(input: $i) }`);
const RESEND = graphql(`mutation ResendInvitation($id: ID!) { resendInvitation(personId: $id) }`);
const INVITE = graphql(`mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }`);
const ME = graphql(`query MeId { me { id } }`);
const LOGIN = graphql(`mutation Login($i: LoginInput!) { login(input: $i) { token } }`);

let app: TestApp;
let org: TestOrg;
let other: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000', PASSWORD_RESET_MAX_PER_IP: '100000' });
  org = await createOrg(app, 'Reset');
  other = await createOrg(app, 'Elsewhere');
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

const loginCode = async (email: string, password: string) => codeOf(await gql(app, LOGIN, { i: { email, password } }));
/** Nothing a call answered may carry a link's secret. */
const expectNoSecret = (res: GqlResult<unknown>, url: string) => expect(JSON.stringify(res.body)).not.toContain(url.split('/').pop()!);

describe('sendPasswordReset (admin)', () => {
  it('puts a single-use link in the person’s message — never in the admin’s answer — and audits the sending', async () => {
    const person = await addPerson(app, org.id, 'resetme', ['STAFF']);
    const res = await call(app, SEND_RESET, { id: person.id }, { token: t.admin });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ sendPasswordReset: true });
    const [message] = await outboxOf(app, person.id, 'PASSWORD_RESET');
    expect(message).toMatchObject({ organization_id: org.id, to_address: person.email });
    expect(message!.body_text).toContain('An administrator of');
    expect(message!.body_text).toContain(org.name);
    expect(message!.action_url).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expectNoSecret(res, message!.action_url!);
    expect((await auditRowsOf(app, res.requestId)).map((r) => [r.action, r.actor_id, r.entity_id])).toEqual([
      ['person.password_reset_sent', org.people.admin.id, person.id],
    ]);
    // Only the hash of the token is stored.
    const [stored] = await app.owner.query('SELECT token_hash, requested_by FROM password_reset WHERE person_id = $1', [person.id]);
    expect(stored.token_hash).not.toContain(resetToken(message!.action_url!));
    expect(stored.requested_by).toBe(org.people.admin.id);
  });

  it.each(['manager', 'supervisor', 'staff'] as const)('is FORBIDDEN for %s and sends nothing', async (role) => {
    const person = await addPerson(app, org.id, `nor${role}`, ['STAFF']);
    const res = await gql(app, SEND_RESET, { id: person.id }, { token: t[role] });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
    expect(await outboxOf(app, person.id)).toEqual([]);
  });

  it('refuses bad targets: not yet accepted or deactivated → BAD_USER_INPUT, another organisation → NOT_FOUND, a malformed id → BAD_USER_INPUT', async () => {
    const invited = await ok(app, INVITE, { i: { name: 'Never Accepted', email: `pending-${uniq()}@example.test`, roles: ['STAFF'] } }, { token: t.admin });
    const inactive = await addPerson(app, org.id, 'inactive', ['STAFF'], { active: false });
    const codes = {
      pending: codeOf(await gql(app, SEND_RESET, { id: invited.invitePerson.person.id }, { token: t.admin })),
      inactive: codeOf(await gql(app, SEND_RESET, { id: inactive.id }, { token: t.admin })),
      foreign: codeOf(await gql(app, SEND_RESET, { id: other.people.staff.id }, { token: t.admin })),
      malformed: codeOf(await gql(app, SEND_RESET, { id: 'not-a-uuid' }, { token: t.admin })),
    };
    expect(codes).toEqual({ pending: 'BAD_USER_INPUT', inactive: 'BAD_USER_INPUT', foreign: 'NOT_FOUND', malformed: 'BAD_USER_INPUT' });
    expect(await outboxOf(app, other.people.staff.id)).toEqual([]);
  });
});

describe('resendInvitation never takes over an account (finding 3)', () => {
  it('is refused (BAD_USER_INPUT) once the person has a password; no link is created and their password still works', async () => {
    const active = await addPerson(app, org.id, 'active', ['SUPERVISOR']);
    const res = await gql(app, RESEND, { id: active.id }, { token: t.admin });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/password reset/);
    expect(await app.owner.query('SELECT id FROM invitation WHERE person_id = $1', [active.id])).toEqual([]);
    expect(await outboxOf(app, active.id)).toEqual([]);
    expect(await loginCode(active.email, TEST_PASSWORD)).toBeUndefined();
  });

  it('still works while the invitation was never accepted, and its link goes to the person, not to the admin', async () => {
    const invited = await ok(app, INVITE, { i: { name: 'Not Yet', email: `notyet-${uniq()}@example.test`, roles: ['STAFF'] } }, { token: t.admin });
    const personId = invited.invitePerson.person.id as string;
    const res = await call(app, RESEND, { id: personId }, { token: t.admin });
    expect(res.data).toEqual({ resendInvitation: true });
    const messages = await outboxOf(app, personId, 'INVITATION');
    expect(messages).toHaveLength(2);
    expectNoSecret(res, messages[0]!.action_url!);
    expect(messages[0]!.action_url).not.toBe(messages[1]!.action_url);
  });
});

describe('requestPasswordReset (“Forgot password?”)', () => {
  it('answers the same for a known and an unknown address; only the known one gets a message', async () => {
    const person = await addPerson(app, org.id, 'forgot', ['STAFF']);
    const known = await call(app, REQUEST_RESET, { i: { email: person.email.toUpperCase() } });
    const unknown = await call(app, REQUEST_RESET, { i: { email: `nobody-${uniq()}@example.test` } });
    expect(known.body).toEqual(unknown.body);
    expect(known.data).toEqual({ requestPasswordReset: true });
    const [message] = await outboxOf(app, person.id, 'PASSWORD_RESET');
    expect(message!.body_text).toContain('Someone (we hope you) asked');
    expectNoSecret(known, message!.action_url!);
    expect((await auditRowsOf(app, known.requestId)).map((r) => [r.action, r.actor_id, r.entity_id])).toEqual([
      ['auth.password_reset_requested', null, person.id],
    ]);
    expect(await auditRowsOf(app, unknown.requestId)).toEqual([]);
  });

  it('sends at most 3 links per account an hour, silently; a new link closes the earlier ones', async () => {
    const person = await addPerson(app, org.id, 'bombed', ['STAFF']);
    for (let i = 0; i < 5; i++) expect((await gql(app, REQUEST_RESET, { i: { email: person.email } })).data).toEqual({ requestPasswordReset: true });
    const messages = await outboxOf(app, person.id, 'PASSWORD_RESET');
    expect(messages).toHaveLength(3);
    const open = await app.owner.query('SELECT id FROM password_reset WHERE person_id = $1 AND used_at IS NULL', [person.id]);
    expect(open).toHaveLength(1);
    expect(codeOf(await gql(app, PREVIEW, { t: resetToken(messages[1]!.action_url!) }))).toBe('NOT_FOUND');
    expect((await gql(app, PREVIEW, { t: resetToken(messages[0]!.action_url!) })).data?.passwordReset.email).toBe(person.email);
  });

  it('rejects an invalid address with BAD_USER_INPUT', async () => {
    const res = await gql(app, REQUEST_RESET, { i: { email: 'not-an-email' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.data).toBeNull();
  });

  it('is throttled per client IP (TOO_MANY_REQUESTS), whatever the address', async () => {
    const limited = await startTestApp({ PASSWORD_RESET_MAX_PER_IP: '2' });
    try {
      const lorg = await createOrg(limited, 'ResetThrottle');
      expect((await gql(limited, REQUEST_RESET, { i: { email: lorg.people.staff.email } })).data).toEqual({ requestPasswordReset: true });
      expect((await gql(limited, REQUEST_RESET, { i: { email: `x-${uniq()}@example.test` } })).data).toEqual({ requestPasswordReset: true });
      const blocked = await gql(limited, REQUEST_RESET, { i: { email: lorg.people.admin.email } });
      expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(await outboxOf(limited, lorg.people.admin.id)).toEqual([]);
    } finally {
      await limited.close();
    }
  });
});

describe('passwordReset + resetPassword (the link)', () => {
  const sendLink = async (personId: string) => {
    await ok(app, SEND_RESET, { id: personId }, { token: t.admin });
    return resetToken(await latestLink(app, personId, 'PASSWORD_RESET'));
  };

  it('previews whose account it is, sets the password, ends ALL the person’s sessions, is audited and tells the person', async () => {
    const person = await addPerson(app, org.id, 'resetter', ['SUPERVISOR']);
    const sessions = [await login(app, person.email), await login(app, person.email)];
    const token = await sendLink(person.id);
    const preview = await gql(app, PREVIEW, { t: token });
    expect(preview.data?.passwordReset).toEqual({ personName: person.name, email: person.email, organizationName: org.name });

    const password = `river lantern ${uniq()} plum`;
    const res = await call(app, RESET, { i: { token, password } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ resetPassword: true });
    // Nobody is signed in by the link itself.
    expect(sessionCookie(res.headers)).toBeUndefined();
    for (const s of sessions) expect(codeOf(await gql(app, ME, {}, { token: s }))).toBe('UNAUTHENTICATED');
    expect(await loginCode(person.email, TEST_PASSWORD)).toBe('UNAUTHENTICATED');
    expect(await loginCode(person.email, password)).toBeUndefined();

    const rows = await auditRowsOf(app, res.requestId);
    expect(rows.map((r) => [r.action, r.actor_id, r.entity_id, r.organization_id])).toEqual([['auth.password_reset', null, person.id, org.id]]);
    expect(rows[0]!.summary).toMatchObject({ sessionsRevoked: 2, linkSentBy: org.people.admin.id });
    expect(JSON.stringify(rows[0]!.summary)).not.toContain(password);
    const [changed] = await outboxOf(app, person.id, 'PASSWORD_CHANGED');
    expect(changed!.body_text).toContain('signed out on every device');

    // Single-use.
    expect(codeOf(await gql(app, PREVIEW, { t: token }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, RESET, { i: { token, password: 'another lantern by the river' } }))).toBe('NOT_FOUND');
    expect(await loginCode(person.email, password)).toBeUndefined();
  });

  it('refuses a weak password with the shared message and leaves the link usable', async () => {
    const person = await addPerson(app, org.id, 'weakpw', ['STAFF']);
    const token = await sendLink(person.id);
    const cases = [
      ['short', PASSWORD_MESSAGES.tooShort],
      ['password1234', PASSWORD_MESSAGES.tooCommon],
      ['aaaaaaaaaaaa', PASSWORD_MESSAGES.tooSimple],
      [`${person.email}!`, PASSWORD_MESSAGES.personal],
    ] as const;
    for (const [password, message] of cases) {
      const res = await gql(app, RESET, { i: { token, password } });
      expect({ password, code: codeOf(res), message: res.errors?.[0]?.message }).toEqual({ password, code: 'BAD_USER_INPUT', message });
    }
    expect((await gql(app, PREVIEW, { t: token })).data?.passwordReset.email).toBe(person.email);
    expect(await loginCode(person.email, TEST_PASSWORD)).toBeUndefined();
  });

  it('an unknown, expired or malformed link is NOT_FOUND / BAD_USER_INPUT and changes nothing', async () => {
    const person = await addPerson(app, org.id, 'expired', ['STAFF']);
    const token = await sendLink(person.id);
    await app.owner.query(`UPDATE password_reset SET expires_at = app_now() - interval '1 minute' WHERE person_id = $1`, [person.id]);
    expect(codeOf(await gql(app, PREVIEW, { t: token }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, RESET, { i: { token, password: 'plum river lantern walk' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, RESET, { i: { token: 'z'.repeat(43), password: 'plum river lantern walk' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, RESET, { i: { token: 'short', password: 'plum river lantern walk' } }))).toBe('BAD_USER_INPUT');
    expect(await loginCode(person.email, TEST_PASSWORD)).toBeUndefined();
  });

  it('two simultaneous uses of one link: exactly one succeeds', async () => {
    const person = await addPerson(app, org.id, 'race', ['STAFF']);
    const token = await sendLink(person.id);
    const results = await Promise.all(['first lantern by the river', 'second lantern by the river'].map((password) =>
      gql(app, RESET, { i: { token, password } }).then((res) => ({ password, res }))));
    expect(results.map((r) => codeOf(r.res) ?? 'OK').sort()).toEqual(['NOT_FOUND', 'OK']);
    const winner = results.find((r) => !r.res.errors)!;
    expect(await loginCode(person.email, winner.password)).toBeUndefined();
  });

  it('a deactivated person’s link does nothing; using a link closes the person’s open invitation', async () => {
    const person = await addPerson(app, org.id, 'deactivated', ['STAFF']);
    const token = await sendLink(person.id);
    await app.owner.query('UPDATE person SET active = false WHERE id = $1', [person.id]);
    expect(codeOf(await gql(app, RESET, { i: { token, password: 'plum river lantern walk' } }))).toBe('UNAUTHENTICATED');

    // Someone invited who then asks for a reset (they never set a password): the reset link works and the invitation closes.
    const invited = await ok(app, INVITE, { i: { name: 'Invited Forgetful', email: `forgetful-${uniq()}@example.test`, roles: ['STAFF'] } }, { token: t.admin });
    const personId = invited.invitePerson.person.id as string;
    const [{ email }] = await app.owner.query('SELECT email FROM person WHERE id = $1', [personId]);
    const inviteUrl = await latestLink(app, personId, 'INVITATION');
    await ok(app, REQUEST_RESET, { i: { email } });
    const reset = resetToken(await latestLink(app, personId, 'PASSWORD_RESET'));
    expect((await gql(app, RESET, { i: { token: reset, password: 'plum river lantern walk' } })).errors).toBeUndefined();
    expect(codeOf(await gql(app, graphql(`query Invitation($t: String!) { invitation(token: $t) { email } }`), { t: inviteToken(inviteUrl) }))).toBe('NOT_FOUND');
  });

  it('a signed-in admin of another organisation using a link in the same document stays in their own organisation', async () => {
    const person = await addPerson(app, org.id, 'mixed', ['STAFF']);
    const token = await sendLink(person.id);
    const foreignAdmin = await login(app, other.people.admin.email);
    const res = await gql(app, graphql(`query PasswordResetMeOutboxMessages($t: String!) { passwordReset(token: $t) { email } me { id organization { id } }
      outboxMessages { items { recipientId } } }`), { t: token }, { token: foreignAdmin });
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({ id: other.people.admin.id, organization: { id: other.id } });
    expect(res.data?.outboxMessages.items.some((m: { recipientId: string }) => m.recipientId === person.id)).toBe(false);
  });
});

describe('outboxMessages (admin)', () => {
  it('lists the organisation’s messages newest first, as they would be mailed, with their recipient; never another organisation’s', async () => {
    const person = await addPerson(app, org.id, 'listed', ['STAFF']);
    await ok(app, SEND_RESET, { id: person.id }, { token: t.admin });
    const res = await gql(app, OUTBOX, { f: { recipientId: person.id } }, { token: t.admin });
    expect(res.errors).toBeUndefined();
    const page = res.data!.outboxMessages;
    expect(page.totalCount).toBe(1);
    expect(page.items[0]).toMatchObject({
      kind: 'PASSWORD_RESET', recipientId: person.id, toAddress: person.email, recipient: { id: person.id, name: person.name },
      subject: expect.stringContaining(org.name), actionUrl: expect.stringMatching(/\/reset-password\//),
    });
    expect(page.items[0]!.bodyText).toContain(page.items[0]!.actionUrl);

    const all = (await gql(app, OUTBOX, { p: { skip: 0, take: 100 } }, { token: t.admin })).data!.outboxMessages;
    const times = all.items.map((m: { createdAt: string }) => Date.parse(m.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const foreign = (await gql(app, OUTBOX, {}, { token: await login(app, other.people.admin.email) })).data!.outboxMessages;
    const ownIds = new Set(all.items.map((m: { id: string }) => m.id));
    expect(foreign.items.some((m: { id: string }) => ownIds.has(m.id))).toBe(false);
    const byKind = (await gql(app, OUTBOX, { f: { kind: 'PASSWORD_RESET' } }, { token: t.admin })).data!.outboxMessages;
    expect(byKind.items.every((m: { kind: string }) => m.kind === 'PASSWORD_RESET')).toBe(true);
  });

  it.each([['manager', 'FORBIDDEN'], ['supervisor', 'FORBIDDEN'], ['staff', 'FORBIDDEN'], ['anonymous', 'UNAUTHENTICATED']] as const)(
    'is %s → %s', async (who, code) => {
      const res = await gql(app, OUTBOX, {}, { token: who === 'anonymous' ? undefined : t[who] });
      expect(codeOf(res)).toBe(code);
      expect(res.data).toBeNull();
    },
  );

  it.each([
    ['a malformed recipient id', { f: { recipientId: 'nope' } }],
    ['an unknown kind', { f: { kind: 'SPAM' } }],
    ['a page larger than 100', { p: { skip: 0, take: 1000 } }],
  ])('rejects %s with BAD_USER_INPUT', async (_label, variables) => {
    const res = await gqlRaw(app, OUTBOX, variables, { token: t.admin });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
