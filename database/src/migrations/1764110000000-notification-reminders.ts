import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess } from './rls-helpers';

/**
 * Reminders and sign-in notices (issue 12): the organisations the reminder sweep walks (ids only, through a narrow
 * SECURITY DEFINER function, since the sweep runs before any tenant is bound), and the devices a person has signed in
 * from, as a salted hash of the browser and system only (never an IP address or the raw user agent); the weekly digest's
 * "all quiet" opt-in and the drift signals each manager has been told about.
 */
export class NotificationReminders1764110000000 implements MigrationInterface {
  name = 'NotificationReminders1764110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notification_job_organizations()
      RETURNS TABLE (id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id FROM organization ORDER BY id
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION notification_job_organizations() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION notification_job_organizations() TO ${APP_ROLE}`);

    await q.query(`
      CREATE TABLE known_device (
        organization_id uuid NOT NULL REFERENCES organization(id),
        person_id uuid NOT NULL,
        fingerprint_hash text NOT NULL CHECK (length(fingerprint_hash) = 64),
        first_seen_at timestamptz NOT NULL DEFAULT app_now(),
        last_seen_at timestamptz NOT NULL DEFAULT app_now(),
        PRIMARY KEY (organization_id, person_id, fingerprint_hash),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await enableTenantRls(q, 'known_device');
    await grantAppAccess(q, 'known_device', ['SELECT', 'INSERT', 'UPDATE']);

    // The weekly digest: an "all quiet" line only for those who ask for it, and which drift signals a manager has
    // already been told about (so each digest lists what is new since the last one).
    await q.query(`ALTER TABLE notification_setting ADD COLUMN digest_when_quiet boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE digest_reported_signal (
        organization_id uuid NOT NULL REFERENCES organization(id),
        person_id uuid NOT NULL,
        signal_id text NOT NULL CHECK (length(signal_id) <= 300),
        reported_at timestamptz NOT NULL DEFAULT app_now(),
        PRIMARY KEY (organization_id, person_id, signal_id),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await enableTenantRls(q, 'digest_reported_signal');
    await grantAppAccess(q, 'digest_reported_signal', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS digest_reported_signal`);
    await q.query(`ALTER TABLE notification_setting DROP COLUMN IF EXISTS digest_when_quiet`);
    await q.query(`DROP TABLE IF EXISTS known_device`);
    await q.query(`DROP FUNCTION IF EXISTS notification_job_organizations()`);
  }
}
