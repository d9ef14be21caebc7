import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { audit } from '../../common/audit';
import { ConflictError, NotFoundError } from '../../common/errors';
import { LOGGER } from '../../common/logger';
import type { RequestContext } from '../../common/request-context';
import type { RequestDb } from '../../common/request-db';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobQueue } from '../notifications/job-queue';
import { isSecurityKind } from '../notifications/notification-kinds';
import {
  claimForSending, countByStatus, findListed, insertMessage, listMessages, markSendFailed, markSent, requeue, type OutboxClaimed,
  type OutboxFilter, type OutboxListed,
} from './outbox.repository';
import { renderHtml, type RenderedMessage } from './outbox.templates';

export interface QueueOptions {
  /** Unique per organisation: a second message with the same key is not made (reminders, events). Default: a new key. */
  key?: string;
  /** Business time from which it may go (default now). */
  sendAfter?: Date;
  calendar?: { ics: string; method: 'REQUEST' | 'CANCEL' };
}

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
    const id = await ctx.db.run((em) => insertMessage(em, {
      organizationId: ctx.db.organizationId!, recipientId: recipient.id, kind: message.kind, toAddress: recipient.email, subject: message.subject,
      bodyText, actionUrl: message.actionUrl, messageKey: opts.key ?? `${message.kind}:${randomUUID()}`, status, sendAfter, security,
      bodyHtml: renderHtml(message.subject, bodyText), calendarIcs: opts.calendar?.ics ?? null, calendarMethod: opts.calendar?.method ?? null,
      unsubscribeTokenHash: unsubscribeHash,
    }));
    if (!id) return null;
    if (this.mailConfigured) {
      const delaySeconds = (sendAfter.getTime() - ctx.clock.nowMs()) / 1000;
      await this.jobs.enqueueMail(ctx.db, { organizationId: ctx.db.organizationId!, messageId: id }, delaySeconds);
    }
    // No personal data in the log. A founder's confirmation link is the one message nobody can read in an outbox yet
    // (the organisation has no one signed in): in development only, the log carries it so a local sign-up can finish.
    this.logger.info({ requestId: ctx.requestId, outboxMessageId: id, kind: message.kind, status }, 'outbox message queued');
    if (this.config.nodeEnv === 'development' && message.kind === 'SIGN_UP_CONFIRMATION' && !this.mailConfigured) {
      this.logger.info({ outboxMessageId: id, link: message.actionUrl }, 'no mail server in development: open this link to finish the sign-up');
    }
    return id;
  }

  async list(ctx: RequestContext, filter: OutboxFilter, skip: number, take: number): Promise<{ items: OutboxListed[]; totalCount: number }> {
    const [items, totalCount] = await ctx.db.run((em) => listMessages(em, filter, skip, take));
    return { items, totalCount };
  }

  /** Counts by delivery state, for the admin's overview. */
  async summary(ctx: RequestContext): Promise<{ mailConfigured: boolean; held: number; queued: number; sending: number; sent: number; failed: number }> {
    const counts = await ctx.db.run((em) => countByStatus(em));
    const n = (status: string) => counts.get(status) ?? 0;
    return { mailConfigured: this.mailConfigured, held: n('HELD'), queued: n('QUEUED'), sending: n('SENDING'), sent: n('SENT'), failed: n('FAILED') };
  }

  /** "Retry now": a FAILED (or still QUEUED) message goes back to the queue at once. */
  async retry(ctx: RequestContext, id: string): Promise<OutboxListed> {
    const current = await ctx.db.run((em) => findListed(em, id));
    if (!current) throw new NotFoundError('Message');
    if (!this.mailConfigured) throw new ConflictError('No mail server is configured (SMTP_URL): messages stay in the outbox.');
    if (current.status === 'SENT') throw new ConflictError('This message was already sent.');
    if (current.status === 'SENDING') throw new ConflictError('This message is being sent right now.');
    await ctx.db.run((em) => requeue(em, id));
    await this.jobs.enqueueMail(ctx.db, { organizationId: ctx.db.organizationId!, messageId: id }, 0);
    await audit(ctx, { entity: 'outbox_message', entityId: id, action: 'outbox.retry', before: { status: current.status, attempts: current.attempts } });
    return (await ctx.db.run((em) => findListed(em, id)))!;
  }

  // ---- delivery (the mail worker, each step in a committed transaction of the message's organisation) -------------

  /** Claims a message for sending; undefined when it was sent already or another worker holds it. */
  claimForSending(db: RequestDb, id: string): Promise<OutboxClaimed | undefined> {
    return db.run((em) => claimForSending(em, id));
  }

  /** A send failed: back to the queue, or FAILED when it was the last try, with the reason. */
  sendFailed(db: RequestDb, id: string, status: 'QUEUED' | 'FAILED', reason: string): Promise<void> {
    return db.run((em) => markSendFailed(em, id, status, reason));
  }

  /** SMTP accepted it. */
  sent(db: RequestDb, id: string): Promise<void> {
    return db.run((em) => markSent(em, id));
  }
}
