import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { audit } from '../../common/audit';
import { ConflictError, NotFoundError } from '../../common/errors';
import { LOGGER } from '../../common/logger';
import type { RequestContext } from '../../common/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobQueue } from '../notifications/job-queue';
import { isSecurityKind } from '../notifications/notification-kinds';
import { renderHtml, type RenderedMessage } from './outbox.templates';

export interface OutboxRow {
  id: string;
  recipient_id: string;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string;
  action_url: string | null;
  created_at: Date;
  status: string;
  attempts: number;
  last_error: string | null;
  send_after: Date;
  sent_at: Date | null;
}

export interface OutboxFilter {
  recipientId?: string | null;
  kind?: string | null;
  status?: string | null;
}

export interface QueueOptions {
  /** Unique per organisation: a second message with the same key is not made (reminders, events). Default: a new key. */
  key?: string;
  /** Business time from which it may go (default now). */
  sendAfter?: Date;
  calendar?: { ics: string; method: 'REQUEST' | 'CANCEL' };
}

const COLUMNS = `m.id, m.recipient_id, m.kind, m.to_address, m.subject, m.body_text, m.action_url, m.created_at,
  m.status, m.attempts, m.last_error, m.send_after, m.sent_at`;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The organisation's outbox: every message Tandem sends is rendered and kept here, addressed to one person, with its
 * delivery state. With a mail server (`SMTP_URL`) each message is QUEUED and a send job is queued on the same
 * transaction (a rolled-back change leaves neither behind); the worker marks it SENT, or FAILED with the reason once
 * its retries are used up. Without one it is HELD here — how links reach people until mail is configured; an
 * invitation or a password reset goes to the person's message, never into an admin's mutation result.
 */
@Injectable()
export class OutboxService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly jobs: JobQueue,
  ) {}

  /** Absolute link into the web app. */
  url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  get mailConfigured(): boolean {
    return this.config.smtpUrl !== null;
  }

  /** Renders and keeps a message with a key of its own, and queues its sending. Returns its id. */
  async queue(ctx: RequestContext, recipient: { id: string; email: string }, message: RenderedMessage): Promise<string> {
    return (await this.queueOnce(ctx, recipient, message, {}))!;
  }

  /** Renders and keeps a message, and queues its sending. Returns its id, or null when its key was already used. */
  async queueOnce(ctx: RequestContext, recipient: { id: string; email: string }, message: RenderedMessage, opts: QueueOptions): Promise<string | null> {
    const security = isSecurityKind(message.kind);
    let bodyText = message.bodyText;
    let unsubscribeHash: string | null = null;
    if (!security) {
      const token = randomBytes(32).toString('base64url');
      unsubscribeHash = sha256(token);
      bodyText += `\n\nYou get this because of your notification settings in Tandem. To stop e-mails like this one: ${this.url(`/mail/unsubscribe/${token}`)}`;
    }
    const status = this.mailConfigured ? 'QUEUED' : 'HELD';
    const sendAfter = opts.sendAfter ?? ctx.clock.now();
    const [row] = await ctx.db.query<{ id: string }>(
      `INSERT INTO outbox_message (organization_id, recipient_id, kind, to_address, subject, body_text, action_url, message_key,
         status, send_after, security, body_html, calendar_ics, calendar_method, unsubscribe_token_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (organization_id, message_key) DO NOTHING RETURNING id`,
      [
        ctx.db.organizationId, recipient.id, message.kind, recipient.email, message.subject, bodyText, message.actionUrl,
        opts.key ?? `${message.kind}:${randomUUID()}`, status, sendAfter, security, renderHtml(message.subject, bodyText),
        opts.calendar?.ics ?? null, opts.calendar?.method ?? null, unsubscribeHash,
      ],
    );
    if (!row) return null;
    if (this.mailConfigured) {
      const delaySeconds = (sendAfter.getTime() - ctx.clock.nowMs()) / 1000;
      await this.jobs.enqueueMail(ctx.db, { organizationId: ctx.db.organizationId!, messageId: row.id }, delaySeconds);
    }
    // No personal data in the log. A founder's confirmation link is the one message nobody can read in an outbox yet
    // (the organisation has no one signed in): in development only, the log carries it so a local sign-up can finish.
    this.logger.info({ requestId: ctx.requestId, outboxMessageId: row.id, kind: message.kind, status }, 'outbox message queued');
    if (this.config.nodeEnv === 'development' && message.kind === 'SIGN_UP_CONFIRMATION' && !this.mailConfigured) {
      this.logger.info({ outboxMessageId: row.id, link: message.actionUrl }, 'no mail server in development: open this link to finish the sign-up');
    }
    return row.id;
  }

  async list(ctx: RequestContext, filter: OutboxFilter, skip: number, take: number): Promise<{ items: OutboxRow[]; totalCount: number }> {
    const where = `($1::uuid IS NULL OR m.recipient_id = $1) AND ($2::text IS NULL OR m.kind = $2) AND ($3::text IS NULL OR m.status = $3)`;
    const params = [filter.recipientId ?? null, filter.kind ?? null, filter.status ?? null];
    const [count] = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_message m WHERE ${where}`, params);
    const items = await ctx.db.query<OutboxRow>(
      `SELECT ${COLUMNS} FROM outbox_message m WHERE ${where}
        ORDER BY m.created_at DESC, m.id DESC OFFSET ${skip} LIMIT ${take}`,
      params,
    );
    return { items, totalCount: count?.n ?? 0 };
  }

  /** Counts by delivery state, for the admin's overview. */
  async summary(ctx: RequestContext): Promise<{ mailConfigured: boolean; held: number; queued: number; sending: number; sent: number; failed: number }> {
    const rows = await ctx.db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM outbox_message GROUP BY status`);
    const n = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
    return { mailConfigured: this.mailConfigured, held: n('HELD'), queued: n('QUEUED'), sending: n('SENDING'), sent: n('SENT'), failed: n('FAILED') };
  }

  /** "Retry now": a FAILED (or still QUEUED) message goes back to the queue at once. */
  async retry(ctx: RequestContext, id: string): Promise<OutboxRow> {
    const [current] = await ctx.db.query<OutboxRow>(`SELECT ${COLUMNS} FROM outbox_message m WHERE m.id = $1`, [id]);
    if (!current) throw new NotFoundError('Message');
    if (!this.mailConfigured) throw new ConflictError('No mail server is configured (SMTP_URL): messages stay in the outbox.');
    if (current.status === 'SENT') throw new ConflictError('This message was already sent.');
    if (current.status === 'SENDING') throw new ConflictError('This message is being sent right now.');
    await ctx.db.query(`UPDATE outbox_message SET status = 'QUEUED', attempts = 0, claimed_until = NULL WHERE id = $1`, [id]);
    await this.jobs.enqueueMail(ctx.db, { organizationId: ctx.db.organizationId!, messageId: id }, 0);
    await audit(ctx, { entity: 'outbox_message', entityId: id, action: 'outbox.retry', before: { status: current.status, attempts: current.attempts } });
    const [row] = await ctx.db.query<OutboxRow>(`SELECT ${COLUMNS} FROM outbox_message m WHERE m.id = $1`, [id]);
    return row!;
  }
}
