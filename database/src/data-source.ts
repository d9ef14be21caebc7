import 'reflect-metadata';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// Postgres `date` columns stay 'YYYY-MM-DD' strings: a JavaScript Date would shift them by the server's time zone.
types.setTypeParser(1082, (value: string) => value);

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/** The one way to build a TypeORM DataSource for Tandem. `synchronize` is always off: migrations own the schema. */
export function createDataSource({ url, poolSize = 10, applicationName = 'tandem' }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    poolSize,
    applicationName,
    extra: { statement_timeout: 15_000, idle_in_transaction_session_timeout: 30_000 },
  });
}
