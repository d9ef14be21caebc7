import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { print } from 'graphql';
import { testClock } from './support/clock';
import { createOrg, login, type TestOrg } from './support/factories';
import { postGraphql, rawRequest, type RawAnswer } from './support/raw-http';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// A plain JSON POST to /graphql is answered by the fast path (api/src/common/graphql-fast-path.ts) without Express's
// router; everything else still takes the Express pipeline. Both must answer alike. A query string (/graphql?x=1) is
// the simplest request the fast path hands over, so it stands for "the Express pipeline" wherever the two are compared.
// Express marks its answers with an ETag (res.send hashes every body); the fast path never sends one, which tells the
// two paths apart from outside.

let app: TestApp;
let org: TestOrg;
beforeAll(async () => {
  app = await startTestApp();
  org = await createOrg(app, 'FastPath');
});
afterAll(async () => app?.close());

const typename = print(graphql(`query FastPathTypename { __typename }`));
const auditActions = print(graphql(`query FastPathAuditActions { auditActions { action category label } }`));
const createProgram = print(graphql(`mutation FastPathCreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id } }`));
const logout = print(graphql(`mutation FastPathLogout { logout }`));
const fast = () => `${app.url}/graphql`;
const viaExpress = () => `${app.url}/graphql?x=1`;

/** An API's security headers (OWASP REST cheat sheet), which every GraphQL answer carries (HSTS only over https, off here). */
const GRAPHQL_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none';frame-ancestors 'none'", 'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY',
};
/** What helmet adds for HTML documents: the web app and the other paths send them, GraphQL answers do not. */
const DOCUMENT_ONLY_HEADERS = [
  'cross-origin-opener-policy', 'origin-agent-cluster', 'x-dns-prefetch-control', 'x-download-options', 'x-permitted-cross-domain-policies',
  'x-xss-protection',
];
/** Headers whose value differs per answer, or by design between the paths (the ETag of Express's res.send). */
const PER_ANSWER = new Set(['date', 'x-request-id', 'x-tandem-now', 'etag', 'keep-alive', 'connection']);

