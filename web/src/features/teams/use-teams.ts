import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateProgramInput, CreateTeamInput, UpdateProgramInput, UpdateTeamInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  CreateProgramMutationDocument, CreateTeamMutationDocument, TeamOptionsQueryDocument, TeamQueryDocument,
  TeamsOverviewQueryDocument, UpdateProgramMutationDocument, UpdateTeamMutationDocument,
} from './teams.graphql';

export const teamKeys = {
  all: ['teams'] as const,
  overview: (includeArchived: boolean) => ['teams', 'overview', includeArchived] as const,
  options: ['teams', 'options'] as const,
  detail: (id: string) => ['teams', 'detail', id] as const,
};

export function useTeamsOverview(includeArchived: boolean) {
  return useQuery({ queryKey: teamKeys.overview(includeArchived), queryFn: () => request(TeamsOverviewQueryDocument, { includeArchived }) });
}

/** Active programs and their active teams, for pickers and filters (a team in an archived program is not offered). */
export function useTeamOptions() {
  return useQuery({
    queryKey: teamKeys.options,
    queryFn: () => request(TeamOptionsQueryDocument),
    staleTime: 60_000,
    select: (data) => {
      const active = new Set(data.programs.map((p) => p.id));
      return { programs: data.programs, teams: data.teams.filter((t) => active.has(t.programId)) };
    },
  });
}

export function useTeam(id: string) {
  return useQuery({ queryKey: teamKeys.detail(id), queryFn: () => request(TeamQueryDocument, { id }) });
}

function useInvalidateTeams() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['home'] }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
    ]);
}

export function useCreateProgram() {
  const invalidate = useInvalidateTeams();
  return useMutation({ mutationFn: (input: CreateProgramInput) => request(CreateProgramMutationDocument, { input }), onSuccess: invalidate });
}

export function useUpdateProgram() {
  const invalidate = useInvalidateTeams();
  return useMutation({ mutationFn: (input: UpdateProgramInput) => request(UpdateProgramMutationDocument, { input }), onSuccess: invalidate });
}

export function useCreateTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({ mutationFn: (input: CreateTeamInput) => request(CreateTeamMutationDocument, { input }), onSuccess: invalidate });
}

export function useUpdateTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({ mutationFn: (input: UpdateTeamInput) => request(UpdateTeamMutationDocument, { input }), onSuccess: invalidate });
}
