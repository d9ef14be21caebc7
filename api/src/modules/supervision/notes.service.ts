import { applyRollupDeltas, noteDeltas, type SupervisionNoteEntity } from '@tandem/database';
import { Injectable } from '@nestjs/common';
import { audit } from '../../common/audit';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { assertNearNow, MAX_SCHEDULE_DAYS } from '../../common/window';
import { unknownDriftCodes } from './drift-codes';
import { SupervisionNotices } from '../notifications/supervision-notices';
import { LanguageService } from './language.service';
import type { ActionItemInput, AmendSupervisionNoteInput, RecordSupervisionNoteInput } from './note.inputs';
import type { SupervisionNoteModel } from './note.model';
import { statusFrom, toNoteView, visibleNote } from './note-store';
import { recordWithdrawals, type Withdrawal } from './note-withdrawals';
import * as notes from './notes.repository';
import { occurrenceId } from './occurrences';
import { assertMayArrange, parseStart, requireTimeZone } from './schedule-helpers';
import { occurrenceOf, partyOf, saveOccurrence, type Party, type SupervisionSession } from './session-store';
import { SupervisionSessionsService } from './sessions.service';
import { MINUTE_MS, floatingToInstant } from '@tandem/shared';

const SUPERVISOR_FIELDS = ['types', 'dimensions', 'driftCodes', 'strengths', 'concerns', 'supervisorNote', 'actionItems'] as const;

/**
 * Supervision notes: one per held occurrence, written by its supervisor (and a reflection by each supervisee), signed
 * by both, then locked; corrections after that are appended amendments. Drafts use optimistic concurrency.
 */
@Injectable()
export class SupervisionNotesService {
  constructor(
    private readonly sessions: SupervisionSessionsService,
    private readonly language: LanguageService,
    private readonly notices: SupervisionNotices,
  ) {}

  async get(ctx: RequestContext, noteId: string): Promise<SupervisionNoteModel> {
    const { note, session } = await visibleNote(ctx, noteId);
    return toNoteView(ctx, note, session);
  }

  async record(ctx: RequestContext, input: RecordSupervisionNoteInput): Promise<SupervisionNoteModel> {
    const target = await this.target(ctx, input);
    const { session } = target;
    const party = partyOf(ctx.viewer!, session);
    if (!party) throw new ForbiddenError('Only the session’s supervisor and supervisees write its note');
    assertOwnFields(party, input);
    await this.validate(ctx, session, input);

    const existing = target.note;
    if (existing) {
      if (input.version === undefined) throw new ConflictError('This session already has a note: reload it and send its version', { noteId: existing.id, reason: 'NOTE_EXISTS' });
      if (existing.status === 'LOCKED') throw new ConflictError('This note is signed by everyone and locked; add an amendment instead', { reason: 'LOCKED' });
      await this.bumpVersion(ctx, existing.id, input.version);
    }
    const note = existing ?? (await this.create(ctx, session, target.originalStart));

    const changed: string[] = [];
    const reflections = await ctx.db.run((em) => notes.reflectionsOf(em, note.id));
    if (party === 'SUPERVISOR') {
      const next = {
        sessionTypes: input.types ?? note.sessionTypes, dimensions: input.dimensions ?? note.dimensions, driftCodes: input.driftCodes ?? note.driftCodes,
        strengths: input.strengths?.trim() ?? note.strengths, concerns: input.concerns?.trim() ?? note.concerns, supervisorNote: input.supervisorNote?.trim() ?? note.supervisorNote,
      };
      // Audit names the changed columns as stored.
      for (const [k, v] of Object.entries(next)) if (JSON.stringify(v) !== JSON.stringify(note[k as keyof typeof next])) changed.push(COLUMN_NAMES[k as keyof typeof next]);
      if (input.actionItems && (await this.replaceActionItems(ctx, note.id, input.actionItems))) changed.push('action_items');
      // Whoever signed, signed something else: the changed record goes back to a draft and needs finalising and signing again.
      if (changed.length) await ctx.db.run((em) => notes.writeRecord(em, note.id, next));
    } else if (input.superviseeReflection !== undefined) {
      const reflection = input.superviseeReflection.trim();
      const written = await ctx.db.run(async (em) => {
        if (!(await notes.writeReflection(em, note.id, ctx.viewer!.personId, reflection))) return false;
        // The supervisor's signature covered the reflection as it was: it goes too (either-order organisations).
        if (note.supervisorSignedAt) await notes.clearSupervisorSignature(em, note.id);
        return true;
      });
      if (written) changed.push('reflection');
    }
    const withdrawn = changed.length ? withdrawnBy(party, ctx.viewer!.personId, note, session, reflections) : [];
    await ctx.db.run((em) => recordWithdrawals(em, ctx.db.organizationId!, note.id, ctx.viewer!.personId, withdrawn));
    const { note: saved, reflections: after } = await this.finish(ctx, note.id);
    const tell = [...new Set(withdrawn.filter((w) => w.kind !== 'FINALIZED').map((w) => w.personId))];
    if (tell.length) await this.notices.noteEvent(ctx, 'NOTE_SIGNATURE_REMOVED', session, saved, tell);
    await audit(ctx, {
      entity: 'supervision_note', entityId: note.id, action: target.note ? 'supervision_note.updated' : 'supervision_note.created',
      after: { status: saved.status, version: saved.version, changed, as: party }, extra: { occurrenceId: occurrenceId(session.id, target.originalStart) },
    });
    return toNoteView(ctx, saved, session, { reflections: after });
  }

