import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from './rls-helpers';

/**
 * The tables that say who is in scope and where: people, their roles, teams and memberships, supervision assignments,
 * programs and their supervision policies.
 */
const WATCHED = ['person', 'role_grant', 'team', 'team_membership', 'supervision_assignment', 'program', 'supervision_policy'];

/**
 * A revision token per organisation for its roster (the teams a viewer sees, who is a supervisee of which team and
 * program, under which policy). Every statement that writes one of those tables gives the organisation a new random
 * token in the same transaction (statement-level triggers, as for supervision_revision), and the API keys the
 * dashboard overview's figures by it together with the analytics and supervision tokens: a reader that sees a token
 * sees at least the data it stands for.
 */
export class RosterRevision1764321000000 implements MigrationInterface {
  name = 'RosterRevision1764321000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roster_revision (
        organization_id uuid NOT NULL,
        token uuid NOT NULL DEFAULT gen_random_uuid(),
        PRIMARY KEY (organization_id)
      )`);
    await enableTenantRls(q, 'roster_revision');
    await grantAppAccess(q, 'roster_revision', ['SELECT', 'INSERT', 'UPDATE']);
    await q.query(`
      CREATE FUNCTION roster_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO roster_revision AS r (organization_id)
            SELECT DISTINCT organization_id FROM changed_new
            ON CONFLICT (organization_id) DO UPDATE SET token = gen_random_uuid();
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          INSERT INTO roster_revision AS r (organization_id)
            SELECT DISTINCT organization_id FROM changed_old
            ON CONFLICT (organization_id) DO UPDATE SET token = gen_random_uuid();
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of WATCHED) {
      await q.query(`CREATE TRIGGER ${table}_roster_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_new
        FOR EACH STATEMENT EXECUTE FUNCTION roster_revision_bump()`);
      await q.query(`CREATE TRIGGER ${table}_roster_upd AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old
        FOR EACH STATEMENT EXECUTE FUNCTION roster_revision_bump()`);
      await q.query(`CREATE TRIGGER ${table}_roster_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_old
        FOR EACH STATEMENT EXECUTE FUNCTION roster_revision_bump()`);
    }
    await q.query(`INSERT INTO roster_revision (organization_id) SELECT id FROM organization`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of WATCHED) {
      for (const op of ['ins', 'upd', 'del']) await q.query(`DROP TRIGGER IF EXISTS ${table}_roster_${op} ON ${table}`);
    }
    await q.query('DROP FUNCTION IF EXISTS roster_revision_bump()');
    await q.query('DROP TABLE IF EXISTS roster_revision');
  }
}
