import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './rls-helpers';

/**
 * Calendar feed tokens are stored hashed, like every other bearer token (sessions, invitations, feedback links): a copy
 * of the database no longer opens anyone's calendar. The address is shown once, when it is created. Existing addresses
 * keep working: their tokens are hashed in place with the API's hashToken (SHA-256, hex), and calendar_find_feed now
 * takes the hash.
 */
export class CalendarFeedTokenHash1763770000000 implements MigrationInterface {
  name = 'CalendarFeedTokenHash1763770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calendar_feed ADD COLUMN token_hash text`);
    await q.query(`UPDATE calendar_feed SET token_hash = encode(sha256(convert_to(token, 'UTF8')), 'hex')`);
    await q.query(`ALTER TABLE calendar_feed ALTER COLUMN token_hash SET NOT NULL`);
    await q.query(`DROP FUNCTION calendar_find_feed(text)`);
    await q.query(`DROP INDEX calendar_feed_token_uq`);
    await q.query(`ALTER TABLE calendar_feed DROP COLUMN token`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_token_hash_uq ON calendar_feed (token_hash)`);
    await q.query(`
      CREATE FUNCTION calendar_find_feed(p_token_hash text)
      RETURNS TABLE (feed_id uuid, person_id uuid, organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id, person_id, organization_id FROM calendar_feed WHERE token_hash = p_token_hash AND revoked_at IS NULL
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION calendar_find_feed(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION calendar_find_feed(text) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A hash cannot be turned back into its token: every feed is revoked on the way down.
    await q.query(`DROP FUNCTION calendar_find_feed(text)`);
    await q.query(`ALTER TABLE calendar_feed ADD COLUMN token text`);
    await q.query(`UPDATE calendar_feed SET token = token_hash, revoked_at = coalesce(revoked_at, now())`);
    await q.query(`ALTER TABLE calendar_feed ALTER COLUMN token SET NOT NULL`);
    await q.query(`DROP INDEX calendar_feed_token_hash_uq`);
    await q.query(`ALTER TABLE calendar_feed DROP COLUMN token_hash`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_token_uq ON calendar_feed (token)`);
    await q.query(`
      CREATE FUNCTION calendar_find_feed(p_token text)
      RETURNS TABLE (feed_id uuid, person_id uuid, organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id, person_id, organization_id FROM calendar_feed WHERE token = p_token AND revoked_at IS NULL
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION calendar_find_feed(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION calendar_find_feed(text) TO ${APP_ROLE}`);
  }
}
