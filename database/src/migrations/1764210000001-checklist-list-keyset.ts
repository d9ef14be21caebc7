import type { MigrationInterface, QueryRunner } from 'typeorm';

const RECENT = '(coalesce(submitted_at, updated_at)) DESC, id';

/**
 * Indexes for the checklist list read as keyset pages. The list is "opened by me, or rated by me, or submitted about
 * someone in my scope", newest first; it is now read as three disjoint branches joined by UNION ALL, and each branch
 * has an index that already holds its rows in the list's order, so a page reads about one page of index entries
 * whatever the table's size. The (organization_id, opened_by) index is replaced by the longer one it prefixes.
 */
export class ChecklistListKeyset1764210000001 implements MigrationInterface {
  name = 'ChecklistListKeyset1764210000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX checklist_org_opened_by_recent_idx ON checklist (organization_id, opened_by, ${RECENT})`);
    await q.query(`CREATE INDEX checklist_org_rater_recent_idx ON checklist (organization_id, rater_id, ${RECENT})`);
    await q.query(`CREATE INDEX checklist_org_subject_submitted_recent_idx ON checklist (organization_id, subject_id, ${RECENT}) WHERE status = 'SUBMITTED'`);
    await q.query('DROP INDEX IF EXISTS checklist_org_opened_by_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX checklist_org_opened_by_idx ON checklist (organization_id, opened_by)');
    await q.query('DROP INDEX IF EXISTS checklist_org_subject_submitted_recent_idx');
    await q.query('DROP INDEX IF EXISTS checklist_org_rater_recent_idx');
    await q.query('DROP INDEX IF EXISTS checklist_org_opened_by_recent_idx');
  }
}
