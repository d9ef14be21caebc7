import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './rls-helpers';

/**
 * Every signed-in request starts by turning its session token into a viewer. `auth_find_viewer` does it in one
 * statement — the live session, its person and their role grants — where it took three (session, person, grants).
 * Like `auth_find_session` it runs before any tenant is known, so it is SECURITY DEFINER and answers only for the
 * token's own session; expiry follows the business clock (`app_now()`).
 */
export class SessionViewer1764150000001 implements MigrationInterface {
  name = 'SessionViewer1764150000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION auth_find_viewer(p_token_hash text)
      RETURNS TABLE (session_id uuid, person_id uuid, organization_id uuid, name text, email text, active boolean, grants jsonb)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT s.id, p.id, s.organization_id, p.name, p.email, p.active,
          coalesce((SELECT jsonb_agg(jsonb_build_object('role', g.role, 'program_id', g.program_id))
                    FROM role_grant g WHERE g.organization_id = s.organization_id AND g.person_id = p.id), '[]'::jsonb)
        FROM auth_session s JOIN person p ON p.organization_id = s.organization_id AND p.id = s.person_id
        WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > app_now()
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION auth_find_viewer(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION auth_find_viewer(text) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS auth_find_viewer(text)');
  }
}
