// Reading notes and turning them into API views, with text visibility and read auditing in one place.
import type { SupervisionNoteEntity } from '@tandem/database';
import DataLoader from 'dataloader';
import { audit } from '../../common/audit';
import { NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { toNoteModel, toNoteSummaryModel, type NotePartyEnum, type NoteSummaryModel, type SupervisionNoteModel } from './note.model';
import { noteSigningOrder } from './note-withdrawals';
import * as notes from './notes.repository';
import { occurrenceId } from './occurrences';
import { noteTextVisible, partyOf, visibleSession, type SupervisionSession } from './session-store';

/** A note (with its session) whose session the viewer may see; NOT_FOUND otherwise. */
export async function visibleNote(ctx: RequestContext, noteId: string): Promise<{ note: SupervisionNoteEntity; session: SupervisionSession }> {
  const note = await ctx.db.run((em) => notes.visibleNote(em, ctx.viewer!, noteId));
  if (!note) throw new NotFoundError('Supervision note');
  return { note, session: await visibleSession(ctx, note.sessionId) };
}

/** Whole-note status from the signatures: LOCKED when the supervisor and every supervisee have signed. */
export function statusFrom(supervisorSigned: boolean, reflections: Pick<notes.Reflection, 'signedAt'>[]): notes.NoteStatus {
  const superviseesSigned = reflections.length > 0 && reflections.every((r) => r.signedAt !== null);
  if (supervisorSigned && superviseesSigned) return 'LOCKED';
  if (supervisorSigned) return 'SIGNED_BY_SUPERVISOR';
  if (superviseesSigned) return 'SIGNED_BY_SUPERVISEE';
  return 'DRAFT';
}

/**
 * The note as the viewer may see it. Reading its text writes one `supervision_note.read` audit row per note and request.
 * A write that has just read the note's reflections passes them in (`known`) instead of reading them again.
 */
export async function toNoteView(
  ctx: RequestContext, note: SupervisionNoteEntity, session: SupervisionSession, known?: { reflections: notes.Reflection[] },
): Promise<SupervisionNoteModel> {
  const textVisible = await noteTextVisible(ctx, session);
  const [parts, signingOrder] = await Promise.all([ctx.db.run((em) => notes.noteParts(em, note.id, known)), noteSigningOrder(ctx)]);
  const party = partyOf(ctx.viewer!, session);
  if (textVisible) {
    const key = `supervision:note-read:${note.id}`;
    if (!ctx.memo.has(key)) {
      ctx.memo.set(key, true);
      await audit(ctx, { entity: 'supervision_note', entityId: note.id, action: 'supervision_note.read', extra: { as: party ?? 'POLICY' } });
    }
  }
  return toNoteModel(note, parts, { textVisible, signingOrder, viewerParty: party as NotePartyEnum | null });
}

/** Per-request loader of note summaries by occurrence id (callers pass occurrences they may already see). */
export function noteSummaryLoader(ctx: RequestContext): DataLoader<string, NoteSummaryModel | null> {
  const key = 'supervision:noteSummaryLoader';
  let loader = ctx.memo.get(key) as DataLoader<string, NoteSummaryModel | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, NoteSummaryModel | null>(async (ids) => {
      const sessionIds = [...new Set(ids.map((id) => id.slice(0, 36)))];
      const rows = await ctx.db.run((em) => notes.noteSummariesOf(em, sessionIds));
      const byId = new Map(rows.map((r) => [occurrenceId(r.sessionId, r.originalStart), toNoteSummaryModel(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    ctx.memo.set(key, loader);
  }
  return loader;
}
