import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AmendChecklistInput, ChecklistDetailFragment, ChecklistFilterInput, RaterType, SaveChecklistAnswersInput, StartChecklistInput,
  SubmitChecklistInput,
} from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  AmendChecklistMutationDocument, ChecklistListQueryDocument, ChecklistQueryDocument, ChecklistsDueQueryDocument,
  ChecklistSuperviseesQueryDocument, CreatePersonServedLinkMutationDocument, OwnTrendQueryDocument, SaveChecklistAnswersMutationDocument,
  StartChecklistMutationDocument, SubmitChecklistMutationDocument,
} from './checklists.graphql';

export type ChecklistDetail = ChecklistDetailFragment;

export const checklistKeys = {
  all: ['checklists'] as const,
  due: (withinDays: number) => ['checklists', 'due', withinDays] as const,
  list: (filter: ChecklistFilterInput, skip: number, take: number) => ['checklists', 'list', filter, skip, take] as const,
  detail: (id: string) => ['checklists', 'detail', id] as const,
  trend: (personId: string, raterTypes: readonly RaterType[]) => ['checklists', 'trend', personId, raterTypes] as const,
  supervisees: ['checklists', 'supervisees'] as const,
};

export function useChecklistsDue(withinDays = 14) {
  return useQuery({
    queryKey: checklistKeys.due(withinDays),
    queryFn: () => request(ChecklistsDueQueryDocument, { withinDays }),
    select: (d) => d.checklistsDue,
  });
}

export function useChecklistList(filter: ChecklistFilterInput, skip = 0, take = 20, enabled = true) {
  return useQuery({
    queryKey: checklistKeys.list(filter, skip, take),
    queryFn: () => request(ChecklistListQueryDocument, { filter, page: { skip, take } }),
    select: (d) => d.checklists,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function checklistQueryOptions(id: string) {
  return {
    queryKey: checklistKeys.detail(id),
    queryFn: async () => (await request(ChecklistQueryDocument, { id })).checklist,
  };
}

export function useChecklist(id: string) {
  return useQuery(checklistQueryOptions(id));
}

export function useOwnTrend(personId: string, from: string, raterTypes: readonly RaterType[] = ['SELF']) {
  return useQuery({
    queryKey: checklistKeys.trend(personId, raterTypes),
    queryFn: () => request(OwnTrendQueryDocument, { personId, filter: { from, granularity: 'MONTH', raterTypes: [...raterTypes] } }),
    select: (d) => d.personDrift,
  });
}

export function useChecklistSupervisees() {
  return useQuery({
    queryKey: checklistKeys.supervisees,
    queryFn: () => request(ChecklistSuperviseesQueryDocument),
    select: (d) => d.me.supervisees.filter((p) => p.active),
  });
}

/** Starts a checklist or resumes the viewer's open draft for the same person and rater type. */
export function useStartChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: StartChecklistInput) => (await request(StartChecklistMutationDocument, { input })).startChecklist,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: checklistKeys.all }),
  });
}

/** One autosave round trip; the caller (useChecklistAutosave) decides what to do with conflicts and failures. */
export function useSaveChecklistAnswers() {
  return useMutation({
    mutationFn: async (input: SaveChecklistAnswersInput) => (await request(SaveChecklistAnswersMutationDocument, { input })).saveChecklistAnswers,
  });
}

function useStoreChecklist() {
  const queryClient = useQueryClient();
  return (checklist: ChecklistDetail) => {
    queryClient.setQueryData(checklistKeys.detail(checklist.id), checklist);
    void queryClient.invalidateQueries({ queryKey: checklistKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    void queryClient.invalidateQueries({ queryKey: ['home'] });
  };
}

export function useSubmitChecklist() {
  const store = useStoreChecklist();
  return useMutation({
    mutationFn: async (input: SubmitChecklistInput) => (await request(SubmitChecklistMutationDocument, { input })).submitChecklist,
    onSuccess: store,
  });
}

export function useAmendChecklist() {
  const store = useStoreChecklist();
  return useMutation({
    mutationFn: async (input: AmendChecklistInput) => (await request(AmendChecklistMutationDocument, { input })).amendChecklist,
    onSuccess: store,
  });
}

export function useCreatePersonServedLink() {
  return useMutation({
    mutationFn: async (subjectId: string) => (await request(CreatePersonServedLinkMutationDocument, { subjectId })).createPersonServedLink,
  });
}
