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
  list: (filter: ChecklistFilterInput, take: number, after: string | null, skip: number) => ['checklists', 'list', filter, take, after, skip] as const,
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

export interface ChecklistListPosition {
  /** `pageInfo.endCursor` of the page before: the list reads on from there by keyset (fast at any depth). */
  after?: string | null;
  /** Rows to pass over first (after `after`, if given): only for a page whose cursor is not known. */
  skip?: number;
  enabled?: boolean;
}

/** `take` checklists of the list, newest first, from a position. */
export function useChecklistList(filter: ChecklistFilterInput, take = 20, { after = null, skip = 0, enabled = true }: ChecklistListPosition = {}) {
  return useQuery({
    queryKey: checklistKeys.list(filter, take, after, skip),
    queryFn: () => request(ChecklistListQueryDocument, { filter, page: { skip, take }, after }),
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
