import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from './rls-helpers';

/** The tables the drift judgements are computed from: the rollups (every write, withdrawal, move, rebuild) and baseline restarts. */
const WATCHED = ['metric_rollup', 'drift_baseline_reset'];

/**
 * A revision token per organisation for the drift figures, like supervision_revision: every statement that writes a
 * rollup or a baseline restart gives the organisation a new random token in the same transaction, and the API keeps
 * each team's judged series (control limits, CUSUM, signals over its whole history) in memory keyed by that token.
 */
export class AnalyticsRevision1764304000000 implements MigrationInterface {
  name = 'AnalyticsRevision1764304000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_revision (
        organization_id uuid NOT NULL,
        token uuid NOT NULL DEFAULT gen_random_uuid(),
        PRIMARY KEY (organization_id)
      )`);
    await enableTenantRls(q, 'analytics_revision');
    await grantAppAccess(q, 'analytics_revision', ['SELECT', 'INSERT', 'UPDATE']);
    await q.query(`
      CREATE FUNCTION analytics_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO analytics_revision AS r (organization_id)
            SELECT DISTINCT organization_id FROM changed_new
            ON CONFLICT (organization_id) DO UPDATE SET token = gen_random_uuid();
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          INSERT INTO analytics_revision AS r (organization_id)
            SELECT DISTINCT organization_id FROM changed_old
            ON CONFLICT (organization_id) DO UPDATE SET token = gen_random_uuid();
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of WATCHED) {
      await q.query(`CREATE TRIGGER ${table}_analytics_revision_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_new
        FOR EACH STATEMENT EXECUTE FUNCTION analytics_revision_bump()`);
      await q.query(`CREATE TRIGGER ${table}_analytics_revision_upd AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old
        FOR EACH STATEMENT EXECUTE FUNCTION analytics_revision_bump()`);
      await q.query(`CREATE TRIGGER ${table}_analytics_revision_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_old
        FOR EACH STATEMENT EXECUTE FUNCTION analytics_revision_bump()`);
    }
    await q.query(`INSERT INTO analytics_revision (organization_id) SELECT id FROM organization`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of WATCHED) {
      for (const op of ['ins', 'upd', 'del']) await q.query(`DROP TRIGGER IF EXISTS ${table}_analytics_revision_${op} ON ${table}`);
    }
    await q.query('DROP FUNCTION IF EXISTS analytics_revision_bump()');
    await q.query('DROP TABLE IF EXISTS analytics_revision');
  }
}
