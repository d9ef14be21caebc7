import type { RaterType } from '@tandem/shared';
import { ForbiddenError } from '../../common/errors';
import { hasRole, type RequestContext } from '../../common/request-context';
import { personScope } from '../../common/scope';

/** Whether `viewerId` currently supervises `subjectId`. */
export async function isCurrentSupervisor(ctx: RequestContext, subjectId: string): Promise<boolean> {
  const rows = await ctx.db.query(
    `SELECT 1 FROM supervision_assignment WHERE supervisor_id = $1 AND supervisee_id = $2
     AND starts_on <= app_now()::date AND (ends_on IS NULL OR ends_on >= app_now()::date)`,
    [ctx.viewer!.personId, subjectId],
  );
  return rows.length > 0;
}

/**
 * Who may rate whom:
 *   SELF — only the subject; SUPERVISOR — the subject's current supervisor; REVIEWER — program managers (subject in
 *   their programs) and admins; PERSON_SERVED — opened by the subject (hand-the-tablet) or their current supervisor.
 */
export async function assertMayRate(ctx: RequestContext, subjectId: string, raterType: RaterType): Promise<void> {
  const viewer = ctx.viewer!;
  switch (raterType) {
    case 'SELF':
      if (subjectId !== viewer.personId) throw new ForbiddenError('A self-assessment can only be filled in by the person themselves');
      return;
    case 'SUPERVISOR':
      if (!(await isCurrentSupervisor(ctx, subjectId))) throw new ForbiddenError('Only the person’s current supervisor can rate as SUPERVISOR');
      return;
    case 'REVIEWER': {
      if (!hasRole(viewer, 'ADMIN', 'PROGRAM_MANAGER') || subjectId === viewer.personId) {
        throw new ForbiddenError('Reviewer ratings are made by program managers and admins, about someone else');
      }
      const scope = personScope(viewer, 'p.id', 2);
      const rows = await ctx.db.query(`SELECT 1 FROM person p WHERE p.id = $1 AND ${scope.sql}`, [subjectId, ...scope.params]);
      if (rows.length === 0) throw new ForbiddenError('This person is outside the programs you manage');
      return;
    }
    case 'PERSON_SERVED':
      if (subjectId !== viewer.personId && !(await isCurrentSupervisor(ctx, subjectId))) {
        throw new ForbiddenError('A person-served form is opened by the peer specialist or their supervisor');
      }
      return;
  }
}
