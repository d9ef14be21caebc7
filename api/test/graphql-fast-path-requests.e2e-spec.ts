import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { print } from 'graphql';
import { throttleKey } from '../src/modules/auth/throttle-store';
import { createOrg, login, TEST_PASSWORD, type TestOrg } from './support/factories';
import { capturedLogger } from './support/log-capture';
import { postGraphql, type RawAnswer } from './support/raw-http';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// What a request brings through the GraphQL fast path (api/src/common/graphql-fast-path.ts) besides its answer: the
// session cookie both ways, the client's address behind a trusted proxy, its one log line, and a mutation's single
// transaction. A query string (/graphql?x=1) sends the same request through the Express pipeline where the two are
// compared; only Express's res.send adds an ETag to an answer of Apollo's, which tells the paths apart from outside.

let app: TestApp;
let org: TestOrg;
const { logger, lines } = capturedLogger();
beforeAll(async () => {
  app = await startTestApp({}, undefined, logger);
  org = await createOrg(app, 'FastPathRequests');
});
afterAll(async () => app?.close());

const signIn = print(graphql(`mutation FastPathSignIn($i: LoginInput!) { login(input: $i) { token } }`));
const whoAmI = print(graphql(`query FastPathWhoAmI { me { id } }`));
const logged = print(graphql(`query FastPathLogged { __typename }`));
const halfDone = print(graphql(`
  mutation FastPathHalfDone($p: CreateProgramInput!, $t: CreateTeamInput!) { createProgram(input: $p) { id } createTeam(input: $t) { id } }
`));

const json = (a: RawAnswer) => JSON.parse(a.text) as { data?: Record<string, unknown> | null; errors?: { path?: string[]; extensions?: { code?: string } }[] };
const tookFastPath = (a: RawAnswer) => a.headers.etag === undefined;
/** The session cookie's attributes, its value left out. */
const cookieAttributes = (a: RawAnswer) => {
  const cookie = (a.headers['set-cookie'] ?? []).find((c) => c.startsWith('tandem_session='));
  return cookie?.split(';').slice(1).map((p) => p.trim()).filter((p) => !p.startsWith('Expires=')).sort();
};

describe('session cookies', () => {
  it('sign-in sets the httpOnly session cookie, and that cookie alone signs in the next request', async () => {
    const { admin } = org.people;
    const signedIn = await postGraphql(`${app.url}/graphql`, signIn, { i: { email: admin.email, password: TEST_PASSWORD } });
    expect({ status: signedIn.status, fast: tookFastPath(signedIn), errors: json(signedIn).errors }).toEqual({ status: 200, fast: true, errors: undefined });
    const attributes = cookieAttributes(signedIn);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'Path=/', 'SameSite=Lax']));
    // The same attributes as the Express pipeline gives the cookie.
    const viaExpress = await postGraphql(`${app.url}/graphql?x=1`, signIn, { i: { email: admin.email, password: TEST_PASSWORD } });
    expect(tookFastPath(viaExpress)).toBe(false);
    expect(cookieAttributes(viaExpress)).toEqual(attributes);

    const cookie = signedIn.headers['set-cookie']!.find((c) => c.startsWith('tandem_session='))!.split(';')[0]!;
    // What the web app sends (web/src/lib/graphql-client.ts): JSON in, JSON accepted, the browser's cookie.
    const me = await postGraphql(`${app.url}/graphql`, whoAmI, {}, { cookie });
    expect({ fast: tookFastPath(me), body: json(me) }).toEqual({ fast: true, body: { data: { me: { id: admin.id } } } });
    const anonymous = await postGraphql(`${app.url}/graphql`, whoAmI);
    expect(json(anonymous).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the client address behind a proxy', () => {
  let proxied: TestApp;
  let proxiedOrg: TestOrg;
  beforeAll(async () => {
    proxied = await startTestApp({ TRUST_PROXY: 'loopback' });
    proxiedOrg = await createOrg(proxied, 'FastPathProxy');
  });
  afterAll(async () => proxied?.close());

  /** The sign-in attempts charged to a client address (the throttle counts per IP, keyed by a hash of it). */
  const chargedTo = async (target: TestApp, ip: string): Promise<number> => {
    const rows: { points: number }[] = await target.owner.query('SELECT points FROM rate_limit WHERE key = $1', [`login-ip:${throttleKey(ip)}`]);
    return rows[0]?.points ?? 0;
  };
  const attempt = (target: TestApp, email: string, forwardedFor: string, path = '/graphql') =>
    postGraphql(`${target.url}${path}`, signIn, { i: { email, password: 'not the password at all' } }, { 'x-forwarded-for': forwardedFor });

  it('with TRUST_PROXY, a sign-in attempt is charged to the address in X-Forwarded-For, on both paths', async () => {
    const loopback = await chargedTo(proxied, '127.0.0.1');
    const fast = await attempt(proxied, proxiedOrg.people.staff.email, '203.0.113.77');
    expect({ fast: tookFastPath(fast), code: json(fast).errors?.[0]?.extensions?.code }).toEqual({ fast: true, code: 'UNAUTHENTICATED' });
    expect(await chargedTo(proxied, '203.0.113.77')).toBe(1);
    const express = await attempt(proxied, proxiedOrg.people.staff.email, '203.0.113.78', '/graphql?x=1');
    expect(tookFastPath(express)).toBe(false);
    expect(await chargedTo(proxied, '203.0.113.78')).toBe(1);
    expect(await chargedTo(proxied, '127.0.0.1')).toBe(loopback);
  });

  it('without it, X-Forwarded-For is ignored and the attempt is charged to the connection’s address', async () => {
    const loopback = await chargedTo(app, '127.0.0.1');
    const fast = await attempt(app, org.people.staff.email, '203.0.113.79');
    expect({ fast: tookFastPath(fast), code: json(fast).errors?.[0]?.extensions?.code }).toEqual({ fast: true, code: 'UNAUTHENTICATED' });
    expect(await chargedTo(app, '203.0.113.79')).toBe(0);
    expect(await chargedTo(app, '127.0.0.1')).toBe(loopback + 1);
  });
});

