import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ensureAppRole, ensureDatabaseExists, runMigrations, startEmbeddedPostgres } from '@tandem/database';

/**
 * One Postgres per test run (embedded, or DATABASE_URL's server), one freshly migrated template database per run;
 * each test file then clones the template into its own database (see test-app.ts). Never `synchronize`.
 */
/** The wanted port when nothing listens on it, else one the OS picks (a leftover server must not fail the run). */
function freePort(wanted: number): Promise<number> {
  const tryListen = (port: number) => new Promise<number | null>((done) => {
    const probe = createServer();
    probe.once('error', () => done(null));
    probe.listen(port, '127.0.0.1', () => {
      const got = (probe.address() as { port: number }).port;
      probe.close(() => done(got));
    });
  });
  return tryListen(wanted).then((port) => port ?? tryListen(0).then((p) => p!));
}

export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = resolve(__dirname, '..', '..', '..', '.test-data', `api-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(Number(process.env.TANDEM_TEST_PG_PORT ?? 54340)) });
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
