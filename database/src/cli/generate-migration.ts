/* Generates a migration from an entity change: `npm run db:migration:generate -- <Name>`.
   Brings a database up to the latest registered migration — a throwaway embedded Postgres under
   .test-data/migration-generate (port TANDEM_PG_PORT, default 54339), or DATABASE_URL's database when given — then asks
   TypeORM's schema builder what the entities would change and writes it to database/src/migrations/<timestamp>-<name>.ts,
   registered in index.ts. With no entity change it says so and writes nothing. */
import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { systemClock } from '@tandem/shared';
import { prepareDatabase } from '../bootstrap';
import { createDataSource } from '../data-source';
import { generateMigration, migrationClassBase } from '../migration-generator';
import { MAINTENANCE_TIMEOUTS } from '../resilient-pool';

const root = resolve(__dirname, '..', '..', '..');

async function main(): Promise<void> {
  const raw = process.argv[2];
  if (!raw) throw new Error('usage: npm run db:migration:generate -- <Name>   (e.g. AddTeamColour)');
  const name = migrationClassBase(raw);
  const dataDir = resolve(root, '.test-data', 'migration-generate');
  if (!process.env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
  const db = await prepareDatabase({
    databaseUrl: process.env.DATABASE_URL,
    appPassword: 'tandem-migration-generate',
    dataDir,
    embeddedPort: Number(process.env.TANDEM_PG_PORT ?? 54339),
    databaseName: 'tandem_migration_generate',
  });
  const ds = createDataSource({ url: db.ownerUrl, poolSize: 2, applicationName: 'tandem-migration-generate', timeouts: MAINTENANCE_TIMEOUTS });
  try {
    await ds.initialize();
    // The ordering key of a new migration is the wall-clock instant it was written, not business time.
    const generated = await generateMigration(ds, { name, timestamp: systemClock.nowMs(), migrationsDir: resolve(root, 'database', 'src', 'migrations') });
    if (!generated) {
      console.info('No changes in the entities: the migrated schema already matches them, nothing to generate.');
    } else {
      console.info(`Wrote ${relative(root, generated.file)} (${generated.statements} statements) and registered ${generated.className} in migrations/index.ts. Review it before committing.`);
    }
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.stop();
    if (!process.env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error('migration generation failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
