import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the checklist list at a million checklists. The list orders by when a checklist was submitted (or last
 * touched, for drafts), newest first: with this order in an index, page 1 reads the first rows of the index instead of
 * sorting the organisation's every checklist. The viewer's own drafts (`opened_by`) get an index of their own, so each
 * branch of "mine, rated by me, or in my scope" has one.
 */
export class ListIndexes1764150000000 implements MigrationInterface {
  name = 'ListIndexes1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX checklist_org_recent_idx ON checklist (organization_id, (coalesce(submitted_at, updated_at)) DESC, id)`);
    await q.query(`CREATE INDEX checklist_org_opened_by_idx ON checklist (organization_id, opened_by)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS checklist_org_opened_by_idx');
    await q.query('DROP INDEX IF EXISTS checklist_org_recent_idx');
  }
}
