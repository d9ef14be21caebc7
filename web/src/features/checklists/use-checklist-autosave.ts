import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerInput } from '../../gql/graphql';
import { errorMessage, isApiError } from '../../lib/graphql-client';
import { answersFromServer, type AnswerState, type LocalAnswer } from './checklist-definition';
import { checklistKeys, checklistQueryOptions, useSaveChecklistAnswers, type ChecklistDetail } from './use-checklists';
import { clock } from '../../lib/clock';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying'; message: string }
  | { kind: 'rejected'; message: string; itemCode: string | null };

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

type Outcome = 'nothing' | 'saved' | 'conflict' | 'failed';

const RETRY_MAX_MS = 30_000;
const NOT_RETRIED = ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

/**
 * Autosave for a draft checklist: changes are kept locally, sent (debounced) with the version last read, and retried
 * with back-off when the network or server fails. On CONFLICT (changed in another tab or device) the server copy is
 * reloaded, the answers not yet saved here are laid over it, and saving carries on — nothing typed is lost.
 */
export function useChecklistAutosave({ checklist, debounceMs = 800, retryMs = 2000 }: AutosaveOptions): ChecklistAutosave {
  const queryClient = useQueryClient();
  const save = useSaveChecklistAnswers();
  const saveRef = useRef(save.mutateAsync);
  saveRef.current = save.mutateAsync;

  const [answers, setAnswersState] = useState<AnswerState>(() => answersFromServer(checklist.answers));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);

  const answersRef = useRef<AnswerState>(answers);
  const version = useRef(checklist.version);
  const dirty = useRef(new Set<string>());
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<boolean> | null>(null);
  const retryDelay = useRef(retryMs);
  const mounted = useRef(true);
  const lastSavedAt = useRef<Date | null>(null);
  const checklistId = checklist.id;

  const setAnswers = useCallback((next: AnswerState) => {
    answersRef.current = next;
    setAnswersState(next);
  }, []);

  const sendable = useCallback(() => [...dirty.current].filter((code) => answersRef.current[code]?.value !== undefined), []);

  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  const schedule = useCallback((ms: number) => {
    window.clearTimeout(timer.current);
    if (!mounted.current) return;
    timer.current = window.setTimeout(() => void flushRef.current(), ms);
  }, []);

  const saveOnce = useCallback(async (): Promise<Outcome> => {
    const codes = sendable();
    if (codes.length === 0) return 'nothing';
    const sent: AnswerInput[] = codes.map((itemCode) => {
      const a = answersRef.current[itemCode]!;
      return { itemCode, value: a.value ?? null, comment: a.comment };
    });
    setStatus({ kind: 'saving' });
    try {
      const result = await saveRef.current({ checklistId, version: version.current, answers: sent });
      version.current = result.version;
      for (const s of sent) {
        const now = answersRef.current[s.itemCode];
        if (now && (now.value ?? null) === s.value && now.comment === s.comment) dirty.current.delete(s.itemCode);
      }
      retryDelay.current = retryMs;
      lastSavedAt.current = clock.now();
      // "Saved" only once nothing is waiting; otherwise the next round follows straight away.
      if (sendable().length === 0) setStatus({ kind: 'saved', at: lastSavedAt.current });
      // Keep the cached copy in step, so coming back to the page starts from what the server holds.
      queryClient.setQueryData<ChecklistDetail>(checklistKeys.detail(checklistId), (old) => {
        if (!old) return old;
        const byCode = new Map(old.answers.map((a) => [a.itemCode, a]));
        for (const s of sent) byCode.set(s.itemCode, { itemCode: s.itemCode, value: s.value ?? null, comment: s.comment ?? '' });
        return { ...old, version: result.version, updatedAt: result.updatedAt, answers: [...byCode.values()] };
      });
      // Lists (drafts: "8 of 24 answered") are stale now: refetched when shown (at once if a save lands after leaving).
      void queryClient.invalidateQueries({ queryKey: checklistKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
      return 'saved';
    } catch (error) {
      if (isApiError(error, 'CONFLICT')) return 'conflict';
      if (NOT_RETRIED.some((code) => isApiError(error, code))) {
        const itemCode = isApiError(error) && typeof error.details.itemCode === 'string' ? error.details.itemCode : null;
        setStatus({ kind: 'rejected', message: errorMessage(error), itemCode });
        return 'failed';
      }
      setStatus({ kind: 'retrying', message: errorMessage(error) });
      schedule(retryDelay.current);
      retryDelay.current = Math.min(retryDelay.current * 2, RETRY_MAX_MS);
      return 'failed';
    }
  }, [checklistId, queryClient, retryMs, schedule, sendable]);

  /** Loads the server copy and lays the answers not yet saved here over it. False when it is no longer a draft. */
  const reloadAndMerge = useCallback(async (): Promise<boolean> => {
    let fresh: ChecklistDetail;
    try {
      fresh = await queryClient.fetchQuery({ ...checklistQueryOptions(checklistId), staleTime: 0 });
    } catch (error) {
      setStatus({ kind: 'retrying', message: errorMessage(error) });
      schedule(retryDelay.current);
      return false;
    }
    const merged: Record<string, LocalAnswer> = { ...answersFromServer(fresh.answers) };
    let kept = 0;
    for (const code of dirty.current) {
      const local = answersRef.current[code];
      if (local) {
        merged[code] = local;
        kept += 1;
      }
    }
    version.current = fresh.version;
    setAnswers(merged);
    setNotice(
      kept > 0
        ? `These answers were also changed somewhere else (another tab or device). We loaded the latest copy and kept the ${kept === 1 ? 'answer' : `${kept} answers`} you hadn’t saved yet — nothing is lost.`
        : 'These answers were also changed somewhere else (another tab or device). We loaded the latest copy.',
    );
    return fresh.status === 'DRAFT';
  }, [checklistId, queryClient, schedule, setAnswers]);

  const flush = useCallback((): Promise<boolean> => {
    window.clearTimeout(timer.current);
    if (running.current) return running.current.then(() => flushRef.current());
    const run = (async () => {
      for (let round = 0; round < 5; round += 1) {
        const outcome = await saveOnce();
        if (outcome === 'nothing') {
          setStatus((s) => (s.kind === 'saving' ? (lastSavedAt.current ? { kind: 'saved', at: lastSavedAt.current } : { kind: 'idle' }) : s));
          return true;
        }
        if (outcome === 'failed') return false;
        if (outcome === 'conflict' && !(await reloadAndMerge())) return false;
      }
      return sendable().length === 0;
    })().finally(() => {
      running.current = null;
    });
    running.current = run;
    return run;
  }, [reloadAndMerge, saveOnce, sendable]);
  flushRef.current = flush;

  const change = useCallback((itemCode: string, patch: Partial<LocalAnswer>, delay: number) => {
    const previous = answersRef.current[itemCode] ?? { value: undefined, comment: '' };
    setAnswers({ ...answersRef.current, [itemCode]: { ...previous, ...patch } });
    dirty.current.add(itemCode);
    // From the first change the indicator says "Saving…" (a retry keeps saying so until it works).
    setStatus((s) => (s.kind === 'retrying' || (s.kind === 'rejected' && s.itemCode !== itemCode) ? s : { kind: 'saving' }));
    schedule(delay);
  }, [schedule, setAnswers]);

  const setValue = useCallback((itemCode: string, value: number | null) => change(itemCode, { value }, debounceMs), [change, debounceMs]);
  const setComment = useCallback((itemCode: string, comment: string) => change(itemCode, { comment }, debounceMs * 2), [change, debounceMs]);

  // Leaving the page saves what is pending; closing the tab with unsaved answers asks first.
  useEffect(() => {
    mounted.current = true;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (sendable().length > 0 || running.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      mounted.current = false;
      window.removeEventListener('beforeunload', beforeUnload);
      window.clearTimeout(timer.current);
      if (sendable().length > 0) void flushRef.current();
    };
  }, [sendable]);

  return {
    answers,
    setValue,
    setComment,
    status,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    flush,
    waitingForAnswer: (itemCode: string) => dirty.current.has(itemCode) && answers[itemCode]?.value === undefined,
  };
}
