import { Module } from '@nestjs/common';
import { SupervisionComplianceModule } from '../supervision/compliance.module';
import { AnalyticsService } from './analytics.service';
import { AnnotationsService } from './annotations.service';
import { DriftBaselineService } from './drift-baseline.service';
import { PersonDriftService } from './person-drift.service';

/** The drift figures themselves (rollup series, signals from whole history, baselines, annotations), for any feature. */
@Module({
  imports: [SupervisionComplianceModule],
  providers: [AnalyticsService, AnnotationsService, DriftBaselineService, PersonDriftService],
  exports: [AnalyticsService, AnnotationsService, DriftBaselineService, PersonDriftService],
})
export class AnalyticsCoreModule {}
