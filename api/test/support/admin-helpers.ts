import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@tandem/shared';
import { insertPerson, type TestPerson } from './factories';
import type { DocumentNode } from 'graphql';
import { gql, gqlRaw, type GqlOptions, type GqlResult, type RawData, type TypedDocumentNode, type VariablesArgs } from './graphql';
import type { TestApp } from './test-app';
import { graphql } from '../gql';

export const uniq = () => randomBytes(3).toString('hex');

/** A typed GraphQL call that carries a request id of our choosing, so the audit rows it wrote can be found afterwards. */
export async function call<R, V>(
  app: Pick<TestApp, 'url'>, document: TypedDocumentNode<R, V>, ...[variables, options = {}]: VariablesArgs<V>
): Promise<GqlResult<R> & { requestId: string }> {
  return callRaw<R>(app, document, variables as Record<string, unknown> | undefined, options);
}

/** `call` for an operation the test sends unchecked on purpose (see `gqlRaw`). */
export async function callRaw<T = RawData>(
  app: Pick<TestApp, 'url'>, document: string | DocumentNode, variables: Record<string, unknown> = {}, options: GqlOptions = {},
): Promise<GqlResult<T> & { requestId: string }> {
  const requestId = randomUUID();
  const res = await gqlRaw<T>(app, document, variables, { ...options, headers: { ...options.headers, 'x-request-id': requestId } });
  return { ...res, requestId };
}

/** Like `call`, but fails the test with the server's errors when there are any. */
export async function ok<R, V>(
  app: Pick<TestApp, 'url'>, document: TypedDocumentNode<R, V>, ...args: VariablesArgs<V>
): Promise<R & { requestId: string }> {
  const res = await call(app, document, ...args);
  if (res.errors?.length || !res.data) throw new Error(`Unexpected errors: ${JSON.stringify(res.errors)}`);
  return { ...res.data, requestId: res.requestId };
}

export interface AuditRow {
  id: string;
  organization_id: string;
  actor_id: string | null;
  entity: string;
  entity_id: string | null;
  action: string;
  summary: Record<string, unknown>;
  request_id: string | null;
  /** Id of the transaction that wrote the row. */
  xmin: string;
}

/** Audit rows a request wrote (read as the owner, bypassing row-level security). */
export async function auditRowsOf(app: Pick<TestApp, 'owner'>, requestId: string): Promise<AuditRow[]> {
  return app.owner.query(
    'SELECT id, organization_id, actor_id, entity, entity_id, action, summary, request_id, xmin::text AS xmin FROM audit_event WHERE request_id = $1 ORDER BY created_at',
    [requestId],
  );
}

/** Transaction ids that wrote the given rows (`xmin`); equal to an audit row's xmin means "same transaction". */
export async function xminsOf(app: Pick<TestApp, 'owner'>, table: string, where: string, params: unknown[]): Promise<string[]> {
  const rows = await app.owner.query(`SELECT xmin::text AS xmin FROM ${table} WHERE ${where}`, params);
  return rows.map((r: { xmin: string }) => r.xmin);
}

/** A person inserted directly (owner connection) who started 30 days ago; see insertPerson. */
export function addPerson(
  app: Pick<TestApp, 'owner'>, orgId: string, label: string, roles: Role[],
  opts: { teamId?: string; supervisorId?: string; managerProgramId?: string; active?: boolean } = {},
): Promise<TestPerson> {
  return insertPerson(app.owner, orgId, label, roles, { ...opts, startedDaysAgo: 30 });
}

/**
 * Counts the SQL statements the API sends to Postgres while `fn` runs. Every statement of the app goes through
 * TypeORM's PostgresQueryRunner.query, which calls `logger.logQuery` before executing (whether logging is on or
 * not), so wrapping that method on the app's DataSource sees each statement exactly once, including BEGIN/COMMIT
 * and the pre-tenant session lookup. Test files run their tests one at a time, so nothing else is counted.
 */
export async function countStatements<T>(app: Pick<TestApp, 'server'>, fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const logger = app.server.dataSource.logger as { logQuery: (query: string, ...rest: unknown[]) => unknown };
  const original = logger.logQuery;
  const statements: string[] = [];
  logger.logQuery = function (this: unknown, query: string, ...rest: unknown[]) {
    statements.push(query.replace(/\s+/g, ' ').trim());
    return original.call(this, query, ...rest);
  };
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    logger.logQuery = original;
  }
}

/** The invitation token at the end of an invite URL (`…/invite/<token>`). */
export function inviteToken(url: string): string {
  const m = /\/invite\/([A-Za-z0-9_-]+)$/.exec(url);
  if (!m) throw new Error(`Not an invite URL: ${url}`);
  return m[1]!;
}

/** The `tandem_session` Set-Cookie header of a response, if any. */
export function sessionCookie(headers: Headers): string | undefined {
  return headers.getSetCookie().find((c) => c.startsWith('tandem_session='));
}

export interface OutboxRow {
  id: string;
  organization_id: string;
  recipient_id: string;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string;
  action_url: string | null;
}

/** Outbox messages for a person, newest first (read as the owner), optionally of one kind. */
export async function outboxOf(app: Pick<TestApp, 'owner'>, personId: string, kind?: string): Promise<OutboxRow[]> {
  return app.owner.query(
    `SELECT id, organization_id, recipient_id, kind, to_address, subject, body_text, action_url FROM outbox_message
      WHERE recipient_id = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at DESC, id DESC`,
    [personId, kind ?? null],
  );
}

/** The link of the newest message of `kind` for a person; fails when there is none. */
export async function latestLink(app: Pick<TestApp, 'owner'>, personId: string, kind: string): Promise<string> {
  const [message] = await outboxOf(app, personId, kind);
  if (!message?.action_url) throw new Error(`No ${kind} message with a link for ${personId}`);
  expect(message.body_text).toContain(message.action_url);
  return message.action_url;
}

/** The token at the end of a reset URL (`…/reset-password/<token>`). */
export function resetToken(url: string): string {
  const m = /\/reset-password\/([A-Za-z0-9_-]+)$/.exec(url);
  if (!m) throw new Error(`Not a reset URL: ${url}`);
  return m[1]!;
}

/** The person with this e-mail address (owner connection). */
export async function personIdByEmail(app: Pick<TestApp, 'owner'>, email: string): Promise<string> {
  const [row] = await app.owner.query('SELECT id FROM person WHERE email = $1', [email.toLowerCase()]);
  if (!row) throw new Error(`No person ${email}`);
  return row.id as string;
}

/**
 * Self-serve sign-up as a founder would do it: createOrganization, then open the confirmation link from their message.
 * Returns the founder's session token and person id.
 */
export async function signUpAndConfirm(
  app: Pick<TestApp, 'url' | 'owner'>, input: { organizationName: string; adminName: string; email: string; password: string },
): Promise<{ token: string; personId: string }> {
  const res = await gql(app, graphql(`mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }`), { i: input });
  if (res.data?.createOrganization !== true) throw new Error(`Sign-up failed: ${JSON.stringify(res.errors)}`);
  const personId = await personIdByEmail(app, input.email);
  const url = await latestLink(app, personId, 'SIGN_UP_CONFIRMATION');
  const accepted = await gql(app, graphql(`mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`), { i: { token: inviteToken(url) } });
  if (!accepted.data?.acceptInvitation.token) throw new Error(`Confirmation failed: ${JSON.stringify(accepted.errors)}`);
  return { token: accepted.data.acceptInvitation.token, personId };
}
