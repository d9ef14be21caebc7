import pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * How long the application waits for Postgres. Server-side limits (statement, idle in transaction) end slow work
 * cleanly on a live server; the client-side read timeout is a little longer and only fires when the server stops
 * answering at all (frozen, partitioned), so it never races a live server's own cancellation.
 */
export interface DatabaseTimeouts {
  /** New connection (TCP + startup + auth), and waiting for a free pooled connection. */
  connectMs: number;
  /** Server-side `statement_timeout` (0 = none). */
  statementMs: number;
  /** Client-side read deadline per query (0 = none); the connection is dropped when it passes. */
  queryMs: number;
  /** Server-side `idle_in_transaction_session_timeout` (0 = none). */
  idleInTransactionMs: number;
}

/** The API's budget: a request fails within about 2.5 s when Postgres is stopped or frozen (the bound is 5 s). */
export const REQUEST_TIMEOUTS: DatabaseTimeouts = { connectMs: 2_000, statementMs: 2_000, queryMs: 2_500, idleInTransactionMs: 5_000 };

/** Migrations, seeds and rebuilds: long statements are expected, a dead server is still noticed. */
export const MAINTENANCE_TIMEOUTS: DatabaseTimeouts = { connectMs: 10_000, statementMs: 0, queryMs: 0, idleInTransactionMs: 600_000 };

const PROBE_EVERY_MS = 250;

/** Thrown without touching the network while the pool knows Postgres is unreachable. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(cause?: unknown) {
    super('The database is unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'DATABASE_UNAVAILABLE',
]);
const UNREACHABLE_MESSAGES = [
  'Query read timeout', 'Connection terminated', 'Client has encountered a connection error', 'Client was closed and is not queryable',
];
/** Waiting for a free pooled connection timed out: the server may be fine, the pool is busy (still "unavailable"). */
const POOL_BUSY_MESSAGE = 'timeout exceeded when trying to connect';

function causes(error: unknown): unknown[] {
  const out: unknown[] = [];
  let e: unknown = error;
  for (let i = 0; e && typeof e === 'object' && i < 5; i++) {
    out.push(e);
    const next = (e as { driverError?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
    if (next === e) break;
    e = next;
  }
  return out;
}

/** Whether `error` means Postgres could not be reached or stopped answering (as opposed to rejecting the statement). */
export function isConnectionFailure(error: unknown): boolean {
  return causes(error).some((e) => {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (name === 'QueryRunnerAlreadyReleasedError') return true; // the runner's connection broke earlier in the request
    return typeof message === 'string' && UNREACHABLE_MESSAGES.some((m) => message.startsWith(m));
  });
}

/** Connection failures, and a pool too busy to hand out a connection in time: both are "try again shortly". */
export function isDatabaseUnavailable(error: unknown): boolean {
  return isConnectionFailure(error) || causes(error).some((e) => (e as { message?: unknown }).message === POOL_BUSY_MESSAGE);
}

type Tripper = (error: unknown) => void;

/**
 * A pg client that gives its connection up when a query passes the read deadline. pg only reports the timeout; the
 * socket would stay busy with the unanswered query, and the next request to borrow it would hang behind it.
 * Destroying the socket makes pg-pool discard the client.
 */
class DeadlineClient extends pg.Client {
  private readonly trip: Tripper | undefined;

  constructor(config: pg.ClientConfig & { onUnreachable?: Tripper }) {
    super(config);
    this.trip = config.onUnreachable;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query() has a dozen overloads; this passes them through untouched
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    const result = (super.query as (...a: any[]) => any)(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(undefined, (error: unknown) => {
        if ((error as Error)?.message !== 'Query read timeout') return;
        this.trip?.(error);
        (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      });
    }
    return result;
  }
}

/**
 * pg's Pool with a circuit: the first sign that Postgres is unreachable (a refused or dropped connection, a connect or
 * read timeout) marks it down. While down, `connect()` fails at once instead of queueing requests behind a dead
 * server, and a probe retries every 250 ms; the first answered `SELECT 1` marks it up again. So requests fail fast
 * during an outage and service resumes by itself within about a quarter of a second of Postgres returning.
 */
export class ResilientPool extends pg.Pool {
  private down = false;
  private probing: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly probeConfig: pg.ClientConfig;

  constructor(options: pg.PoolConfig) {
    const trip: Tripper = (error) => this.markDown(error);
    super({ ...options, Client: DeadlineClient as unknown as pg.PoolConfig['Client'], onUnreachable: trip } as pg.PoolConfig);
    this.probeConfig = {
      ...options,
      application_name: `${options.application_name ?? 'tandem'}-probe`,
      connectionTimeoutMillis: Math.min(options.connectionTimeoutMillis || 1_000, 1_000),
      query_timeout: 1_000,
    };
    // Idle clients that die (server shut down or restarted) arrive here; pg-pool has already discarded them.
    this.on('error', (error: unknown) => {
      if (isConnectionFailure(error)) this.markDown(error);
    });
  }

  /** False while Postgres is known to be unreachable. */
  get available(): boolean {
    return !this.down;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors pg-pool's callback and promise forms
  override connect(callback?: (...args: any[]) => void): any {
    if (this.down) {
      const error = new DatabaseUnavailableError();
      if (callback) {
        process.nextTick(() => callback(error, undefined, () => undefined));
        return undefined;
      }
      return Promise.reject(error);
    }
    if (callback) {
      return super.connect((error: Error | undefined, client: pg.PoolClient | undefined, release: (e?: Error) => void) => {
        if (error && isConnectionFailure(error)) this.markDown(error);
        callback(error, client, release);
      });
    }
    return super.connect().catch((error: unknown) => {
      if (isConnectionFailure(error)) this.markDown(error);
      throw error;
    });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors pg-pool's callback and promise forms
  override end(...args: any[]): any {
    this.closed = true;
    if (this.probing) clearTimeout(this.probing);
    this.probing = null;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    return (super.end as (...a: any[]) => any)(...args);
  }

  private markDown(error: unknown): void {
    if (this.closed || this.down) return;
    this.down = true;
    this.emit('unavailable', error);
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    this.probing = setTimeout(() => void this.probe(), delayMs);
    this.probing.unref();
  }

  private async probe(): Promise<void> {
    const client = new pg.Client(this.probeConfig);
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      this.down = false;
      this.probing = null;
      this.emit('available');
    } catch {
      this.schedule(PROBE_EVERY_MS);
    } finally {
      client.end().catch(() => undefined);
    }
  }
}

/** The pg module TypeORM loads, with the resilient pool in place of pg's own. */
export const resilientPg: typeof pg = Object.create(pg, { Pool: { value: ResilientPool } }) as typeof pg;

/** Whether a DataSource built by createDataSource currently believes Postgres is reachable. */
export function databaseAvailable(dataSource: DataSource): boolean {
  const pool = (dataSource.driver as unknown as { master?: unknown }).master;
  return pool instanceof ResilientPool ? pool.available : true;
}
