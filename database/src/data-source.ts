import 'reflect-metadata';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { systemClock, type Clock } from '@tandem/shared';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { REQUEST_TIMEOUTS, resilientPg, type DatabaseTimeouts } from './resilient-pool';

// Postgres `date` columns stay 'YYYY-MM-DD' strings: a JavaScript Date would shift them by the server's time zone.
types.setTypeParser(1082, (value: string) => value);

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /** The business clock; a pinned clock's offset from the wall clock is given to every connection (`app_now()`). */
  clock?: Clock;
  /** Connection, statement, read and idle-in-transaction limits; the API's request budget unless given. */
  timeouts?: DatabaseTimeouts;
}

/** Milliseconds a clock runs ahead of (or behind) the wall clock; 0 for the system clock. */
export function clockOffsetMs(clock: Clock): number {
  return clock.pinned ? clock.nowMs() - systemClock.nowMs() : 0;
}

/**
 * The one way to build a TypeORM DataSource for Tandem. `synchronize` is always off: migrations own the schema.
 * Each connection carries `app.clock_offset_ms`, so SQL's `app_now()` (column defaults, expiry checks, submit stamps)
 * reads the same business clock as the code, pinned or not. The pool fails fast while Postgres is unreachable and
 * recovers by itself (see resilient-pool.ts); `timeouts` bound every wait on the server.
 */
export function createDataSource({
  url, poolSize = 10, applicationName = 'tandem', clock = systemClock, timeouts = REQUEST_TIMEOUTS,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    // The schema's uuid keys default to gen_random_uuid() (pgcrypto, created by the first migration); generated
    // migrations use the same rather than uuid-ossp's uuid_generate_v4().
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    poolSize,
    applicationName,
    driver: resilientPg,
    extra: {
      connectionTimeoutMillis: timeouts.connectMs,
      queueWaitMs: timeouts.queueWaitMs,
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.queryMs || undefined,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      options: `-c app.clock_offset_ms=${Math.round(clockOffsetMs(clock))}`,
    },
  });
}
