import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { JobsModule } from './jobs.module';
import { MailWorker } from './mail-worker';
import { Mailer } from './mailer';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { SupervisionNotices } from './supervision-notices';
import { UnsubscribeController } from './unsubscribe.controller';

/** In-app notifications, preferences, mail delivery and the notices other features raise. */
@Module({
  imports: [JobsModule, OutboxModule],
  providers: [Mailer, MailWorker, NotificationsService, NotificationsResolver, SupervisionNotices],
  controllers: [UnsubscribeController],
  exports: [NotificationsService, SupervisionNotices],
})
export class NotificationsModule {}
