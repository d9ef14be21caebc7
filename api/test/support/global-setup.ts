import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureAppRole, ensureDatabaseExists, runMigrations, startEmbeddedPostgres } from '@tandem/database';

/**
 * One Postgres per test run (embedded, or DATABASE_URL's server), one freshly migrated template database per run;
 * each test file then clones the template into its own database (see test-app.ts). Never `synchronize`.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = resolve(__dirname, '..', '..', '..', '.test-data', `api-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.TANDEM_TEST_PG_PORT ?? 54340) });
    (globalThis as { __TANDEM_PG__?: unknown }).__TANDEM_PG__ = { stop: pg.stop, dataDir };
    adminUrl = pg.adminUrl;
  }
  const template = `tandem_tpl_${process.pid}_${Math.round(performance.now())}`;
  await ensureDatabaseExists(adminUrl, template);
  const u = new URL(adminUrl);
  u.pathname = `/${template}`;
  await ensureAppRole(u.toString(), 'tandem-app-test');
  await runMigrations(u.toString());
  process.env.TANDEM_TEST_ADMIN_URL = adminUrl;
  process.env.TANDEM_TEST_TEMPLATE = template;
}
