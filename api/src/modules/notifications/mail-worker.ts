import { Inject, Injectable } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../common/database.provider';
import { LOGGER } from '../../common/logger';
import { RequestDb } from '../../common/request-db';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { OutboxService } from '../outbox/outbox.service';
import { JobQueue, type MailJob } from './job-queue';
import { Mailer } from './mailer';

/**
 * Sends one queued message. The row is claimed first (QUEUED/FAILED → SENDING, or an expired lease), in its own committed
 * transaction, so two API processes never both send it; after SMTP accepts it the row becomes SENT. On failure the row
 * goes back to QUEUED with the reason and the job fails, so pg-boss retries it with back-off; when the retries are used
 * up the row is FAILED and an admin can "retry now".
 */
@Injectable()
export class MailWorker {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly mailer: Mailer,
    private readonly outbox: OutboxService,
    jobs: JobQueue,
  ) {
    jobs.onMail((job) => this.handle(job));
  }

  /** Runs `fn` in a committed transaction of its own, bound to the message's organisation. */
  private async inTenant<T>(organizationId: string, fn: (db: RequestDb) => Promise<T>): Promise<T> {
    return new RequestDb(this.dataSource).asPublic(organizationId, fn);
  }

  async handle(job: PgBoss.JobWithMetadata<MailJob>): Promise<void> {
    const { organizationId, messageId } = job.data;
    const message = await this.inTenant(organizationId, (db) => this.outbox.claimForSending(db, messageId));
    if (!message) return; // sent already, or another worker holds it
    try {
      await this.mailer.send({
        messageKey: message.messageKey ?? message.id,
        to: message.toAddress,
        subject: message.subject,
        text: message.bodyText,
        html: message.bodyHtml ?? message.bodyText,
        unsubscribeUrl: message.security ? null : unsubscribeUrlIn(message.bodyText, this.config.publicUrl),
        calendar: message.calendarIcs ? { ics: message.calendarIcs, method: message.calendarMethod ?? 'REQUEST' } : null,
      });
    } catch (err) {
      const reason = describe(err);
      const lastTry = job.retryCount >= job.retryLimit;
      await this.inTenant(organizationId, (db) => this.outbox.sendFailed(db, messageId, lastTry ? 'FAILED' : 'QUEUED', reason));
      this.logger.warn({ outboxMessageId: messageId, kind: message.kind, attempt: job.retryCount + 1, lastTry, reason }, 'mail send failed');
      throw new Error(reason);
    }
    await this.inTenant(organizationId, (db) => this.outbox.sent(db, messageId));
    this.logger.info({ outboxMessageId: messageId, kind: message.kind }, 'mail sent');
  }
}

/** The unsubscribe link is the last link of a non-security message's text (see OutboxService.queue). */
function unsubscribeUrlIn(text: string, publicUrl: string): string | null {
  const links = text.match(/https?:\/\/\S+\/mail\/unsubscribe\/[A-Za-z0-9_-]+/g);
  const last = links?.[links.length - 1];
  return last && last.startsWith(publicUrl) ? last : null;
}

/** The SMTP error as an admin can act on it, without addresses. */
function describe(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
  const parts = [e.code, e.responseCode ? String(e.responseCode) : null, (e.response ?? e.message ?? 'unknown error').replace(/<[^>]*@[^>]*>/g, '<…>')];
  return parts.filter(Boolean).join(' ').slice(0, 500);
}
