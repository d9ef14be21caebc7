import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { AnalyticsCoreModule } from '../analytics/analytics-core.module';
import { FidelityReviewService } from './fidelity-review.service';
import { ReportsController } from './reports.controller';

/** Files for boards and funders: the quarterly fidelity review packet. */
@Module({ imports: [AnalyticsCoreModule, ActionsModule], providers: [FidelityReviewService], controllers: [ReportsController] })
export class ReportsModule {}
