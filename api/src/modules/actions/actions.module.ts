import { Module } from '@nestjs/common';
import { AnalyticsCoreModule } from '../analytics/analytics-core.module';
import { DriftActionsService } from '../analytics/drift-actions.service';
import { ActionsController } from './actions.controller';
import { ActionsResolver } from './actions.resolver';
import { ActionsService } from './actions.service';

/**
 * Actions across teams, caseloads and people: the Actions page, its filters and figures before and after, the CSV
 * export, and the drift-signal side of actions (DriftActionsService) that the dashboard and the review packet use.
 */
@Module({
  imports: [AnalyticsCoreModule],
  providers: [ActionsService, DriftActionsService, ActionsResolver],
  controllers: [ActionsController],
  exports: [ActionsService, DriftActionsService],
})
export class ActionsModule {}
