import { applyRollupDeltas, noteDeltas } from '@tandem/database';
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
import { noteAt, reflectionsOf, statusFrom, toNoteView, visibleNote, NOTE_COLUMNS, NOTE_RETURNING, type NoteRow, type ReflectionRow } from './note-store';
import { recordWithdrawals, type Withdrawal } from './note-withdrawals';
import { occurrenceId } from './occurrences';
import { assertMayArrange, parseStart, requireTimeZone } from './schedule-helpers';
import { findOccurrence, partyOf, upsertOccurrence, type Party, type SessionRow } from './session-store';
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

    let note = target.note;
    if (note) {
      if (input.version === undefined) throw new ConflictError('This session already has a note: reload it and send its version', { noteId: note.id, reason: 'NOTE_EXISTS' });
      if (note.status === 'LOCKED') throw new ConflictError('This note is signed by everyone and locked; add an amendment instead', { reason: 'LOCKED' });
      await this.bumpVersion(ctx, note.id, input.version);
    } else {
      note = await this.create(ctx, session, target.originalStart);
    }

    const changed: string[] = [];
    const reflections = await reflectionsOf(ctx, note.id);
    if (party === 'SUPERVISOR') {
      const next = {
        session_types: input.types ?? note.session_types, dimensions: input.dimensions ?? note.dimensions, drift_codes: input.driftCodes ?? note.drift_codes,
        strengths: input.strengths?.trim() ?? note.strengths, concerns: input.concerns?.trim() ?? note.concerns, supervisor_note: input.supervisorNote?.trim() ?? note.supervisor_note,
      };
      for (const [k, v] of Object.entries(next)) if (JSON.stringify(v) !== JSON.stringify(note[k as keyof NoteRow])) changed.push(k);
      if (input.actionItems && (await this.replaceActionItems(ctx, note.id, input.actionItems))) changed.push('action_items');
      if (changed.length) {
        // Whoever signed, signed something else: the changed record goes back to a draft and needs finalising and signing again.
        await ctx.db.query(
          `UPDATE supervision_note SET session_types = $2, dimensions = $3, drift_codes = $4, strengths = $5, concerns = $6, supervisor_note = $7,
             supervisor_signed_at = NULL, supervisor_signed_by = NULL, finalized_at = NULL, finalized_by = NULL, updated_at = app_now() WHERE id = $1`,
          [note.id, next.session_types, next.dimensions, next.drift_codes, next.strengths, next.concerns, next.supervisor_note],
        );
        await ctx.db.query('UPDATE supervision_note_supervisee SET signed_at = NULL WHERE note_id = $1', [note.id]);
      }
    } else if (input.superviseeReflection !== undefined) {
      const rows = await ctx.db.query(
        `UPDATE supervision_note_supervisee SET reflection = $3, signed_at = NULL, updated_at = app_now()
         WHERE note_id = $1 AND supervisee_id = $2 AND reflection <> $3 RETURNING supervisee_id`,
        [note.id, ctx.viewer!.personId, input.superviseeReflection.trim()],
      );
      if (rows.length) {
        changed.push('reflection');
        // The supervisor's signature covered the reflection as it was: it goes too (either-order organisations).
        if (note.supervisor_signed_at) await ctx.db.query('UPDATE supervision_note SET supervisor_signed_at = NULL, supervisor_signed_by = NULL WHERE id = $1', [note.id]);
      }
    }
    const withdrawn = changed.length ? withdrawnBy(party, ctx.viewer!.personId, note, session, reflections) : [];
    await recordWithdrawals(ctx, note.id, withdrawn);
    const saved = await this.finish(ctx, note.id);
    const tell = [...new Set(withdrawn.filter((w) => w.kind !== 'FINALIZED').map((w) => w.personId))];
    if (tell.length) await this.notices.noteEvent(ctx, 'NOTE_SIGNATURE_REMOVED', session, saved, tell);
    await audit(ctx, {
      entity: 'supervision_note', entityId: note.id, action: target.note ? 'supervision_note.updated' : 'supervision_note.created',
      after: { status: saved.status, version: saved.version, changed, as: party }, extra: { occurrenceId: occurrenceId(session.id, target.originalStart) },
    });
    return toNoteView(ctx, saved, session);
  }

  /** Appends a correction to a locked note (author and time are kept; nothing is overwritten). */
  async amend(ctx: RequestContext, input: AmendSupervisionNoteInput): Promise<SupervisionNoteModel> {
    const { note, session } = await visibleNote(ctx, input.noteId);
    const party = partyOf(ctx.viewer!, session);
    if (!party) throw new ForbiddenError('Only the session’s supervisor and supervisees amend its note');
    if (note.status !== 'LOCKED') throw new ConflictError('This note is not locked yet: edit the draft instead', { reason: 'NOT_LOCKED' });
    const [row] = await ctx.db.query<{ id: string }>(
      'INSERT INTO supervision_note_amendment (organization_id, note_id, author_id, text) VALUES ($1, $2, $3, $4) RETURNING id',
      [ctx.db.organizationId, note.id, ctx.viewer!.personId, input.text.trim()],
    );
    await audit(ctx, { entity: 'supervision_note', entityId: note.id, action: 'supervision_note.amended', after: { amendmentId: row!.id, as: party } });
    return toNoteView(ctx, note, session);
  }

  // ── internals ──

  /** Resolves what the input points at: an existing note, an occurrence (maybe without a note yet), or a new ad-hoc session. */
  private async target(ctx: RequestContext, input: RecordSupervisionNoteInput): Promise<{ session: SessionRow; originalStart: Date; note: NoteRow | null }> {
    const given = [input.noteId, input.occurrenceId, input.adHoc].filter((x) => x !== undefined && x !== null).length;
    if (given !== 1) throw new InvalidInputError('Give exactly one of noteId, occurrenceId or adHoc', { field: 'noteId' });
    if (input.noteId) {
      const { note, session } = await visibleNote(ctx, input.noteId);
      return { session, originalStart: note.original_start, note };
    }
    if (input.occurrenceId) {
      const { session, view } = await findOccurrence(ctx, input.occurrenceId);
      if (!partyOf(ctx.viewer!, session)) throw new ForbiddenError('Only the session’s supervisor and supervisees write its note');
      const note = await noteAt(ctx, session.id, view.originalStartsAt);
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
    const session = await this.sessions.insert(ctx, {
      supervisorId: viewer.personId, superviseeIds: adHoc.superviseeIds, title: (adHoc.title ?? '').trim(), modality: adHoc.modality, channel: adHoc.channel,
      durationMinutes: adHoc.durationMinutes, timeZone, startsLocalMs, recurrence: null, seriesEndsAt: new Date(startsAt + adHoc.durationMinutes * MINUTE_MS),
      location: (adHoc.location ?? '').trim(), link: '', adHoc: true, previousSessionId: null,
    });
    await audit(ctx, {
      entity: 'supervision_session', entityId: session.id, action: 'supervision_session.recorded_ad_hoc',
      after: { supervisorId: session.supervisor_id, superviseeIds: session.supervisee_ids, startsAt: session.starts_at },
    });
    return { session, originalStart: session.starts_at, note: null };
  }

  private async validate(ctx: RequestContext, session: SessionRow, input: RecordSupervisionNoteInput): Promise<void> {
    const unknown = unknownDriftCodes(input.driftCodes ?? []);
    if (unknown.length) throw new InvalidInputError(`Unknown drift code(s): ${unknown.join(', ')}. See supervisionDriftCodes.`, { field: 'driftCodes' });
    const parties = new Set([session.supervisor_id, ...session.supervisee_ids]);
    for (const item of input.actionItems ?? []) {
      if (!parties.has(item.ownerId)) throw new InvalidInputError('An action’s owner must be the supervisor or a supervisee of this session', { field: 'actionItems.ownerId' });
    }
    const checklists = [...new Set((input.actionItems ?? []).map((i) => i.checklistId).filter((id): id is string => !!id))];
    if (checklists.length) {
      const found = await ctx.db.query('SELECT id FROM checklist WHERE id = ANY($1::uuid[])', [checklists]);
      if (found.length !== checklists.length) throw new InvalidInputError('A linked checklist does not exist', { field: 'actionItems.checklistId' });
    }
  }

  private async create(ctx: RequestContext, session: SessionRow, originalStart: Date): Promise<NoteRow> {
    const occurrence = await upsertOccurrence(ctx, session, originalStart, { status: 'COMPLETED' });
    const [team] = await ctx.db.query<{ team_id: string }>(
      `SELECT tm.team_id FROM team_membership tm WHERE tm.person_id = ANY($1::uuid[]) AND tm.ends_on IS NULL ORDER BY tm.person_id LIMIT 1`,
      [session.supervisee_ids],
    );
    const [note] = await ctx.db.query<NoteRow>(
      `INSERT INTO supervision_note (organization_id, session_id, original_start, held_at, team_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${NOTE_RETURNING}`,
      [ctx.db.organizationId, session.id, originalStart, occurrence.starts_at, team?.team_id ?? null, ctx.viewer!.personId],
    );
    await ctx.db.query(
      `INSERT INTO supervision_note_supervisee (organization_id, note_id, supervisee_id) SELECT $1, $2, unnest($3::uuid[])`,
      [ctx.db.organizationId, note!.id, session.supervisee_ids],
    );
    return note!;
  }

  async bumpVersion(ctx: RequestContext, noteId: string, version: number): Promise<void> {
    const rows = await ctx.db.query(
      `UPDATE supervision_note SET version = version + 1, updated_at = app_now() WHERE id = $1 AND version = $2 AND status <> 'LOCKED' RETURNING id`,
      [noteId, version],
    );
    if (rows.length === 0) {
      throw new ConflictError('This note was changed elsewhere (the other person, another tab or device). Reload to see the latest; your changes were not saved.', {
        reason: 'STALE_VERSION',
      });
    }
  }

  /** Replaces a draft's action items; returns whether anything changed. */
  private async replaceActionItems(ctx: RequestContext, noteId: string, items: ActionItemInput[]): Promise<boolean> {
    const existing = await ctx.db.query<{ id: string; description: string; owner_id: string; due_on: string | null; dimension: string | null; drift_signal_id: string | null; checklist_id: string | null; position: number }>(
      `SELECT id, description, owner_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, dimension, drift_signal_id, checklist_id, position
       FROM supervision_action_item WHERE note_id = $1`,
      [noteId],
    );
    const byId = new Map(existing.map((e) => [e.id, e]));
    for (const item of items) {
      if (item.id && !byId.has(item.id)) throw new InvalidInputError('An action item id does not belong to this note', { field: 'actionItems.id' });
    }
    let changed = false;
    const keep = new Set(items.map((i) => i.id).filter(Boolean));
    const removed = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
    if (removed.length) {
      await ctx.db.query('DELETE FROM supervision_action_item WHERE id = ANY($1::uuid[])', [removed]);
      changed = true;
    }
    for (const [position, item] of items.entries()) {
      const values = [item.description.trim(), item.ownerId, item.dueOn ?? null, item.dimension ?? null, item.driftSignalId ?? null, item.checklistId ?? null, position];
      const before = item.id ? byId.get(item.id) : undefined;
      if (before) {
        const same = JSON.stringify([before.description, before.owner_id, before.due_on, before.dimension, before.drift_signal_id, before.checklist_id, before.position]) === JSON.stringify(values);
        if (same) continue;
        await ctx.db.query(
          `UPDATE supervision_action_item SET description = $2, owner_id = $3, due_on = $4, dimension = $5, drift_signal_id = $6, checklist_id = $7, position = $8,
             updated_at = app_now() WHERE id = $1`,
          [item.id, ...values],
        );
      } else {
        await ctx.db.query(
          `INSERT INTO supervision_action_item (organization_id, note_id, description, owner_id, due_on, dimension, drift_signal_id, checklist_id, position, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [ctx.db.organizationId, noteId, ...values, ctx.viewer!.personId],
        );
      }
      changed = true;
    }
    return changed;
  }

  /** Recomputes status (locking when everyone has signed) and the stored language totals; returns the row. */
  async finish(ctx: RequestContext, noteId: string): Promise<NoteRow> {
    const [note] = await ctx.db.query<NoteRow>(`SELECT ${NOTE_COLUMNS} FROM supervision_note n WHERE n.id = $1`, [noteId]);
    const reflections = await reflectionsOf(ctx, noteId);
    const status = statusFrom(note!.supervisor_signed_at !== null, reflections);
    const language = await this.language.totalsFor(ctx, [note!.supervisor_note, note!.strengths, note!.concerns, ...reflections.map((r) => r.reflection)]);
    // The team-month language rollups follow the note in the same transaction: take out the old totals, add the new.
    const em = await ctx.db.manager();
    await applyRollupDeltas(em, ctx.db.organizationId!, await noteDeltas(em, [noteId], -1));
    const [saved] = await ctx.db.query<NoteRow>(
      `UPDATE supervision_note SET status = $2, locked_at = CASE WHEN $2 = 'LOCKED' THEN app_now() END, language_totals = $3, language_word_count = $4
       WHERE id = $1 RETURNING ${NOTE_RETURNING}`,
      [noteId, status, JSON.stringify(language.totals), language.wordCount],
    );
    await applyRollupDeltas(em, ctx.db.organizationId!, await noteDeltas(em, [noteId], 1));
    return saved!;
  }
}

/** What a change by `party` took back: everything signed, for the supervisor's record; for a reflection, its signature and the supervisor's. */
function withdrawnBy(party: Party, personId: string, note: NoteRow, session: SessionRow, reflections: ReflectionRow[]): Withdrawal[] {
  const out: Withdrawal[] = [];
  if (party === 'SUPERVISOR' && note.finalized_at) out.push({ personId: session.supervisor_id, kind: 'FINALIZED', signedAt: note.finalized_at });
  if (note.supervisor_signed_at) out.push({ personId: note.supervisor_signed_by ?? session.supervisor_id, kind: 'SUPERVISOR_SIGNATURE', signedAt: note.supervisor_signed_at });
  for (const r of reflections) {
    if (r.signed_at && (party === 'SUPERVISOR' || r.supervisee_id === personId)) out.push({ personId: r.supervisee_id, kind: 'SUPERVISEE_SIGNATURE', signedAt: r.signed_at });
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
