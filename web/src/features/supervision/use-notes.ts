import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AmendSupervisionNoteInput, FinalizeSupervisionNoteInput, RecordSupervisionNoteInput, SignSupervisionNoteInput, SupervisionActionItemFieldsFragment,
  SupervisionNoteFieldsFragment, UpdateActionItemInput,
} from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  AmendSupervisionNoteMutationDocument, FinalizeSupervisionNoteMutationDocument, RecordSupervisionNoteMutationDocument, ReflectLanguageQueryDocument, SignSupervisionNoteMutationDocument,
  SupervisionAgendaQueryDocument, SupervisionDriftCodesQueryDocument, SupervisionNoteQueryDocument, UpdateSupervisionActionItemMutationDocument,
} from './notes.graphql';
import { invalidateSupervision, supervisionKeys } from './use-supervision';
import { MINUTE_MS } from '@tandem/shared';

export type Note = SupervisionNoteFieldsFragment;
export type ActionItem = SupervisionActionItemFieldsFragment;

export function noteQueryOptions(id: string) {
  return {
    queryKey: supervisionKeys.note(id),
    queryFn: () => request(SupervisionNoteQueryDocument, { id }).then((d) => d.supervisionNote),
  };
}

export function useNote(id: string | null) {
  return useQuery({ ...noteQueryOptions(id ?? ''), enabled: !!id });
}

/** Saving a draft: the caller keeps the cached note in step (autosave), lists refresh when shown. */
export function useRecordNote() {
  return useMutation({
    mutationFn: (input: RecordSupervisionNoteInput) => request(RecordSupervisionNoteMutationDocument, { input }).then((d) => d.recordSupervisionNote),
  });
}

function useNoteChange<TInput>(fn: (input: TInput) => Promise<Note>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (note) => {
      queryClient.setQueryData(supervisionKeys.note(note.id), note);
      void invalidateSupervision(queryClient);
    },
  });
}

export function useSignNote() {
  return useNoteChange((input: SignSupervisionNoteInput) => request(SignSupervisionNoteMutationDocument, { input }).then((d) => d.signSupervisionNote));
}

export function useFinalizeNote() {
  return useNoteChange((input: FinalizeSupervisionNoteInput) => request(FinalizeSupervisionNoteMutationDocument, { input }).then((d) => d.finalizeSupervisionNote));
}

export function useAmendNote() {
  return useNoteChange((input: AmendSupervisionNoteInput) => request(AmendSupervisionNoteMutationDocument, { input }).then((d) => d.amendSupervisionNote));
}

export function useUpdateActionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateActionItemInput) => request(UpdateSupervisionActionItemMutationDocument, { input }).then((d) => d.updateActionItem),
    onSuccess: () => invalidateSupervision(queryClient),
  });
}

export function useDriftCodes() {
  return useQuery({
    queryKey: supervisionKeys.driftCodes,
    queryFn: () => request(SupervisionDriftCodesQueryDocument).then((d) => d.supervisionDriftCodes),
    staleTime: Infinity,
  });
}

export function useAgenda(superviseeId: string) {
  return useQuery({
    queryKey: supervisionKeys.agenda(superviseeId),
    queryFn: () => request(SupervisionAgendaQueryDocument, { superviseeId }).then((d) => d.supervisionAgenda),
  });
}

/** The organisation lexicon's reading of a text (nothing is stored); the previous answer stays while the next loads. */
export function useReflectLanguage(text: string) {
  return useQuery({
    queryKey: supervisionKeys.reflect(text),
    queryFn: () => request(ReflectLanguageQueryDocument, { text }).then((d) => ({ ...d.reflectLanguage, text })),
    enabled: text.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * MINUTE_MS,
    retry: false,
  });
}