const json = (a: RawAnswer) => JSON.parse(a.text) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const withoutRequestIds = (a: RawAnswer) => JSON.parse(a.text.replace(/"requestId":"[^"]*"/g, '"requestId":"…"')) as unknown;
const stable = (h: IncomingHttpHeaders) => Object.fromEntries(Object.entries(h).filter(([k]) => !PER_ANSWER.has(k)).sort(([a], [b]) => a.localeCompare(b)));
const tookFastPath = (a: RawAnswer) => a.headers.etag === undefined;

/**
 * Sends the same request through the fast path and through Express; both must answer with the same status, body and
 * headers. Only an answer of Apollo's shows its path (an unreadable body is answered with res.json on both paths).
 */
async function bothPaths(request: Parameters<typeof rawRequest>[1], answeredBy: 'apollo' | 'body reader' = 'apollo'): Promise<{ fast: RawAnswer; express: RawAnswer }> {
  const [f, e] = [await rawRequest(fast(), request), await rawRequest(viaExpress(), request)];
  expect(tookFastPath(e)).toBe(false);
  if (answeredBy === 'apollo') expect(tookFastPath(f)).toBe(true);
  expect({ status: f.status, body: withoutRequestIds(f), headers: stable(f.headers) })
    .toEqual({ status: e.status, body: withoutRequestIds(e), headers: stable(e.headers) });
  return { fast: f, express: e };
}

describe('headers', () => {
  it('a GraphQL answer carries an API’s security headers on both paths, a page’s only elsewhere, and no X-Powered-By', async () => {
    const health = await rawRequest(`${app.url}/health`, { method: 'GET' });
    const answer = await postGraphql(fast(), typename);
    const viaPipeline = await postGraphql(viaExpress(), typename);
    expect([answer.status, tookFastPath(answer), viaPipeline.status, tookFastPath(viaPipeline)]).toEqual([200, true, 200, false]);
    const securityHeaders = (a: RawAnswer) => Object.fromEntries([...Object.keys(GRAPHQL_SECURITY_HEADERS), ...DOCUMENT_ONLY_HEADERS]
      .filter((name) => a.headers[name] !== undefined).map((name) => [name, a.headers[name]]));
    expect(securityHeaders(answer)).toEqual(GRAPHQL_SECURITY_HEADERS);
    expect(securityHeaders(viaPipeline)).toEqual(GRAPHQL_SECURITY_HEADERS);
    // Everything else keeps helmet's whole set, the web app's content security policy included.
    for (const name of [...DOCUMENT_ONLY_HEADERS, 'x-content-type-options', 'x-frame-options']) {
      expect({ name, present: health.headers[name] !== undefined }).toEqual({ name, present: true });
    }
    expect(health.headers['content-security-policy']).toContain("default-src 'self'");
    for (const a of [answer, viaPipeline, health]) expect(a.headers['x-powered-by']).toBeUndefined();
  });

  it('echoes a valid request id, replaces an invalid one, and sends the business now, no-store and the exact length', async () => {
    const given = await postGraphql(fast(), typename, {}, { 'x-request-id': 'client-chosen-id-0123', 'accept-encoding': 'identity' });
    expect(given.headers['x-request-id']).toBe('client-chosen-id-0123');
    const invalid = await postGraphql(fast(), typename, {}, { 'x-request-id': 'no spaces allowed!' });
    expect(invalid.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // The business clock's now (TANDEM_NOW when pinned), which the web app follows.
    expect(Math.abs(Date.parse(given.headers['x-tandem-now'] as string) - testClock.nowMs())).toBeLessThan(60_000);
    expect(given.headers['cache-control']).toBe('no-store');
    expect(given.headers['content-length']).toBe(String(given.raw.length));
    expect(json(given)).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a query, an invalid document and a refused mutation exactly as Express does', async () => {
    await bothPaths({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: typename }) });
    const invalid = await bothPaths({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) });
    expect(invalid.fast.status).toBe(400);
    const unauthenticated = await bothPaths({
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: logout }),
    });
    expect(json(unauthenticated.fast).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('request bodies', () => {
  const jsonHeaders = { 'content-type': 'application/json' };

  it('a declared length over 2 MB is refused with 413 in GraphQL error shape before the body is read', async () => {
    // Only a few bytes are ever sent: an answer that waited for the declared body would never come. (Express's
    // body-parser does wait for it, to throw it away, so this case is the fast path's alone.)
    const answer = await rawRequest(fast(), { headers: { ...jsonHeaders, 'content-length': 3 * 1024 * 1024 }, partial: '{"query":' });
    expect(answer.status).toBe(413);
    const body = json(answer);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', requestId: answer.headers['x-request-id'] });
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.text).not.toMatch(/at \w+ \(/);
  });

  it('a whole body over the limit gets the same 413 on both paths', async () => {
    const body = JSON.stringify({ query: typename, variables: { x: 'y'.repeat(2 * 1024 * 1024) } });
    const { fast: answer } = await bothPaths({ headers: jsonHeaders, body }, 'body reader');
    expect(answer.status).toBe(413);
    expect(json(answer).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['malformed JSON', '{"query": "{ __typename }"'],
    ['a JSON string', '"x"'],
    ['a JSON number', '42'],
  ])('%s is a 400 BAD_REQUEST with the request id, on both paths', async (_what, body) => {
    const { fast: answer } = await bothPaths({ headers: jsonHeaders, body }, 'body reader');
    expect(answer.status).toBe(400);
    expect(json(answer).errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST', requestId: answer.headers['x-request-id'] });
  });

  it('a body led by a byte-order mark or whitespace is read as body-parser reads it', async () => {
    for (const lead of ['\ufeff', ' \r\n\t']) {
      const { fast: answer } = await bothPaths({ headers: jsonHeaders, body: `${lead}${JSON.stringify({ query: typename })}` });
      expect({ lead, status: answer.status, body: json(answer) }).toEqual({ lead, status: 200, body: { data: { __typename: 'Query' } } });
    }
    // Only JSON's own whitespace: a no-break space is refused on both paths.
    const { fast: refused } = await bothPaths({ headers: jsonHeaders, body: `\u00a0${JSON.stringify({ query: typename })}` }, 'body reader');
    expect(refused.status).toBe(400);
  });

  it('an empty body is Apollo’s 400, not a 500, on both paths', async () => {
    const { fast: answer } = await bothPaths({ headers: jsonHeaders, body: '' });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/POST body missing/);
  });
});

describe('requests handed to Express', () => {
  it('a chunked body without Content-Length is answered', async () => {
    const body = JSON.stringify({ query: typename });
    const answer = await rawRequest(fast(), { headers: { 'content-type': 'application/json' }, chunks: [body.slice(0, 9), body.slice(9)] });
    expect(answer.status).toBe(200);
    expect(tookFastPath(answer)).toBe(false);
    expect(json(answer)).toEqual({ data: { __typename: 'Query' } });
  });

  it('application/json with a charset takes the fast path; text/plain is refused as CSRF and runs nothing', async () => {
    const charset = await rawRequest(fast(), { headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ query: typename }) });
    expect({ status: charset.status, fast: tookFastPath(charset), body: json(charset) }).toEqual({ status: 200, fast: true, body: { data: { __typename: 'Query' } } });
    const token = await login(app, org.people.admin.email);
    const name = `CSRF ${randomUUID()}`;
    const plain = await rawRequest(fast(), {
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: createProgram, variables: { i: { name } } }),
    });
    expect(plain.status).toBe(400);
    expect(plain.text).toMatch(/CSRF/);
    expect(await app.owner.query('SELECT id FROM program WHERE name = $1', [name])).toEqual([]);
    // The same request as JSON does write: the refusal above is what kept the program out.
    const allowed = await rawRequest(fast(), {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: createProgram, variables: { i: { name } } }),
    });
    expect(allowed.status).toBe(200);
    expect(await app.owner.query('SELECT id FROM program WHERE name = $1', [name])).toHaveLength(1);
  });

  it('GET /graphql is refused as CSRF without a preflight header and answered with one, as before', async () => {
    const url = `${app.url}/graphql?query=${encodeURIComponent(typename)}`;
    const refused = await rawRequest(url, { method: 'GET' });
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/CSRF/);
    const answered = await rawRequest(url, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } });
    expect(answered.status).toBe(200);
    expect(json(answered)).toEqual({ data: { __typename: 'Query' } });
  });

  it('POST /graphql?x=1 is answered by Express', async () => {
    const answer = await postGraphql(viaExpress(), typename);
    expect({ status: answer.status, fast: tookFastPath(answer), body: json(answer) }).toEqual({ status: 200, fast: false, body: { data: { __typename: 'Query' } } });
  });
});

