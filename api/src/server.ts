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
import type { Logger } from 'pino';
import { createDataSource } from '@tandem/database';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { API_PREFIXES, requestLogging } from './common/http-logging';
import { requestIdOf } from './common/context.factory';
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
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, dataSource, logger), {
    logger: ['error', 'warn'],
    bodyParser: false,
  });
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use((req: Request & { id?: string }, res: Response, next: NextFunction) => {
    req.id = requestIdOf(req);
    res.setHeader('x-request-id', req.id);
    // The web app follows the business clock (TANDEM_NOW) from this header.
    if (isApiPath(req.path)) res.setHeader('x-tandem-now', config.clock.now().toISOString());
    next();
  });
  app.use(requestLogging(logger));
  // gzip for responses over 1 KB when the client accepts it (a dashboard's JSON shrinks about tenfold).
  app.use(compression({ threshold: 1024 }));
  app.use(helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"], fontSrc: ["'self'", 'data:'], objectSrc: ["'none'"], frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secureTransport ? [] : null,
      },
    },
    strictTransportSecurity: config.secureTransport,
  }));
  app.use(express.json({ limit: '2mb' }));
  // Body-parser failures (too large, malformed JSON) answer in GraphQL's error shape, never with an HTML stack page.
  app.use((err: { status?: number; type?: string }, req: Request & { id?: string }, res: Response, next: NextFunction) => {
    if (!err) return next();
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 400;
    const message = err.type === 'entity.too.large' ? 'The request is too large' : 'The request body is not valid JSON';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', requestId: req.id } }] });
  });
  app.use(cookieParser());
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });
  app.useGlobalPipes(...globalPipes());
  serveWebApp(app, config.webDist);
  await app.init();
  return {
    app,
    dataSource,
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

const isApiPath = (path: string): boolean => API_PREFIXES.some((p) => path.startsWith(p));

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
