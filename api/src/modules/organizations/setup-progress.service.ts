import { Injectable } from '@nestjs/common';
import { SETUP_STEPS, type SetupStepKey } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { SetupStepKeyEnum, type SetupProgressModel } from './setup-progress.model';

/** One row of counts for the viewer's organisation ($2), through the request's transaction (row-level security is the second wall). */
const COUNTS_SQL = `
  SELECT
    (SELECT count(*) FROM program WHERE organization_id = $2 AND archived_at IS NULL)::int AS "PROGRAMS",
    (SELECT count(*) FROM team WHERE organization_id = $2 AND archived_at IS NULL)::int AS "TEAMS",
    (SELECT count(*) FROM person WHERE organization_id = $2 AND active AND id <> $1)::int AS "PEOPLE",
    (SELECT count(*) FROM checklist WHERE organization_id = $2)::int AS "CHECKLIST_CYCLE",
    (SELECT count(*) FROM supervision_policy sp JOIN program p ON p.id = sp.program_id
      WHERE sp.organization_id = $2 AND p.archived_at IS NULL)::int AS "SUPERVISION_POLICY"`;

@Injectable()
export class SetupProgressService {
  /** How far a new organisation has got with its setup, from its own data: each step is done once its count is above zero. */
  async progress(ctx: RequestContext): Promise<SetupProgressModel> {
    const [row] = await ctx.db.query<Record<SetupStepKey, number>>(COUNTS_SQL, [ctx.viewer!.personId, ctx.viewer!.organizationId]);
    const steps = SETUP_STEPS.map((key) => {
      const count = Number(row?.[key] ?? 0);
      return { key: SetupStepKeyEnum[key], done: count > 0, count };
    });
    const doneCount = steps.filter((s) => s.done).length;
    return { steps, doneCount, complete: doneCount === steps.length };
  }
}
