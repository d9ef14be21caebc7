import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createOrg, login, type TestOrg } from './support/factories';
import { gql } from './support/graphql';
import { capturedLogger } from './support/log-capture';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// Logging is paid on every request: a GraphQL request writes one line, the HTTP one, carrying the operation's name,
// type and error codes beside the status and duration (never its variables).
let app: TestApp;
let org: TestOrg;
const { logger, lines } = capturedLogger();

beforeAll(async () => {
  app = await startTestApp({}, undefined, logger);
  org = await createOrg(app, 'OneLine');
});
afterAll(async () => app?.close());

async function linesOf(requestId: string): Promise<Record<string, unknown>[]> {
  // A guard, not a measurement: a busy 2-CPU machine may take seconds to flush a log line; a passing test waits no longer than it must.
  const until = performance.now() + 20_000;
  while (performance.now() < until && !lines.some((l) => l.requestId === requestId)) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
  return lines.filter((l) => l.requestId === requestId);
}

it('a signed-in query is one line with its operation name, type, status and duration', async () => {
  const token = await login(app, org.people.staff.email);
  const res = await gql(app, graphql(`query WhoAmI { me { id } }`), {}, { token });
  expect(res.errors).toBeUndefined();
  const mine = await linesOf(res.headers.get('x-request-id')!);
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ msg: 'http', operation: 'WhoAmI', type: 'query', errors: [], req: { method: 'POST', path: '/graphql' }, res: { status: 200 } });
  expect(typeof mine[0]!.ms).toBe('number');
});

it('a refused mutation is one line with its error code and nothing of its variables', async () => {
  const res = await gql(app, graphql(`mutation SignIn($i: LoginInput!) { login(input: $i) { token } }`), { i: { email: org.people.staff.email, password: 'not the password at all' } });
  expect(res.errors).toBeDefined();
  const mine = await linesOf(res.headers.get('x-request-id')!);
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ operation: 'SignIn', type: 'mutation', errors: [res.errors![0]!.extensions!.code] });
  expect(JSON.stringify(mine)).not.toContain(org.people.staff.email);
  expect(JSON.stringify(mine)).not.toContain('not the password');
});

it('an answer is never kept by a cache, and no field pays for per-field plugin hooks', async () => {
  const token = await login(app, org.people.staff.email);
  const res = await gql(app, graphql(`query WhoAmINoStore { me { id } }`), {}, { token });
  expect(res.errors).toBeUndefined();
  expect(res.headers.get('cache-control')).toBe('no-store');
  // Apollo wraps every resolver of a schema (and marks it with this symbol) only when a plugin asks to hear about each
  // field, as its cache-control plugin did.
  const schema = app.server.app.get(GraphQLSchemaHost).schema;
  expect(Object.getOwnPropertySymbols(schema).map((s) => s.description)).not.toContain('apolloServerPluginsEnabled');
});
