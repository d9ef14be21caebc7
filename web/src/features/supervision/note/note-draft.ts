import type { ActionItemInput, RecordSupervisionNoteInput, SupervisionDimension, SupervisionType } from '../../../gql/graphql';
import type { Note } from '../use-notes';

/** An action item as edited: `id` once the server has it, `key` for React and for matching the server's answer. */
export interface DraftActionItem {
  key: string;
  id?: string;
  description: string;
  ownerId: string;
  dueOn: string;
  dimension: SupervisionDimension | '';
}

export interface NoteFields {
  types: SupervisionType[];
  dimensions: SupervisionDimension[];
  driftCodes: string[];
  strengths: string;
  concerns: string;
  supervisorNote: string;
  actionItems: DraftActionItem[];
  superviseeReflection: string;
}

export type NoteField = keyof NoteFields;

export const SUPERVISOR_FIELDS: NoteField[] = ['types', 'dimensions', 'driftCodes', 'strengths', 'concerns', 'supervisorNote', 'actionItems'];

export const FIELD_LABELS: Record<NoteField, string> = {
  types: 'session types',
  dimensions: 'dimensions',
  driftCodes: 'drift codes',
  strengths: 'strengths',
  concerns: 'concerns',
  supervisorNote: 'supervisor note',
  actionItems: 'actions',
  superviseeReflection: 'reflection',
};

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `new-${Math.round(performance.now()).toString(36)}-${counter}`;
}

/** The editable fields of a server note (empty when there is none yet); `viewerId` picks the viewer's own reflection. */
export function fieldsFromNote(note: Note | null, viewerId: string): NoteFields {
  return {
    types: note?.types ?? [],
    dimensions: note?.dimensions ?? [],
    driftCodes: note?.driftCodes ?? [],
    strengths: note?.strengths ?? '',
    concerns: note?.concerns ?? '',
    supervisorNote: note?.supervisorNote ?? '',
    actionItems: (note?.actionItems ?? []).map((a) => ({
      key: a.id,
      id: a.id,
      description: a.description ?? '',
      ownerId: a.ownerId,
      dueOn: a.dueOn ?? '',
      dimension: a.dimension ?? '',
    })),
    superviseeReflection: note?.reflections.find((r) => r.superviseeId === viewerId)?.reflection ?? '',
  };
}

function actionItemInput(a: DraftActionItem): ActionItemInput {
  return {
    ...(a.id ? { id: a.id } : {}),
    description: a.description.trim(),
    ownerId: a.ownerId,
    dueOn: a.dueOn || null,
    dimension: a.dimension || null,
  };
}

/** Items worth sending: a description and an owner (an empty new row waits until it has words). */
export function sendableItems(items: DraftActionItem[]): DraftActionItem[] {
  return items.filter((a) => a.description.trim() !== '' && a.ownerId !== '');
}

/** The fields of a save: only those changed here. */
export function inputFor(fields: NoteFields, dirty: Set<NoteField>): Omit<RecordSupervisionNoteInput, 'noteId' | 'occurrenceId' | 'version'> {
  const input: Omit<RecordSupervisionNoteInput, 'noteId' | 'occurrenceId' | 'version'> = {};
  for (const f of dirty) {
    if (f === 'actionItems') input.actionItems = sendableItems(fields.actionItems).map(actionItemInput);
    else if (f === 'types') input.types = fields.types;
    else if (f === 'dimensions') input.dimensions = fields.dimensions;
    else if (f === 'driftCodes') input.driftCodes = fields.driftCodes;
    else input[f] = fields[f];
  }
  return input;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
