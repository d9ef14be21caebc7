import { Injectable } from '@nestjs/common';
import { signingRefusal, type SigningStep } from '@tandem/shared';
import { audit } from '../../common/audit';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { SupervisionNotices } from '../notifications/supervision-notices';
import type { FinalizeSupervisionNoteInput, SignSupervisionNoteInput } from './note.inputs';
import type { SupervisionNoteModel } from './note.model';
import { reflectionsOf, toNoteView, visibleNote, type NoteRow } from './note-store';
import { noteSigningOrder } from './note-withdrawals';
import { SupervisionNotesService } from './notes.service';
import { partyOf, type Party, type SessionRow } from './session-store';

/**
 * Safe signing: the supervisor finalises the record, supervisees reflect and sign, the supervisor counter-signs (or,
 * when the organisation allows either order, signs once the record is final). Steps out of order are refused in words.
 */
@Injectable()
export class NoteSigningService {
  constructor(private readonly notes: SupervisionNotesService, private readonly notices: SupervisionNotices) {}

  async finalize(ctx: RequestContext, input: FinalizeSupervisionNoteInput): Promise<SupervisionNoteModel> {
    const { note, session, party } = await this.open(ctx, input.noteId, 'finalise');
    await this.assertStep(ctx, note, session, party, 'FINALIZE');
    assertHasContent(note);
    await this.notes.bumpVersion(ctx, note.id, input.version);
    await ctx.db.query('UPDATE supervision_note SET finalized_at = app_now(), finalized_by = $2 WHERE id = $1', [note.id, ctx.viewer!.personId]);
    const saved = await this.notes.finish(ctx, note.id);
    const waiting = (await reflectionsOf(ctx, note.id)).filter((r) => r.signed_at === null).map((r) => r.supervisee_id);
    await this.notices.noteEvent(ctx, 'NOTE_READY_FOR_REFLECTION', session, saved, waiting);
    await audit(ctx, { entity: 'supervision_note', entityId: note.id, action: 'supervision_note.finalized', after: { status: saved.status } });
    return toNoteView(ctx, saved, session);
  }

  async sign(ctx: RequestContext, input: SignSupervisionNoteInput): Promise<SupervisionNoteModel> {
    const { note, session, party } = await this.open(ctx, input.noteId, 'sign');
    if (input.as && input.as !== party) throw new ForbiddenError(`You can only sign as the ${party.toLowerCase()} of this session`);
    if (party === 'SUPERVISOR') assertHasContent(note);
    if (party === 'SUPERVISEE' && (await reflectionsOf(ctx, note.id)).find((r) => r.supervisee_id === ctx.viewer!.personId)?.signed_at) {
      throw new InvalidInputError('You have already signed this note', { field: 'noteId' });
    }
    await this.assertStep(ctx, note, session, party, 'SIGN');
    await this.notes.bumpVersion(ctx, note.id, input.version);
    const finalizing = note.finalized_at === null; // only possible for the supervisor, when either order is allowed
    if (party === 'SUPERVISOR') {
      await ctx.db.query(
        `UPDATE supervision_note SET supervisor_signed_at = app_now(), supervisor_signed_by = $2,
           finalized_at = coalesce(finalized_at, app_now()), finalized_by = coalesce(finalized_by, $2) WHERE id = $1`,
        [note.id, ctx.viewer!.personId],
      );
    } else {
      await ctx.db.query('UPDATE supervision_note_supervisee SET signed_at = app_now() WHERE note_id = $1 AND supervisee_id = $2', [note.id, ctx.viewer!.personId]);
    }
    const saved = await this.notes.finish(ctx, note.id);
    if (saved.status !== 'LOCKED') {
      const waiting = (await reflectionsOf(ctx, note.id)).filter((r) => r.signed_at === null).map((r) => r.supervisee_id);
      if (party === 'SUPERVISOR' && finalizing) await this.notices.noteEvent(ctx, 'NOTE_READY_FOR_REFLECTION', session, saved, waiting);
      else if (party === 'SUPERVISEE' && saved.supervisor_signed_at === null && waiting.length === 0) {
        // Everyone else has signed: the supervisor is asked to counter-sign.
        await this.notices.noteEvent(ctx, 'NOTE_READY_TO_SIGN', session, saved, [session.supervisor_id]);
      }
    }
    await audit(ctx, { entity: 'supervision_note', entityId: note.id, action: 'supervision_note.signed', after: { as: party, status: saved.status } });
    return toNoteView(ctx, saved, session);
  }

  private async open(ctx: RequestContext, noteId: string, verb: string): Promise<{ note: NoteRow; session: SessionRow; party: Party }> {
    const { note, session } = await visibleNote(ctx, noteId);
    const party = partyOf(ctx.viewer!, session);
    if (!party) throw new ForbiddenError(`Only the session’s supervisor and supervisees ${verb} its note`);
    if (note.status === 'LOCKED') throw new ConflictError('This note is already signed by everyone and locked', { reason: 'LOCKED' });
    return { note, session, party };
  }

  private async assertStep(ctx: RequestContext, note: NoteRow, session: SessionRow, party: Party, step: SigningStep): Promise<void> {
    const reflections = await reflectionsOf(ctx, note.id);
    const unsignedIds = reflections.filter((r) => r.signed_at === null).map((r) => r.supervisee_id);
    const people = await ctx.db.query<{ id: string; name: string }>('SELECT id, name FROM person WHERE id = ANY($1::uuid[])', [[session.supervisor_id, ...unsignedIds]]);
    const name = new Map(people.map((p) => [p.id, p.name]));
    const refusal = signingRefusal(await noteSigningOrder(ctx), party, step, {
      finalized: note.finalized_at !== null, supervisorSigned: note.supervisor_signed_at !== null,
      superviseesUnsigned: unsignedIds.map((id) => name.get(id) ?? 'your supervisee'), supervisorName: name.get(session.supervisor_id) ?? 'Your supervisor',
    });
    if (refusal) {
      if (step === 'FINALIZE' && party === 'SUPERVISEE') throw new ForbiddenError(refusal);
      throw new InvalidInputError(refusal, { field: 'noteId', reason: 'SIGNING_ORDER' });
    }
  }
}

function assertHasContent(note: NoteRow): void {
  if (note.session_types.length === 0 && note.supervisor_note.trim() === '') {
    throw new InvalidInputError('Add what kind of supervision this was, or a note, before signing', { field: 'types' });
  }
}
