import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logger';
import type { RequestContext } from '../../common/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { RenderedMessage } from './outbox.templates';

export interface OutboxRow {
  id: string;
  recipient_id: string;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string;
  action_url: string | null;
  created_at: Date;
}

export interface OutboxFilter {
  recipientId?: string | null;
  kind?: string | null;
}

/**
 * The organisation's outbox: every message Tandem sends is rendered and kept here, addressed to one person. Until
 * mail delivery is configured this is how links reach people — an invitation or a password reset goes to the person's
 * message, never into an admin's mutation result. Messages are written in the transaction of the change that causes
 * them (the request's, or a public-token operation's own), so a rolled-back change leaves no message behind.
 */
@Injectable()
export class OutboxService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Absolute link into the web app. */
  url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  async queue(ctx: RequestContext, recipient: { id: string; email: string }, message: RenderedMessage): Promise<string> {
    const [row] = await ctx.db.query<{ id: string }>(
      `INSERT INTO outbox_message (organization_id, recipient_id, kind, to_address, subject, body_text, action_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [ctx.db.organizationId, recipient.id, message.kind, recipient.email, message.subject, message.bodyText, message.actionUrl],
    );
    // No personal data in the log. A founder's confirmation link is the one message nobody can read in an outbox yet
    // (the organisation has no one signed in): in development only, the log carries it so a local sign-up can finish.
    this.logger.info({ requestId: ctx.requestId, outboxMessageId: row!.id, kind: message.kind }, 'outbox message queued');
    if (this.config.nodeEnv === 'development' && message.kind === 'SIGN_UP_CONFIRMATION') {
      this.logger.info({ outboxMessageId: row!.id, link: message.actionUrl }, 'no mail server in development: open this link to finish the sign-up');
    }
    return row!.id;
  }

  async list(ctx: RequestContext, filter: OutboxFilter, skip: number, take: number): Promise<{ items: OutboxRow[]; totalCount: number }> {
    const where = `($1::uuid IS NULL OR m.recipient_id = $1) AND ($2::text IS NULL OR m.kind = $2)`;
    const params = [filter.recipientId ?? null, filter.kind ?? null];
    const [count] = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_message m WHERE ${where}`, params);
    const items = await ctx.db.query<OutboxRow>(
      `SELECT m.id, m.recipient_id, m.kind, m.to_address, m.subject, m.body_text, m.action_url, m.created_at
         FROM outbox_message m WHERE ${where}
        ORDER BY m.created_at DESC, m.id DESC OFFSET ${skip} LIMIT ${take}`,
      params,
    );
    return { items, totalCount: count?.n ?? 0 };
  }
}