  /** Appends a correction to a locked note (author and time are kept; nothing is overwritten). */
  async amend(ctx: RequestContext, input: AmendSupervisionNoteInput): Promise<SupervisionNoteModel> {
    const { note, session } = await visibleNote(ctx, input.noteId);
    const party = partyOf(ctx.viewer!, session);
    if (!party) throw new ForbiddenError('Only the session’s supervisor and supervisees amend its note');
    if (note.status !== 'LOCKED') throw new ConflictError('This note is not locked yet: edit the draft instead', { reason: 'NOT_LOCKED' });
    const amendmentId = await ctx.db.run((em) => notes.addAmendment(em, {
      organizationId: ctx.db.organizationId!, noteId: note.id, authorId: ctx.viewer!.personId, text: input.text.trim(),
    }));
    await audit(ctx, { entity: 'supervision_note', entityId: note.id, action: 'supervision_note.amended', after: { amendmentId, as: party } });
    return toNoteView(ctx, note, session);
  }

  // ── internals ──

  /** Resolves what the input points at: an existing note, an occurrence (maybe without a note yet), or a new ad-hoc session. */
  private async target(ctx: RequestContext, input: RecordSupervisionNoteInput): Promise<{ session: SupervisionSession; originalStart: Date; note: SupervisionNoteEntity | null }> {
    const given = [input.noteId, input.occurrenceId, input.adHoc].filter((x) => x !== undefined && x !== null).length;
    if (given !== 1) throw new InvalidInputError('Give exactly one of noteId, occurrenceId or adHoc', { field: 'noteId' });
    if (input.noteId) {
      const { note, session } = await visibleNote(ctx, input.noteId);
      return { session, originalStart: note.originalStart, note };
    }
    if (input.occurrenceId) {
      const { session, view } = await occurrenceOf(ctx, input.occurrenceId);
      if (!partyOf(ctx.viewer!, session)) throw new ForbiddenError('Only the session’s supervisor and supervisees write its note');
      const note = await ctx.db.run((em) => notes.noteAt(em, session.id, view.originalStartsAt));
      if (!note) {
        if (view.startsAt.getTime() > ctx.clock.nowMs()) {
          throw new InvalidInputError('A note can be recorded once the session has started', { field: 'occurrenceId' });
        }
        if (view.status === 'CANCELLED' || view.status === 'MISSED') {
          throw new ConflictError(`This session was marked ${view.status.toLowerCase()}; mark it completed before recording a note`, { reason: view.status });
        }
      }
      return { session, originalStart: view.originalStartsAt, note };
    }
    // Documented but never scheduled: the supervisor records the session and its note together.
    const adHoc = input.adHoc!;
    const viewer = ctx.viewer!;
    if (!viewer.roles.includes('SUPERVISOR')) throw new ForbiddenError('Only supervisors record sessions after the fact');
    const timeZone = requireTimeZone(adHoc.timeZone);
    const startsLocalMs = parseStart(adHoc.startsAt, timeZone);
    const startsAt = floatingToInstant(startsLocalMs, timeZone);
    assertNearNow(ctx.clock.nowMs(), startsAt, MAX_SCHEDULE_DAYS, 'adHoc.startsAt');
    if (startsAt > ctx.clock.nowMs()) throw new InvalidInputError('A session recorded after the fact must already have taken place', { field: 'adHoc.startsAt' });
    await assertMayArrange(ctx, viewer.personId, adHoc.superviseeIds, adHoc.modality);
    const session = await this.sessions.create(ctx, {
      supervisorId: viewer.personId, superviseeIds: adHoc.superviseeIds, title: (adHoc.title ?? '').trim(), modality: adHoc.modality, channel: adHoc.channel,
      durationMinutes: adHoc.durationMinutes, timeZone, startsLocalMs, recurrence: null, seriesEndsAt: new Date(startsAt + adHoc.durationMinutes * MINUTE_MS),
      location: (adHoc.location ?? '').trim(), link: '', adHoc: true, previousSessionId: null,
    });
    await audit(ctx, {
      entity: 'supervision_session', entityId: session.id, action: 'supervision_session.recorded_ad_hoc',
      after: { supervisorId: session.supervisorId, superviseeIds: session.superviseeIds, startsAt: session.startsAt },
    });
    return { session, originalStart: session.startsAt, note: null };
  }

