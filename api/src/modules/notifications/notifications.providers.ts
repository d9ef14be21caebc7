import { ActionItemReminders } from './action-item-reminders';
import { ChecklistReminders } from './checklist-reminders';
import { JobQueue } from './job-queue';
import { MailWorker } from './mail-worker';
import { Mailer } from './mailer';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ReminderSweep } from './reminder-sweep';
import { SignInNotices } from './sign-in-notices';
import { SupervisionNotices } from './supervision-notices';
import { UnsubscribeController } from './unsubscribe.controller';
import { WeeklyDigest } from './weekly-digest';

export { UnsubscribeController };

/** Everything the notifications feature registers with the app module (plus UnsubscribeController as a controller). */
export const NOTIFICATION_PROVIDERS = [JobQueue, Mailer, MailWorker, NotificationsService, NotificationsResolver, SupervisionNotices,
  ChecklistReminders, ActionItemReminders, ReminderSweep, SignInNotices, WeeklyDigest];
