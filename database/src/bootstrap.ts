import { resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded';
import { createDataSource } from './data-source';
import { MAINTENANCE_TIMEOUTS } from './resilient-pool';
import { APP_ROLE } from './migrations/rls-helpers';

export interface DatabaseSettings {
  /** Owner/admin URL. When absent an embedded Postgres is started. */
  databaseUrl?: string;
  /** Optional URL of a pre-provisioned non-owner login for requests. */
  appDatabaseUrl?: string;
  appPassword: string;
  dataDir: string;
  embeddedPort: number;
  databaseName: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  log?: (message: string) => void;
}

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded: EmbeddedPostgresHandle | null;
  stop(): Promise<void>;
}

export function defaultDataDir(): string {
  return resolve(__dirname, '..', '..', '.data');
}

function withCredentials(url: string, user: string, password: string, database?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  if (database) u.pathname = `/${database}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  });
}

/** Creates (or updates the password of) the non-owner login the app uses. Needs CREATEROLE on the owner connection. */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (c) => {
    const exists = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const literal = `'${password.replace(/'/g, "''")}'`;
    if (exists.rowCount === 0) {
      await c.query(`CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${literal}`);
    } else {
      await c.query(`ALTER ROLE ${APP_ROLE} LOGIN NOBYPASSRLS PASSWORD ${literal}`);
    }
    const db = (await c.query('SELECT current_database() AS db')).rows[0].db as string;
    await c.query(`GRANT CONNECT ON DATABASE "${db}" TO ${APP_ROLE}`);
    await c.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
  });
}

export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const ds = createDataSource({ url: ownerUrl, poolSize: 2, applicationName: 'tandem-migrate', timeouts: MAINTENANCE_TIMEOUTS });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/**
 * Gets a migrated database ready: starts embedded Postgres unless a URL is given, creates the database and the
 * application role, applies pending migrations, and returns the owner URL (migrations, seeds) and the app URL (requests).
 */
export async function prepareDatabase(settings: DatabaseSettings): Promise<PreparedDatabase> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let ownerUrl: string;
  if (settings.databaseUrl) {
    ownerUrl = settings.databaseUrl;
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: settings.dataDir, port: settings.embeddedPort, log: settings.log });
    await ensureDatabaseExists(embedded.adminUrl, settings.databaseName);
    ownerUrl = withCredentials(embedded.adminUrl, 'postgres', 'postgres', settings.databaseName);
  }
  let appUrl = settings.appDatabaseUrl;
  if (!appUrl) {
    await ensureAppRole(ownerUrl, settings.appPassword);
    appUrl = withCredentials(ownerUrl, APP_ROLE, settings.appPassword);
  }
  if (settings.migrate !== false) await runMigrations(ownerUrl);
  return {
    ownerUrl,
    appUrl,
    embedded,
    stop: async () => {
      if (embedded) await embedded.stop();
    },
  };
}
