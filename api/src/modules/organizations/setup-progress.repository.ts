import type { SetupStepKey } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import { namedQuery } from '../../common/named-sql';

/** One row of counts for the viewer's organisation; row-level security is the second wall behind `organizationId`. */
const COUNTS_SQL = `
  SELECT
    (SELECT count(*) FROM program WHERE organization_id = :organizationId AND archived_at IS NULL)::int AS "PROGRAMS",
    (SELECT count(*) FROM team WHERE organization_id = :organizationId AND archived_at IS NULL)::int AS "TEAMS",
    (SELECT count(*) FROM person WHERE organization_id = :organizationId AND active AND id <> :viewerId)::int AS "PEOPLE",
    (SELECT count(*) FROM checklist WHERE organization_id = :organizationId)::int AS "CHECKLIST_CYCLE",
    (SELECT count(*) FROM supervision_policy sp JOIN program p ON p.id = sp.program_id
      WHERE sp.organization_id = :organizationId AND p.archived_at IS NULL)::int AS "SUPERVISION_POLICY"`;

/** How many of each setup step's things the organisation has (other active people: not counting the viewer). */
export async function setupCounts(em: EntityManager, organizationId: string, viewerId: string): Promise<Partial<Record<SetupStepKey, number>>> {
  const [row] = await namedQuery<Record<SetupStepKey, number>>(em, COUNTS_SQL, { organizationId, viewerId });
  return row ?? {};
}
