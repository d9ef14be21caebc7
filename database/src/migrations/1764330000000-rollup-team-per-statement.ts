import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checks a rollup's team once per team and statement instead of once per row. metric_rollup's foreign key to team ran
 * one lookup for every cell written — 6.5 of the 29 s a rollup rebuild took at 100 teams (issue 14) — while the
 * statement-level trigger on metric_rollup (migration 1764311000000) already writes one analytics_team_revision row per
 * team the statement touched, in the same statement. That table now carries the foreign key (organisation and team
 * together, so a rollup can no more name another organisation's team than before): a cell for a team that does not
 * exist fails its statement as it did, and a team with rollups cannot be deleted, because its revision row — written
 * with its first rollup and never deleted — refers to it.
 */
export class RollupTeamPerStatement1764330000000 implements MigrationInterface {
  name = 'RollupTeamPerStatement1764330000000';

  async up(q: QueryRunner): Promise<void> {
    // Every team with rollups has its revision row already (migration 1764311000000 and the triggers); make sure of it.
    await q.query(`INSERT INTO analytics_team_revision (organization_id, team_id)
      SELECT DISTINCT organization_id, team_id FROM metric_rollup ON CONFLICT DO NOTHING`);
    // A revision row outlives nothing but a team deleted without rollups or baseline restarts: it refers to nothing.
    await q.query(`DELETE FROM analytics_team_revision r
      WHERE NOT EXISTS (SELECT 1 FROM team t WHERE t.organization_id = r.organization_id AND t.id = r.team_id)`);
    await q.query(`ALTER TABLE analytics_team_revision ADD CONSTRAINT analytics_team_revision_organization_id_team_id_fkey
      FOREIGN KEY (organization_id, team_id) REFERENCES team (organization_id, id)`);
    await q.query('ALTER TABLE metric_rollup DROP CONSTRAINT metric_rollup_organization_id_team_id_fkey');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE metric_rollup ADD CONSTRAINT metric_rollup_organization_id_team_id_fkey
      FOREIGN KEY (organization_id, team_id) REFERENCES team (organization_id, id)`);
    await q.query('ALTER TABLE analytics_team_revision DROP CONSTRAINT analytics_team_revision_organization_id_team_id_fkey');
  }
}