  private async validate(ctx: RequestContext, session: SupervisionSession, input: RecordSupervisionNoteInput): Promise<void> {
    const unknown = unknownDriftCodes(input.driftCodes ?? []);
    if (unknown.length) throw new InvalidInputError(`Unknown drift code(s): ${unknown.join(', ')}. See supervisionDriftCodes.`, { field: 'driftCodes' });
    const parties = new Set([session.supervisorId, ...session.superviseeIds]);
    for (const item of input.actionItems ?? []) {
      if (!parties.has(item.ownerId)) throw new InvalidInputError('An action’s owner must be the supervisor or a supervisee of this session', { field: 'actionItems.ownerId' });
    }
    const checklists = [...new Set((input.actionItems ?? []).map((i) => i.checklistId).filter((id): id is string => !!id))];
    if (checklists.length) {
      const found = await ctx.db.run((em) => notes.countChecklists(em, checklists));
      if (found !== checklists.length) throw new InvalidInputError('A linked checklist does not exist', { field: 'actionItems.checklistId' });
    }
  }

  private async create(ctx: RequestContext, session: SupervisionSession, originalStart: Date): Promise<SupervisionNoteEntity> {
    const occurrence = await saveOccurrence(ctx, session, originalStart, { status: 'COMPLETED' });
    return ctx.db.run(async (em) => notes.insertNote(em, {
      organizationId: ctx.db.organizationId!, sessionId: session.id, originalStart, heldAt: occurrence.startsAt,
      teamId: await notes.teamOfSupervisees(em, session.superviseeIds), createdBy: ctx.viewer!.personId,
    }, session.superviseeIds));
  }

  async bumpVersion(ctx: RequestContext, noteId: string, version: number): Promise<void> {
    if (!(await ctx.db.run((em) => notes.bumpVersion(em, noteId, version)))) {
      throw new ConflictError('This note was changed elsewhere (the other person, another tab or device). Reload to see the latest; your changes were not saved.', {
        reason: 'STALE_VERSION',
      });
    }
  }

  /** Replaces a draft's action items; returns whether anything changed. */
  private async replaceActionItems(ctx: RequestContext, noteId: string, items: ActionItemInput[]): Promise<boolean> {
    const existing = await ctx.db.run((em) => notes.draftActionItems(em, noteId));
    const byId = new Map(existing.map((e) => [e.id, e]));
    for (const item of items) {
      if (item.id && !byId.has(item.id)) throw new InvalidInputError('An action item id does not belong to this note', { field: 'actionItems.id' });
    }
    const keep = new Set(items.map((i) => i.id).filter(Boolean));
    const removed = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
    return ctx.db.run(async (em) => {
      let changed = false;
      if (removed.length) {
        await notes.deleteActionItems(em, removed);
        changed = true;
      }
      for (const [position, item] of items.entries()) {
        const values: notes.ActionItemValues = {
          description: item.description.trim(), ownerId: item.ownerId, dueOn: item.dueOn ?? null, dimension: item.dimension ?? null,
          driftSignalId: item.driftSignalId ?? null, checklistId: item.checklistId ?? null, position,
        };
        const before = item.id ? byId.get(item.id) : undefined;
        if (before) {
          if (sameActionItem(before, values)) continue;
          await notes.updateActionItem(em, before.id, values);
        } else {
          await notes.insertActionItem(em, { ...values, organizationId: ctx.db.organizationId!, noteId, createdBy: ctx.viewer!.personId });
        }
        changed = true;
      }
      return changed;
    });
  }

