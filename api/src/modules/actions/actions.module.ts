import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { ActionsController } from './actions.controller';
import { ActionsResolver } from './actions.resolver';
import { ActionsService } from './actions.service';

/** Actions across teams, caseloads and people: the Actions page, its filters and figures before and after, the CSV export. */
@Module({ imports: [AnalyticsModule], providers: [ActionsService, ActionsResolver], controllers: [ActionsController], exports: [ActionsService] })
export class ActionsModule {}
