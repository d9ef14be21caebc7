import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from './rls-helpers';

/** The tables whose rows the supervision figures are computed from (sessions, their people, exceptions, notes). */
const WATCHED = ['supervision_session', 'supervision_session_supervisee', 'supervision_occurrence', 'supervision_note'];

/**
 * A revision token per organisation for the supervision figures. Every statement that writes a session, a series, an
 * exception or a note gives the organisation a new random token in the same transaction (statement-level triggers, so a
 * bulk insert costs one update), and the API keeps the expanded occurrences of recurring series in memory keyed by
 * that token: a reader that sees a token sees at least the data it stands for, in any API process. The token is
 * random rather than a counter so that two databases cloned from one (tests, restores) never share a token for
 * different data.
 */
export class SupervisionRevision1764210000000 implements MigrationInterface {
  name = 'SupervisionRevision1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supervision_revision (
        organization_id uuid NOT NULL,
        token uuid NOT NULL DEFAULT gen_random_uuid(),
        PRIMARY KEY (organization_id)
      )`);
    await enableTenantRls(q, 'supervision_revision');
    await grantAppAccess(q, 'supervision_revision', ['SELECT', 'INSERT', 'UPDATE']);
    await q.query(`
      CREATE FUNCTION supervision_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
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
        RETURN NULL;
      END $$`);
    for (const table of WATCHED) {
      await q.query(`CREATE TRIGGER ${table}_revision_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_new
        FOR EACH STATEMENT EXECUTE FUNCTION supervision_revision_bump()`);
      await q.query(`CREATE TRIGGER ${table}_revision_upd AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old
        FOR EACH STATEMENT EXECUTE FUNCTION supervision_revision_bump()`);
      await q.query(`CREATE TRIGGER ${table}_revision_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_old
        FOR EACH STATEMENT EXECUTE FUNCTION supervision_revision_bump()`);
    }
    await q.query(`INSERT INTO supervision_revision (organization_id) SELECT id FROM organization`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of WATCHED) {
      for (const op of ['ins', 'upd', 'del']) await q.query(`DROP TRIGGER IF EXISTS ${table}_revision_${op} ON ${table}`);
    }
    await q.query('DROP FUNCTION IF EXISTS supervision_revision_bump()');
    await q.query('DROP TABLE IF EXISTS supervision_revision');
  }
}
