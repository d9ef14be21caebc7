import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Reading the audit log: named records, views, filters, keyset pages and the CSV export. */
@Module({ providers: [AuditService, AuditResolver], controllers: [AuditController], exports: [AuditService] })
export class AuditModule {}
