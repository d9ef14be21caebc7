import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { FidelityReviewService } from './fidelity-review.service';
import { ReportsController } from './reports.controller';

/** Files for boards and funders: the quarterly fidelity review packet. */
@Module({ imports: [AnalyticsModule], providers: [FidelityReviewService], controllers: [ReportsController] })
export class ReportsModule {}
