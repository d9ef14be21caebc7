import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { HttpDownloads } from '../../common/http-download';
import { CalendarService } from './calendar.service';

const ICS_TYPE = 'text/calendar; charset=utf-8';

/**
 * iCalendar over plain HTTP (calendar apps do not speak GraphQL):
 *   GET /calendar/:token.ics                     a person's private feed (the token is the only credential; 404 when unknown or revoked)
 *   GET /calendar/session/:occurrenceId.ics      one occurrence, for a signed-in viewer who may see it (cookie or bearer)
 * Both go through `HttpDownloads`: the same transaction handling and error mapping as every other download.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly downloads: HttpDownloads,
    private readonly calendar: CalendarService,
  ) {}

  /** Signed in, through the same request context, transaction and error mapping as every other download. */
  @Get('session/:occurrenceId.ics')
  async occurrence(@Param('occurrenceId') occurrenceId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.downloads.send(req, res, 'calendar download', async (ctx) => {
      const { filename, body } = await this.calendar.occurrenceIcs(ctx, occurrenceId);
      return { body, contentType: ICS_TYPE, filename };
    });
  }

  /** The feed token is the only credential: no session is read, and the feed runs in its own anonymous transaction. */
  @Get(':token.ics')
  async feed(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.downloads.sendByToken(res, 'calendar feed', async (db) => {
      const body = await this.calendar.feed(db, token, this.downloads.clock.now());
      return body === null ? null : { body, contentType: ICS_TYPE, filename: 'supervision.ics' };
    });
  }
}
