import 'reflect-metadata';
import {
  createDataSource, DEMO_LOGINS, DEMO_PASSWORD, ensureDefaultInstrumentsForAll, MAINTENANCE_TIMEOUTS, prepareDatabase, seedDemoOrganization,
} from '@tandem/database';
import { createLogger } from './common/logger';
import { loadConfig } from './config/config';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const db = await prepareDatabase({
    databaseUrl: config.databaseUrl,
    appDatabaseUrl: config.appDatabaseUrl,
    appPassword: config.appDatabasePassword,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPort,
    databaseName: config.databaseName,
    migrate: config.migrate,
    log: (m) => logger.debug({ postgres: m }, 'postgres'),
  });
  logger.info({ embedded: !!db.embedded, ms: Math.round(performance.now() - started) }, 'database ready (migrations applied)');

  const owner = createDataSource({ url: db.ownerUrl, poolSize: 2, applicationName: 'tandem-bootstrap', clock: config.clock, timeouts: MAINTENANCE_TIMEOUTS });
  await owner.initialize();
  try {
    await owner.transaction((em) => ensureDefaultInstrumentsForAll(em));
    if (config.demo) {
      const result = await seedDemoOrganization(owner, config.clock.now());
      if (result.seeded) logger.info('demo organisation seeded');
    }
  } finally {
    await owner.destroy();
  }

  const server = await createServer(config, db.appUrl, logger);
  await server.app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Tandem is running at ${url}`,
    ...(config.clock.pinned ? [`  Business time is pinned by TANDEM_NOW: it is now ${config.clock.now().toISOString()} here.`] : []),
    '',
    ...(config.demo
      ? ['  Demo logins (password for all: ' + DEMO_PASSWORD + '):', ...DEMO_LOGINS.map((l) => `    ${l.role.padEnd(16)} ${l.email}`)]
      : ['  No demo data (TANDEM_DEMO=0): open the URL and create your organisation.']),
    '',
    '  Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close().catch((e) => logger.error({ err: e }, 'server close failed'));
    await db.stop().catch((e) => logger.error({ err: e }, 'postgres stop failed'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error('Tandem failed to start:', e instanceof Error ? e.message : e);
  if (!(e instanceof Error)) console.error('Hint: is another Tandem (or its Postgres) already running on this data directory or port?');
  process.exit(1);
});
