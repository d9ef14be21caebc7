import type { RequestDb } from '../../src/common/request-db';

/** SQL on a RequestDb's connection and transaction, as the app's own statements run (through its EntityManager). */
export function sqlIn<T = Record<string, unknown>>(db: RequestDb, sql: string, params: unknown[] = []): Promise<T[]> {
  return db.run((em) => em.query(sql, params) as Promise<T[]>);
}
