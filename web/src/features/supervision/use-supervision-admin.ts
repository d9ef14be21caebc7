import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SupervisionComplianceFilterInput, UpdateSupervisionPolicyInput, UpsertLexiconEntryInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  DeleteLexiconEntryMutationDocument, LexiconQueryDocument, SupervisionComplianceQueryDocument, SupervisionPolicyQueryDocument,
  SupervisionProgramsQueryDocument, UpdateSupervisionPolicyMutationDocument, UpsertLexiconEntryMutationDocument,
} from './admin.graphql';
import { invalidateSupervision, supervisionKeys } from './use-supervision';

export function useCompliance(filter: SupervisionComplianceFilterInput) {
  return useQuery({
    queryKey: supervisionKeys.compliance(filter),
    queryFn: () => request(SupervisionComplianceQueryDocument, { filter }).then((d) => d.supervisionCompliance),
    placeholderData: keepPreviousData,
  });
}

export function usePrograms(enabled = true) {
  return useQuery({
    queryKey: supervisionKeys.programs,
    queryFn: () => request(SupervisionProgramsQueryDocument).then((d) => d.programs),
    enabled,
    staleTime: 60_000,
  });
}

export function usePolicy(programId: string) {
  return useQuery({
    queryKey: supervisionKeys.policy(programId),
    queryFn: () => request(SupervisionPolicyQueryDocument, { programId }).then((d) => d.supervisionPolicy),
    enabled: !!programId,
  });
}

export function useUpdatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSupervisionPolicyInput) => request(UpdateSupervisionPolicyMutationDocument, { input }).then((d) => d.updateSupervisionPolicy),
    onSuccess: (policy) => {
      queryClient.setQueryData(supervisionKeys.policy(policy.programId), policy);
      void invalidateSupervision(queryClient);
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useLexicon() {
  return useQuery({ queryKey: supervisionKeys.lexicon, queryFn: () => request(LexiconQueryDocument).then((d) => d.lexicon) });
}

/** Lexicon changes alter every reflection, so cached ones go too. */
function useLexiconChange<TInput, TResult>(fn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: supervisionKeys.lexicon }),
        queryClient.invalidateQueries({ queryKey: ['supervision', 'reflect'] }),
      ]),
  });
}

export function useUpsertLexiconEntry() {
  return useLexiconChange((input: UpsertLexiconEntryInput) => request(UpsertLexiconEntryMutationDocument, { input }).then((d) => d.upsertLexiconEntry));
}

export function useDeleteLexiconEntry() {
  return useLexiconChange((phrase: string) => request(DeleteLexiconEntryMutationDocument, { phrase }));
}
