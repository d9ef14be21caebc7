import type { EntityManager } from 'typeorm';

/**
 * Runs set-based SQL that a query builder cannot express, with named parameters (`:personId`, `:ids::uuid[]`) bound by
 * TypeORM's own driver — the same binding query builders use, so no positional offsets are counted by hand. Runs on
 * `em`, i.e. inside the request's tenant transaction when `em` comes from `ctx.db.run`.
 */
export async function namedQuery<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = em.connection.driver.escapeQueryWithParameters(sql, params, {});
  return em.query(text, values) as Promise<T[]>;
}
