import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { AnswerInput } from '../../gql/graphql';
import { isApiError } from '../../lib/graphql-client';
import { useAutosave, type AutosaveStatus } from '../../lib/use-autosave';
import { answersFromServer, type AnswerState, type LocalAnswer } from './checklist-definition';
import { checklistKeys, checklistQueryOptions, useSaveChecklistAnswers, type ChecklistDetail } from './use-checklists';

/** The shared autosave status; a refused answer also names its item, so the form shows the reason at the question. */
export type SaveStatus = Exclude<AutosaveStatus, { kind: 'rejected' }> | { kind: 'rejected'; message: string; itemCode: string | null };

export interface AutosaveOptions {
  /** The server copy the form starts from. */
  checklist: ChecklistDetail;
  /** Quiet time after a choice before saving. */
  debounceMs?: number;
  /** First retry after a failed save; doubles up to 30 s. */
  retryMs?: number;
}

export interface ChecklistAutosave {
  answers: AnswerState;
  setValue: (itemCode: string, value: number | null) => void;
  setComment: (itemCode: string, comment: string) => void;
  status: SaveStatus;
  /** Said once after a conflict: the server copy was reloaded and unsaved answers kept. */
  notice: string | null;
  dismissNotice: () => void;
  /** Saves whatever is pending now; resolves true when everything that can be saved is saved. */
  flush: () => Promise<boolean>;
  /** Items with a comment typed but no answer chosen yet (a comment travels with its answer). */
  waitingForAnswer: (itemCode: string) => boolean;
}

const EMPTY: LocalAnswer = { value: undefined, comment: '' };

/**
 * Autosave for a draft checklist on the shared `useAutosave`: answers are sent (debounced) with the version last read
 * and retried with back-off. On CONFLICT (changed in another tab or device) the server copy is reloaded, the answers
 * not yet saved here are laid over it, and saving carries on — nothing typed is lost.
 */
export function useChecklistAutosave({ checklist, debounceMs = 800, retryMs = 2000 }: AutosaveOptions): ChecklistAutosave {
  const queryClient = useQueryClient();
  const { mutateAsync: saveAnswers } = useSaveChecklistAnswers();
  const [notice, setNotice] = useState<string | null>(null);
  const version = useRef(checklist.version);
  const checklistId = checklist.id;

  const autosave = useAutosave<AnswerState, { version: number; updatedAt: string }>({
    initial: () => answersFromServer(checklist.answers),
    debounceMs,
    retryMs,
    // A comment travels with its answer, so an item is sent once it has one.
    ready: (code, answers) => answers[code]?.value !== undefined,
    save: (answers, codes) => {
      const sent: AnswerInput[] = codes.map((itemCode) => ({ itemCode, value: answers[itemCode]!.value ?? null, comment: answers[itemCode]!.comment }));
      return saveAnswers({ checklistId, version: version.current, answers: sent });
    },
    onSaved: (result, { values, changed }) => {
      version.current = result.version;
      // Keep the cached copy in step, so coming back to the page starts from what the server holds.
      queryClient.setQueryData<ChecklistDetail>(checklistKeys.detail(checklistId), (old) => {
        if (!old) return old;
        const byCode = new Map(old.answers.map((a) => [a.itemCode, a]));
        for (const code of changed) byCode.set(code, { itemCode: code, value: values[code]!.value ?? null, comment: values[code]!.comment });
        return { ...old, version: result.version, updatedAt: result.updatedAt, answers: [...byCode.values()] };
      });
      // Lists (drafts: "8 of 24 answered") are stale now: refetched when shown (at once if a save lands after leaving).
      void queryClient.invalidateQueries({ queryKey: checklistKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
    onRefused: async (error) => {
      if (!isApiError(error, 'CONFLICT')) return undefined;
      const fresh = await queryClient.fetchQuery({ ...checklistQueryOptions(checklistId), staleTime: 0 });
      const merged: Record<string, LocalAnswer> = { ...answersFromServer(fresh.answers) };
      const local = autosave.current();
      const unsaved = [...autosave.unsaved()].filter((code) => local[code]);
      for (const code of unsaved) merged[code] = local[code]!;
      version.current = fresh.version;
      autosave.replace(merged);
      setNotice(
        unsaved.length > 0
          ? `These answers were also changed somewhere else (another tab or device). We loaded the latest copy and kept the ${unsaved.length === 1 ? 'answer' : `${unsaved.length} answers`} you hadn’t saved yet — nothing is lost.`
          : 'These answers were also changed somewhere else (another tab or device). We loaded the latest copy.',
      );
      return fresh.status === 'DRAFT' ? 'again' : { message: 'This checklist is no longer a draft.' };
    },
  });
  const { set, current } = autosave;
  const setValue = useCallback((code: string, value: number | null) => set(code, { ...(current()[code] ?? EMPTY), value }), [current, set]);
  const setComment = useCallback(
    (code: string, comment: string) => set(code, { ...(current()[code] ?? EMPTY), comment }, debounceMs * 2),
    [current, debounceMs, set],
  );

  const { status } = autosave;
  return {
    answers: autosave.values,
    setValue,
    setComment,
    status: status.kind === 'rejected'
      ? { kind: 'rejected', message: status.message, itemCode: isApiError(status.error) && typeof status.error.details.itemCode === 'string' ? status.error.details.itemCode : null }
      : status,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    flush: autosave.flush,
    waitingForAnswer: (code: string) => autosave.unsaved().has(code) && autosave.values[code]?.value === undefined,
  };
}
