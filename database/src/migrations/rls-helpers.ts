import type { QueryRunner } from 'typeorm';

/** The non-owner role the application connects as (see bootstrap.ts). Row-level security applies to it. */
export const APP_ROLE = 'tandem_app';

export const TENANT_PREDICATE = `organization_id = NULLIF(current_setting('app.organization_id', true), '')::uuid`;

/** Enables row-level security on a tenant table: rows are visible and writable only for the tenant set in the transaction. */
export async function enableTenantRls(q: QueryRunner, table: string): Promise<void> {
  await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (${TENANT_PREDICATE}) WITH CHECK (${TENANT_PREDICATE})`);
}

export async function grantAppAccess(q: QueryRunner, table: string, privileges: string[]): Promise<void> {
  await q.query(`GRANT ${privileges.join(', ')} ON ${table} TO ${APP_ROLE}`);
}
