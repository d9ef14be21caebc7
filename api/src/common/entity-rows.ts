import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Entities from rows a statement returned by column name (`INSERT … RETURNING *`, `UPDATE … RETURNING *`, set-based SQL
 * selecting `c.*`), hydrated through the entity's own column metadata and driver, as a `find` would hydrate them. Rows
 * that already are entities pass through unchanged.
 */
export function entitiesFrom<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, rows: readonly unknown[]): T[] {
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  return rows.map((row) => {
    if (row instanceof (metadata.target as new () => T)) return row as T;
    const raw = row as Record<string, unknown>;
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      if (column.databaseName in raw) column.setEntityValue(entity, driver.prepareHydratedValue(raw[column.databaseName], column));
    }
    return entity;
  });
}

/** The one entity a single-row `… RETURNING *` gave back, or undefined when no row matched. */
export function entityFrom<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, rows: readonly unknown[]): T | undefined {
  return entitiesFrom(em, target, rows)[0];
}

/**
 * Runs SQL with named parameters (bound like `namedQuery`) and hydrates the rows it returned into entities. Unlike
 * `em.query`, which answers an UPDATE or DELETE as `[rows, count]`, this reads the rows of any `… RETURNING *` too.
 */
export async function queryEntities<T extends ObjectLiteral>(
  em: EntityManager, target: EntityTarget<T>, sql: string, params: Record<string, unknown>,
): Promise<T[]> {
  const [text, values] = em.connection.driver.escapeQueryWithParameters(sql, params, {});
  const runner = em.queryRunner ?? em.connection.createQueryRunner();
  try {
    return entitiesFrom(em, target, (await runner.query(text, values, true)).records as unknown[]);
  } finally {
    if (!em.queryRunner) await runner.release();
  }
}
