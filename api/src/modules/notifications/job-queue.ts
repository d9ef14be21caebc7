import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { JOB_SCHEMA, MAIL_QUEUE } from '@tandem/database';
import { APP_DATA_SOURCE } from '../../common/database.provider';
import { LOGGER } from '../../common/logger';
import type { RequestDb } from '../../common/request-db';
import { APP_CONFIG, type AppConfig } from '../../config/config';

export interface MailJob {
  organizationId: string;
  messageId: string;
}

export type MailJobHandler = (job: PgBoss.JobWithMetadata<MailJob>) => Promise<void>;

/**
 * The job queue: pg-boss in the app's own Postgres (schema `pgboss`, installed by a migration). Jobs are inserted on the
 * caller's transaction, so a send or a reminder exists exactly when the change that causes it commits. Every API process
 * may run the worker (`TANDEM_JOBS`); Postgres' SKIP LOCKED hands each job to one of them.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  /** pg-boss, made on first use: without a mail server nothing is queued, so such a process never loads it. */
  private bossPromise: Promise<PgBoss> | null = null;
  private handler: MailJobHandler | null = null;
  private started = false;
  private stopping = false;
  /** pg-boss statements and mail handlers still running; shutdown waits for them before the pool closes. */
  private busy = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * The queue, loaded and made on first use: pg-boss (with cron-parser and luxon, about 4 MB of heap) is loaded only by
   * a process that queues or sends mail, which needs a mail server (`SMTP_URL`).
   */
  private boss(): Promise<PgBoss> {
    this.bossPromise ??= import('pg-boss').then(({ default: Boss }) => {
      const { config, dataSource } = this;
      const boss = new Boss({
        schema: JOB_SCHEMA,
        // pg-boss runs its statements on the app's pool (the app role; its schema comes from a migration).
        db: {
          executeSql: (text: string, values: unknown[]) => this.tracked(async () => {
            const runner = dataSource.createQueryRunner();
            try {
              const result = await runner.query(text, values?.length ? values : undefined, true);
              return { rows: Array.isArray(result.records) ? result.records : [] };
            } catch (err) {
              // pg-boss marks a job complete without awaiting it; once shutdown has begun such a late statement must not
              // become an unhandled rejection. The job then expires and is retried; the outbox claim stops a second send.
              if (this.stopping) return { rows: [] };
              throw err;
            } finally {
              await runner.release();
            }
          }),
        },
        migrate: false,
        supervise: config.jobs && config.smtpUrl !== null,
        schedule: false,
      });
      boss.on('error', (err: Error) => this.logger.warn({ err: { message: err.message } }, 'job queue error'));
      return boss;
    });
    return this.bossPromise;
  }

  /** The mail worker registers here; it runs when this process runs jobs. */
  onMail(handler: MailJobHandler): void {
    this.handler = handler;
  }

  async onApplicationBootstrap(): Promise<void> {
    // Without a mail server nothing is queued (messages are HELD in the outbox), so the queue is not started at all.
    if (!this.config.smtpUrl) return;
    const boss = await this.boss();
    await boss.start();
    this.started = true;
    if (this.config.jobs && this.handler) {
      const handler = this.handler;
      await boss.work<MailJob>(
        MAIL_QUEUE,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.config.jobsPollSeconds },
        async ([job]) => {
          if (job) await this.tracked(() => handler(job));
        },
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.stopping = true;
    await (await this.boss()).stop({ graceful: true, wait: true, timeout: 5000 });
    // A fetch that was in flight when the workers stopped still hands its job to the handler, and pg-boss completes
    // jobs without awaiting; the pool closes only after both have settled (bounded, like the stop itself).
    const deadline = performance.now() + 10_000;
    let idleChecks = 0;
    while (idleChecks < 2 && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      idleChecks = this.busy === 0 ? idleChecks + 1 : 0;
    }
  }

  private async tracked<T>(work: () => Promise<T>): Promise<T> {
    this.busy += 1;
    try {
      return await work();
    } finally {
      this.busy -= 1;
    }
  }

  /**
   * Queues a send on `db`'s transaction. `delaySeconds` is how far ahead of the business clock the message is due; the
   * queue waits that long in wall time (a pinned `TANDEM_NOW` still gets "tomorrow" a day from now).
   */
  async enqueueMail(db: RequestDb, job: MailJob, delaySeconds = 0): Promise<void> {
    await (await this.boss()).send(MAIL_QUEUE, job, {
      startAfter: Math.max(0, Math.round(delaySeconds)),
      retryLimit: this.config.mailRetryLimit,
      retryDelay: this.config.mailRetryDelaySeconds,
      retryBackoff: true,
      singletonKey: job.messageId,
      // pg-boss's own SQL, on the caller's transaction (queued like every statement of the request).
      db: { executeSql: (text: string, values: unknown[]) => db.run(async (em) => ({ rows: (await em.queryRunner!.query(text, values, true)).records })) },
    });
  }

  /** Outside a request: queue a send right away on the app pool (admin "retry now" uses the request's transaction). */
  async enqueueMailNow(job: MailJob): Promise<void> {
    await (await this.boss()).send(MAIL_QUEUE, job, {
      retryLimit: this.config.mailRetryLimit, retryDelay: this.config.mailRetryDelaySeconds, retryBackoff: true,
    });
  }
}
