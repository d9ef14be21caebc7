import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config/config';

/**
 * Writes the GraphQL contract (`api/schema.gql`, or TANDEM_SCHEMA_FILE) from the code-first schema without a database:
 * the modules are initialised (which emits the schema) and closed again; nothing is queried.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const noDatabase = {} as DataSource; // never used: no request is served
  const app = await NestFactory.create(AppModule.register(config, noDatabase, createLogger('silent')), { logger: ['error'] });
  await app.init();
  await app.close();
  process.stdout.write(`schema written to ${config.schemaFile}\n`);
}

main().catch((e) => {
  console.error('Could not emit the schema:', e instanceof Error ? e.message : e);
  process.exit(1);
});
