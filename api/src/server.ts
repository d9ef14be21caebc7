import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { createDataSource } from '@tandem/database';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { API_PREFIXES, requestLogging } from './common/http-logging';
import { graphqlContext, requestIdOf } from './common/context.factory';
import { ExpressBornAdapter } from './common/express-born-messages';
import { installGraphqlFastPath, unreadableBody } from './common/graphql-fast-path';
import { SessionsService } from './modules/auth/sessions.service';
import { globalPipes } from './common/validation';
import type { AppConfig } from './config/config';

export interface Server {
  app: INestApplication;
  dataSource: DataSource;
  close(): Promise<void>;
}


/** Builds the HTTP server: security headers, body limit, request ids and logs, GraphQL, health, and the web app. */
export async function createServer(config: AppConfig, appDatabaseUrl: string, logger: Logger): Promise<Server> {
  const dataSource = createDataSource({ url: appDatabaseUrl, poolSize: 20, applicationName: 'tandem-api', clock: config.clock });
  await dataSource.initialize();
  // Requests and responses are born with Express's prototypes (express-born-messages.ts).
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, dataSource, logger), new ExpressBornAdapter(), {
    logger: ['error', 'warn'],
    bodyParser: false,
  });
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  const identify = requestIdentity(config);
  const logLine = requestLogging(logger);
  // gzip for responses over 1 KB when the client accepts it (a dashboard's JSON shrinks about tenfold).
  const compress = compression({ threshold: COMPRESS_FROM });
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"], fontSrc: ["'self'", 'data:'], objectSrc: ["'none'"], frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secureTransport ? [] : null,
      },
    },
    strictTransportSecurity: config.secureTransport,
  });
  // GraphQL answers are JSON, never a page: the headers the OWASP REST cheat sheet asks of an API (no content may load,
  // nobody may frame it, no sniffing, no referrer, same-origin only, HSTS over https), without the ones that only mean
  // something to an HTML document (opener policy, origin-agent-cluster, the legacy X-* switches). Every answer pays for
  // each header it carries, on both ends.
  const graphqlHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.secureTransport,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: { action: 'deny' },
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  const cookies = cookieParser();
  app.use(identify);
  app.use(logLine);
  app.use(compress);
  app.use((req: Request, res: Response, next: NextFunction) => (isGraphqlPath(req.path) ? graphqlHeaders : securityHeaders)(req, res, next));
  app.use(express.json({ limit: BODY_LIMIT }));
  // Body-parser failures (too large, malformed JSON) answer in GraphQL's error shape, never with an HTML stack page.
  app.use((err: { status?: number; type?: string }, req: Request & { id?: string }, res: Response, next: NextFunction) => {
    if (!err) return next();
    unreadableBody(res, req.id, err.status && err.status >= 400 && err.status < 500 ? err.status : 400);
  });
  app.use(cookies);
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });
  app.useGlobalPipes(...globalPipes());
  serveWebApp(app, config.webDist);
  await app.init();
  const sessions = app.get(SessionsService);
  installGraphqlFastPath(app.getHttpServer(), {
    express: app.getHttpAdapter().getInstance(),
    apollo: app.get<GraphQLModule<ApolloDriver>>(GraphQLModule).graphQlAdapter.instance,
    context: graphqlContext(dataSource, sessions, config.clock),
    before: [identify, logLine, cookies],
    fixedHeaders: headersSetBy(graphqlHeaders),
    compression: compress,
    compressFrom: COMPRESS_FROM,
    bodyLimit: BODY_LIMIT,
    // Cross-origin requests keep the CORS middleware's answer.
    needsExpress: config.corsOrigins.length ? (req) => req.headers.origin !== undefined : undefined,
    onError: (e, req) => logger.error({ err: e, requestId: (req as Request & { id?: string }).id }, 'graphql request failed'),
  });
  return {
    app,
    dataSource,
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

const COMPRESS_FROM = 1024;
const BODY_LIMIT = 2 * 1024 * 1024;

/** Gives each request its id (also sent back) and, on API paths, the business clock's now for the web app. */
function requestIdentity(config: AppConfig): (req: Request & { id?: string }, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    req.id = requestIdOf(req);
    res.setHeader('x-request-id', req.id);
    // The web app follows the business clock (TANDEM_NOW) from this header.
    // The raw URL: a prefix test needs no parsing (a query string only follows the path).
    if (isApiPath(req.url ?? '/')) res.setHeader('x-tandem-now', config.clock.now().toISOString());
    next();
  };
}

/** The headers a middleware sets on every response, read once by running it against a stand-in response. */
function headersSetBy(middleware: (req: Request, res: Response, next: NextFunction) => void): Array<[string, string | string[]]> {
  const set = new Map<string, string | string[]>();
  const res = {
    setHeader: (name: string, value: string | string[]) => set.set(name.toLowerCase(), value),
    removeHeader: (name: string) => set.delete(name.toLowerCase()),
    getHeader: (name: string) => set.get(name.toLowerCase()),
  };
  let called = false;
  middleware({ headers: {}, method: 'POST', url: '/graphql' } as Request, res as unknown as Response, () => { called = true; });
  if (!called) throw new Error('the security-header middleware did not finish synchronously');
  return [...set];
}

const isApiPath = (path: string): boolean => API_PREFIXES.some((p) => path.startsWith(p));
const isGraphqlPath = (path: string): boolean => path === '/graphql' || path.startsWith('/graphql/');

/** Serves the built web app at / with a single-page-app fallback; API paths are never shadowed. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  const files = express.static(webDist, { index: false, maxAge: '1h', setHeaders: (res, path) => {
    if (path.includes('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  } });
  // API calls never look for a file: without this, every GET /health or calendar feed paid a filesystem stat.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    files(req, res, next);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
