import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess } from './rls-helpers';

/** Platform foundation: organisations, programs, teams, people, roles, memberships, supervision, sessions, audit. */
export class Platform1763700000000 implements MigrationInterface {
  name = 'Platform1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE program (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        UNIQUE (organization_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX program_org_name_uq ON program (organization_id, name)`);
    await q.query(`
      CREATE TABLE team (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        program_id uuid NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        UNIQUE (organization_id, id),
        FOREIGN KEY (organization_id, program_id) REFERENCES program (organization_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX team_org_name_uq ON team (organization_id, name)`);
    await q.query(`CREATE INDEX team_org_program_idx ON team (organization_id, program_id)`);
    await q.query(`
      CREATE TABLE person (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        name text NOT NULL,
        email text NOT NULL CHECK (email = lower(email)),
        password_hash text,
        job_title text NOT NULL DEFAULT '',
        lived_experience boolean NOT NULL DEFAULT false,
        started_on date,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        UNIQUE (organization_id, id)
      )`);
    // Sign-in is by e-mail alone, so an address belongs to one account across the service.
    await q.query(`CREATE UNIQUE INDEX person_email_uq ON person (email)`);
    await q.query(`CREATE INDEX person_org_name_idx ON person (organization_id, name)`);
    await q.query(`
      CREATE TABLE role_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        person_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','PROGRAM_MANAGER','SUPERVISOR','STAFF')),
        program_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, program_id) REFERENCES program (organization_id, id),
        CHECK (program_id IS NULL OR role = 'PROGRAM_MANAGER')
      )`);
    await q.query(`CREATE INDEX role_grant_org_person_idx ON role_grant (organization_id, person_id)`);
    await q.query(
      `CREATE UNIQUE INDEX role_grant_uq ON role_grant (organization_id, person_id, role, coalesce(program_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
    await q.query(`
      CREATE TABLE team_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        person_id uuid NOT NULL,
        team_id uuid NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, team_id) REFERENCES team (organization_id, id),
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX team_membership_org_person_idx ON team_membership (organization_id, person_id, starts_on)`);
    await q.query(`CREATE INDEX team_membership_org_team_idx ON team_membership (organization_id, team_id, starts_on)`);
    await q.query(
      `CREATE UNIQUE INDEX team_membership_one_current_uq ON team_membership (organization_id, person_id) WHERE ends_on IS NULL`,
    );
    await q.query(`
      CREATE TABLE supervision_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        supervisor_id uuid NOT NULL,
        supervisee_id uuid NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, supervisor_id) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, supervisee_id) REFERENCES person (organization_id, id),
        CHECK (supervisor_id <> supervisee_id),
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(
      `CREATE INDEX supervision_assignment_org_supervisor_idx ON supervision_assignment (organization_id, supervisor_id, starts_on)`,
    );
    await q.query(
      `CREATE INDEX supervision_assignment_org_supervisee_idx ON supervision_assignment (organization_id, supervisee_id, starts_on)`,
    );
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        person_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX auth_session_token_uq ON auth_session (token_hash)`);
    await q.query(`CREATE INDEX auth_session_org_person_idx ON auth_session (organization_id, person_id)`);
    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        person_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX invitation_token_uq ON invitation (token_hash)`);
    await q.query(`CREATE INDEX invitation_org_person_idx ON invitation (organization_id, person_id)`);
    await q.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        actor_id uuid,
        entity text NOT NULL,
        entity_id uuid,
        action text NOT NULL,
        summary jsonb NOT NULL DEFAULT '{}'::jsonb,
        request_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_event_org_time_idx ON audit_event (organization_id, created_at)`);
    await q.query(`CREATE INDEX audit_event_org_entity_idx ON audit_event (organization_id, entity, entity_id)`);

    // Row-level security: the organisation row is visible only to its own tenant, every other table by organization_id.
    await q.query(`ALTER TABLE organization ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON organization
      USING (id = NULLIF(current_setting('app.organization_id', true), '')::uuid)
      WITH CHECK (id = NULLIF(current_setting('app.organization_id', true), '')::uuid)`);
    await grantAppAccess(q, 'organization', ['SELECT', 'INSERT', 'UPDATE']);
    for (const table of ['program', 'team', 'person', 'role_grant', 'team_membership', 'supervision_assignment', 'auth_session', 'invitation']) {
      await enableTenantRls(q, table);
      await grantAppAccess(q, table, ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    }
    await enableTenantRls(q, 'audit_event');
    await grantAppAccess(q, 'audit_event', ['SELECT', 'INSERT']);

    // Sign-in lookups happen before the tenant is known. These narrow SECURITY DEFINER functions are the only
    // way across tenants: each takes a secret (e-mail + later the password check, or a token hash) and returns one row.
    await q.query(`
      CREATE FUNCTION auth_find_login(p_email text)
      RETURNS TABLE (person_id uuid, organization_id uuid, password_hash text, active boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id, organization_id, password_hash, active FROM person WHERE email = lower(p_email)
      $$`);
    await q.query(`
      CREATE FUNCTION auth_find_session(p_token_hash text)
      RETURNS TABLE (session_id uuid, person_id uuid, organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id, person_id, organization_id FROM auth_session
        WHERE token_hash = p_token_hash AND revoked_at IS NULL AND expires_at > now()
      $$`);
    await q.query(`
      CREATE FUNCTION auth_find_invitation(p_token_hash text)
      RETURNS TABLE (invitation_id uuid, person_id uuid, organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id, person_id, organization_id FROM invitation
        WHERE token_hash = p_token_hash AND used_at IS NULL AND expires_at > now()
      $$`);
    await q.query(`
      CREATE FUNCTION auth_email_taken(p_email text) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT EXISTS (SELECT 1 FROM person WHERE email = lower(p_email))
      $$`);
    for (const fn of ['auth_find_login(text)', 'auth_find_session(text)', 'auth_find_invitation(text)', 'auth_email_taken(text)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of ['auth_find_login(text)', 'auth_find_session(text)', 'auth_find_invitation(text)', 'auth_email_taken(text)']) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
    for (const table of ['audit_event', 'invitation', 'auth_session', 'supervision_assignment', 'team_membership', 'role_grant', 'person', 'team', 'program', 'organization']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
