import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@tandem/shared';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SessionsService } from '../modules/auth/sessions.service';
import { buildContext } from './context.factory';
import { APP_DATA_SOURCE } from './database.provider';
import { DomainError } from './errors';
import { LOGGER } from './logger';
import type { RequestContext } from './request-context';
import { RequestDb } from './request-db';

export interface Download {
  body: Buffer | string;
  contentType: string;
  /** ASCII file name for Content-Disposition. */
  filename: string;
}

export interface DownloadDeps {
  dataSource: DataSource;
  sessions: SessionsService;
  clock: Clock;
  logger: Logger;
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * A file for a signed-in person over plain HTTP (a browser link, not GraphQL): the session cookie or a bearer token,
 * the request's own tenant transaction (committed on success, so audit rows stay), and domain errors as plain-text
 * answers with their status — bad input 400 with its sentence, never a 500 for something the caller can fix.
 */
export async function signedInDownload(deps: DownloadDeps, req: Request, res: Response, what: string, make: (ctx: RequestContext) => Promise<Download>): Promise<void> {
  let ctx: RequestContext | null = null;
  try {
    ctx = await buildContext(deps.dataSource, deps.sessions, req, res, deps.clock);
    if (!ctx.viewer) {
      res.status(HttpStatus.UNAUTHORIZED).type('text/plain').send('Please sign in');
      return;
    }
    const file = await make(ctx);
    // Commit before answering, so whatever the download wrote (its audit row) is there once the file has arrived.
    const committing = ctx;
    ctx = null;
    await committing.db.finish(false);
    res.status(HttpStatus.OK).type(file.contentType).setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '-')}"`);
    res.send(file.body);
  } catch (e) {
    sendFailure(deps, res, e, what, ctx?.requestId);
  } finally {
    await ctx?.db.finish(true).catch((e: unknown) => deps.logger.error({ err: e, requestId: ctx?.requestId }, `${what}: closing the transaction failed`));
  }
}

/** A domain error as a plain-text answer with its status; anything unexpected is logged and answered without internals. */
function sendFailure(deps: DownloadDeps, res: Response, e: unknown, what: string, requestId: string | undefined): void {
  const code = e instanceof DomainError ? e.code : null;
  const status = (code ? STATUS[code] : undefined) ?? HttpStatus.INTERNAL_SERVER_ERROR;
  const message = code === 'NOT_FOUND' ? 'Not found'
    : code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'TOO_MANY_REQUESTS' ? (e as Error).message
      : code === 'SERVICE_UNAVAILABLE' ? 'The service is unavailable just now; try again in a minute'
        : code === 'UNAUTHENTICATED' ? 'Please sign in' : 'Something went wrong';
  if (!code) deps.logger.error({ err: e, requestId }, `${what} failed`);
  if (!res.headersSent) res.status(status).type('text/plain').send(message);
}

/**
 * A file behind a capability token in its address (a calendar feed): no session is read; `make` gets a database with no
 * tenant, whose `asPublic` runs the work in the token's organisation and transaction. Null from `make` answers 404. Errors
 * map as for signed-in downloads; the file is shown inline.
 */
export async function tokenDownload(deps: DownloadDeps, res: Response, what: string, make: (db: RequestDb) => Promise<Download | null>): Promise<void> {
  const db = new RequestDb(deps.dataSource);
  try {
    const file = await make(db);
    if (file === null) {
      res.status(HttpStatus.NOT_FOUND).type('text/plain').send('Not found');
      return;
    }
    res.status(HttpStatus.OK).type(file.contentType).setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', `inline; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '-')}"`);
    res.send(file.body);
  } catch (e) {
    sendFailure(deps, res, e, what, undefined);
  } finally {
    await db.finish(false).catch((e: unknown) => deps.logger.error({ err: e }, `${what}: closing the transaction failed`));
  }
}

/**
 * The one way a REST controller answers a signed-in download: the same request context, tenant transaction and error
 * mapping as GraphQL (see `signedInDownload`). Provided by the core module, so every feature's controller can inject it.
 */
@Injectable()
export class HttpDownloads {
  private readonly deps: DownloadDeps;

  constructor(
    @Inject(APP_DATA_SOURCE) dataSource: DataSource,
    sessions: SessionsService,
    @Inject(LOGGER) logger: Logger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.deps = { dataSource, sessions, logger, clock: config.clock };
  }

  get clock(): Clock {
    return this.deps.clock;
  }

  get dataSource(): DataSource {
    return this.deps.dataSource;
  }

  send(req: Request, res: Response, what: string, make: (ctx: RequestContext) => Promise<Download>): Promise<void> {
    return signedInDownload(this.deps, req, res, what, make);
  }

  /** A file behind a capability token (see `tokenDownload`). */
  sendByToken(res: Response, what: string, make: (db: RequestDb) => Promise<Download | null>): Promise<void> {
    return tokenDownload(this.deps, res, what, make);
  }
}
