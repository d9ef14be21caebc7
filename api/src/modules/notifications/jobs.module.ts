import { Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The Postgres job queue (pg-boss): one instance per process, used by the outbox and the notification workers. */
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
