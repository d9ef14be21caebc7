import { createHash } from 'node:crypto';
import { print } from 'graphql';
import { createOrg, login, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import { ViewerCache } from '../src/modules/auth/viewer-cache';
import { statementsOf } from './support/statements';

// The viewer lookup is kept in the process's viewer cache (on here, as in production) until anything about it changes:
// a read answers from it with no statement, a write that finds no cached viewer opens its transaction with the lookup.
// Whichever path a request takes, a session that stopped being valid is refused on the next request once the change is
// known (the database's notice, which the tests below wait for, after a write on another connection), and the tenant
// the lookup sets is the only one the request can see.
let app: TestApp;
let org: TestOrg;
let other: TestOrg;
let cache: ViewerCache;

beforeAll(async () => {
  app = await startTestApp({ VIEWER_CACHE_SECONDS: '60' });
  cache = app.server.app.get(ViewerCache);
  org = await createOrg(app, 'Lookup');
  other = await createOrg(app, 'Elsewhere');
});
afterAll(async () => app.close());

const ME = graphql(`query MeInSessionLookup { me { id name roles } }`);
const UPDATE_PROFILE = graphql(`mutation UpdateMyProfileInSessionLookup($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }`);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Waits (at most 5 s) until the database's change notice has reached the cache: a change made on another connection. */
async function noticed(token: string): Promise<void> {
  const hash = sha256(token);
  for (const end = performance.now() + 5000; cache.holds(hash); await new Promise((r) => setTimeout(r, 5))) {
    if (performance.now() > end) throw new Error('the change notice never arrived');
  }
}

/** Both paths of a request: a read (lookup alone) and a write (lookup inside the transaction). */
async function bothPaths(token: string) {
  const read = await gql(app, ME, {}, { token });
  const write = await gql(app, UPDATE_PROFILE, { i: { name: 'Still Here' } }, { token });
  return { read: read.errors ? codeOf(read) : 'OK', write: write.errors ? codeOf(write) : 'OK' };
}

it('a warm read about the viewer sends no statement; the first one sends the lookup alone', async () => {
  const token = await login(app, org.people.supervisor.email);
  const cold = await statementsOf(() => gql(app, ME, {}, { token }));
  expect(cold).toEqual(['SELECT * FROM auth_find_viewer($1)']);
  const warm = await statementsOf(() => gql(app, ME, {}, { token }));
  expect(warm).toEqual([]);
});

it('a valid session reads and writes; the write sees its own change in the same request', async () => {
  const token = await login(app, org.people.staff2.email);
  const res = await gql(app, UPDATE_PROFILE, { i: { name: 'Renamed Once', jobTitle: 'Peer lead' } }, { token });
  expect(res.data?.updateMyProfile).toEqual({ id: org.people.staff2.id, name: 'Renamed Once', jobTitle: 'Peer lead' });
  const me = await gql(app, ME, {}, { token });
  expect(me.data?.me).toEqual({ id: org.people.staff2.id, name: 'Renamed Once', roles: ['STAFF'] });
});

it('a revoked session is refused on the next read and the next write', async () => {
  const token = await login(app, org.people.staff.email);
  expect(await bothPaths(token)).toEqual({ read: 'OK', write: 'OK' });
  await app.owner.query('UPDATE auth_session SET revoked_at = app_now() WHERE token_hash = $1', [sha256(token)]);
  await noticed(token);
  expect(await bothPaths(token)).toEqual({ read: 'UNAUTHENTICATED', write: 'UNAUTHENTICATED' });
});

it('an expired session is refused on the next read and the next write', async () => {
  const token = await login(app, org.people.supervisor.email);
  expect(await bothPaths(token)).toEqual({ read: 'OK', write: 'OK' });
  await app.owner.query(`UPDATE auth_session SET expires_at = app_now() - interval '1 second' WHERE token_hash = $1`, [sha256(token)]);
  await noticed(token);
  expect(await bothPaths(token)).toEqual({ read: 'UNAUTHENTICATED', write: 'UNAUTHENTICATED' });
});

it('a deactivated person is refused on the next request, and a changed grant counts from the next request', async () => {
  const token = await login(app, org.people.supervisor2.email);
  expect((await gql(app, ME, {}, { token })).data?.me.roles).toEqual(['SUPERVISOR']);
  await app.owner.query(`INSERT INTO role_grant (organization_id, person_id, role) VALUES ($1, $2, 'STAFF')`, [org.id, org.people.supervisor2.id]);
  await noticed(token);
  expect((await gql(app, ME, {}, { token })).data?.me.roles).toEqual(['STAFF', 'SUPERVISOR']);
  await app.owner.query('UPDATE person SET active = false WHERE id = $1', [org.people.supervisor2.id]);
  await noticed(token);
  expect(await bothPaths(token)).toEqual({ read: 'UNAUTHENTICATED', write: 'UNAUTHENTICATED' });
});

it('a write runs under the viewer’s tenant only: another organisation’s person is not found, and nothing of theirs changes', async () => {
  const token = await login(app, org.people.admin.email);
  const res = await gql(app, graphql(`mutation UpdatePersonInSessionLookup($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }`), { i: { personId: other.people.staff.id, name: 'Taken Over' } }, { token });
  expect(codeOf(res)).toBe('NOT_FOUND');
  const [row] = await app.owner.query('SELECT name FROM person WHERE id = $1', [other.people.staff.id]);
  expect(row.name).not.toBe('Taken Over');
});

it('signing in with a dead session cookie still works: the transaction the lookup opened takes the new tenant', async () => {
  const dead = await login(app, other.people.admin.email);
  await app.owner.query('UPDATE auth_session SET revoked_at = app_now() WHERE token_hash = $1', [sha256(dead)]);
  const res = await gql(app, graphql(`mutation LoginInSessionLookup($i: LoginInput!) { login(input: $i) { token person { id } } }`),
    { i: { email: org.people.manager.email, password: 'correct-horse-battery' } }, { cookie: `tandem_session=${dead}` });
  expect(res.errors).toBeUndefined();
  expect(res.data!.login.person.id).toBe(org.people.manager.id);
  const me = await gql(app, ME, {}, { token: res.data!.login.token });
  expect(me.data?.me.id).toBe(org.people.manager.id);
  const [session] = await app.owner.query('SELECT organization_id FROM auth_session WHERE token_hash = $1', [sha256(res.data!.login.token)]);
  expect(session.organization_id).toBe(org.id);
});

it('a write Apollo refuses before running it leaves no transaction open and no connection taken from the pool', async () => {
  const token = await login(app, org.people.staff.email);
  // More refused writes than the pool has connections (20); `variables` as a string is refused before any plugin runs.
  const refused = await Promise.all(Array.from({ length: 25 }, () => fetch(`${app.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(UPDATE_PROFILE), variables: '{"i":{"name":"Never"}}' }),
  }).then((r) => r.status)));
  expect(new Set(refused)).toEqual(new Set([400]));
  const write = await gql(app, UPDATE_PROFILE, { i: { name: 'After Refusals' } }, { token });
  expect(write.errors).toBeUndefined();
  const [open] = await app.owner.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`);
  expect(open.n).toBe(0);
});
