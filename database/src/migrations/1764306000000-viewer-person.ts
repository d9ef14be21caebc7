import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './rls-helpers';

const GRANTS = `coalesce((SELECT jsonb_agg(jsonb_build_object('role', g.role, 'program_id', g.program_id))
                    FROM role_grant g WHERE g.organization_id = s.organization_id AND g.person_id = p.id), '[]'::jsonb)`;
const FROM = `FROM auth_session s JOIN person p ON p.organization_id = s.organization_id AND p.id = s.person_id
        WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > app_now()`;

/**
 * `auth_find_viewer` answers with the viewer's whole person row (every column the API's person reads select), so a
 * read about the viewer themselves (`me`) is served from the one statement every signed-in request already sends.
 * The session checks are unchanged: a revoked or expired session, or a deactivated person, is refused on the next request.
 */
export class ViewerPerson1764306000000 implements MigrationInterface {
  name = 'ViewerPerson1764306000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS auth_find_viewer(text)');
    await q.query(`
      CREATE FUNCTION auth_find_viewer(p_token_hash text)
      RETURNS TABLE (session_id uuid, person_id uuid, organization_id uuid, name text, email text, active boolean, grants jsonb,
        job_title text, lived_experience boolean, started_on date, password_hash text, created_at timestamptz, updated_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT s.id, p.id, s.organization_id, p.name, p.email, p.active, ${GRANTS},
          p.job_title, p.lived_experience, p.started_on, p.password_hash, p.created_at, p.updated_at
        ${FROM}
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION auth_find_viewer(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION auth_find_viewer(text) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS auth_find_viewer(text)');
    await q.query(`
      CREATE FUNCTION auth_find_viewer(p_token_hash text)
      RETURNS TABLE (session_id uuid, person_id uuid, organization_id uuid, name text, email text, active boolean, grants jsonb)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT s.id, p.id, s.organization_id, p.name, p.email, p.active, ${GRANTS}
        ${FROM}
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION auth_find_viewer(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION auth_find_viewer(text) TO ${APP_ROLE}`);
  }
}
