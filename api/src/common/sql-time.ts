// Time stamps in TypeORM writes. TypeORM would stamp an @UpdateDateColumn (or a `new Date()`) from the wall clock;
// SQL's app_now() follows the business clock (each connection carries the clock's offset), so writes use these.

/** The business clock's now as a `set`/`insert` value: `{ usedAt: appNow }`. */
export const appNow = (): string => 'app_now()';

/** Leaves an @UpdateDateColumn as it was, for writes that are not an edit: `{ updatedAt: keepUpdatedAt }`. */
export const keepUpdatedAt = (): string => 'updated_at';
