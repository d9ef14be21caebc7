import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess } from './rls-helpers';

/** The pg-boss schema (job queue in Postgres) and the queues Tandem uses. */
export const JOB_SCHEMA = 'pgboss';
export const MAIL_QUEUE = 'mail-send';

/**
 * Notifications (issue 12): mail delivery state on the outbox (queued / sent / failed with the reason, the key that makes a
 * message unique, the calendar attachment, a one-click unsubscribe token), the in-app inbox, per-person preferences and
 * digest settings, and the job queue (pg-boss) installed here — migrations are the only schema mechanism, so the app
 * runs pg-boss with `migrate: false` and never needs CREATE on the database. Upgrading pg-boss's schema version needs a
 * new migration running `PgBoss.getMigrationPlans`.
 */
export class Notifications1763780000000 implements MigrationInterface {
  name = 'Notifications1763780000000';

  async up(q: QueryRunner): Promise<void> {
    // pg-boss wraps its plan in BEGIN/COMMIT with an advisory lock; the migration is already one transaction. Loaded
    // here, not at the top: every process that opens the migration list (the API at start) would otherwise hold
    // pg-boss, cron-parser and luxon (about 4 MB of heap) for a plan that runs once.
    const { default: PgBoss } = await import('pg-boss');
    const plan = PgBoss.getConstructionPlans(JOB_SCHEMA)
      .replace(/^\s*(BEGIN|COMMIT);\s*$/gm, '')
      .replace(/^\s*SET LOCAL [^;]+;\s*$/gm, '');
    await q.query(plan);
    await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
      MAIL_QUEUE, JSON.stringify({ policy: 'standard', retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 }),
    ]);
    await q.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);

    await q.query(`
      ALTER TABLE outbox_message
        ADD COLUMN message_key text CHECK (length(message_key) <= 300),
        ADD COLUMN status text NOT NULL DEFAULT 'HELD' CHECK (status IN ('HELD', 'QUEUED', 'SENDING', 'SENT', 'FAILED')),
        ADD COLUMN attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN last_error text CHECK (length(last_error) <= 500),
        ADD COLUMN send_after timestamptz NOT NULL DEFAULT app_now(),
        ADD COLUMN sent_at timestamptz,
        ADD COLUMN claimed_until timestamptz,
        ADD COLUMN security boolean NOT NULL DEFAULT true,
        ADD COLUMN body_html text CHECK (length(body_html) <= 60000),
        ADD COLUMN calendar_ics text CHECK (length(calendar_ics) <= 60000),
        ADD COLUMN calendar_method text CHECK (calendar_method IN ('REQUEST', 'CANCEL')),
        ADD COLUMN unsubscribe_token_hash text`);
    await q.query(`CREATE UNIQUE INDEX outbox_message_org_key_uq ON outbox_message (organization_id, message_key)`);
    await q.query(`CREATE INDEX outbox_message_org_status_idx ON outbox_message (organization_id, status, created_at)`);
    await q.query(`CREATE UNIQUE INDEX outbox_message_unsubscribe_uq ON outbox_message (unsubscribe_token_hash)`);
    // Delivery state is the one thing the app may change on a message; its content stays a record of what was sent.
    await q.query(`GRANT UPDATE (status, attempts, last_error, sent_at, claimed_until) ON outbox_message TO ${APP_ROLE}`);
    await q.query(`
      CREATE FUNCTION notification_find_unsubscribe(p_token_hash text)
      RETURNS TABLE (organization_id uuid, recipient_id uuid, kind text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT organization_id, recipient_id, kind FROM outbox_message
        WHERE unsubscribe_token_hash = p_token_hash AND NOT security
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION notification_find_unsubscribe(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION notification_find_unsubscribe(text) TO ${APP_ROLE}`);

    await q.query(`
      CREATE TABLE notification (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        recipient_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{0,39}$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) <= 2000),
        link text CHECK (length(link) <= 500),
        message_key text NOT NULL CHECK (length(message_key) <= 300),
        created_at timestamptz NOT NULL DEFAULT app_now(),
        read_at timestamptz,
        PRIMARY KEY (id),
        FOREIGN KEY (organization_id, recipient_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX notification_org_recipient_key_uq ON notification (organization_id, recipient_id, message_key)`);
    await q.query(`CREATE INDEX notification_org_recipient_created_idx ON notification (organization_id, recipient_id, created_at, id)`);
    await enableTenantRls(q, 'notification');
    await grantAppAccess(q, 'notification', ['SELECT', 'INSERT']);
    await q.query(`GRANT UPDATE (read_at) ON notification TO ${APP_ROLE}`);

    await q.query(`
      CREATE TABLE notification_preference (
        organization_id uuid NOT NULL REFERENCES organization(id),
        person_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{0,39}$'),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'IN_APP', 'OFF')),
        updated_at timestamptz NOT NULL DEFAULT app_now(),
        PRIMARY KEY (organization_id, person_id, kind),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await enableTenantRls(q, 'notification_preference');
    await grantAppAccess(q, 'notification_preference', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);

    await q.query(`
      CREATE TABLE notification_setting (
        organization_id uuid NOT NULL REFERENCES organization(id),
        person_id uuid NOT NULL,
        time_zone text NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) <= 64),
        digest_weekday smallint NOT NULL DEFAULT 1 CHECK (digest_weekday BETWEEN 1 AND 7),
        digest_time text NOT NULL DEFAULT '08:00' CHECK (digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        updated_at timestamptz NOT NULL DEFAULT app_now(),
        PRIMARY KEY (organization_id, person_id),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await enableTenantRls(q, 'notification_setting');
    await grantAppAccess(q, 'notification_setting', ['SELECT', 'INSERT', 'UPDATE']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_setting`);
    await q.query(`DROP TABLE IF EXISTS notification_preference`);
    await q.query(`DROP TABLE IF EXISTS notification`);
    await q.query(`DROP FUNCTION IF EXISTS notification_find_unsubscribe(text)`);
    await q.query(`DROP INDEX IF EXISTS outbox_message_unsubscribe_uq`);
    await q.query(`DROP INDEX IF EXISTS outbox_message_org_status_idx`);
    await q.query(`DROP INDEX IF EXISTS outbox_message_org_key_uq`);
    await q.query(`
      ALTER TABLE outbox_message
        DROP COLUMN message_key, DROP COLUMN status, DROP COLUMN attempts, DROP COLUMN last_error, DROP COLUMN send_after,
        DROP COLUMN sent_at, DROP COLUMN claimed_until, DROP COLUMN security, DROP COLUMN body_html, DROP COLUMN calendar_ics,
        DROP COLUMN calendar_method, DROP COLUMN unsubscribe_token_hash`);
    await q.query(`DROP SCHEMA IF EXISTS ${JOB_SCHEMA} CASCADE`);
  }
}
