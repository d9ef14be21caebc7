import { randomUUID } from 'node:crypto';
import type { Clock } from '@tandem/shared';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { SessionsService } from '../modules/auth/sessions.service';
import { createLoaders } from './loaders';
import { RequestDb } from './request-db';
import type { RequestContext } from './request-context';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

export function requestIdOf(req: Request): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Builds the per-request context: request id, tenant-bound database transaction, viewer from the session, loaders. */
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
  const token = sessions.tokenFromRequest(ctx);
  if (token) ctx.viewer = await sessions.authenticate(db, token);
  return ctx;
}
