import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess } from './rls-helpers';

/**
 * Account security (issue 8): the organisation's outbox of rendered messages (until mail is configured, links go
 * there, never to an admin's screen), single-use password-reset links, the password a self-serve founder chose while
 * their address is being confirmed, and the shared store of sign-in / sign-up throttles (rate-limiter-flexible's
 * Postgres table, so several API replicas count together).
 */
export class AccountSecurity1763750000000 implements MigrationInterface {
  name = 'AccountSecurity1763750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_message (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        recipient_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{0,39}$'),
        to_address text NOT NULL CHECK (length(to_address) <= 254),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        body_text text NOT NULL CHECK (length(body_text) <= 20000),
        action_url text CHECK (length(action_url) <= 2000),
        created_at timestamptz NOT NULL DEFAULT app_now(),
        PRIMARY KEY (id),
        FOREIGN KEY (organization_id, recipient_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX outbox_message_org_created_idx ON outbox_message (organization_id, created_at, id)`);
    await q.query(`CREATE INDEX outbox_message_org_recipient_idx ON outbox_message (organization_id, recipient_id)`);
    await enableTenantRls(q, 'outbox_message');
    // Rendered messages are a record of what was sent: the app may add and read them, never rewrite them.
    await grantAppAccess(q, 'outbox_message', ['SELECT', 'INSERT']);

    await q.query(`
      CREATE TABLE password_reset (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        person_id uuid NOT NULL,
        token_hash text NOT NULL,
        requested_by uuid,
        created_at timestamptz NOT NULL DEFAULT app_now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (id),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX password_reset_token_uq ON password_reset (token_hash)`);
    await q.query(`CREATE INDEX password_reset_org_person_idx ON password_reset (organization_id, person_id)`);
    await enableTenantRls(q, 'password_reset');
    await grantAppAccess(q, 'password_reset', ['SELECT', 'INSERT', 'UPDATE']);
    await q.query(`
      CREATE FUNCTION auth_find_password_reset(p_token_hash text)
      RETURNS TABLE (reset_id uuid, person_id uuid, organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id, person_id, organization_id FROM password_reset
        WHERE token_hash = p_token_hash AND used_at IS NULL AND expires_at > app_now()
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION auth_find_password_reset(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION auth_find_password_reset(text) TO ${APP_ROLE}`);

    // A self-serve founder picks their password on the sign-up form; it is applied only when they open the link.
    await q.query(`ALTER TABLE invitation ADD COLUMN password_hash text`);

    // rate-limiter-flexible's RateLimiterPostgres layout. Keys are prefixed hashes, never e-mail addresses or IPs.
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await q.query(`CREATE INDEX rate_limit_expire_idx ON rate_limit (expire)`);
    await grantAppAccess(q, 'rate_limit', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS rate_limit`);
    await q.query(`ALTER TABLE invitation DROP COLUMN IF EXISTS password_hash`);
    await q.query(`DROP FUNCTION IF EXISTS auth_find_password_reset(text)`);
    await q.query(`DROP TABLE IF EXISTS password_reset`);
    await q.query(`DROP TABLE IF EXISTS outbox_message`);
  }
}
