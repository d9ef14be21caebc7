import type { MigrationInterface, QueryRunner } from 'typeorm';

const EXPIRY_LOOKUPS: Array<{ name: string; returns: string; body: string }> = [
  {
    name: 'auth_find_session',
    returns: 'TABLE (session_id uuid, person_id uuid, organization_id uuid)',
    body: `SELECT id, person_id, organization_id FROM auth_session
        WHERE token_hash = p_token_hash AND revoked_at IS NULL AND expires_at > %NOW%`,
  },
  {
    name: 'auth_find_invitation',
    returns: 'TABLE (invitation_id uuid, person_id uuid, organization_id uuid)',
    body: `SELECT id, person_id, organization_id FROM invitation
        WHERE token_hash = p_token_hash AND used_at IS NULL AND expires_at > %NOW%`,
  },
  {
    name: 'auth_find_person_served_link',
    returns: 'TABLE (link_id uuid, organization_id uuid)',
    body: `SELECT id, organization_id FROM person_served_link
        WHERE token_hash = p_token_hash AND used_at IS NULL AND expires_at > %NOW%`,
  },
];

/**
 * One business clock in SQL too. `app_now()` is `now()` shifted by the connection's `app.clock_offset_ms` (set by
 * `createDataSource` from the process clock, 0 unless `TANDEM_NOW` pins it). Every `DEFAULT now()` and every expiry
 * check uses it, so a pinned server stamps, expires and rolls up exactly as the code sees time.
 */
export class Clock1763740000000 implements MigrationInterface {
  name = 'Clock1763740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_now() RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT now() + make_interval(secs => coalesce(nullif(current_setting('app.clock_offset_ms', true), ''), '0')::double precision / 1000)
      $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_now() TO PUBLIC`);
    await this.swapDefaults(q, 'now()', 'app_now()');
    for (const f of EXPIRY_LOOKUPS) await this.replaceLookup(q, f, 'app_now()');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const f of EXPIRY_LOOKUPS) await this.replaceLookup(q, f, 'now()');
    await this.swapDefaults(q, 'app_now()', 'now()');
    await q.query(`DROP FUNCTION app_now()`);
  }

  private async replaceLookup(q: QueryRunner, f: (typeof EXPIRY_LOOKUPS)[number], now: string): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ${f.name}(p_token_hash text)
      RETURNS ${f.returns}
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        ${f.body.replace('%NOW%', now)}
      $$`);
  }

  /** Every column of the public schema whose default is exactly `from` gets `to`. */
  private async swapDefaults(q: QueryRunner, from: string, to: string): Promise<void> {
    const columns: Array<{ table_name: string; column_name: string }> = await q.query(
      `SELECT c.relname AS table_name, a.attname AS column_name
         FROM pg_attrdef d
         JOIN pg_class c ON c.oid = d.adrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
         JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
        WHERE pg_get_expr(d.adbin, d.adrelid) = $1`,
      [from],
    );
    for (const c of columns) {
      await q.query(`ALTER TABLE "${c.table_name}" ALTER COLUMN "${c.column_name}" SET DEFAULT ${to}`);
    }
  }
}
