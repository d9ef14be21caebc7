import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from './rls-helpers';

/** The organisation's token, as migration 1764304000000 replaces it (every writer takes that row lock first). */
const ORGANISATION_STEPS = `
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
`;

/** The organisation's token alone (migration 1764304000000), to put back on the way down. */
const ORGANISATION_ONLY = `
  BEGIN${ORGANISATION_STEPS}    RETURN NULL;
  END`;

/**
 * The organisation's token first (every writer takes that row lock first, so two writers never wait on each other's
 * team rows in opposite orders), then one token per team the statement touched, in team order.
 */
const ORGANISATION_AND_TEAMS = `
  BEGIN${ORGANISATION_STEPS}    IF TG_OP = 'INSERT' THEN
      INSERT INTO analytics_team_revision AS r (organization_id, team_id)
        SELECT DISTINCT organization_id, team_id FROM changed_new ORDER BY organization_id, team_id
        ON CONFLICT (organization_id, team_id) DO UPDATE SET token = gen_random_uuid();
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO analytics_team_revision AS r (organization_id, team_id)
        SELECT DISTINCT organization_id, team_id FROM changed_old ORDER BY organization_id, team_id
        ON CONFLICT (organization_id, team_id) DO UPDATE SET token = gen_random_uuid();
    ELSE
      INSERT INTO analytics_team_revision AS r (organization_id, team_id)
        SELECT organization_id, team_id FROM changed_new UNION SELECT organization_id, team_id FROM changed_old ORDER BY 1, 2
        ON CONFLICT (organization_id, team_id) DO UPDATE SET token = gen_random_uuid();
    END IF;
    RETURN NULL;
  END`;

/**
 * A revision token per team for the drift figures, beside the organisation's (migration 1764304000000): the same
 * statement-level triggers on metric_rollup and drift_baseline_reset (every submission, withdrawal, amendment, team
 * move, rebuild and baseline restart) also give each team the statement touched a new random token, in the same
 * transaction as the write. The API keeps each team's history with its token, so after a write it re-reads only the
 * teams whose token moved.
 */
export class AnalyticsTeamRevision1764311000000 implements MigrationInterface {
  name = 'AnalyticsTeamRevision1764311000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_team_revision (
        organization_id uuid NOT NULL,
        team_id uuid NOT NULL,
        token uuid NOT NULL DEFAULT gen_random_uuid(),
        PRIMARY KEY (organization_id, team_id)
      )`);
    await enableTenantRls(q, 'analytics_team_revision');
    await grantAppAccess(q, 'analytics_team_revision', ['SELECT', 'INSERT', 'UPDATE']);
    await q.query(`CREATE OR REPLACE FUNCTION analytics_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$${ORGANISATION_AND_TEAMS}$$`);
    await q.query(`
      INSERT INTO analytics_team_revision (organization_id, team_id)
      SELECT organization_id, team_id FROM metric_rollup UNION SELECT organization_id, team_id FROM drift_baseline_reset`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION analytics_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$${ORGANISATION_ONLY}$$`);
    await q.query('DROP TABLE IF EXISTS analytics_team_revision');
  }
}
