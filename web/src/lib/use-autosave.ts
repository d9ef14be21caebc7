import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { clock } from './clock';
import { errorMessage, isApiError, isClientError } from './graphql-client';

/** What a save indicator shows: "Saving…", "Saved 12:04", "Couldn't save — retrying" or why the server refused. */
export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying'; message: string }
  | { kind: 'rejected'; message: string; error?: unknown };

/** What a refused save becomes: save again (the values were merged with the server's), or stop with a message. */
export type RejectionOutcome = 'again' | { message: string } | undefined;

export interface AutosaveOptions<F extends object, R> {
  /** The values the form starts from (the server copy). */
  initial: () => F;
  /** Sends the changed fields. Runs as a TanStack Query mutation, retried with back-off while the error is retryable. */
  save: (values: F, changed: (keyof F)[]) => Promise<R>;
  /** After a save: keep versions, ids and caches in step. */
  onSaved?: (result: R, sent: { values: F; changed: (keyof F)[] }) => void;
  /** Whether a changed field can be sent yet (default: always). */
  ready?: (key: keyof F, values: F) => boolean;
  /** Whether a field still holds what was sent, so it is saved (default: equal as JSON). */
  same?: (key: keyof F, now: F, sent: F) => boolean;
  /**
   * A save failed with an error that is not retried (a conflict, bad input). Return 'again' after laying the unsaved
   * values over the server copy (`replace`), a message to stop with, or undefined to show the server's message.
   * Throwing counts as a failure that is retried later.
   */
  onRefused?: (error: unknown) => Promise<RejectionOutcome>;
  /** Quiet time after a change before saving. */
  debounceMs?: number;
  /** First retry after a failed save; doubles up to 30 s. */
  retryMs?: number;
}

export interface Autosave<F extends object> {
  values: F;
  /** The values now, including changes not rendered yet. */
  current: () => F;
  /** Changes one field; it is saved after `delayMs` (default: the debounce) without further changes. */
  set: <K extends keyof F>(key: K, value: F[K], delayMs?: number) => void;
  /** Replaces the values without marking anything changed (after loading the server copy). */
  replace: (values: F) => void;
  status: AutosaveStatus;
  /** Saves whatever is pending now; resolves true once everything is saved, false as soon as saving fails. */
  flush: () => Promise<boolean>;
  /** The fields changed here and not saved yet. */
  unsaved: () => ReadonlySet<keyof F>;
  /** Forgets the unsaved changes (they can no longer be saved) and shows `message`. */
  abandon: (message: string) => void;
}

export const AUTOSAVE_RETRY_MAX_MS = 30_000;
/** Attempts of one save before giving up until the next round; the hook keeps starting rounds while mounted. */
const ATTEMPTS_PER_ROUND = 6;
const ROUNDS = 5;

/** Worth trying again: the network, the server or a rate limit — not something the person has to change. */
export const isRetryable = (error: unknown) => !isClientError(error) || isApiError(error, 'TOO_MANY_REQUESTS');

const sameAsJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Autosave for a form: changes stay local and are sent (debounced) through a TanStack Query mutation that retries
 * with back-off. A change typed while a save is in flight is sent in the next round, so no edit is lost; leaving the
 * form (unmount) or the field (`flush` on blur) saves what is pending, and closing the tab with unsaved changes asks.
 */