describe('request logs', () => {
  /** The lines of one request; the wait is a guard (a busy machine may flush late), not a measurement. */
  async function linesOf(requestId: string): Promise<Record<string, unknown>[]> {
    const until = performance.now() + 20_000;
    while (performance.now() < until && !lines.some((l) => l.requestId === requestId)) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    return lines.filter((l) => l.requestId === requestId);
  }
  const shape = (l: Record<string, unknown>) => ({ level: l.level, msg: l.msg, operation: l.operation, type: l.type, errors: l.errors, req: l.req, res: l.res });

  it('a fast-path request writes one http line with its operation name, the same line Express writes', async () => {
    const fast = await postGraphql(`${app.url}/graphql`, logged, {}, { 'x-request-id': `fast-log-${randomUUID()}` });
    expect(tookFastPath(fast)).toBe(true);
    const mine = await linesOf(fast.headers['x-request-id'] as string);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      msg: 'http', operation: 'FastPathLogged', type: 'query', errors: [], req: { method: 'POST', path: '/graphql' }, res: { status: 200 },
    });
    expect(typeof mine[0]!.ms).toBe('number');
    const express = await postGraphql(`${app.url}/graphql?x=1`, logged, {}, { 'x-request-id': `express-log-${randomUUID()}` });
    expect(tookFastPath(express)).toBe(false);
    const theirs = await linesOf(express.headers['x-request-id'] as string);
    expect(theirs.map(shape)).toEqual(mine.map(shape));
  });

  it('a client gone mid-body leaves its one http line and no failure of ours, and the server answers the next request', async () => {
    const requestId = `gone-${randomUUID()}`;
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(`${app.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 200, 'x-request-id': requestId },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.on('response', () => reject(new Error('answered a body that never came')));
      req.write('{"query":"{ __typ', () => setTimeout(() => req.destroy(), 50));
    });
    const mine = await linesOf(requestId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ msg: 'http', req: { method: 'POST', path: '/graphql' } });
    expect(lines.filter((l) => l.level === 50 && l.requestId === requestId)).toEqual([]);
    const next = await postGraphql(`${app.url}/graphql`, logged);
    expect(next.status).toBe(200);
    expect(json(next).data).toEqual({ __typename: 'Query' });
  });
});

describe('mutations', () => {
  let token: string;
  beforeAll(async () => {
    token = await login(app, org.people.admin.email);
  });
  const programsNamed = async (name: string) => (await app.owner.query('SELECT id FROM program WHERE name = $1', [name])).length as number;
  const run = (name: string, programId: string) =>
    postGraphql(`${app.url}/graphql`, halfDone, { p: { name }, t: { name: `${name} team`, programId } }, { authorization: `Bearer ${token}` });

  it('a mutation failing in its second field leaves nothing of its first written', async () => {
    const name = `Half done ${randomUUID()}`;
    const failed = await run(name, randomUUID());
    expect(tookFastPath(failed)).toBe(true);
    const body = json(failed);
    expect(body.data ?? null).toBeNull();
    // The second field failed, after the first had run: the program was written, then rolled back with it.
    expect({ code: body.errors?.[0]?.extensions?.code, path: body.errors?.[0]?.path }).toEqual({ code: 'BAD_USER_INPUT', path: ['createTeam'] });
    expect(await programsNamed(name)).toBe(0);
    const audited = await app.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1 AND entity = 'program'`, [org.id]);
    expect(audited[0].n).toBe(0);
    // The same mutation into a program that exists writes both.
    const done = await run(name, org.programs.a);
    expect(json(done).errors).toBeUndefined();
    expect(await programsNamed(name)).toBe(1);
  });
});

describe('cross-origin requests when CORS is configured', () => {
  const origin = 'https://app.example.test';
  let cors: TestApp;
  beforeAll(async () => {
    cors = await startTestApp({ CORS_ORIGINS: origin });
  });
  afterAll(async () => cors?.close());

  it('a request with an Origin keeps the CORS middleware’s answer; one without takes the fast path', async () => {
    const crossOrigin = await postGraphql(`${cors.url}/graphql`, logged, {}, { origin });
    expect({ status: crossOrigin.status, fast: tookFastPath(crossOrigin), body: json(crossOrigin) })
      .toEqual({ status: 200, fast: false, body: { data: { __typename: 'Query' } } });
    expect(crossOrigin.headers['access-control-allow-origin']).toBe(origin);
    expect(crossOrigin.headers['access-control-allow-credentials']).toBe('true');
    const sameOrigin = await postGraphql(`${cors.url}/graphql`, logged);
    expect({ fast: tookFastPath(sameOrigin), cors: sameOrigin.headers['access-control-allow-origin'] }).toEqual({ fast: true, cors: undefined });
  });
});
