import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddInstrumentItemInput, ChecklistPolicyInput, ImportInstrumentInput, InstrumentEditorQuery, InstrumentFormat, InstrumentVersionFieldsFragment,
  MoveInstrumentItemInput, RetireInstrumentItemInput, UpdateInstrumentItemInput,
} from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  AddInstrumentItemMutationDocument, ChecklistPolicyProgramsQueryDocument, ChecklistPolicyQueryDocument, CreateInstrumentDraftMutationDocument,
  DiscardInstrumentDraftMutationDocument, ExportInstrumentQueryDocument, ImportInstrumentMutationDocument, InstrumentEditorQueryDocument,
  InstrumentListQueryDocument, InstrumentPublishedQueryDocument, MoveInstrumentItemMutationDocument, PublishInstrumentDraftMutationDocument,
  RetireInstrumentItemMutationDocument, UpdateChecklistPolicyMutationDocument, UpdateInstrumentItemMutationDocument,
} from './instruments.graphql';

export type InstrumentVersionFields = InstrumentVersionFieldsFragment;
export type InstrumentItemFields = InstrumentVersionFields['items'][number];

export const instrumentKeys = {
  all: ['instruments'] as const,
  list: ['instruments', 'list'] as const,
  editor: (key: string) => ['instruments', 'editor', key] as const,
  published: (key: string) => ['instruments', 'published', key] as const,
  programs: ['instruments', 'policy-programs'] as const,
  policy: (programId: string) => ['instruments', 'policy', programId] as const,
};

export function useInstrumentList() {
  return useQuery({ queryKey: instrumentKeys.list, queryFn: () => request(InstrumentListQueryDocument), select: (d) => d.instruments });
}

export function useInstrumentEditor(key: string) {
  return useQuery({ queryKey: instrumentKeys.editor(key), queryFn: async () => (await request(InstrumentEditorQueryDocument, { key })).instrument });
}

export function usePublishedVersion(key: string, enabled: boolean) {
  return useQuery({
    queryKey: instrumentKeys.published(key),
    queryFn: async () => (await request(InstrumentPublishedQueryDocument, { key })).instrument.currentVersion,
    enabled,
  });
}

/** Draft edits return the draft: put it straight into the editor's cache (its `problems` come with it). */
function useDraftMutation<TInput>(key: string, run: (input: TInput) => Promise<InstrumentVersionFields>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (draft) => {
      queryClient.setQueryData<InstrumentEditorQuery['instrument']>(instrumentKeys.editor(key), (old) => (old ? { ...old, draft } : old));
      void queryClient.invalidateQueries({ queryKey: instrumentKeys.list });
    },
  });
}

export function useCreateInstrumentDraft(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await request(CreateInstrumentDraftMutationDocument, { key })).createInstrumentDraft,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.all }),
  });
}

export function useUpdateInstrumentItem(key: string) {
  return useDraftMutation(key, async (input: UpdateInstrumentItemInput) => (await request(UpdateInstrumentItemMutationDocument, { input })).updateInstrumentItem);
}

export function useAddInstrumentItem(key: string) {
  return useDraftMutation(key, async (input: AddInstrumentItemInput) => (await request(AddInstrumentItemMutationDocument, { input })).addInstrumentItem);
}

export function useRetireInstrumentItem(key: string) {
  return useDraftMutation(key, async (input: RetireInstrumentItemInput) => (await request(RetireInstrumentItemMutationDocument, { input })).retireInstrumentItem);
}

export function useMoveInstrumentItem(key: string) {
  return useDraftMutation(key, async (input: MoveInstrumentItemInput) => (await request(MoveInstrumentItemMutationDocument, { input })).moveInstrumentItem);
}

export function usePublishInstrumentDraft(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await request(PublishInstrumentDraftMutationDocument, { key })).publishInstrumentDraft,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: instrumentKeys.all });
      // New checklists use the new version; trends follow the crosswalk.
      void queryClient.invalidateQueries({ queryKey: ['checklists'] });
    },
  });
}

export function useDiscardInstrumentDraft(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await request(DiscardInstrumentDraftMutationDocument, { key })).discardInstrumentDraft,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.all }),
  });
}

export function useImportInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ImportInstrumentInput) => (await request(ImportInstrumentMutationDocument, { input })).importInstrument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.all }),
  });
}

/** Export is a read: fetched on demand for a download, not cached. */
export function fetchInstrumentExport(key: string, format: InstrumentFormat, version: number | null): Promise<string> {
  return request(ExportInstrumentQueryDocument, { key, format, version }).then((d) => d.exportInstrument);
}

export function usePolicyPrograms() {
  return useQuery({ queryKey: instrumentKeys.programs, queryFn: () => request(ChecklistPolicyProgramsQueryDocument), select: (d) => d.programs });
}

export function useChecklistPolicy(programId: string) {
  return useQuery({
    queryKey: instrumentKeys.policy(programId),
    queryFn: async () => (await request(ChecklistPolicyQueryDocument, { programId })).checklistPolicy,
    enabled: programId !== '',
  });
}

export function useUpdateChecklistPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ChecklistPolicyInput) => (await request(UpdateChecklistPolicyMutationDocument, { input })).updateChecklistPolicy,
    onSuccess: (policy) => {
      queryClient.setQueryData(instrumentKeys.policy(policy.programId), policy);
      void queryClient.invalidateQueries({ queryKey: ['checklists'] });
    },
  });
}
