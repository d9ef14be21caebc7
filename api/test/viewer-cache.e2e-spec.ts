import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { ViewerCache } from '../src/modules/auth/viewer-cache';
import { createOrg, login, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { statementsOf } from './support/statements';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// With the viewer cache on, a signed-in read names no statement at all, and yet whatever ends or changes a session
// counts from the very next request: at once when the API itself made the change (its COMMIT reads which people the
// transaction touched), and as soon as the database's change notice arrives when someone else did (another replica,
// a psql session: here the test's owner connection, after which the test waits for the notice, at most 5 s).
let app: TestApp;
let org: TestOrg;
let cache: ViewerCache;

beforeAll(async () => {
  app = await startTestApp({ VIEWER_CACHE_SECONDS: '60' });
  org = await createOrg(app, 'Cached');
  cache = app.server.app.get(ViewerCache);
});
afterAll(async () => app.close());

const ME = graphql(`query MeInViewerCache { me { id name roles } }`);
const UPDATE_PROFILE = graphql(`mutation UpdateMyProfileInViewerCache($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name } }`);
const LOGOUT = graphql(`mutation LogoutInViewerCache { logout }`);
const CHANGE_PASSWORD = graphql(`mutation ChangePasswordInViewerCache($i: ChangePasswordInput!) { changePassword(input: $i) }`);
const DEACTIVATE = graphql(`mutation DeactivateInViewerCache($id: ID!) { deactivatePerson(personId: $id) { id active } }`);
const SET_ROLES = graphql(`mutation SetRolesInViewerCache($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }`);
const UPDATE_PERSON = graphql(`mutation UpdatePersonInViewerCache($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }`);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Signs in and reads `me` once, so the viewer is cached. */
async function cachedToken(email: string): Promise<string> {
  const token = await login(app, email);
  expect((await gql(app, ME, {}, { token })).errors).toBeUndefined();
  expect(cache.holds(sha256(token))).toBe(true);
  return token;
}
const meOf = async (token: string) => {
  const res = await gql(app, ME, {}, { token });
  return res.errors ? codeOf(res) : res.data!.me;
};
/** Waits (at most 5 s) until the change notice has dropped the token's viewer. */
async function noticed(token: string): Promise<void> {
  const hash = sha256(token);
  for (const end = performance.now() + 5000; cache.holds(hash); await new Promise((r) => setTimeout(r, 5))) {
    if (performance.now() > end) throw new Error('the change notice never arrived');
  }
}

it('a warm `me` sends no SQL statement; a cached viewer writes under their own tenant', async () => {
  const token = await cachedToken(org.people.staff.email);
  const sent = await statementsOf(() => gql(app, ME, {}, { token }));
  expect(sent).toEqual([]);
  const write = await gql(app, UPDATE_PROFILE, { i: { name: 'Cached Writer' } }, { token });
  expect(write.data?.updateMyProfile).toEqual({ id: org.people.staff.id, name: 'Cached Writer' });
  // The profile change dropped the viewer in this process before the mutation answered: the next read has the new name.
  expect(await meOf(token)).toMatchObject({ name: 'Cached Writer' });
});

describe('a change made through the API counts from the very next request, before any notice arrives', () => {
  // Postgres holds notices back from a connection inside a transaction until it ends: with the cache's listening
  // connection in one, only the COMMIT of the API's own request can have dropped the viewer.
  const listener = () => (cache as unknown as { client: Client }).client;
  beforeEach(async () => {
    await listener().query('BEGIN');
  });
  afterEach(async () => {
    await listener().query('COMMIT');
  });

  it('logout', async () => {
    const token = await cachedToken(org.people.supervisor.email);
    expect((await gql(app, LOGOUT, {}, { token })).data).toEqual({ logout: true });
    expect(cache.holds(sha256(token))).toBe(false);
    expect(await meOf(token)).toBe('UNAUTHENTICATED');
  });

  it('a password change ends every other session of the person', async () => {
    const other = await cachedToken(org.people.staff2.email);
    const current = await cachedToken(org.people.staff2.email);
    const res = await gql(app, CHANGE_PASSWORD, { i: { currentPassword: 'correct-horse-battery', newPassword: 'violet lantern orchard seven' } }, { token: current });
    expect(res.errors).toBeUndefined();
    expect(await meOf(other)).toBe('UNAUTHENTICATED');
    expect(await meOf(current)).toMatchObject({ id: org.people.staff2.id });
  });

  it('a role change, a name change and a deactivation by an admin', async () => {
    const admin = await cachedToken(org.people.admin.email);
    const token = await cachedToken(org.people.supervisor2.email);
    expect(await meOf(token)).toMatchObject({ roles: ['SUPERVISOR'] });
    expect((await gql(app, SET_ROLES, { i: { personId: org.people.supervisor2.id, roles: ['SUPERVISOR', 'STAFF'] } }, { token: admin })).errors).toBeUndefined();
    expect(await meOf(token)).toMatchObject({ roles: ['STAFF', 'SUPERVISOR'] });
    expect((await gql(app, UPDATE_PERSON, { i: { personId: org.people.supervisor2.id, name: 'Renamed By Admin' } }, { token: admin })).errors).toBeUndefined();
    expect(await meOf(token)).toMatchObject({ name: 'Renamed By Admin' });
    expect((await gql(app, DEACTIVATE, { id: org.people.supervisor2.id }, { token: admin })).errors).toBeUndefined();
    expect(await meOf(token)).toBe('UNAUTHENTICATED');
  });
});

describe('a change made by SQL from another connection counts once its notice arrives', () => {
  let other: TestOrg;
  beforeAll(async () => {
    other = await createOrg(app, 'Direct');
  });

  it('a revoked session, on the next read and the next write', async () => {
    const token = await cachedToken(other.people.staff.email);
    await app.owner.query('UPDATE auth_session SET revoked_at = app_now() WHERE token_hash = $1', [sha256(token)]);
    await noticed(token);
    expect(await meOf(token)).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(app, UPDATE_PROFILE, { i: { name: 'Never' } }, { token }))).toBe('UNAUTHENTICATED');
  });

  it('a session ended early, a changed grant, a changed name and a deactivated person', async () => {
    const ended = await cachedToken(other.people.staff2.email);
    await app.owner.query(`UPDATE auth_session SET expires_at = app_now() - interval '1 second' WHERE token_hash = $1`, [sha256(ended)]);
    await noticed(ended);
    expect(await meOf(ended)).toBe('UNAUTHENTICATED');

    const token = await cachedToken(other.people.supervisor.email);
    await app.owner.query(`INSERT INTO role_grant (organization_id, person_id, role) VALUES ($1, $2, 'STAFF')`, [other.id, other.people.supervisor.id]);
    await noticed(token);
    expect(await meOf(token)).toMatchObject({ roles: ['STAFF', 'SUPERVISOR'] });
    await app.owner.query(`UPDATE person SET name = 'Renamed In SQL' WHERE id = $1`, [other.people.supervisor.id]);
    await noticed(token);
    expect(await meOf(token)).toMatchObject({ name: 'Renamed In SQL' });
    await app.owner.query('UPDATE person SET active = false WHERE id = $1', [other.people.supervisor.id]);
    await noticed(token);
    expect(await meOf(token)).toBe('UNAUTHENTICATED');
  });

  it('a notice about someone else leaves a cached viewer in place', async () => {
    const token = await cachedToken(other.people.manager.email);
    const admin = await cachedToken(other.people.admin.email);
    await app.owner.query(`UPDATE person SET name = 'Someone Else' WHERE id = $1`, [other.people.admin.id]);
    await noticed(admin);
    expect(cache.holds(sha256(token))).toBe(true);
  });
});

