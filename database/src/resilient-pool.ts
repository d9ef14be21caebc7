import pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * How long the application waits for Postgres. Server-side limits (statement, idle in transaction) end slow work
 * cleanly on a live server; the client-side read timeout is a little longer and only fires when the server stops
 * answering at all (frozen, partitioned), so it never races a live server's own cancellation.
 */
export interface DatabaseTimeouts {
  /** A new connection (TCP + startup + auth). */
  connectMs: number;
  /** Waiting for a free pooled connection while all are busy (load, not faults: an outage ends the wait at once). */
  queueWaitMs: number;
  /** Server-side `statement_timeout` (0 = none). */
  statementMs: number;
  /** Client-side read deadline per query (0 = none); the connection is dropped when it passes. */
  queryMs: number;
  /** Server-side `idle_in_transaction_session_timeout` (0 = none). */
  idleInTransactionMs: number;
}

/** The API's budget: a request fails within about 3.5 s when Postgres is stopped or frozen (the bound is 5 s). */
export const REQUEST_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 2_000, queueWaitMs: 10_000, statementMs: 2_000, queryMs: 2_500, idleInTransactionMs: 5_000,
};

/** Migrations, seeds and rebuilds: long statements are expected, a dead server is still noticed. */
export const MAINTENANCE_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 10_000, queueWaitMs: 60_000, statementMs: 0, queryMs: 0, idleInTransactionMs: 600_000,
};

const PROBE_EVERY_MS = 250;
const PROBE_TIMEOUT_MS = 750;

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
  'Query read timeout', 'Connection terminated', 'timeout expired', 'Client has encountered a connection error', 'Client was closed and is not queryable',
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
    // The runner's connection broke earlier in the request (TypeORM releases it then): the runner itself, or an
    // EntityManager bound to it, refuses every later statement.
    if (name === 'QueryRunnerAlreadyReleasedError' || name === 'QueryRunnerProviderAlreadyReleasedError') return true;
    return typeof message === 'string' && UNREACHABLE_MESSAGES.some((m) => message.startsWith(m));
  });
}

/** Connection failures, and a pool too busy to hand out a connection in time: both are "try again shortly". */
export function isDatabaseUnavailable(error: unknown): boolean {
  return isConnectionFailure(error) || causes(error).some((e) => (e as { message?: unknown }).message === POOL_BUSY_MESSAGE);
}

type Suspect = (error: unknown) => void;

interface ResilienceOptions {
  connectMs: number;
  queueWaitMs: number;
  suspect: Suspect;
}

/**
 * A pg client that gives its connection up when a query passes the read deadline. pg only reports the timeout; the
 * socket would stay busy with the unanswered query, and the next request to borrow it would hang behind it.
 * Destroying the socket makes pg-pool discard the client.
 */
class DeadlineClient extends pg.Client {
  private readonly suspect: Suspect | undefined;

  constructor(config: pg.ClientConfig & { resilience?: ResilienceOptions }) {
    // The connect deadline lives on the client; the pool's own (which also limits queueing) stays off.
    super({ ...config, connectionTimeoutMillis: config.resilience?.connectMs ?? config.connectionTimeoutMillis });
    this.suspect = config.resilience?.suspect;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query() has a dozen overloads; this passes them through untouched
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    const result = (super.query as (...a: any[]) => any)(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(undefined, (error: unknown) => {
        if ((error as Error)?.message !== 'Query read timeout') return;
        (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
        this.suspect?.(error);
      });
    }
    return result;
  }
}

interface Waiter {
  settled: boolean;
  timer: NodeJS.Timeout;
  fail(error: Error): void;
}

type Checkout = (error: Error | undefined, client: pg.PoolClient | undefined, release: (e?: Error | boolean) => void) => void;

/**
 * pg's Pool with a circuit. A sign that Postgres may be unreachable (a refused or dropped connection, a connect or read
 * timeout) starts a probe at once; if the probe cannot connect and `SELECT 1` within 750 ms, Postgres is marked down:
 * every request waiting for a connection fails at once, and so does every new one, instead of queueing behind a dead
 * server. The probe then retries every 250 ms and the first answer marks Postgres up again, so service resumes by
 * itself within about a quarter of a second of Postgres returning. A live but slow server is never marked down.
 */
export class ResilientPool extends pg.Pool {
  private down = false;
  private probing = false;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly waiters = new Set<Waiter>();
  private readonly probeConfig: pg.ClientConfig;
  private readonly queueWaitMs: number;

  constructor(options: pg.PoolConfig & { queueWaitMs?: number }) {
    const { connectionTimeoutMillis, queueWaitMs, ...rest } = options;
    const resilience: ResilienceOptions = {
      connectMs: connectionTimeoutMillis ?? 0,
      queueWaitMs: queueWaitMs ?? 0,
      suspect: (error) => this.suspect(error),
    };
    super({ ...rest, Client: DeadlineClient as unknown as pg.PoolConfig['Client'], resilience } as pg.PoolConfig);
    this.queueWaitMs = queueWaitMs ?? 0;
    this.probeConfig = {
      ...rest,
      application_name: `${options.application_name ?? 'tandem'}-probe`,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
    };
    // Idle clients that die (server shut down or restarted) arrive here; pg-pool has already discarded them.
    this.on('error', (error: unknown) => {
      if (isConnectionFailure(error)) this.suspect(error);
    });
  }

  /** False while Postgres is known to be unreachable. */
  get available(): boolean {
    return !this.down;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors pg-pool's callback and promise forms
  override connect(callback?: (...args: any[]) => void): any {
    const checkout = new Promise<pg.PoolClient>((resolve, reject) => {
      if (this.down) {
        reject(new DatabaseUnavailableError());
        return;
      }
      const waiter: Waiter = {
        settled: false,
        timer: setTimeout(() => settle(new Error(POOL_BUSY_MESSAGE)), this.queueWaitMs || 2 ** 31 - 1),
        fail: (error) => settle(error),
      };
      const settle = (error: Error | undefined, client?: pg.PoolClient) => {
        if (waiter.settled) return false;
        waiter.settled = true;
        clearTimeout(waiter.timer);
        this.waiters.delete(waiter);
        if (error) reject(error);
        else resolve(client!);
        return true;
      };
      this.waiters.add(waiter);
      const onCheckout: Checkout = (error, client, release) => {
        if (error && isConnectionFailure(error)) this.suspect(error);
        // A waiter that gave up (busy pool, outage) hands a late client straight back.
        if (!settle(error, client) && client) release();
      };
      super.connect(onCheckout);
    });
    if (!callback) return checkout;
    checkout.then(
      (client) => callback(undefined, client, (e?: Error | boolean) => client.release(e)),
      (error: Error) => callback(error, undefined, () => undefined),
    );
    return undefined;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors pg-pool's callback and promise forms
  override end(...args: any[]): any {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    return (super.end as (...a: any[]) => any)(...args);
  }

  /** Something went wrong with a connection: find out now whether Postgres answers at all. */
  private suspect(_error: unknown): void {
    if (this.closed || this.down || this.probing) return;
    void this.probe();
  }

  private markDown(): void {
    if (this.closed || this.down) return;
    this.down = true;
    for (const waiter of [...this.waiters]) waiter.fail(new DatabaseUnavailableError());
    this.emit('unavailable');
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => void this.probe(), PROBE_EVERY_MS);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    this.probing = true;
    const client = new pg.Client(this.probeConfig);
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (this.down) this.emit('available');
      this.down = false;
    } catch {
      this.markDown();
      this.schedule();
    } finally {
      this.probing = false;
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
