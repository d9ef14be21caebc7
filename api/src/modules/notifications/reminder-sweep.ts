import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../common/database.provider';
import { LOGGER } from '../../common/logger';
import type { RequestContext } from '../../common/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { ActionItemReminders } from './action-item-reminders';
import { ChecklistReminders } from './checklist-reminders';
import { inJobContext, jobOrganizations } from './job-context';
import { organizationNameOf } from './notifications.repository';
import { WeeklyDigest } from './weekly-digest';

export interface SweepResult {
  organizations: number;
  checklistReminders: number;
  actionItemReminders: number;
  weeklyDigests: number;
}

/** One lock for the whole sweep: two API processes take turns instead of sweeping side by side. */
const SWEEP_LOCK = `hashtext('tandem:reminder-sweep')`;

/**
 * The reminder sweep: every `REMINDER_SWEEP_SECONDS` a job process walks each organisation in a transaction of its own
 * (row-level security as in a request) and makes whatever reminders and weekly digests are due by the business clock. Sending is
 * idempotent by message key — a second run, or a sweep in another process, makes nothing new — and the sweep holds a
 * Postgres advisory lock so processes also do not duplicate the work. Mails then go through the outbox and the mail
 * queue like every other message (HELD in the outbox when there is no mail server).
 */
@Injectable()
export class ReminderSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly checklists: ChecklistReminders,
    private readonly actionItems: ActionItemReminders,
    private readonly digests: WeeklyDigest,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs || this.config.reminderSweepSeconds === 0) return;
    this.timer = setInterval(() => void this.tick(), this.config.reminderSweepSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runLocked().catch((err: Error) => this.logger.warn({ err: { message: err.message } }, 'reminder sweep failed'));
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Runs the sweep unless another process is running it right now (then returns null). */
  async runLocked(): Promise<SweepResult | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [lock] = await runner.query(`SELECT pg_try_advisory_lock(${SWEEP_LOCK}) AS ok`) as { ok: boolean }[];
      if (!lock?.ok) return null;
      try {
        return await this.runAll();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(${SWEEP_LOCK})`);
      }
    } finally {
      await runner.release();
    }
  }

  /** Every organisation, one transaction each; one organisation's failure does not stop the others. */
  async runAll(): Promise<SweepResult> {
    const result: SweepResult = { organizations: 0, checklistReminders: 0, actionItemReminders: 0, weeklyDigests: 0 };
    for (const organizationId of await jobOrganizations(this.dataSource)) {
      try {
        const one = await this.runOrganization(organizationId);
        result.organizations += 1;
        result.checklistReminders += one.checklistReminders;
        result.actionItemReminders += one.actionItemReminders;
        result.weeklyDigests += one.weeklyDigests;
      } catch (err) {
        this.logger.warn({ organizationId, err: { message: (err as Error).message } }, 'reminder sweep failed for an organisation');
      }
    }
    if (result.checklistReminders + result.actionItemReminders + result.weeklyDigests > 0) this.logger.info({ ...result }, 'reminder sweep');
    return result;
  }

  /** One organisation: each kind in a transaction of its own, so one kind's failure does not undo the others. */
  async runOrganization(organizationId: string): Promise<Omit<SweepResult, 'organizations'>> {
    const step = (fn: (ctx: RequestContext, organizationName: string) => Promise<number>) =>
      inJobContext(this.dataSource, this.config.clock, organizationId, 'reminders', async (ctx) => {
        const name = await ctx.db.run((em) => organizationNameOf(em, organizationId));
        return fn(ctx, name ?? 'your organisation');
      });
    return {
      checklistReminders: await step((ctx, name) => this.checklists.run(ctx, name)),
      actionItemReminders: await step((ctx, name) => this.actionItems.run(ctx, name)),
      weeklyDigests: await step((ctx, name) => this.digests.run(ctx, name)),
    };
  }
}
