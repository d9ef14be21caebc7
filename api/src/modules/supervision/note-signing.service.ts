import { Injectable } from '@nestjs/common';
import type { SupervisionNoteEntity } from '@tandem/database';
import { signingRefusal, type SigningStep } from '@tandem/shared';
import { audit } from '../../common/audit';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { SupervisionNotices } from '../notifications/supervision-notices';
import type { FinalizeSupervisionNoteInput, SignSupervisionNoteInput } from './note.inputs';
import type { SupervisionNoteModel } from './note.model';
import { toNoteView, visibleNote } from './note-store';
import { noteSigningOrder } from './note-withdrawals';
import * as notes from './notes.repository';
import { SupervisionNotesService } from './notes.service';
import { partyOf, type Party, type SupervisionSession } from './session-store';

/**
 * Safe signing: the supervisor finalises the record, supervisees reflect and sign, the supervisor counter-signs (or,
 * when the organisation allows either order, signs once the record is final). Steps out of order are refused in words.
 */
@Injectable()
export class NoteSigningService {
  constructor(private readonly notes: SupervisionNotesService, private readonly notices: SupervisionNotices) {}

  async finalize(ctx: RequestContext, input: FinalizeSupervisionNoteInput): Promise<SupervisionNoteModel> {
    const { note, session, party } = await this.open(ctx, input.noteId, 'finalise');
    await this.assertStep(ctx, note, session, party, 'FINALIZE', await reflectionsOf(ctx, note.id));
    assertHasContent(note);
    await this.notes.bumpVersion(ctx, note.id, input.version);
    await ctx.db.run((em) => notes.markFinalized(em, note.id, ctx.viewer!.personId));
    const { note: saved, reflections } = await this.notes.finish(ctx, note.id);
    await this.notices.noteEvent(ctx, 'NOTE_READY_FOR_REFLECTION', session, saved, unsigned(reflections));
    await audit(ctx, { entity: 'supervision_note', entityId: note.id, action: 'supervision_note.finalized', after: { status: saved.status } });
    return toNoteView(ctx, saved, session, { reflections });
  }

  async sign(ctx: RequestContext, input: SignSupervisionNoteInput): Promise<SupervisionNoteModel> {
    const { note, session, party } = await this.open(ctx, input.noteId, 'sign');
    if (input.as && input.as !== party) throw new ForbiddenError(`You can only sign as the ${party.toLowerCase()} of this session`);
    if (party === 'SUPERVISOR') assertHasContent(note);
    const before = await reflectionsOf(ctx, note.id);
    if (party === 'SUPERVISEE' && before.find((r) => r.superviseeId === ctx.viewer!.personId)?.signedAt) {
      throw new InvalidInputError('You have already signed this note', { field: 'noteId' });
    }
    await this.assertStep(ctx, note, session, party, 'SIGN', before);
    await this.notes.bumpVersion(ctx, note.id, input.version);
    const finalizing = note.finalizedAt === null; // only possible for the supervisor, when either order is allowed
    const signer = ctx.viewer!.personId;
    await ctx.db.run((em) => (party === 'SUPERVISOR' ? notes.signAsSupervisor(em, note.id, signer) : notes.signAsSupervisee(em, note.id, signer)));
    const { note: saved, reflections } = await this.notes.finish(ctx, note.id);
    if (saved.status !== 'LOCKED') {
      const waiting = unsigned(reflections);
      if (party === 'SUPERVISOR' && finalizing) await this.notices.noteEvent(ctx, 'NOTE_READY_FOR_REFLECTION', session, saved, waiting);
      else if (party === 'SUPERVISEE' && saved.supervisorSignedAt === null && waiting.length === 0) {
        // Everyone else has signed: the supervisor is asked to counter-sign.
        await this.notices.noteEvent(ctx, 'NOTE_READY_TO_SIGN', session, saved, [session.supervisorId]);
      }
    }
    await audit(ctx, { entity: 'supervision_note', entityId: note.id, action: 'supervision_note.signed', after: { as: party, status: saved.status } });
    return toNoteView(ctx, saved, session, { reflections });
  }

  private async open(ctx: RequestContext, noteId: string, verb: string): Promise<{ note: SupervisionNoteEntity; session: SupervisionSession; party: Party }> {
    const { note, session } = await visibleNote(ctx, noteId);
    const party = partyOf(ctx.viewer!, session);
    if (!party) throw new ForbiddenError(`Only the session’s supervisor and supervisees ${verb} its note`);
    if (note.status === 'LOCKED') throw new ConflictError('This note is already signed by everyone and locked', { reason: 'LOCKED' });
    return { note, session, party };
  }

  private async assertStep(
    ctx: RequestContext, note: SupervisionNoteEntity, session: SupervisionSession, party: Party, step: SigningStep, reflections: notes.Reflection[],
  ): Promise<void> {
    const unsignedIds = unsigned(reflections);
    const people = await ctx.db.run((em) => notes.namesOf(em, [session.supervisorId, ...unsignedIds]));
    const name = new Map(people.map((p) => [p.id, p.name]));
    const refusal = signingRefusal(await noteSigningOrder(ctx), party, step, {
      finalized: note.finalizedAt !== null, supervisorSigned: note.supervisorSignedAt !== null,
      superviseesUnsigned: unsignedIds.map((id) => name.get(id) ?? 'your supervisee'), supervisorName: name.get(session.supervisorId) ?? 'Your supervisor',
    });
    if (refusal) {
      if (step === 'FINALIZE' && party === 'SUPERVISEE') throw new ForbiddenError(refusal);
      throw new InvalidInputError(refusal, { field: 'noteId', reason: 'SIGNING_ORDER' });
    }
  }
}

function reflectionsOf(ctx: RequestContext, noteId: string): Promise<notes.Reflection[]> {
  return ctx.db.run((em) => notes.reflectionsOf(em, noteId));
}

/** Supervisees who have not signed yet. */
function unsigned(reflections: notes.Reflection[]): string[] {
  return reflections.filter((r) => r.signedAt === null).map((r) => r.superviseeId);
}

function assertHasContent(note: Pick<SupervisionNoteEntity, 'sessionTypes' | 'supervisorNote'>): void {
  if (note.sessionTypes.length === 0 && note.supervisorNote.trim() === '') {
    throw new InvalidInputError('Add what kind of supervision this was, or a note, before signing', { field: 'types' });
  }
}
