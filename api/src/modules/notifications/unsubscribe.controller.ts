import { Controller, Get, HttpStatus, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../common/database.provider';
import { RequestDb } from '../../common/request-db';
import { NotificationsService } from './notifications.service';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · Tandem</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2933">
<h1 style="font-size:1.4rem">${esc(title)}</h1>${body}</body></html>`;
}

/**
 * One-click unsubscribe (RFC 8058). The link in a mail is the only credential.
 *   GET  /mail/unsubscribe/:token   a page with one button (mail scanners follow GET links, so GET changes nothing)
 *   POST /mail/unsubscribe/:token   turns e-mail for that kind of message off (the person still sees it in Tandem)
 */
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  @Get(':token')
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const found = await this.notifications.findUnsubscribe(new RequestDb(this.dataSource), token);
    res.setHeader('Cache-Control', 'no-store');
    if (!found) {
      res.status(HttpStatus.NOT_FOUND).type('html').send(page('This link does not work', '<p>It may be mistyped. You can change which e-mails you get under Notifications in Tandem.</p>'));
      return;
    }
    res.status(HttpStatus.OK).type('html').send(page('Stop these e-mails?', `<p>You will no longer get e-mails for “${esc(found.label)}”. You will still see them in Tandem, and you can change this any time under Notifications.</p>
<form method="post"><button type="submit" style="font:inherit;padding:.5rem 1rem">Stop these e-mails</button></form>`));
  }

  @Post(':token')
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const done = await this.notifications.unsubscribe(new RequestDb(this.dataSource), token);
    res.setHeader('Cache-Control', 'no-store');
    if (!done) {
      res.status(HttpStatus.NOT_FOUND).type('html').send(page('This link does not work', '<p>Nothing was changed.</p>'));
      return;
    }
    res.status(HttpStatus.OK).type('html').send(page('Done', `<p>You will no longer get e-mails for “${esc(done.label)}”. You can turn them back on under Notifications in Tandem.</p>`));
  }
}
