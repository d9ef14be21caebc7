import { Inject, Injectable } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../common/database.provider';
import { LOGGER } from '../../common/logger';
import { RequestDb } from '../../common/request-db';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobQueue, type MailJob } from './job-queue';
import { Mailer } from './mailer';

interface ClaimedMessage {
  id: string;
  kind: string;
  message_key: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  security: boolean;
  calendar_ics: string | null;
  calendar_method: string | null;
}

/** How long a worker may take to hand one message to SMTP before another may pick it up (wall time). */
const LEASE = `interval '2 minutes'`;

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
    jobs: JobQueue,
  ) {
    jobs.onMail((job) => this.handle(job));
  }

  private async inTenant<T>(organizationId: string, fn: (db: RequestDb) => Promise<T>): Promise<T> {
    return new RequestDb(this.dataSource).asPublic(organizationId, fn);
  }

  async handle(job: PgBoss.JobWithMetadata<MailJob>): Promise<void> {
    const { organizationId, messageId } = job.data;
    const claimed = await this.inTenant(organizationId, (db) => db.query<ClaimedMessage>(
      `UPDATE outbox_message SET status = 'SENDING', attempts = attempts + 1, claimed_until = now() + ${LEASE}
        WHERE id = $1 AND (status IN ('QUEUED', 'FAILED', 'HELD') OR (status = 'SENDING' AND claimed_until < now()))
        RETURNING id, kind, message_key, to_address, subject, body_text, body_html, security, calendar_ics, calendar_method`,
      [messageId],
    ));
    const message = claimed[0];
    if (!message) return; // sent already, or another worker holds it
    try {
      await this.mailer.send({
        messageKey: message.message_key ?? message.id,
        to: message.to_address,
        subject: message.subject,
        text: message.body_text,
        html: message.body_html ?? message.body_text,
        unsubscribeUrl: message.security ? null : unsubscribeUrlIn(message.body_text, this.config.publicUrl),
        calendar: message.calendar_ics ? { ics: message.calendar_ics, method: message.calendar_method ?? 'REQUEST' } : null,
      });
    } catch (err) {
      const reason = describe(err);
      const lastTry = job.retryCount >= job.retryLimit;
      await this.inTenant(organizationId, (db) => db.query(
        `UPDATE outbox_message SET status = $2, last_error = $3, claimed_until = NULL WHERE id = $1`,
        [messageId, lastTry ? 'FAILED' : 'QUEUED', reason],
      ));
      this.logger.warn({ outboxMessageId: messageId, kind: message.kind, attempt: job.retryCount + 1, lastTry, reason }, 'mail send failed');
      throw new Error(reason);
    }
    await this.inTenant(organizationId, (db) => db.query(
      `UPDATE outbox_message SET status = 'SENT', sent_at = app_now(), last_error = NULL, claimed_until = NULL WHERE id = $1`,
      [messageId],
    ));
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
