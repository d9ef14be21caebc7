import { escapeLiteral } from 'pg';
import { QueryFailedError, type EntityManager } from 'typeorm';

/** One statement of a batch: SQL text with named parameters, as `namedQuery` takes them. */
export interface BatchedStatement {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Sends several statements in one round trip and answers the rows of each, in order. They go as one simple-protocol
 * query on the request's connection (inside its tenant transaction, so row-level security applies to each), which
 * cannot carry parameters: the named parameters are bound by TypeORM's driver as usual and then written as escaped
 * literals (see `literalOf`), untyped like the parameters node-postgres sends, so Postgres reads them the same way.
 * Postgres runs the statements one after the other, each with a fresh snapshot (READ COMMITTED), so a statement after
 * a `FOR UPDATE` sees what the transaction it waited for committed. If one fails, the rest are skipped and the error
 * is thrown, the transaction aborted.
 */
export async function batchQuery(em: EntityManager, statements: readonly BatchedStatement[]): Promise<unknown[][]> {
  const driver = em.connection.driver;
  const text = statements.map(({ sql, params }) => withLiterals(...driver.escapeQueryWithParameters(sql, params, {}))).join(';\n');
  const runner = em.queryRunner;
  if (!runner) throw new Error('batchQuery runs inside a request transaction');
  // The driver's client itself: TypeORM's `query` keeps only a single result's rows.
  const client = (await runner.connect()) as { query(text: string): Promise<{ rows: unknown[] } | { rows: unknown[] }[]> };
  const raw = await client.query(text).catch((e: unknown) => {
    throw new QueryFailedError(text, undefined, e as Error);
  });
  return (Array.isArray(raw) ? raw : [raw]).map((r) => r.rows);
}

/** SQL with positional parameters (`$1`, …) as one with the values written in as literals (see `literalOf`). */
export function withLiterals(sql: string, values: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => literalOf(values[Number(n) - 1]));
}

/** A bound parameter as an SQL literal: NULL, a number or boolean, an escaped string, or an array literal of those. */
export function literalOf(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return escapeLiteral(value);
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  if (Array.isArray(value)) {
    const items = value.map((v) => {
      if (v === null || v === undefined) return 'NULL';
      if (typeof v !== 'string' && typeof v !== 'number') throw new Error('batchQuery arrays hold strings or numbers');
      return `"${String(v).replace(/["\\]/g, '\\$&')}"`;
    });
    return escapeLiteral(`{${items.join(',')}}`);
  }
  throw new Error(`batchQuery cannot write a ${typeof value} parameter as a literal`);
}
