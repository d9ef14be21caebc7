import { randomUUID } from 'node:crypto';
import type { Clock } from '@tandem/shared';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '@tandem/database';
import type { SessionsService } from '../modules/auth/sessions.service';
import { DATABASE_UNAVAILABLE_MESSAGE } from './error-formatter';
import { createLoaders } from './loaders';
import { RequestDb } from './request-db';
import type { RequestContext, Viewer } from './request-context';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

export function requestIdOf(req: Request): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Builds the per-request context: request id, tenant-bound database transaction, viewer from the session, loaders.
 * The request's tenant is the viewer's organisation; once bound it never changes (see RequestDb).
 */
export async function buildContext(dataSource: DataSource, sessions: SessionsService, req: Request, res: Response, clock: Clock): Promise<RequestContext> {
  const db = new RequestDb(dataSource);
  const ctx: RequestContext = {} as RequestContext;
  Object.assign(ctx, {
    requestId: (req as Request & { id?: string }).id ?? requestIdOf(req),
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    viewer: null,
    clock,
    db,
    loaders: createLoaders(db, () => ctx.viewer),
    req,
    res,
    memo: new Map(),
    auditCount: 0,
  } satisfies RequestContext);
  // The viewer and the tenant move together: setting a viewer binds the request to their organisation, and a viewer of
  // another organisation than the one the request is bound to is refused (RequestDb.bindTenant throws).
  let viewer: Viewer | null = null;
  Object.defineProperty(ctx, 'viewer', {
    enumerable: true,
    get: () => viewer,
    set: (next: Viewer | null) => {
      if (next) db.bindTenant(next.organizationId);
      viewer = next;
    },
  });
  const token = sessions.tokenFromRequest(ctx);
  try {
    if (token) ctx.viewer = await sessions.authenticate(db, token);
  } catch (e) {
    // Before any resolver runs, Apollo answers a failed context with HTTP 500; a database that is down is a 503, said
    // in the same words the error formatter uses for it everywhere else.
    if (isDatabaseUnavailable(e)) {
      throw new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, { originalError: e as Error, extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
    }
    throw e;
  }
  return ctx;
}
