import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from './rls-helpers';

/** Instruments (versioned, immutable once published), checklists with answers, revisions, due-date policy, person-served links. */
export class Checklists1763710000000 implements MigrationInterface {
  name = 'Checklists1763710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE instrument (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        level text NOT NULL CHECK (level IN ('PRACTITIONER','ORGANISATION')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        UNIQUE (organization_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX instrument_org_key_uq ON instrument (organization_id, key)`);
    await q.query(`
      CREATE TABLE instrument_version (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        instrument_id uuid NOT NULL,
        version int NOT NULL CHECK (version > 0),
        status text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED')),
        definition jsonb NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        PRIMARY KEY (id),
        UNIQUE (organization_id, id),
        FOREIGN KEY (organization_id, instrument_id) REFERENCES instrument (organization_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX instrument_version_uq ON instrument_version (organization_id, instrument_id, version)`);
    await q.query(`CREATE UNIQUE INDEX instrument_version_one_draft_uq ON instrument_version (organization_id, instrument_id) WHERE status = 'DRAFT'`);
    // Published versions are immutable: the definition can only change while the row is a draft.
    await q.query(`
      CREATE FUNCTION instrument_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'published instrument versions are immutable' USING ERRCODE = '55000';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER instrument_version_immutable BEFORE UPDATE OR DELETE ON instrument_version
      FOR EACH ROW EXECUTE FUNCTION instrument_version_immutable()`);

    await q.query(`
      CREATE TABLE checklist (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        instrument_version_id uuid NOT NULL,
        subject_id uuid NOT NULL,
        rater_type text NOT NULL CHECK (rater_type IN ('SELF','SUPERVISOR','PERSON_SERVED','REVIEWER')),
        rater_id uuid,
        opened_by uuid,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED')),
        version int NOT NULL DEFAULT 1,
        revision int NOT NULL DEFAULT 0,
        observation_start date,
        observation_end date,
        team_id uuid,
        idempotency_key text,
        submitted_at timestamptz,
        scores jsonb,
        mutuality_index numeric(4,2),
        mutuality_index_100 numeric(5,1),
        hierarchical_drift_index numeric(5,1),
        medical_model_drift_index numeric(5,1),
        errand_drift_index numeric(5,1),
        organisational_drift_index numeric(5,1),
        band text CHECK (band IN ('HIGH','MODERATE','LOW')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        UNIQUE (organization_id, id),
        FOREIGN KEY (organization_id, instrument_version_id) REFERENCES instrument_version (organization_id, id),
        FOREIGN KEY (organization_id, subject_id) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, rater_id) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, opened_by) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, team_id) REFERENCES team (organization_id, id),
        CHECK (rater_type = 'PERSON_SERVED' OR rater_id IS NOT NULL),
        CHECK (observation_end IS NULL OR observation_start IS NULL OR observation_end >= observation_start)
      )`);
    await q.query(`CREATE INDEX checklist_org_subject_idx ON checklist (organization_id, subject_id, submitted_at)`);
    await q.query(`CREATE INDEX checklist_org_rater_idx ON checklist (organization_id, rater_id, status)`);
    await q.query(`CREATE INDEX checklist_org_team_idx ON checklist (organization_id, team_id, submitted_at)`);
    await q.query(`CREATE UNIQUE INDEX checklist_idempotency_uq ON checklist (organization_id, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    await q.query(`
      CREATE TABLE checklist_answer (
        organization_id uuid NOT NULL,
        checklist_id uuid NOT NULL,
        item_code text NOT NULL,
        value smallint CHECK (value BETWEEN 1 AND 5),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        PRIMARY KEY (organization_id, checklist_id, item_code),
        FOREIGN KEY (organization_id, checklist_id) REFERENCES checklist (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE checklist_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        checklist_id uuid NOT NULL,
        revision int NOT NULL,
        answers jsonb NOT NULL,
        scores jsonb,
        submitted_at timestamptz,
        amended_by uuid,
        reason text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, checklist_id) REFERENCES checklist (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX checklist_revision_uq ON checklist_revision (organization_id, checklist_id, revision)`);
    await q.query(`
      CREATE TABLE checklist_policy (
        organization_id uuid NOT NULL,
        program_id uuid NOT NULL,
        self_every_days int NOT NULL DEFAULT 30 CHECK (self_every_days BETWEEN 7 AND 730),
        supervisor_every_days int NOT NULL DEFAULT 91 CHECK (supervisor_every_days BETWEEN 7 AND 730),
        person_served_every_days int NOT NULL DEFAULT 182 CHECK (person_served_every_days BETWEEN 7 AND 730),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, program_id),
        FOREIGN KEY (organization_id, program_id) REFERENCES program (organization_id, id)
      )`);
    await q.query(`
      CREATE TABLE person_served_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        subject_id uuid NOT NULL,
        instrument_version_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        checklist_id uuid,
        FOREIGN KEY (organization_id, subject_id) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, instrument_version_id) REFERENCES instrument_version (organization_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX person_served_link_token_uq ON person_served_link (token_hash)`);
    await q.query(`CREATE INDEX person_served_link_org_subject_idx ON person_served_link (organization_id, subject_id)`);

    for (const table of ['instrument', 'instrument_version', 'checklist', 'checklist_answer', 'checklist_revision', 'checklist_policy', 'person_served_link']) {
      await enableTenantRls(q, table);
    }
    await grantAppAccess(q, 'instrument', ['SELECT', 'INSERT', 'UPDATE']);
    await grantAppAccess(q, 'instrument_version', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await grantAppAccess(q, 'checklist', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await grantAppAccess(q, 'checklist_answer', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await grantAppAccess(q, 'checklist_revision', ['SELECT', 'INSERT']);
    await grantAppAccess(q, 'checklist_policy', ['SELECT', 'INSERT', 'UPDATE']);
    await grantAppAccess(q, 'person_served_link', ['SELECT', 'INSERT', 'UPDATE']);
    await q.query(`
      CREATE FUNCTION auth_find_person_served_link(p_token_hash text)
      RETURNS TABLE (link_id uuid, organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id, organization_id FROM person_served_link
        WHERE token_hash = p_token_hash AND used_at IS NULL AND expires_at > now()
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION auth_find_person_served_link(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION auth_find_person_served_link(text) TO tandem_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS auth_find_person_served_link(text)`);
    for (const t of ['person_served_link', 'checklist_policy', 'checklist_revision', 'checklist_answer', 'checklist', 'instrument_version', 'instrument']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS instrument_version_immutable()`);
  }
}