describe('compression', () => {
  it('an answer of 1 KB or more is gzipped for a client that accepts it, and unzips to the plain answer', async () => {
    const token = await login(app, org.people.admin.email);
    const headers = { authorization: `Bearer ${token}` };
    const plain = await postGraphql(fast(), auditActions, {}, { ...headers, 'accept-encoding': 'identity' });
    const zipped = await postGraphql(fast(), auditActions, {}, { ...headers, 'accept-encoding': 'gzip' });
    expect(plain.raw.length).toBeGreaterThanOrEqual(1024);
    expect(json(plain).errors).toBeUndefined();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(tookFastPath(zipped)).toBe(true);
    const unzipped = gunzipSync(zipped.raw).toString('utf8');
    expect(JSON.parse(unzipped)).toEqual(json(plain));
    expect(zipped.raw.length).toBeLessThan(plain.raw.length);
    // Express compresses the same answer the same way.
    const express = await postGraphql(viaExpress(), auditActions, {}, { ...headers, 'accept-encoding': 'gzip' });
    expect(express.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(express.raw).toString('utf8')).toBe(unzipped);
  });

  it('a small answer is not compressed but still varies by Accept-Encoding', async () => {
    const small = await postGraphql(fast(), typename, {}, { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers.vary).toMatch(/Accept-Encoding/i);
    expect(json(small)).toEqual({ data: { __typename: 'Query' } });
  });
});
