import { Controller, Get, HttpStatus, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { buildContext } from '../../common/context.factory';
import { APP_DATA_SOURCE } from '../../common/database.provider';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { DomainError } from '../../common/errors';
import { LOGGER } from '../../common/logger';
import { RequestDb } from '../../common/request-db';
import { SessionsService } from '../auth/sessions.service';
import { CalendarService } from './calendar.service';

const ICS_TYPE = 'text/calendar; charset=utf-8';

/**
 * iCalendar over plain HTTP (calendar apps do not speak GraphQL):
 *   GET /calendar/:token.ics                     a person's private feed (the token is the only credential; 404 when unknown or revoked)
 *   GET /calendar/session/:occurrenceId.ics      one occurrence, for a signed-in viewer who may see it (cookie or bearer)
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly calendar: CalendarService,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('session/:occurrenceId.ics')
  async occurrence(@Param('occurrenceId') occurrenceId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = await buildContext(this.dataSource, this.sessions, req, res, this.config.clock);
    try {
      if (!ctx.viewer) {
        res.status(HttpStatus.UNAUTHORIZED).type('text/plain').send('Please sign in');
        return;
      }
      const { filename, body } = await this.calendar.occurrenceIcs(ctx, occurrenceId);
      res.status(HttpStatus.OK).type(ICS_TYPE).setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.send(body);
    } catch (e) {
      const code = e instanceof DomainError ? e.code : null;
      res.status(code === 'FORBIDDEN' ? HttpStatus.FORBIDDEN : code === 'NOT_FOUND' ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR)
        .type('text/plain').send(code === 'FORBIDDEN' || code === 'NOT_FOUND' ? 'Not found' : 'Something went wrong');
      if (!code) this.logger.error({ err: e, requestId: ctx.requestId }, 'calendar download failed');
    } finally {
      await ctx.db.finish(false);
    }
  }

  /** The feed token is the only credential: no session is read, and the feed runs in its own anonymous transaction. */
  @Get(':token.ics')
  async feed(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const db = new RequestDb(this.dataSource);
    try {
      const body = await this.calendar.feed(db, token, this.config.clock.now());
      if (body === null) {
        res.status(HttpStatus.NOT_FOUND).type('text/plain').send('Not found');
        return;
      }
      res.status(HttpStatus.OK).type(ICS_TYPE).setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Disposition', 'inline; filename="supervision.ics"');
      res.send(body);
    } finally {
      await db.finish(false);
    }
  }
}
