import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from './rls-helpers';

/** The organisation's token, as migration 1764210000000 replaces it (every writer takes that row lock first). */
const ORGANISATION_STEPS = `
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO supervision_revision AS r (organization_id)
        SELECT DISTINCT organization_id FROM changed_new
        ON CONFLICT (organization_id) DO UPDATE SET token = gen_random_uuid();
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
      INSERT INTO supervision_revision AS r (organization_id)
        SELECT DISTINCT organization_id FROM changed_old
        ON CONFLICT (organization_id) DO UPDATE SET token = gen_random_uuid();
    END IF;
`;

/** The organisation's token alone (migration 1764210000000), to put back on the way down. */
const ORGANISATION_ONLY = `
  BEGIN${ORGANISATION_STEPS}    RETURN NULL;
  END`;

/**
 * The organisation's token first (every writer takes that row lock first, so two writers never wait on each other's
 * series rows in opposite orders), then one token per series the statement touched, in series order. A series is
 * `id` in supervision_session and `session_id` in the tables under it. Deleting a session deletes its row (and the
 * rows deleted with it by cascade do not put it back).
 */
const ORGANISATION_AND_SERIES = `
  BEGIN${ORGANISATION_STEPS}    IF TG_TABLE_NAME = 'supervision_session' THEN
      IF TG_OP = 'DELETE' THEN
        DELETE FROM supervision_series_revision r USING changed_old c WHERE r.organization_id = c.organization_id AND r.session_id = c.id;
        RETURN NULL;
      END IF;
      INSERT INTO supervision_series_revision AS r (organization_id, session_id)
        SELECT DISTINCT organization_id, id FROM changed_new ORDER BY 1, 2
        ON CONFLICT (organization_id, session_id) DO UPDATE SET token = gen_random_uuid();
    ELSIF TG_OP = 'INSERT' THEN
      INSERT INTO supervision_series_revision AS r (organization_id, session_id)
        SELECT DISTINCT organization_id, session_id FROM changed_new ORDER BY 1, 2
        ON CONFLICT (organization_id, session_id) DO UPDATE SET token = gen_random_uuid();
    ELSIF TG_OP = 'DELETE' THEN
      -- Not for a session deleted with them (a cascade): its row went with it.
      INSERT INTO supervision_series_revision AS r (organization_id, session_id)
        SELECT DISTINCT organization_id, session_id FROM changed_old c
        WHERE EXISTS (SELECT 1 FROM supervision_session s WHERE s.organization_id = c.organization_id AND s.id = c.session_id) ORDER BY 1, 2
        ON CONFLICT (organization_id, session_id) DO UPDATE SET token = gen_random_uuid();
    ELSE
      INSERT INTO supervision_series_revision AS r (organization_id, session_id)
        SELECT organization_id, session_id FROM changed_new UNION SELECT organization_id, session_id FROM changed_old ORDER BY 1, 2
        ON CONFLICT (organization_id, session_id) DO UPDATE SET token = gen_random_uuid();
    END IF;
    RETURN NULL;
  END`;

/**
 * A revision token per session (series or one-off) for the supervision figures, beside the organisation's (migration
 * 1764210000000): the same statement-level triggers on sessions, their supervisees, exceptions and notes also give
 * each session the statement touched a new random token, in the same transaction as the write. The API keeps each
 * series' expanded occurrences with its token, so after a write it expands again only the series whose token moved.
 */
export class SupervisionSeriesRevision1764322000000 implements MigrationInterface {
  name = 'SupervisionSeriesRevision1764322000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supervision_series_revision (
        organization_id uuid NOT NULL,
        session_id uuid NOT NULL,
        token uuid NOT NULL DEFAULT gen_random_uuid(),
        PRIMARY KEY (organization_id, session_id)
      )`);
    await enableTenantRls(q, 'supervision_series_revision');
    await grantAppAccess(q, 'supervision_series_revision', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    await q.query(`CREATE OR REPLACE FUNCTION supervision_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$${ORGANISATION_AND_SERIES}$$`);
    await q.query(`INSERT INTO supervision_series_revision (organization_id, session_id) SELECT organization_id, id FROM supervision_session`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION supervision_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$${ORGANISATION_ONLY}$$`);
    await q.query('DROP TABLE IF EXISTS supervision_series_revision');
  }
}
