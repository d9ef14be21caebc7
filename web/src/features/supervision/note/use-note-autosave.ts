import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { isApiError } from '../../../lib/graphql-client';
import { useAutosave, type AutosaveStatus } from '../../../lib/use-autosave';
import { invalidateSupervision, supervisionKeys } from '../use-supervision';
import { noteQueryOptions, useRecordNote, type Note } from '../use-notes';
import { FIELD_LABELS, fieldsFromNote, inputFor, sameValue, sendableItems, type NoteField, type NoteFields } from './note-draft';

export type NoteSaveStatus = AutosaveStatus;

export interface NoteAutosaveOptions {
  occurrenceId: string;
  /** The server copy to start from; null before the first save creates the note. */
  note: Note | null;
  viewerId: string;
  debounceMs?: number;
  retryMs?: number;
}

/** Comparable form of the action items that would be sent (ids left out: a new item gets one on save). */
const itemsShape = (f: NoteFields) => sendableItems(f.actionItems).map(({ description, ownerId, dueOn, dimension }) => [description.trim(), ownerId, dueOn, dimension]);

const LOCKED_MESSAGE = 'The note was signed by everyone and locked, so these changes were not saved.';

/**
 * Autosave for a supervision note draft on the shared `useAutosave`. Changes are sent (debounced) with the version last
 * read; the first save of a session without a note creates it. On CONFLICT the latest copy is loaded and the changes
 * not yet saved here are laid over it — nothing typed is lost — and saving carries on; if the note was locked
 * meanwhile, the unsaved text is kept for an amendment.
 */
export function useNoteAutosave({ occurrenceId, note, viewerId, debounceMs = 1200, retryMs = 2000 }: NoteAutosaveOptions) {
  const queryClient = useQueryClient();
  const { mutateAsync: record } = useRecordNote();
  const [notice, setNotice] = useState<string | null>(null);
  const [lockedWithUnsaved, setLockedWithUnsaved] = useState<string | null>(null);
  const noteId = useRef<string | null>(note?.id ?? null);
  const version = useRef<number | null>(note?.version ?? null);

  /** The server answered with a note: keep version, ids and caches in step. */
  const adopt = useCallback((saved: Note) => {
    const created = noteId.current === null;
    noteId.current = saved.id;
    version.current = saved.version;
    queryClient.setQueryData(supervisionKeys.note(saved.id), saved);
    if (created) void invalidateSupervision(queryClient);
    else void queryClient.invalidateQueries({ queryKey: supervisionKeys.all, predicate: (q) => q.queryKey[1] !== 'note' && q.queryKey[1] !== 'reflect' });
  }, [queryClient]);

  const autosave = useAutosave<NoteFields, Note>({
    initial: () => fieldsFromNote(note, viewerId),
    debounceMs,
    retryMs,
    save: (fields, changed) => {
      const target = noteId.current ? { noteId: noteId.current, version: version.current } : { occurrenceId };
      return record({ ...target, ...inputFor(fields, new Set(changed)) });
    },
    onSaved: (saved, { values, changed }) => {
      adopt(saved);
      // New action items get their ids (the answer lists them in the order sent).
      if (changed.includes('actionItems')) {
        const ids = new Map(sendableItems(values.actionItems).map((item, i) => [item.key, saved.actionItems[i]?.id]));
        const now = autosave.current();
        autosave.replace({ ...now, actionItems: now.actionItems.map((a) => (a.id || !ids.get(a.key) ? a : { ...a, id: ids.get(a.key) })) });
      }
    },
    same: (field, now, sent) => (field === 'actionItems' ? sameValue(itemsShape(now), itemsShape(sent)) : sameValue(now[field], sent[field])),
    onRefused: async (error) => {
      if (!isApiError(error, 'CONFLICT')) return undefined;
      if (error.details.reason === 'LOCKED') {
        const fields = autosave.current();
        const unsaved = [...autosave.unsaved()].filter((f) => typeof fields[f] === 'string').map((f) => fields[f] as string).join('\n\n');
        if (noteId.current) await queryClient.fetchQuery({ ...noteQueryOptions(noteId.current), staleTime: 0 }).catch(() => null);
        setLockedWithUnsaved(unsaved || null);
        autosave.abandon(LOCKED_MESSAGE);
        return { message: LOCKED_MESSAGE };
      }
      if (typeof error.details.noteId === 'string') noteId.current = error.details.noteId;
      return (await reloadAndMerge()) ? 'again' : undefined;
    },
  });

  /** Loads the latest copy and lays the unsaved changes over it. Returns the fresh note (null without a note yet). */
  const reloadAndMerge = async (): Promise<Note | null> => {
    if (!noteId.current) return null;
    const fresh = await queryClient.fetchQuery({ ...noteQueryOptions(noteId.current), staleTime: 0 });
    version.current = fresh.version;
    const local = autosave.current();
    const merged: NoteFields = { ...fieldsFromNote(fresh, viewerId) };
    const kept: string[] = [];
    for (const f of autosave.unsaved()) {
      (merged as unknown as Record<string, unknown>)[f] = local[f];
      kept.push(FIELD_LABELS[f]);
    }
    autosave.replace(merged);
    setNotice(
      kept.length
        ? `This note was also changed somewhere else (the other person, another tab or device). We loaded the latest version and kept your unsaved changes to the ${kept.join(', ')} — nothing is lost.`
        : 'This note was also changed somewhere else (the other person, another tab or device). We loaded the latest version.',
    );
    return fresh;
  };

  const { set: setField } = autosave;
  const set = useCallback(<K extends NoteField>(field: K, value: NoteFields[K]) => {
    setField(field, value, typeof value === 'string' ? debounceMs : Math.min(debounceMs, 600));
  }, [debounceMs, setField]);

  return {
    fields: autosave.values,
    set,
    status: autosave.status,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    lockedWithUnsaved,
    flush: autosave.flush,
    /** After signing: the answer's version is the one to send next. */
    adopt,
    /** After a conflict when signing: load the latest copy, keeping unsaved changes (null when it could not load). */
    reload: () => reloadAndMerge().catch(() => null),
    noteId: () => noteId.current,
    version: () => version.current,
    hasUnsaved: () => autosave.unsaved().size > 0,
  };
}

export type NoteAutosave = ReturnType<typeof useNoteAutosave>;
