import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from './rls-helpers';

/**
 * Pre-aggregated metrics for the drift dashboard: count, sum and sum of squares per
 * organisation × team × period (ISO week, calendar month) × rater type × metric, kept in step by every write
 * that changes them. Dashboard reads touch only these rows, so their cost does not grow with the number of answers.
 */
export class Analytics1763730000000 implements MigrationInterface {
  name = 'Analytics1763730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE metric_rollup (
        organization_id uuid NOT NULL,
        team_id uuid NOT NULL,
        period_type text NOT NULL CHECK (period_type IN ('WEEK','MONTH')),
        period_start date NOT NULL,
        rater_type text NOT NULL,
        metric text NOT NULL,
        count int NOT NULL DEFAULT 0,
        sum double precision NOT NULL DEFAULT 0,
        sum_sq double precision NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, team_id, period_type, period_start, rater_type, metric),
        FOREIGN KEY (organization_id, team_id) REFERENCES team (organization_id, id)
      )`);
    await q.query(`CREATE INDEX metric_rollup_org_period_idx ON metric_rollup (organization_id, period_type, period_start, metric)`);
    await q.query(`
      CREATE TABLE annotation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        team_id uuid,
        person_id uuid,
        on_date date NOT NULL,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        details text NOT NULL DEFAULT '',
        kind text NOT NULL DEFAULT 'NOTE' CHECK (kind IN ('NOTE','TRAINING','POLICY','STAFFING','OTHER')),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, team_id) REFERENCES team (organization_id, id),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id)
      )`);
    await q.query(`CREATE INDEX annotation_org_team_idx ON annotation (organization_id, team_id, on_date)`);
    for (const table of ['metric_rollup', 'annotation']) {
      await enableTenantRls(q, table);
      await grantAppAccess(q, table, ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS annotation');
    await q.query('DROP TABLE IF EXISTS metric_rollup');
  }
}
