import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../../lib/graphql-client';
import { invalidateSupervision, supervisionKeys } from '../use-supervision';
import { noteQueryOptions, useRecordNote, type Note } from '../use-notes';
import { FIELD_LABELS, fieldsFromNote, inputFor, sameValue, sendableItems, type NoteField, type NoteFields } from './note-draft';
import { clock } from '../../../lib/clock';

export type NoteSaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying'; message: string }
  | { kind: 'rejected'; message: string };

export interface NoteAutosaveOptions {
  occurrenceId: string;
  /** The server copy to start from; null before the first save creates the note. */
  note: Note | null;
  viewerId: string;
  debounceMs?: number;
  retryMs?: number;
}

type Outcome = 'nothing' | 'saved' | 'conflict' | 'locked' | 'failed';

const RETRY_MAX_MS = 30_000;
const NOT_RETRIED = ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

/** Comparable form of the action items that would be sent (ids left out: a new item gets one on save). */
const itemsShape = (f: NoteFields) => sendableItems(f.actionItems).map(({ description, ownerId, dueOn, dimension }) => [description.trim(), ownerId, dueOn, dimension]);

/**
 * Autosave for a supervision note draft. Changes stay local and are sent (debounced) with the version last read; the
 * first save of a session without a note creates it. On CONFLICT the latest copy is loaded and the changes not yet
 * saved here are laid over it — nothing typed is lost — and saving carries on; if the note was locked meanwhile, the
 * unsaved text is kept for an amendment.
 */
