import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './common/access.guard';
import { PassThroughGqlExceptionFilter } from './common/graphql-exception.filter';
import { buildContext } from './common/context.factory';
import { APP_DATA_SOURCE } from './common/database.provider';
import { createErrorFormatter } from './common/error-formatter';
import { requestLifecyclePlugin } from './common/graphql-plugins';
import { clientErrorStatusPlugin } from './common/http-status.plugin';
import { DateTimeScalar } from './common/scalars';
import { APP_CONFIG, type AppConfig } from './config/config';
import { LOGGER } from './common/logger';
import { HealthController } from './health.controller';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver';
import { AnalyticsService } from './modules/analytics/analytics.service';
import { DriftBaselineService } from './modules/analytics/drift-baseline.service';
import { PersonDriftService } from './modules/analytics/person-drift.service';
import { DriftActionsService } from './modules/analytics/drift-actions.service';
import { AuditController } from './modules/audit/audit.controller';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuditService } from './modules/audit/audit.service';
import { ChecklistsDueService } from './modules/checklists/checklists-due.service';
import { ChecklistsResolver } from './modules/checklists/checklists.resolver';
import { ChecklistsService } from './modules/checklists/checklists.service';
import { PersonServedService } from './modules/checklists/person-served.service';
import { InstrumentsResolver } from './modules/instruments/instruments.resolver';
import { InstrumentsService } from './modules/instruments/instruments.service';
import { InstrumentEditorResolver } from './modules/instruments/instrument-editor.resolver';
import { InstrumentEditorService } from './modules/instruments/instrument-editor.service';
import { AuthResolver } from './modules/auth/auth.resolver';
import { AuthService } from './modules/auth/auth.service';
import { SessionsService } from './modules/auth/sessions.service';
import { PasswordResetResolver } from './modules/auth/password-reset.resolver';
import { PasswordResetService } from './modules/auth/password-reset.service';
import { ThrottleStore } from './modules/auth/throttle-store';
import { OutboxResolver } from './modules/outbox/outbox.resolver';
import { OutboxService } from './modules/outbox/outbox.service';
import { NOTIFICATION_PROVIDERS, UnsubscribeController } from './modules/notifications/notifications.providers';
import { SetupProgressService } from './modules/organizations/setup-progress.service';
import { SignUpService } from './modules/organizations/sign-up.service';
import { OrganizationsResolver, PersonOrganizationResolver } from './modules/organizations/organizations.resolver';
import { ServerInfoResolver } from './modules/organizations/server-info.resolver';
import { OrganizationsService } from './modules/organizations/organizations.service';
import { PeopleResolver, SupervisionAssignmentResolver, TeamMembershipResolver } from './modules/people/people.resolver';
import { PeopleService } from './modules/people/people.service';
import { RosterService } from './modules/people/roster.service';
import { ProgramsResolver } from './modules/programs/programs.resolver';
import { ProgramsService } from './modules/programs/programs.service';
import { TeamsResolver } from './modules/teams/teams.resolver';
import { TeamsService } from './modules/teams/teams.service';
import { CalendarController, SUPERVISION_PROVIDERS } from './modules/supervision/supervision.providers';
import { ReportsController } from './modules/reports/reports.controller';
import { FidelityReviewService } from './modules/reports/fidelity-review.service';

/** Query limits (graphql-armor): rejected during validation, before any resolver runs. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 50 } as const;

/** Process-wide singletons: configuration, the app DataSource, the logger, sessions. */
@Module({})
export class CoreModule {}

@Module({})
export class AppModule {
  static register(config: AppConfig, dataSource: DataSource, logger: Logger): DynamicModule {
    const armor = new ApolloArmor({
      maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
      maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [] }, // __typename aliases count too (armor exempts them by default)
      costLimit: { maxCost: QUERY_LIMITS.maxCost },
      // The token limit is graphql-js's own (parseOptions below): armor's version throws from a plugin hook, which Apollo answers with 500.
      maxTokens: { enabled: false },
      maxDirectives: { n: QUERY_LIMITS.maxDirectives },
      blockFieldSuggestion: { enabled: config.production },
    }).protect();
    const globals = [
      { provide: APP_CONFIG, useValue: config },
      { provide: APP_DATA_SOURCE, useValue: dataSource },
      { provide: LOGGER, useValue: logger },
    ];
    const core: DynamicModule = {
      module: CoreModule,
      global: true,
      providers: [...globals, SessionsService],
      exports: [...globals.map((g) => g.provide), SessionsService],
    };
    return {
      module: AppModule,
      imports: [
        core,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [core],
          inject: [SessionsService],
          useFactory: (sessions: SessionsService) => ({
            autoSchemaFile: config.schemaFile ?? true,
            sortSchema: true,
            // Date-typed output fields and DateTime inputs share the one strict DateTime scalar.
            buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
            path: '/graphql',
            playground: false,
            introspection: !config.production,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            includeStacktraceInErrorResponses: false,
            plugins: [...armor.plugins, requestLifecyclePlugin(logger), clientErrorStatusPlugin()],
            validationRules: armor.validationRules,
            parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
            formatError: createErrorFormatter(logger, config.production),
            context: ({ req, res }: { req: Request; res: Response }) => buildContext(dataSource, sessions, req, res, config.clock),
          }),
        }),
      ],
      controllers: [HealthController, CalendarController, UnsubscribeController, AuditController, ReportsController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: PassThroughGqlExceptionFilter },
        { provide: ThrottleStore, useFactory: (ds: DataSource) => new ThrottleStore(ds), inject: [APP_DATA_SOURCE] },
        OutboxService, OutboxResolver, ...NOTIFICATION_PROVIDERS,
        AuthService, AuthResolver, PasswordResetService, PasswordResetResolver,
        OrganizationsService, SignUpService, SetupProgressService, OrganizationsResolver, PersonOrganizationResolver, ServerInfoResolver,
        ProgramsService, ProgramsResolver,
        TeamsService, TeamsResolver,
        PeopleService, RosterService, PeopleResolver, TeamMembershipResolver, SupervisionAssignmentResolver,
        AuditService, AuditResolver,
        AnalyticsService, PersonDriftService, DriftActionsService, DriftBaselineService, AnalyticsResolver,
        FidelityReviewService,
        InstrumentsService, InstrumentsResolver,
        ChecklistsService, ChecklistsDueService, PersonServedService, ChecklistsResolver,
        InstrumentEditorService, InstrumentEditorResolver,
        ...SUPERVISION_PROVIDERS,
      ],
    };
  }
}
