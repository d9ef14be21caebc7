import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createDataSource, MAINTENANCE_TIMEOUTS } from '@tandem/database';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createLogger } from '../../src/common/logger';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { createServer, type Server } from '../../src/server';
import { testClock } from './clock';

export interface TestApp {
  url: string;
  server: Server;
  /** Owner connection (bypasses row-level security) for factories and assertions. */
  owner: DataSource;
  appDbUrl: string;
  ownerUrl: string;
  config: AppConfig;
  close(): Promise<void>;
}

function dbUrl(base: string, name: string, user?: string, password?: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  if (user) u.username = user;
  if (password) u.password = password;
  return u.toString();
}

/**
 * Clones the migrated template into a database of this test file's own and starts the API on a free port. `server`
 * points at another Postgres than the run's shared one (the fault test stops and freezes a server of its own).
 */
export async function startTestApp(env: Record<string, string> = {}, server?: { adminUrl: string; template: string }, logger?: Logger): Promise<TestApp> {
  const adminUrl = server?.adminUrl ?? process.env.TANDEM_TEST_ADMIN_URL!;
  const template = server?.template ?? process.env.TANDEM_TEST_TEMPLATE!;
  const name = `${template}_f${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  const ownerUrl = dbUrl(adminUrl, name);
  const appDbUrl = dbUrl(adminUrl, name, 'tandem_app', 'tandem-app-test');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TANDEM_SCHEMA_FILE: join(tmpdir(), `tandem-schema-${name}.gql`),
    WEB_DIST: join(tmpdir(), 'tandem-no-web'),
    // Reminder sweeps run when a test says so (ReminderSweep.runAll), never on a timer in the middle of another test.
    REMINDER_SWEEP_SECONDS: '0',
    // Viewers are looked up on every request unless a test turns the cache on: a test's own SQL on the owner connection
    // reaches a cached viewer by the database's change notice, asynchronously (see viewer-cache.e2e-spec.ts for how a
    // test waits for it).
    VIEWER_CACHE_SECONDS: '0',
    ...env,
  }, { clock: testClock });
  const api = await createServer(config, appDbUrl, logger ?? createLogger(config.logLevel));
  await api.app.listen(0, '127.0.0.1');
  const port = (api.app.getHttpServer().address() as AddressInfo).port;
  const owner = createDataSource({ url: ownerUrl, poolSize: 3, applicationName: 'tandem-test-owner', clock: config.clock, timeouts: MAINTENANCE_TIMEOUTS });
  await owner.initialize();
  return {
    url: `http://127.0.0.1:${port}`,
    server: api, owner, appDbUrl, ownerUrl, config,
    close: async () => {
      await api.close();
      await owner.destroy();
    },
  };
}
