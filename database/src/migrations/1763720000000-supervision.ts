import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grantAppAccess } from './rls-helpers';

const TABLES = [
  'supervision_session', 'supervision_session_supervisee', 'supervision_occurrence', 'supervision_note', 'supervision_note_supervisee',
  'supervision_note_amendment', 'supervision_action_item', 'supervision_policy', 'lexicon_entry', 'calendar_feed',
] as const;

/**
 * Supervision: sessions (one-off or an RRULE series stored as local wall time + IANA zone), per-occurrence exceptions
 * and status, structured notes with mutual sign-off (locked afterwards; amendments are append-only), action items,
 * the per-program supervision policy, the organisation's lexicon edits, and private calendar-feed tokens.
 */
export class Supervision1763720000000 implements MigrationInterface {
  name = 'Supervision1763720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supervision_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        supervisor_id uuid NOT NULL,
        title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
        modality text NOT NULL CHECK (modality IN ('INDIVIDUAL','GROUP','PEER_COREFLECTION','OBSERVATION')),
        channel text NOT NULL CHECK (channel IN ('IN_PERSON','VIDEO','PHONE')),
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
        time_zone text NOT NULL,
        starts_local timestamp NOT NULL,
        starts_at timestamptz NOT NULL,
        recurrence text,
        series_ends_at timestamptz,
        location text NOT NULL DEFAULT '' CHECK (length(location) <= 500),
        link text NOT NULL DEFAULT '' CHECK (length(link) <= 1000),
        ad_hoc boolean NOT NULL DEFAULT false,
        previous_session_id uuid,
        created_by uuid,
        version int NOT NULL DEFAULT 1,
        sequence int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        UNIQUE (organization_id, id),
        FOREIGN KEY (organization_id, supervisor_id) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, created_by) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, previous_session_id) REFERENCES supervision_session (organization_id, id),
        CHECK (NOT ad_hoc OR recurrence IS NULL),
        CHECK (series_ends_at IS NULL OR series_ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX supervision_session_org_supervisor_idx ON supervision_session (organization_id, supervisor_id, starts_at)`);
    await q.query(`CREATE INDEX supervision_session_org_span_idx ON supervision_session (organization_id, starts_at, series_ends_at)`);
    await q.query(`
      CREATE TABLE supervision_session_supervisee (
        organization_id uuid NOT NULL,
        session_id uuid NOT NULL,
        supervisee_id uuid NOT NULL,
        PRIMARY KEY (organization_id, session_id, supervisee_id),
        FOREIGN KEY (organization_id, session_id) REFERENCES supervision_session (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, supervisee_id) REFERENCES person (organization_id, id)
      )`);
    await q.query(`CREATE INDEX supervision_session_supervisee_org_person_idx ON supervision_session_supervisee (organization_id, supervisee_id)`);
    // Only occurrences that differ from the rule are stored: moved, cancelled, completed, missed, or documented.
    await q.query(`
      CREATE TABLE supervision_occurrence (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        session_id uuid NOT NULL,
        original_start timestamptz NOT NULL,
        starts_at timestamptz NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED','COMPLETED','CANCELLED','MISSED')),
        status_reason text NOT NULL DEFAULT '' CHECK (length(status_reason) <= 500),
        location text,
        link text,
        sequence int NOT NULL DEFAULT 0,
        updated_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        UNIQUE (organization_id, id),
        UNIQUE (organization_id, session_id, original_start),
        FOREIGN KEY (organization_id, session_id) REFERENCES supervision_session (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, updated_by) REFERENCES person (organization_id, id)
      )`);
    await q.query(`CREATE INDEX supervision_occurrence_org_start_idx ON supervision_occurrence (organization_id, starts_at)`);
    await q.query(`
      CREATE TABLE supervision_note (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        session_id uuid NOT NULL,
        original_start timestamptz NOT NULL,
        held_at timestamptz NOT NULL,
        team_id uuid,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SIGNED_BY_SUPERVISOR','SIGNED_BY_SUPERVISEE','LOCKED')),
        version int NOT NULL DEFAULT 1,
        session_types text[] NOT NULL DEFAULT '{}'
          CHECK (session_types <@ ARRAY['ADMINISTRATIVE','SUPPORTIVE','EDUCATIONAL','CLINICAL_CONSULTATION']::text[]),
        dimensions text[] NOT NULL DEFAULT '{}' CHECK (dimensions <@ ARRAY['D1','D2','D3','D4','D5','D6','D7']::text[]),
        drift_codes text[] NOT NULL DEFAULT '{}',
        strengths text NOT NULL DEFAULT '' CHECK (length(strengths) <= 10000),
        concerns text NOT NULL DEFAULT '' CHECK (length(concerns) <= 10000),
        supervisor_note text NOT NULL DEFAULT '' CHECK (length(supervisor_note) <= 20000),
        language_totals jsonb NOT NULL DEFAULT '{}'::jsonb,
        language_word_count int NOT NULL DEFAULT 0,
        supervisor_signed_at timestamptz,
        supervisor_signed_by uuid,
        locked_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        UNIQUE (organization_id, id),
        UNIQUE (organization_id, session_id, original_start),
        FOREIGN KEY (organization_id, session_id, original_start)
          REFERENCES supervision_occurrence (organization_id, session_id, original_start),
        FOREIGN KEY (organization_id, team_id) REFERENCES team (organization_id, id),
        FOREIGN KEY (organization_id, supervisor_signed_by) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, created_by) REFERENCES person (organization_id, id),
        CHECK ((status = 'LOCKED') = (locked_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX supervision_note_org_held_idx ON supervision_note (organization_id, held_at)`);
    await q.query(`CREATE INDEX supervision_note_org_team_held_idx ON supervision_note (organization_id, team_id, held_at)`);
    await q.query(`
      CREATE TABLE supervision_note_supervisee (
        organization_id uuid NOT NULL,
        note_id uuid NOT NULL,
        supervisee_id uuid NOT NULL,
        reflection text NOT NULL DEFAULT '' CHECK (length(reflection) <= 20000),
        signed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, note_id, supervisee_id),
        FOREIGN KEY (organization_id, note_id) REFERENCES supervision_note (organization_id, id),
        FOREIGN KEY (organization_id, supervisee_id) REFERENCES person (organization_id, id)
      )`);
    await q.query(`
      CREATE TABLE supervision_note_amendment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        note_id uuid NOT NULL,
        author_id uuid NOT NULL,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        FOREIGN KEY (organization_id, note_id) REFERENCES supervision_note (organization_id, id),
        FOREIGN KEY (organization_id, author_id) REFERENCES person (organization_id, id)
      )`);
    await q.query(`CREATE INDEX supervision_note_amendment_org_note_idx ON supervision_note_amendment (organization_id, note_id, created_at)`);
    await q.query(`
      CREATE TABLE supervision_action_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        note_id uuid,
        team_id uuid,
        supervisee_id uuid,
        position int NOT NULL DEFAULT 0,
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
        owner_id uuid NOT NULL,
        due_on date,
        dimension text CHECK (dimension IN ('D1','D2','D3','D4','D5','D6','D7')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DONE','DROPPED')),
        drift_signal_id text CHECK (length(drift_signal_id) <= 300),
        checklist_id uuid,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (id),
        UNIQUE (organization_id, id),
        FOREIGN KEY (organization_id, note_id) REFERENCES supervision_note (organization_id, id),
        FOREIGN KEY (organization_id, team_id) REFERENCES team (organization_id, id),
        FOREIGN KEY (organization_id, supervisee_id) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, owner_id) REFERENCES person (organization_id, id),
        -- Agreed in a note, or created from a drift signal on the dashboard for a supervisee's next agenda.
        CHECK (note_id IS NOT NULL OR (supervisee_id IS NOT NULL AND team_id IS NOT NULL)),
        FOREIGN KEY (organization_id, checklist_id) REFERENCES checklist (organization_id, id),
        FOREIGN KEY (organization_id, created_by) REFERENCES person (organization_id, id)
      )`);
    await q.query(`CREATE INDEX supervision_action_item_org_owner_idx ON supervision_action_item (organization_id, owner_id, status)`);
    await q.query(`CREATE INDEX supervision_action_item_org_note_idx ON supervision_action_item (organization_id, note_id, position)`);
    await q.query(`CREATE INDEX supervision_action_item_org_team_idx ON supervision_action_item (organization_id, team_id, created_at)`);
    await q.query(`CREATE INDEX supervision_action_item_org_supervisee_idx ON supervision_action_item (organization_id, supervisee_id, status)`);
    await q.query(`
      CREATE TABLE supervision_policy (
        organization_id uuid NOT NULL,
        program_id uuid NOT NULL,
        preset text NOT NULL CHECK (preset IN ('WEEKLY_6M_THEN_BIWEEKLY','WEEKLY_UNTIL_CERT_THEN_MONTHLY','CUSTOM')),
        stages jsonb NOT NULL,
        counting_modalities text[] NOT NULL
          CHECK (counting_modalities <@ ARRAY['INDIVIDUAL','GROUP','PEER_COREFLECTION','OBSERVATION']::text[]),
        minimum_minutes int NOT NULL CHECK (minimum_minutes BETWEEN 0 AND 480),
        require_documentation boolean NOT NULL DEFAULT true,
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, program_id),
        FOREIGN KEY (organization_id, program_id) REFERENCES program (organization_id, id),
        FOREIGN KEY (organization_id, updated_by) REFERENCES person (organization_id, id)
      )`);
    await q.query(`
      CREATE TABLE lexicon_entry (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        phrase text NOT NULL CHECK (length(phrase) BETWEEN 2 AND 100),
        phrase_key text NOT NULL,
        pattern text NOT NULL CHECK (pattern IN ('MEDICAL_MODEL','HIERARCHICAL','ERRAND','MUTUALITY')),
        weight smallint NOT NULL CHECK (weight BETWEEN 0 AND 3),
        alternative text CHECK (length(alternative) <= 500),
        variants text[] NOT NULL DEFAULT '{}',
        updated_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        FOREIGN KEY (organization_id) REFERENCES organization (id),
        FOREIGN KEY (organization_id, updated_by) REFERENCES person (organization_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX lexicon_entry_org_key_uq ON lexicon_entry (organization_id, phrase_key)`);
    await q.query(`
      CREATE TABLE calendar_feed (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        person_id uuid NOT NULL,
        token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        PRIMARY KEY (id),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_token_uq ON calendar_feed (token)`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_one_active_uq ON calendar_feed (organization_id, person_id) WHERE revoked_at IS NULL`);

    // A locked note never changes: corrections are appended as amendments. The database holds the line too.
    await q.query(`
      CREATE FUNCTION supervision_note_locked_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'LOCKED' THEN
          RAISE EXCEPTION 'locked supervision notes are immutable' USING ERRCODE = '55000';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER supervision_note_locked_guard BEFORE UPDATE OR DELETE ON supervision_note
      FOR EACH ROW EXECUTE FUNCTION supervision_note_locked_guard()`);
    await q.query(`
      CREATE FUNCTION supervision_reflection_locked_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM supervision_note n WHERE n.id = OLD.note_id AND n.status = 'LOCKED') THEN
          RAISE EXCEPTION 'locked supervision notes are immutable' USING ERRCODE = '55000';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER supervision_reflection_locked_guard BEFORE UPDATE OR DELETE ON supervision_note_supervisee
      FOR EACH ROW EXECUTE FUNCTION supervision_reflection_locked_guard()`);

    for (const table of TABLES) await enableTenantRls(q, table);
    await grantAppAccess(q, 'supervision_session', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await grantAppAccess(q, 'supervision_session_supervisee', ['SELECT', 'INSERT', 'DELETE']);
    await grantAppAccess(q, 'supervision_occurrence', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await grantAppAccess(q, 'supervision_note', ['SELECT', 'INSERT', 'UPDATE']);
    await grantAppAccess(q, 'supervision_note_supervisee', ['SELECT', 'INSERT', 'UPDATE']);
    await grantAppAccess(q, 'supervision_note_amendment', ['SELECT', 'INSERT']);
    await grantAppAccess(q, 'supervision_action_item', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await grantAppAccess(q, 'supervision_policy', ['SELECT', 'INSERT', 'UPDATE']);
    await grantAppAccess(q, 'lexicon_entry', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await grantAppAccess(q, 'calendar_feed', ['SELECT', 'INSERT', 'UPDATE']);

    // Calendar apps fetch a feed without a session: the secret token is the only way in, and only to a live feed.
    await q.query(`
      CREATE FUNCTION calendar_find_feed(p_token text)
      RETURNS TABLE (feed_id uuid, person_id uuid, organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id, person_id, organization_id FROM calendar_feed WHERE token = p_token AND revoked_at IS NULL
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION calendar_find_feed(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION calendar_find_feed(text) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS calendar_find_feed(text)`);
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS supervision_reflection_locked_guard()`);
    await q.query(`DROP FUNCTION IF EXISTS supervision_note_locked_guard()`);
  }
}
