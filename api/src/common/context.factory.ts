import { randomUUID } from 'node:crypto';
import type { Clock } from '@tandem/shared';
import type { Request, Response } from 'express';
import { GraphQLError, Kind, OperationTypeNode, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '@tandem/database';
import type { SessionsService } from '../modules/auth/sessions.service';
import { DATABASE_UNAVAILABLE_MESSAGE } from './error-formatter';
import { createLoaders, type Loaders } from './loaders';
import { RequestDb } from './request-db';
import type { RequestContext, Viewer } from './request-context';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

export function requestIdOf(req: Request): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Where a request context keeps its viewer: one slot shared by the context and Apollo's shallow copy of it. */
const VIEWER = Symbol('viewer');

/**
 * One request's context. The viewer and the tenant move together: setting a viewer binds the request to their
 * organisation, and a viewer of another organisation than the one the request is bound to is refused
 * (RequestDb.bindTenant throws). A class, so every request's context has the same shape (an accessor defined on each
 * object would give each its own hidden class). Apollo runs each operation on a shallow copy (same prototype, own
 * properties copied), so the viewer lives in a slot the copy shares: a viewer set during the operation (sign-in) is the
 * one the request's loaders see.
 */
class HttpRequestContext implements RequestContext {
  readonly [VIEWER]: { current: Viewer | null } = { current: null };
  readonly loaders: Loaders;
  readonly memo = new Map<string, unknown>();
  auditCount = 0;

  constructor(
    readonly requestId: string,
    readonly clock: Clock,
    readonly db: RequestDb,
    readonly req: Request,
    readonly res: Response,
  ) {
    const slot = this[VIEWER];
    this.loaders = createLoaders(db, () => slot.current);
  }

  /**
   * The client's address (honouring `trust proxy`), worked out when asked: only sign-in and the throttles need it. (No
   * private field to keep it in: Apollo's shallow copy of the context would not carry one.)
   */
  get ip(): string {
    return this.req.ip ?? this.req.socket.remoteAddress ?? 'unknown';
  }

  get viewer(): Viewer | null {
    return this[VIEWER].current;
  }

  set viewer(next: Viewer | null) {
    if (next) this.db.bindTenant(next.organizationId);
    this[VIEWER].current = next;
  }
}

/**
 * Builds the per-request context: request id, tenant-bound database transaction, viewer from the session, loaders.
 * The request's tenant is the viewer's organisation; once bound it never changes (see RequestDb).
 */
export async function buildContext(dataSource: DataSource, sessions: SessionsService, req: Request, res: Response, clock: Clock): Promise<RequestContext> {
  const db = new RequestDb(dataSource, null, sessions.viewerChanges);
  const ctx = new HttpRequestContext((req as Request & { id?: string }).id ?? requestIdOf(req), clock, db, req, res);
  const token = sessions.tokenFromRequest(ctx);
  try {
    if (token) {
      const writes = isMutationRequest(req);
      // A transaction opened here must end even if Apollo refuses the request before any plugin sees it.
      if (writes) res.once('close', () => void db.endIfUnclaimed().catch(() => undefined));
      const found = await sessions.authenticate(db, token, clock.nowMs(), { openTransaction: writes });
      if (found) {
        ctx.viewer = found.viewer;
        // A read about the viewer themselves (`me`, their roles) needs no statement of its own. Not for writes: one may
        // change the person and read them back in the same request.
        if (!writes) ctx.loaders.knowViewer(found.viewer.personId, found.person, found.grants);
      }
    }
  } catch (e) {
    // No resolver will run, so nothing else ends the transaction a lookup may have opened.
    await db.finish(true).catch(() => undefined);
    // Before any resolver runs, Apollo answers a failed context with HTTP 500; a database that is down is a 503, said
    // in the same words the error formatter uses for it everywhere else.
    if (isDatabaseUnavailable(e)) {
      throw new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, { originalError: e as Error, extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
    }
    throw e;
  }
  return ctx;
}

/** The GraphQL context function, one definition for Apollo's Express integration and the server's fast path. */
export function graphqlContext(dataSource: DataSource, sessions: SessionsService, clock: Clock): (args: { req: Request; res: Response }) => Promise<RequestContext> {
  return ({ req, res }) => buildContext(dataSource, sessions, req, res, clock);
}

const operationKinds = new Map<string, Map<string | null, OperationTypeNode | null>>();
const MAX_DOCUMENTS = 500;
const MAX_REMEMBERED_LENGTH = 16_384;
/** The remembered documents' text in all (characters): with the count, what bounds this cache's memory (about 2 MB). */
const MAX_REMEMBERED_TOTAL = 2 ** 20;
let rememberedLength = 0;

/**
 * Whether a GraphQL request will run a mutation, so its transaction may open together with the viewer lookup. Only a
 * hint for cost: either answer is safe (a read that opens early just commits; a write that opens late opens on first
 * use). Parsed documents are remembered by their text, a bounded number of them.
 */
export function isMutationRequest(req: Request): boolean {
  const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
  if (req.method !== 'POST' || typeof body?.query !== 'string') return false;
  const name = typeof body.operationName === 'string' ? body.operationName : null;
  let kinds = operationKinds.get(body.query);
  if (!kinds) {
    kinds = new Map();
    try {
      const operations = parse(body.query, { noLocation: true }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      for (const op of operations) kinds.set(op.name?.value ?? null, op.operation);
      if (operations.length === 1) kinds.set(null, operations[0]!.operation);
    } catch {
      // Apollo answers the syntax error; no transaction is needed for that.
    }
    if (operationKinds.size >= MAX_DOCUMENTS || rememberedLength + body.query.length > MAX_REMEMBERED_TOTAL) {
      operationKinds.clear();
      rememberedLength = 0;
    }
    if (body.query.length <= MAX_REMEMBERED_LENGTH) {
      operationKinds.set(body.query, kinds);
      rememberedLength += body.query.length;
    }
  }
  return kinds.get(name) === OperationTypeNode.MUTATION;
}
