import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './rls-helpers';

const GRANTS = `coalesce((SELECT jsonb_agg(jsonb_build_object('role', g.role, 'program_id', g.program_id))
                    FROM role_grant g WHERE g.organization_id = s.organization_id AND g.person_id = p.id), '[]'::jsonb)`;
const FROM = `FROM auth_session s JOIN person p ON p.organization_id = s.organization_id AND p.id = s.person_id
        WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > app_now()`;
const COLUMNS = `session_id uuid, person_id uuid, organization_id uuid, name text, email text, active boolean, grants jsonb,
        job_title text, lived_experience boolean, started_on date, password_hash text, created_at timestamptz, updated_at timestamptz`;
const SELECT = `s.id, p.id, s.organization_id, p.name, p.email, p.active, ${GRANTS},
          p.job_title, p.lived_experience, p.started_on, p.password_hash, p.created_at, p.updated_at`;

/** The tables whose rows a viewer lookup reads, and the column naming the person a row is about. */
const WATCHED = [
  { table: 'auth_session', person: 'person_id', ops: 'UPDATE OR DELETE' },
  { table: 'person', person: 'id', ops: 'UPDATE OR DELETE' },
  { table: 'role_grant', person: 'person_id', ops: 'INSERT OR UPDATE OR DELETE' },
];

/**
 * The API keeps the viewers it looked up in memory (see api/src/modules/auth/viewer-cache.ts). Whatever could change
 * what `auth_find_viewer` answers — a session revoked or ended, a person changed, deactivated or deleted (an
 * organisation's deletion cascades to its people), a role grant added, changed or removed — now says so twice:
 * `pg_notify('tandem_viewer', '<organisation id>:<person id>')` at commit, for every API process listening (ids only,
 * never a name or address; `*` after a TRUNCATE), and in the transaction-local setting `app.viewer_changes` (the same
 * keys, space-separated, `*` when there are too many), which the API process that commits reads in its COMMIT's round
 * trip. `auth_find_viewer` also answers with the session's `expires_at`, so a cached session is checked against the
 * clock in the process. A new session (INSERT) needs no notice: nothing is cached for a token before it is found.
 */
export class ViewerChanges1764320000000 implements MigrationInterface {
  name = 'ViewerChanges1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS auth_find_viewer(text)');
    await q.query(`
      CREATE FUNCTION auth_find_viewer(p_token_hash text)
      RETURNS TABLE (${COLUMNS}, expires_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT ${SELECT}, s.expires_at
        ${FROM}
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION auth_find_viewer(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION auth_find_viewer(text) TO ${APP_ROLE}`);
    await q.query(`
      CREATE FUNCTION viewer_change_note(p_key text) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        seen text := coalesce(current_setting('app.viewer_changes', true), '');
      BEGIN
        PERFORM pg_notify('tandem_viewer', p_key);
        IF seen = '*' OR position(p_key IN seen) > 0 THEN
          RETURN;
        ELSIF p_key = '*' OR length(seen) > 3800 THEN
          PERFORM set_config('app.viewer_changes', '*', true);
        ELSE
          PERFORM set_config('app.viewer_changes', ltrim(seen || ' ' || p_key), true);
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION viewer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM viewer_change_note('*');
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM viewer_change_note(OLD.organization_id || ':' || (to_jsonb(OLD) ->> TG_ARGV[0]));
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          PERFORM viewer_change_note(NEW.organization_id || ':' || (to_jsonb(NEW) ->> TG_ARGV[0]));
        END IF;
        RETURN NULL;
      END $$`);
    for (const w of WATCHED) {
      await q.query(`CREATE TRIGGER viewer_changed AFTER ${w.ops} ON ${w.table} FOR EACH ROW EXECUTE FUNCTION viewer_changed('${w.person}')`);
      await q.query(`CREATE TRIGGER viewer_changed_truncate AFTER TRUNCATE ON ${w.table} FOR EACH STATEMENT EXECUTE FUNCTION viewer_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const w of WATCHED) {
      await q.query(`DROP TRIGGER IF EXISTS viewer_changed ON ${w.table}`);
      await q.query(`DROP TRIGGER IF EXISTS viewer_changed_truncate ON ${w.table}`);
    }
    await q.query('DROP FUNCTION IF EXISTS viewer_changed()');
    await q.query('DROP FUNCTION IF EXISTS viewer_change_note(text)');
    await q.query('DROP FUNCTION IF EXISTS auth_find_viewer(text)');
    await q.query(`
      CREATE FUNCTION auth_find_viewer(p_token_hash text)
      RETURNS TABLE (${COLUMNS})
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT ${SELECT}
        ${FROM}
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION auth_find_viewer(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION auth_find_viewer(text) TO ${APP_ROLE}`);
  }
}