export function useAutosave<F extends object, R>(options: AutosaveOptions<F, R>): Autosave<F> {
  const { debounceMs = 800, retryMs = 2000 } = options;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const mutation = useMutation({
    mutationFn: ({ values, changed }: { values: F; changed: (keyof F)[] }) => optionsRef.current.save(values, changed),
    retry: (failures, error) => isRetryable(error) && failures < ATTEMPTS_PER_ROUND,
    retryDelay: (failures) => Math.min(retryMs * 2 ** (failures - 1), AUTOSAVE_RETRY_MAX_MS),
  });
  const saveRef = useRef(mutation.mutateAsync);
  saveRef.current = mutation.mutateAsync;

  const [values, setValuesState] = useState<F>(options.initial);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const valuesRef = useRef(values);
  const dirty = useRef(new Set<keyof F>());
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<boolean> | null>(null);
  const failed = useRef(new Set<(ok: boolean) => void>());
  const mounted = useRef(true);
  const lastSavedAt = useRef<Date | null>(null);
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  const setValues = useCallback((next: F) => {
    valuesRef.current = next;
    setValuesState(next);
  }, []);

  const sendable = useCallback(() => {
    const ready = optionsRef.current.ready;
    return [...dirty.current].filter((key) => !ready || ready(key, valuesRef.current));
  }, []);

  const schedule = useCallback((ms: number) => {
    window.clearTimeout(timer.current);
    if (!mounted.current) return;
    timer.current = window.setTimeout(() => void flushRef.current(), ms);
  }, []);

  // A failed attempt while TanStack retries: say so, and let whoever waits on `flush` know it did not save.
  const failureCount = mutation.failureCount;
  const failureReason = mutation.failureReason;
  useEffect(() => {
    if (failureCount === 0 || !running.current) return;
    setStatus({ kind: 'retrying', message: errorMessage(failureReason) });
    for (const resolve of failed.current) resolve(false);
  }, [failureCount, failureReason]);

  type Outcome = 'nothing' | 'saved' | 'again' | 'failed';
  const saveOnce = useCallback(async (): Promise<Outcome> => {
    const changed = sendable();
    if (changed.length === 0) return 'nothing';
    const sent = valuesRef.current;
    setStatus((s) => (s.kind === 'retrying' ? s : { kind: 'saving' }));
    try {
      const result = await saveRef.current({ values: sent, changed });
      optionsRef.current.onSaved?.(result, { values: sent, changed });
      const same = optionsRef.current.same ?? ((key: keyof F, now: F, then: F) => sameAsJson(now[key], then[key]));
      for (const key of changed) if (same(key, valuesRef.current, sent)) dirty.current.delete(key);
      lastSavedAt.current = clock.now();
      // "Saved" only once nothing is waiting; otherwise the next round follows straight away.
      if (sendable().length === 0) setStatus({ kind: 'saved', at: lastSavedAt.current });
      return 'saved';
    } catch (error) {
      if (isRetryable(error)) {
        setStatus({ kind: 'retrying', message: errorMessage(error) });
        schedule(AUTOSAVE_RETRY_MAX_MS);
        return 'failed';
      }
      let outcome: RejectionOutcome;
      try {
        outcome = await optionsRef.current.onRefused?.(error);
      } catch (reloadError) {
        setStatus({ kind: 'retrying', message: errorMessage(reloadError) });
        schedule(retryMs);
        return 'failed';
      }
      if (outcome === 'again') return 'again';
      setStatus({ kind: 'rejected', message: outcome?.message ?? errorMessage(error), error });
      return 'failed';
    }
  }, [retryMs, schedule, sendable]);

  const flush = useCallback((): Promise<boolean> => {
    window.clearTimeout(timer.current);
    let run: Promise<boolean>;
    if (running.current) run = running.current.then(() => flushRef.current());
    else {
      run = (async () => {
        for (let round = 0; round < ROUNDS; round += 1) {
          const outcome = await saveOnce();
          if (outcome === 'nothing') {
            setStatus((s) => (s.kind === 'saving' ? (lastSavedAt.current ? { kind: 'saved', at: lastSavedAt.current } : { kind: 'idle' }) : s));
            return true;
          }
          if (outcome === 'failed') return false;
        }
        return sendable().length === 0;
      })().finally(() => {
        running.current = null;
      });
      running.current = run;
    }
    // Resolves false at the first failed attempt, even while TanStack goes on retrying in the background.
    let onFailure: (ok: boolean) => void = () => undefined;
    const firstFailure = new Promise<boolean>((resolve) => {
      onFailure = resolve;
      failed.current.add(resolve);
    });
    return Promise.race([run, firstFailure]).finally(() => failed.current.delete(onFailure));
  }, [saveOnce, sendable]);
  flushRef.current = flush;

  const set = useCallback(<K extends keyof F>(key: K, value: F[K], delayMs?: number) => {
    setValues({ ...valuesRef.current, [key]: value });
    dirty.current.add(key);
    // From the first change the indicator says "Saving…" (a retry keeps saying so until it works).
    setStatus((s) => (s.kind === 'retrying' ? s : { kind: 'saving' }));
    schedule(delayMs ?? debounceMs);
  }, [debounceMs, schedule, setValues]);

  const abandon = useCallback((message: string) => {
    dirty.current.clear();
    setStatus({ kind: 'rejected', message });
  }, []);

  // Leaving saves what is pending; closing the tab with unsaved changes asks first.
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
    values,
    current: useCallback(() => valuesRef.current, []),
    set,
    replace: setValues,
    status,
    flush,
    unsaved: useCallback(() => dirty.current, []),
    abandon,
  };
}