it('a session is refused at its expiry by the business clock, with no notice', async () => {
  const token = await cachedToken(org.people.manager.email);
  // The expiry moves to a second from now (its notice drops the viewer; the next read caches the new expiry). Then
  // nothing is written: only the clock passes it, and the cached viewer is refused without any notice.
  const [[row]] = await app.owner.query(`UPDATE auth_session SET expires_at = app_now() + interval '1 second' WHERE token_hash = $1 RETURNING expires_at`, [sha256(token)]);
  await noticed(token);
  expect(await meOf(token)).toMatchObject({ id: org.people.manager.id });
  expect(cache.holds(sha256(token))).toBe(true);
  await new Promise((r) => setTimeout(r, Math.max(0, new Date(row.expires_at).getTime() - app.config.clock.nowMs()) + 50));
  const sent = await statementsOf(async () => expect(await meOf(token)).toBe('UNAUTHENTICATED'));
  // Dropped by the cache's own check against the clock, then refused by the lookup that followed.
  expect(sent.filter((s) => s.includes('auth_find_viewer'))).toHaveLength(1);
});

it('while the change notices are not heard, the cache is empty and bypassed, and it comes back by itself', async () => {
  const token = await cachedToken(org.people.admin.email);
  await app.owner.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'tandem-api-listener' AND datname = current_database()`);
  for (const end = performance.now() + 5000; cache.active; await new Promise((r) => setTimeout(r, 5))) {
    if (performance.now() > end) throw new Error('the listener never noticed it was cut off');
  }
  expect(cache.size).toBe(0);
  const sent = await statementsOf(async () => expect(await meOf(token)).toMatchObject({ id: org.people.admin.id }));
  expect(sent.filter((s) => s.includes('auth_find_viewer'))).toHaveLength(1);
  for (const end = performance.now() + 10_000; !cache.active; await new Promise((r) => setTimeout(r, 20))) {
    if (performance.now() > end) throw new Error('the listener never came back');
  }
  expect(await meOf(token)).toMatchObject({ id: org.people.admin.id });
  expect(cache.holds(sha256(token))).toBe(true);
});
