export * from './entities';
export * from './data-source';
export * from './embedded';
export * from './bootstrap';
export { APP_ROLE, TENANT_PREDICATE } from './migrations/rls-helpers';
export { MIGRATIONS } from './migrations';
export * from './seeds';
export * from './passwords';
export * from './instruments';
