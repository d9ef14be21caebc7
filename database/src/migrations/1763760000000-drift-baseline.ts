import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from './rls-helpers';

/**
 * Drift baseline restarts (issue 9): a program manager or admin restarts a team's drift baseline from a date, with a
 * reason (a team day, a restructure). The detector evaluates each series from its first period and starts its usual
 * level afresh at every restart; the charts show each restart as an annotation. Rows are added and removed, never
 * edited (the audit trail keeps both).
 */
export class DriftBaseline1763760000000 implements MigrationInterface {
  name = 'DriftBaseline1763760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE drift_baseline_reset (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        team_id uuid NOT NULL,
        starts_on date NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 3 AND 500),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT app_now(),
        PRIMARY KEY (id),
        FOREIGN KEY (organization_id, team_id) REFERENCES team (organization_id, id),
        FOREIGN KEY (organization_id, created_by) REFERENCES person (organization_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX drift_baseline_reset_org_team_day_uq ON drift_baseline_reset (organization_id, team_id, starts_on)`);
    await enableTenantRls(q, 'drift_baseline_reset');
    await grantAppAccess(q, 'drift_baseline_reset', ['SELECT', 'INSERT', 'DELETE']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS drift_baseline_reset');
  }
}
