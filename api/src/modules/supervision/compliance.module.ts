import { Module } from '@nestjs/common';
import { ComplianceResolver, SuperviseeComplianceFieldsResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';

/** Supervision held against each organisation's policy, per supervisee, team and program. */
@Module({ providers: [ComplianceService, ComplianceResolver, SuperviseeComplianceFieldsResolver], exports: [ComplianceService] })
export class SupervisionComplianceModule {}
