import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { AnalyticsCoreModule } from './analytics-core.module';
import { AnalyticsResolver } from './analytics.resolver';
import { DriftOverviewResolver, TeamDriftSummaryResolver } from './drift-overview.resolver';

/** The drift dashboard's GraphQL: overview, team and person drift, baselines, annotations and drift actions. */
@Module({ imports: [AnalyticsCoreModule, ActionsModule], providers: [AnalyticsResolver, DriftOverviewResolver, TeamDriftSummaryResolver] })
export class AnalyticsModule {}
