/* Rebuilds every organisation's metric rollups from the raw checklists: `npm run db:rebuild-rollups`.
   Uses DATABASE_URL, else starts the embedded Postgres of TANDEM_DATA_DIR (default .data) like `npm start`. */
import { resolve } from 'node:path';
import { clockFromEnv } from '@tandem/shared';
import { createDataSource } from '../data-source';
import { MAINTENANCE_TIMEOUTS } from '../resilient-pool';
import { prepareDatabase } from '../bootstrap';
import { rebuildRollups } from '../rollups';

async function main(): Promise<void> {
  const db = await prepareDatabase({
    databaseUrl: process.env.DATABASE_URL,
    appPassword: process.env.TANDEM_APP_DB_PASSWORD ?? 'tandem-app-local',
    dataDir: process.env.TANDEM_DATA_DIR ? resolve(process.env.TANDEM_DATA_DIR) : resolve(__dirname, '..', '..', '..', '.data'),
    embeddedPort: Number(process.env.TANDEM_PG_PORT ?? 54329),
    databaseName: process.env.TANDEM_DB_NAME ?? 'tandem',
  });
  const ds = createDataSource({ url: db.ownerUrl, poolSize: 2, applicationName: 'tandem-rebuild-rollups', clock: clockFromEnv(process.env), timeouts: MAINTENANCE_TIMEOUTS });
  await ds.initialize();
  try {
    const orgs: { id: string; name: string }[] = await ds.query('SELECT id, name FROM organization ORDER BY created_at');
    for (const org of orgs) {
      const started = performance.now();
      const rows = await ds.transaction((em) => rebuildRollups(em, org.id));
      const elapsed = performance.now() - started;
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM checklist WHERE organization_id = $1 AND status = 'SUBMITTED'`, [org.id]);
      console.info(`rebuilt ${rows} rollup rows from ${n} checklists for organisation ${org.id} in ${Math.round(elapsed)} ms (${Math.round(n / (elapsed / 1000))} checklists/s)`);
    }
  } finally {
    await ds.destroy();
    await db.stop();
  }
}

main().catch((e) => {
  console.error('rebuild failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
