import { Module } from '@nestjs/common';
import { AnalyticsCoreModule } from '../analytics/analytics-core.module';
import { ChecklistsModule } from '../checklists/checklists.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SupervisionComplianceModule } from '../supervision/compliance.module';
import { ActionItemReminders } from './action-item-reminders';
import { ChecklistReminders } from './checklist-reminders';
import { JobsModule } from './jobs.module';
import { MailWorker } from './mail-worker';
import { Mailer } from './mailer';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ReminderSweep } from './reminder-sweep';
import { SignInNotices } from './sign-in-notices';
import { SupervisionNotices } from './supervision-notices';
import { UnsubscribeController } from './unsubscribe.controller';
import { WeeklyDigest } from './weekly-digest';

/** In-app notifications, preferences, mail delivery and the notices other features raise. */
@Module({
  imports: [JobsModule, OutboxModule, ChecklistsModule, AnalyticsCoreModule, SupervisionComplianceModule],
  providers: [
    Mailer, MailWorker, NotificationsService, NotificationsResolver, SupervisionNotices,
    ChecklistReminders, ActionItemReminders, ReminderSweep, SignInNotices, WeeklyDigest,
  ],
  controllers: [UnsubscribeController],
  exports: [NotificationsService, SupervisionNotices, SignInNotices],
})
export class NotificationsModule {}
