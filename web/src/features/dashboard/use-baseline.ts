import { useMutation } from '@tanstack/react-query';
import type { RebaselineTeamInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { hasRole, type Viewer } from '../auth/use-auth';
import { DeleteBaselineResetMutationDocument, RebaselineTeamMutationDocument } from './dashboard.graphql';
import { useInvalidateDrift } from './use-dashboard';

/** Restarting a team's drift baseline is for admins and the manager of the team's program (the API checks it too). */
export function mayRestartBaseline(viewer: Pick<Viewer, 'roles' | 'roleGrants'>, programId: string): boolean {
  if (hasRole(viewer, 'ADMIN')) return true;
  return viewer.roleGrants.some((g) => g.role === 'PROGRAM_MANAGER' && (g.programId === null || g.programId === programId));
}

/** A restart shows as an annotation with this id prefix; the mutation takes the id without it. */
export const BASELINE_ANNOTATION_PREFIX = 'baseline:';

export function useRebaselineTeam() {
  const invalidate = useInvalidateDrift();
  return useMutation({ mutationFn: (input: RebaselineTeamInput) => request(RebaselineTeamMutationDocument, { input }), onSuccess: invalidate });
}

export function useDeleteBaselineReset() {
  const invalidate = useInvalidateDrift();
  return useMutation({
    mutationFn: (annotationId: string) => request(DeleteBaselineResetMutationDocument, { id: annotationId.replace(BASELINE_ANNOTATION_PREFIX, '') }),
    onSuccess: invalidate,
  });
}
