import { Module } from '@nestjs/common';
import { SupervisionComplianceModule } from '../supervision/compliance.module';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { AnnotationsService } from './annotations.service';
import { DriftActionsService } from './drift-actions.service';
import { DriftBaselineService } from './drift-baseline.service';
import { PersonDriftService } from './person-drift.service';

/** The drift dashboard: rollup series, signals from whole history, baselines, person drift and drift actions. */
@Module({
  imports: [SupervisionComplianceModule],
  providers: [AnalyticsService, AnnotationsService, PersonDriftService, DriftActionsService, DriftBaselineService, AnalyticsResolver],
  exports: [AnalyticsService, DriftActionsService],
})
export class AnalyticsModule {}
