import { Module } from '@nestjs/common';
import { JobsModule } from '../notifications/jobs.module';
import { OutboxResolver } from './outbox.resolver';
import { OutboxService } from './outbox.service';

/** Every message Tandem sends, queued once and shown to admins when there is no mail server. */
@Module({ imports: [JobsModule], providers: [OutboxService, OutboxResolver], exports: [OutboxService] })
export class OutboxModule {}
