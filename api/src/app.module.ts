import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './common/access.guard';
import { PassThroughGqlExceptionFilter } from './common/graphql-exception.filter';
import { graphqlContext } from './common/context.factory';
import { BoundedDocumentStore } from './common/document-store';
import { APP_DATA_SOURCE } from './common/database.provider';
import { createErrorFormatter } from './common/error-formatter';
import { requestLifecyclePlugin } from './common/graphql-plugins';
import { DateTimeScalar } from './common/scalars';
import { APP_CONFIG, type AppConfig } from './config/config';
import { LOGGER } from './common/logger';
import { HttpDownloads } from './common/http-download';
import { HealthController } from './health.controller';
import { ActionsModule } from './modules/actions/actions.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { ViewerCache } from './modules/auth/viewer-cache';
import { SessionsService } from './modules/auth/sessions.service';
import { ChecklistsModule } from './modules/checklists/checklists.module';
import { InstrumentsModule } from './modules/instruments/instruments.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { PeopleModule } from './modules/people/people.module';
import { ProgramsModule } from './modules/programs/programs.module';
import { ReportsModule } from './modules/reports/reports.module';
import { SupervisionModule } from './modules/supervision/supervision.module';
import { TeamsModule } from './modules/teams/teams.module';

/** Every feature, each a Nest module that exports only the services other features may use. */
const FEATURES = [
  AuthModule, OrganizationsModule, PeopleModule, ProgramsModule, TeamsModule, InstrumentsModule, ChecklistsModule,
  SupervisionModule, AnalyticsModule, ActionsModule, ReportsModule, AuditModule, OutboxModule, NotificationsModule,
];

/** Query limits (graphql-armor): rejected during validation, before any resolver runs. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 50 } as const;

/** Process-wide singletons: configuration, the app DataSource, the logger, sessions and the REST download runner. */
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
      // Field suggestions are cut by the error formatter in production (withoutSuggestions), one pass in the one place errors
      // become responses, instead of a plugin hook on every request.
      blockFieldSuggestion: { enabled: false },
    }).protect();
    const globals = [
      { provide: APP_CONFIG, useValue: config },
      { provide: APP_DATA_SOURCE, useValue: dataSource },
      { provide: LOGGER, useValue: logger },
    ];
    const core: DynamicModule = {
      module: CoreModule,
      global: true,
      providers: [...globals, ViewerCache, SessionsService, HttpDownloads],
      exports: [...globals.map((g) => g.provide), ViewerCache, SessionsService, HttpDownloads],
    };
    return {
      module: AppModule,
      imports: [
        core,
        ...FEATURES,
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
            // Parsed documents kept by bytes, not Apollo's 30 MiB default; no automatic persisted queries (the web app
            // sends whole documents), so nobody can fill a second store of query texts.
            documentStore: new BoundedDocumentStore(),
            persistedQueries: false,
            includeStacktraceInErrorResponses: false,
            // Apollo's cache-control plugin wrapped every field's resolver to read @cacheControl hints nobody writes (a
            // quarter of the dashboard's CPU at 150 teams); every answer is personal, so each is sent `no-store` instead.
            plugins: [ApolloServerPluginCacheControlDisabled(), ...armor.plugins, requestLifecyclePlugin(logger)],
            validationRules: armor.validationRules,
            parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
            formatError: createErrorFormatter(logger, config.production),
            context: graphqlContext(dataSource, sessions, config.clock),
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: PassThroughGqlExceptionFilter },
      ],
    };
  }
}