export function useNoteAutosave({ occurrenceId, note, viewerId, debounceMs = 1200, retryMs = 2000 }: NoteAutosaveOptions) {
  const queryClient = useQueryClient();
  const record = useRecordNote();
  const recordRef = useRef(record.mutateAsync);
  recordRef.current = record.mutateAsync;

  const [fields, setFieldsState] = useState<NoteFields>(() => fieldsFromNote(note, viewerId));
  const [status, setStatus] = useState<NoteSaveStatus>({ kind: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);
  const [lockedWithUnsaved, setLockedWithUnsaved] = useState<string | null>(null);

  const fieldsRef = useRef(fields);
  const noteId = useRef<string | null>(note?.id ?? null);
  const version = useRef<number | null>(note?.version ?? null);
  const dirty = useRef(new Set<NoteField>());
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<boolean> | null>(null);
  const retryDelay = useRef(retryMs);
  const mounted = useRef(true);
  const lastSavedAt = useRef<Date | null>(null);
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  const setFields = useCallback((next: NoteFields) => {
    fieldsRef.current = next;
    setFieldsState(next);
  }, []);

  const schedule = useCallback((ms: number) => {
    window.clearTimeout(timer.current);
    if (!mounted.current) return;
    timer.current = window.setTimeout(() => void flushRef.current(), ms);
  }, []);

  /** The server answered with a note: keep version, ids and caches in step. */
  const adopt = useCallback((saved: Note) => {
    const created = noteId.current === null;
    noteId.current = saved.id;
    version.current = saved.version;
    queryClient.setQueryData(supervisionKeys.note(saved.id), saved);
    if (created) void invalidateSupervision(queryClient);
    else void queryClient.invalidateQueries({ queryKey: supervisionKeys.all, predicate: (q) => q.queryKey[1] !== 'note' && q.queryKey[1] !== 'reflect' });
  }, [queryClient]);

  const saveOnce = useCallback(async (): Promise<Outcome> => {
    const sentFields = [...dirty.current];
    if (sentFields.length === 0) return 'nothing';
    const snapshot = fieldsRef.current;
    const sentItems = sendableItems(snapshot.actionItems);
    setStatus({ kind: 'saving' });
    try {
      const target = noteId.current
        ? { noteId: noteId.current, version: version.current }
        : { occurrenceId };
      const saved = await recordRef.current({ ...target, ...inputFor(snapshot, dirty.current) });
      adopt(saved);
      // New action items get their ids (the answer lists them in the order sent).
      if (sentFields.includes('actionItems')) {
        const ids = new Map(sentItems.map((item, i) => [item.key, saved.actionItems[i]?.id]));
        const withIds = fieldsRef.current.actionItems.map((a) => (a.id || !ids.get(a.key) ? a : { ...a, id: ids.get(a.key) }));
        setFields({ ...fieldsRef.current, actionItems: withIds });
      }
      for (const f of sentFields) {
        const same = f === 'actionItems' ? sameValue(itemsShape(fieldsRef.current), itemsShape(snapshot)) : sameValue(fieldsRef.current[f], snapshot[f]);
        if (same) dirty.current.delete(f);
      }
      retryDelay.current = retryMs;
      lastSavedAt.current = clock.now();
      if (dirty.current.size === 0) setStatus({ kind: 'saved', at: lastSavedAt.current });
      return 'saved';
    } catch (error) {
      if (isApiError(error, 'CONFLICT')) {
        if (error.details.reason === 'LOCKED') return 'locked';
        if (typeof error.details.noteId === 'string') noteId.current = error.details.noteId;
        return 'conflict';
      }
      if (NOT_RETRIED.some((code) => isApiError(error, code))) {
        setStatus({ kind: 'rejected', message: errorMessage(error) });
        return 'failed';
      }
      setStatus({ kind: 'retrying', message: errorMessage(error) });
      schedule(retryDelay.current);
      retryDelay.current = Math.min(retryDelay.current * 2, RETRY_MAX_MS);
      return 'failed';
    }
  }, [adopt, occurrenceId, retryMs, schedule, setFields]);

  /** Loads the latest copy and lays the unsaved changes over it. Returns the fresh note (null when it could not load). */
  const reloadAndMerge = useCallback(async (): Promise<Note | null> => {
    if (!noteId.current) return null;
    let fresh: Note;
    try {
      fresh = await queryClient.fetchQuery({ ...noteQueryOptions(noteId.current), staleTime: 0 });
    } catch (error) {
      setStatus({ kind: 'retrying', message: errorMessage(error) });
      schedule(retryDelay.current);
      return null;
    }
    version.current = fresh.version;
    const server = fieldsFromNote(fresh, viewerId);
    const merged: NoteFields = { ...server };
    const kept: string[] = [];
    for (const f of dirty.current) {
      (merged as unknown as Record<string, unknown>)[f] = fieldsRef.current[f];
      kept.push(FIELD_LABELS[f]);
    }
    setFields(merged);
    setNotice(
      kept.length
        ? `This note was also changed somewhere else (the other person, another tab or device). We loaded the latest version and kept your unsaved changes to the ${kept.join(', ')} — nothing is lost.`
        : 'This note was also changed somewhere else (the other person, another tab or device). We loaded the latest version.',
    );
    return fresh;
  }, [queryClient, schedule, setFields, viewerId]);

  const flush = useCallback((): Promise<boolean> => {
    window.clearTimeout(timer.current);
    if (running.current) return running.current.then(() => flushRef.current());
    const run = (async () => {
      for (let round = 0; round < 4; round += 1) {
        const outcome = await saveOnce();
        if (outcome === 'nothing') {
          setStatus((s) => (s.kind === 'saving' ? (lastSavedAt.current ? { kind: 'saved', at: lastSavedAt.current } : { kind: 'idle' }) : s));
          return true;
        }
        if (outcome === 'saved') continue;
        if (outcome === 'failed') return false;
        if (outcome === 'locked') {
          const unsaved = [...dirty.current].filter((f) => typeof fieldsRef.current[f] === 'string').map((f) => fieldsRef.current[f] as string).join('\n\n');
          if (noteId.current) await queryClient.fetchQuery({ ...noteQueryOptions(noteId.current), staleTime: 0 }).catch(() => null);
          dirty.current.clear();
          setLockedWithUnsaved(unsaved || null);
          setStatus({ kind: 'rejected', message: 'The note was signed by everyone and locked, so these changes were not saved.' });
          return false;
        }
        if (!(await reloadAndMerge())) return false;
      }
      return dirty.current.size === 0;
    })().finally(() => {
      running.current = null;
    });
    running.current = run;
    return run;
  }, [queryClient, reloadAndMerge, saveOnce]);
  flushRef.current = flush;

  const set = useCallback(<K extends NoteField>(field: K, value: NoteFields[K]) => {
    setFields({ ...fieldsRef.current, [field]: value });
    dirty.current.add(field);
    setStatus((s) => (s.kind === 'retrying' ? s : { kind: 'saving' }));
    schedule(typeof value === 'string' ? debounceMs : Math.min(debounceMs, 600));
  }, [debounceMs, schedule, setFields]);

  // Leaving saves what is pending; closing the tab with unsaved changes asks first.
  useEffect(() => {
    mounted.current = true;
    const pending = dirty.current;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (pending.size > 0 || running.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      mounted.current = false;
      window.removeEventListener('beforeunload', beforeUnload);
      window.clearTimeout(timer.current);
      if (pending.size > 0) void flushRef.current();
    };
  }, []);

  return {
    fields,
    set,
    status,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    lockedWithUnsaved,
    flush,
    /** After signing: the answer's version is the one to send next. */
    adopt,
    /** After a conflict when signing: load the latest copy, keeping unsaved changes. */
    reload: reloadAndMerge,
    noteId: () => noteId.current,
    version: () => version.current,
    hasUnsaved: () => dirty.current.size > 0,
  };
}

export type NoteAutosave = ReturnType<typeof useNoteAutosave>;
