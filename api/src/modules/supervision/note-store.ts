// Reading notes and turning them into API views, with text visibility and read auditing in one place.
import { emptyPatternNumbers, languageBalance, languageDensities, LANGUAGE_PATTERNS } from '@tandem/shared';
import DataLoader from 'dataloader';
import { audit } from '../../common/audit';
import { NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { toPatternNumbers } from './language.model';
import {
  ActionItemStatusEnum, NotePartyEnum, SupervisionDimensionEnum, SupervisionNoteStatusEnum, SupervisionTypeEnum,
  type ActionItemModel, type NoteSummaryModel, type SupervisionNoteModel,
} from './note.model';
import { noteSigningOrder, withdrawalsOf } from './note-withdrawals';
import { occurrenceId } from './occurrences';
import { noteTextVisible, partyOf, SESSION_COLUMNS, sessionScope, type SessionRow } from './session-store';

export type NoteStatus = 'DRAFT' | 'SIGNED_BY_SUPERVISOR' | 'SIGNED_BY_SUPERVISEE' | 'LOCKED';

export interface NoteRow {
  id: string;
  session_id: string;
  original_start: Date;
  held_at: Date;
  team_id: string | null;
  status: NoteStatus;
  version: number;
  session_types: string[];
  dimensions: string[];
  drift_codes: string[];
  strengths: string;
  concerns: string;
  supervisor_note: string;
  language_totals: Record<string, number>;
  language_word_count: number;
  finalized_at: Date | null;
  finalized_by: string | null;
  supervisor_signed_at: Date | null;
  supervisor_signed_by: string | null;
  locked_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface ReflectionRow {
  supervisee_id: string;
  reflection: string;
  signed_at: Date | null;
}

export interface ActionItemRow {
  id: string;
  note_id: string | null;
  team_id: string | null;
  supervisee_id: string | null;
  position: number;
  description: string;
  owner_id: string;
  due_on: string | null;
  dimension: string | null;
  status: 'OPEN' | 'DONE' | 'DROPPED';
  drift_signal_id: string | null;
  checklist_id: string | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
  session_id: string | null;
  original_start: Date | null;
}

export const NOTE_COLUMNS = `n.id, n.session_id, n.original_start, n.held_at, n.team_id, n.status, n.version, n.session_types, n.dimensions, n.drift_codes,
  n.strengths, n.concerns, n.supervisor_note, n.language_totals, n.language_word_count, n.finalized_at, n.finalized_by, n.supervisor_signed_at, n.supervisor_signed_by, n.locked_at,
  n.created_at, n.updated_at`;

/** NOTE_COLUMNS without the table alias, for RETURNING. */
export const NOTE_RETURNING = NOTE_COLUMNS.replace(/\bn\./g, '');

export const ACTION_ITEM_COLUMNS = `ai.id, ai.note_id, ai.team_id, ai.supervisee_id, ai.position, ai.description, ai.owner_id, to_char(ai.due_on, 'YYYY-MM-DD') AS due_on, ai.dimension,
  ai.status, ai.drift_signal_id, ai.checklist_id, ai.created_at, ai.updated_at, ai.completed_at, n.session_id, n.original_start`;

/** A note (with its session) whose session the viewer may see; NOT_FOUND otherwise. */
export async function visibleNote(ctx: RequestContext, noteId: string): Promise<{ note: NoteRow; session: SessionRow }> {
  const scope = sessionScope(ctx.viewer!, 's', 2);
  const [note] = await ctx.db.query<NoteRow>(
    `SELECT ${NOTE_COLUMNS} FROM supervision_note n JOIN supervision_session s ON s.id = n.session_id WHERE n.id = $1 AND ${scope.sql}`,
    [noteId, ...scope.params],
  );
  if (!note) throw new NotFoundError('Supervision note');
  const [session] = await ctx.db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM supervision_session s WHERE s.id = $1`, [note.session_id]);
  return { note, session: session! };
}

export async function noteAt(ctx: RequestContext, sessionId: string, originalStart: Date): Promise<NoteRow | null> {
  const [note] = await ctx.db.query<NoteRow>(`SELECT ${NOTE_COLUMNS} FROM supervision_note n WHERE n.session_id = $1 AND n.original_start = $2`, [sessionId, originalStart]);
  return note ?? null;
}

export async function reflectionsOf(ctx: RequestContext, noteId: string): Promise<ReflectionRow[]> {
  return ctx.db.query<ReflectionRow>('SELECT supervisee_id, reflection, signed_at FROM supervision_note_supervisee WHERE note_id = $1 ORDER BY supervisee_id', [noteId]);
}

/** Whole-note status from the signatures: LOCKED when the supervisor and every supervisee have signed. */
export function statusFrom(supervisorSigned: boolean, reflections: Pick<ReflectionRow, 'signed_at'>[]): NoteStatus {
  const superviseesSigned = reflections.length > 0 && reflections.every((r) => r.signed_at !== null);
  if (supervisorSigned && superviseesSigned) return 'LOCKED';
  if (supervisorSigned) return 'SIGNED_BY_SUPERVISOR';
  if (superviseesSigned) return 'SIGNED_BY_SUPERVISEE';
  return 'DRAFT';
}

export function toActionItemModel(r: ActionItemRow, textVisible: boolean): ActionItemModel {
  return {
    id: r.id, noteId: r.note_id, occurrenceId: r.session_id && r.original_start ? occurrenceId(r.session_id, r.original_start) : null,
    teamId: r.team_id, superviseeId: r.supervisee_id, textVisible, description: textVisible ? r.description : null,
    ownerId: r.owner_id, dueOn: r.due_on, dimension: r.dimension as SupervisionDimensionEnum | null, status: r.status as ActionItemStatusEnum,
    driftSignalId: r.drift_signal_id, checklistId: r.checklist_id, createdAt: r.created_at, updatedAt: r.updated_at, completedAt: r.completed_at,
  };
}

/** The note as the viewer may see it. Reading its text writes one `supervision_note.read` audit row per note and request. */
export async function toNoteView(ctx: RequestContext, note: NoteRow, session: SessionRow): Promise<SupervisionNoteModel> {
  const textVisible = await noteTextVisible(ctx, session);
  const [reflections, amendments, items, withdrawals, signingOrder] = await Promise.all([
    reflectionsOf(ctx, note.id),
    ctx.db.query<{ id: string; author_id: string; text: string; created_at: Date }>(
      'SELECT id, author_id, text, created_at FROM supervision_note_amendment WHERE note_id = $1 ORDER BY created_at, id', [note.id],
    ),
    ctx.db.query<ActionItemRow>(
      `SELECT ${ACTION_ITEM_COLUMNS} FROM supervision_action_item ai JOIN supervision_note n ON n.id = ai.note_id WHERE ai.note_id = $1 ORDER BY ai.position, ai.created_at`,
      [note.id],
    ),
    withdrawalsOf(ctx, note.id),
    noteSigningOrder(ctx),
  ]);
  if (textVisible) {
    const key = `supervision:note-read:${note.id}`;
    if (!ctx.memo.has(key)) {
      ctx.memo.set(key, true);
      const party = partyOf(ctx.viewer!, session);
      await audit(ctx, { entity: 'supervision_note', entityId: note.id, action: 'supervision_note.read', extra: { as: party ?? 'POLICY' } });
    }
  }
  const text = <T>(value: T): T | null => (textVisible ? value : null);
  const totals = emptyPatternNumbers();
  for (const p of LANGUAGE_PATTERNS) totals[p] = Number(note.language_totals?.[p] ?? 0);
  const party = partyOf(ctx.viewer!, session);
  return {
    id: note.id, occurrenceId: occurrenceId(note.session_id, note.original_start), sessionId: note.session_id, heldAt: note.held_at,
    status: note.status as SupervisionNoteStatusEnum, version: note.version, types: note.session_types as SupervisionTypeEnum[],
    dimensions: note.dimensions as SupervisionDimensionEnum[], driftCodes: note.drift_codes, textVisible,
    strengths: text(note.strengths), concerns: text(note.concerns), supervisorNote: text(note.supervisor_note),
    reflections: reflections.map((r) => ({ superviseeId: r.supervisee_id, reflection: text(r.reflection), signedAt: r.signed_at })),
    finalizedAt: note.finalized_at, signingOrder, signatureWithdrawals: withdrawals,
    supervisorSignedAt: note.supervisor_signed_at, supervisorSignedById: note.supervisor_signed_by, lockedAt: note.locked_at,
    amendments: amendments.map((a) => ({ id: a.id, authorId: a.author_id, text: text(a.text), createdAt: a.created_at })),
    actionItems: items.map((i) => toActionItemModel(i, textVisible)),
    language: {
      wordCount: note.language_word_count, totals: toPatternNumbers(totals),
      densities: toPatternNumbers(languageDensities(totals, note.language_word_count)), balance: languageBalance(totals),
    },
    viewerParty: party ? (party as NotePartyEnum) : null, createdAt: note.created_at, updatedAt: note.updated_at,
  };
}

interface SummaryRow {
  id: string;
  session_id: string;
  original_start: Date;
  status: string;
  version: number;
  session_types: string[];
  dimensions: string[];
  drift_codes: string[];
  locked_at: Date | null;
  action_count: number;
  open_count: number;
}

export function toSummary(r: SummaryRow): NoteSummaryModel {
  return {
    id: r.id, status: r.status as SupervisionNoteStatusEnum, version: r.version, types: r.session_types as SupervisionTypeEnum[],
    dimensions: r.dimensions as SupervisionDimensionEnum[], driftCodes: r.drift_codes, actionItemCount: r.action_count,
    openActionItemCount: r.open_count, lockedAt: r.locked_at,
  };
}

export const SUMMARY_COLUMNS = `n.id, n.session_id, n.original_start, n.status, n.version, n.session_types, n.dimensions, n.drift_codes, n.locked_at,
  (SELECT count(*) FROM supervision_action_item ai WHERE ai.note_id = n.id)::int AS action_count,
  (SELECT count(*) FROM supervision_action_item ai WHERE ai.note_id = n.id AND ai.status = 'OPEN')::int AS open_count`;

/** Per-request loader of note summaries by occurrence id (callers pass occurrences they may already see). */
export function noteSummaryLoader(ctx: RequestContext): DataLoader<string, NoteSummaryModel | null> {
  const key = 'supervision:noteSummaryLoader';
  let loader = ctx.memo.get(key) as DataLoader<string, NoteSummaryModel | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, NoteSummaryModel | null>(async (ids) => {
      const sessionIds = [...new Set(ids.map((id) => id.slice(0, 36)))];
      const rows = await ctx.db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM supervision_note n WHERE n.session_id = ANY($1::uuid[])`, [sessionIds]);
      const byId = new Map(rows.map((r) => [occurrenceId(r.session_id, r.original_start), toSummary(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    ctx.memo.set(key, loader);
  }
  return loader;
}