  /** Recomputes status (locking when everyone has signed) and the stored language totals; returns the note as stored and its reflections. */
  async finish(ctx: RequestContext, noteId: string): Promise<{ note: SupervisionNoteEntity; reflections: notes.Reflection[] }> {
    const { note, reflections } = await ctx.db.run(async (em) => ({ note: await notes.noteById(em, noteId), reflections: await notes.reflectionsOf(em, noteId) }));
    const status = statusFrom(note.supervisorSignedAt !== null, reflections);
    const language = await this.language.totalsFor(ctx, [note.supervisorNote, note.strengths, note.concerns, ...reflections.map((r) => r.reflection)]);
    const stored = { languageTotals: language.totals as Record<string, number>, languageWordCount: language.wordCount };
    // The team-month language rollups follow the note in the same transaction: take out the old totals, add the new.
    const lockedAt = await ctx.db.run(async (em) => {
      await applyRollupDeltas(em, ctx.db.organizationId!, await noteDeltas(em, [noteId], -1));
      const at = await notes.writeStatus(em, noteId, status, stored);
      await applyRollupDeltas(em, ctx.db.organizationId!, await noteDeltas(em, [noteId], 1));
      return at;
    });
    return { note: { ...note, ...stored, status, lockedAt }, reflections };
  }
}

/** Audit names for the record's fields, as the columns are called. */
const COLUMN_NAMES = {
  sessionTypes: 'session_types', dimensions: 'dimensions', driftCodes: 'drift_codes', strengths: 'strengths', concerns: 'concerns', supervisorNote: 'supervisor_note',
} as const;

function sameActionItem(before: notes.DraftActionItem, after: notes.ActionItemValues): boolean {
  return before.description === after.description && before.ownerId === after.ownerId && before.dueOn === after.dueOn && before.dimension === after.dimension
    && before.driftSignalId === after.driftSignalId && before.checklistId === after.checklistId && before.position === after.position;
}

/** What a change by `party` took back: everything signed, for the supervisor's record; for a reflection, its signature and the supervisor's. */
function withdrawnBy(party: Party, personId: string, note: SupervisionNoteEntity, session: SupervisionSession, reflections: notes.Reflection[]): Withdrawal[] {
  const out: Withdrawal[] = [];
  if (party === 'SUPERVISOR' && note.finalizedAt) out.push({ personId: session.supervisorId, kind: 'FINALIZED', signedAt: note.finalizedAt });
  if (note.supervisorSignedAt) out.push({ personId: note.supervisorSignedBy ?? session.supervisorId, kind: 'SUPERVISOR_SIGNATURE', signedAt: note.supervisorSignedAt });
  for (const r of reflections) {
    if (r.signedAt && (party === 'SUPERVISOR' || r.superviseeId === personId)) out.push({ personId: r.superviseeId, kind: 'SUPERVISEE_SIGNATURE', signedAt: r.signedAt });
  }
  return out;
}

/** The supervisor writes the record; each supervisee writes only their own reflection. */
function assertOwnFields(party: Party, input: RecordSupervisionNoteInput): void {
  if (party === 'SUPERVISOR' && input.superviseeReflection !== undefined) {
    throw new ForbiddenError('Only a supervisee writes their own reflection');
  }
  if (party === 'SUPERVISEE') {
    const theirs = SUPERVISOR_FIELDS.filter((f) => input[f] !== undefined);
    if (theirs.length) throw new ForbiddenError(`Only the supervisor writes ${theirs.join(', ')}`);
  }
}
