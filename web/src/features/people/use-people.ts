import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignSupervisorInput, AssignTeamInput, InvitePersonInput, PeopleFilterInput, SetPersonRolesInput, UpdatePersonInput,
} from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  AssignSupervisorMutationDocument, AssignTeamMutationDocument, DeactivatePersonMutationDocument, InvitePersonMutationDocument,
  MySuperviseesQueryDocument, PeopleQueryDocument, PersonQueryDocument, ReactivatePersonMutationDocument, ResendInvitationMutationDocument,
  SendPasswordResetMutationDocument, SetPersonRolesMutationDocument, SupervisorOptionsQueryDocument, UpdatePersonMutationDocument,
} from './people.graphql';
import { outboxKeys } from '../outbox/use-outbox';

export const PEOPLE_PAGE_SIZE = 25;

export const peopleKeys = {
  all: ['people'] as const,
  list: (filter: PeopleFilterInput, page: number) => ['people', 'list', filter, page] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
  supervisors: ['people', 'supervisors'] as const,
  mySupervisees: ['people', 'my-supervisees'] as const,
};

/** One page of the people the viewer may see. Pages are 1-based. */
export function usePeople(filter: PeopleFilterInput, page: number) {
  return useQuery({
    queryKey: peopleKeys.list(filter, page),
    queryFn: () => request(PeopleQueryDocument, { filter, page: { skip: (page - 1) * PEOPLE_PAGE_SIZE, take: PEOPLE_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => request(PersonQueryDocument, { id }) });
}

/** People holding the SUPERVISOR role (active ones can be chosen; all of them name history rows). */
export function useSupervisorOptions(enabled = true) {
  return useQuery({
    queryKey: peopleKeys.supervisors,
    queryFn: () => request(SupervisorOptionsQueryDocument),
    enabled,
    staleTime: 60_000,
  });
}

export function useMySupervisees() {
  return useQuery({ queryKey: peopleKeys.mySupervisees, queryFn: () => request(MySuperviseesQueryDocument) });
}

/** Person changes ripple into lists, team member counts and the home overview. */
function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['teams'] }),
      queryClient.invalidateQueries({ queryKey: ['home'] }),
      queryClient.invalidateQueries({ queryKey: ['me'] }),
    ]);
}

export function useInvitePerson() {
  const invalidate = useInvalidatePeople();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitePersonInput) => request(InvitePersonMutationDocument, { input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: outboxKeys.all });
      return invalidate();
    },
  });
}

export function useUpdatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (input: UpdatePersonInput) => request(UpdatePersonMutationDocument, { input }), onSuccess: invalidate });
}

export function useSetPersonRoles() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (input: SetPersonRolesInput) => request(SetPersonRolesMutationDocument, { input }), onSuccess: invalidate });
}

export function useAssignTeam() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (input: AssignTeamInput) => request(AssignTeamMutationDocument, { input }), onSuccess: invalidate });
}

export function useAssignSupervisor() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: AssignSupervisorInput) => request(AssignSupervisorMutationDocument, { input }),
    onSuccess: invalidate,
  });
}

export function useSetPersonActive() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ personId, active }: { personId: string; active: boolean }) =>
      active
        ? request(ReactivatePersonMutationDocument, { personId }).then((d) => d.reactivatePerson)
        : request(DeactivatePersonMutationDocument, { personId }).then((d) => d.deactivatePerson),
    onSuccess: invalidate,
  });
}

/** The fresh link goes to the person's message in the outbox (never back to the admin). */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => request(ResendInvitationMutationDocument, { personId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}

/** Sends an active person a password reset link, to their message in the outbox (never back to the admin). */
export function useSendPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => request(SendPasswordResetMutationDocument, { personId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}
