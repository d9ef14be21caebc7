import type { RaterType } from '@tandem/shared';
import { ForbiddenError } from '../../common/errors';
import { hasRole, type RequestContext } from '../../common/request-context';
import { isInScope, supervisesNow } from './checklists.repository';

/** Whether `viewerId` currently supervises `subjectId`. */
export async function isCurrentSupervisor(ctx: RequestContext, subjectId: string): Promise<boolean> {
  return ctx.db.run((em) => supervisesNow(em, ctx.viewer!.personId, subjectId));
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
      if (!(await ctx.db.run((em) => isInScope(em, viewer, subjectId)))) throw new ForbiddenError('This person is outside the programs you manage');
      return;
    }
    case 'PERSON_SERVED':
      if (subjectId !== viewer.personId && !(await isCurrentSupervisor(ctx, subjectId))) {
        throw new ForbiddenError('A person-served form is opened by the peer specialist or their supervisor');
      }
      return;
  }
}
