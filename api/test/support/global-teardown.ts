import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.TANDEM_TEST_ADMIN_URL;
  const template = process.env.TANDEM_TEST_TEMPLATE;
  const handle = (globalThis as { __TANDEM_PG__?: { stop: () => Promise<void>; dataDir: string } }).__TANDEM_PG__;
  if (adminUrl && template && !handle) {
    // External server: drop what this run created.
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    const dbs = await c.query(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [template, `${template}_f%`]);
    for (const row of dbs.rows) await c.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await c.end();
  }
  if (handle) {
    await handle.stop();
    rmSync(handle.dataDir, { recursive: true, force: true });
  }
}
