import { Injectable } from '@nestjs/common';
import {
  checklistCompleteness, scoreChecklist, ScoringInputError, type ChecklistScore, type InstrumentDefinition, type RaterType, addDaysIso, todayOn
} from '@tandem/shared';
import { applyRollupDeltas, ChecklistEntity, deltasOfSubmitted, itemCodeMaps, metricsUnderCurrentCodes, rollupRows, UPSERT_ROLLUPS_SQL } from '@tandem/database';
import { audit } from '../../common/audit';
import { ByteBoundedCache } from '../../common/byte-bounded-cache';
import { ConflictError, ForbiddenError, InvalidInputError, isUniqueViolation, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { assertWindow, MAX_HISTORY_DAYS, MAX_REPORT_AHEAD_DAYS } from '../../common/window';
import { InstrumentsService } from '../instruments/instruments.service';
import { definitionOf as versionDefinition } from '../instruments/instrument.model';
import { assertMayRate } from './checklist-access';
import { listChecklists, type ChecklistListPage } from './checklist-list';
import type { AmendChecklistInput, AnswerInput, ChecklistFilterInput, SaveChecklistAnswersInput, StartChecklistInput, SubmitChecklistInput } from './checklist.inputs';
import {
  answersOf, bumpVersion, insertDraft, keepRevision, lockedForSubmission, markAmended, markSubmitted, revisionsOf, saveDraftAnswers, startingPoint,
  visibleChecklist, visibleWithAnswers, writeAnswers, type Answer, type DraftValues, type RevisionView,
} from './checklists.repository';

/** A page of the list with its checklists as entities. */
export type ChecklistPage = ChecklistListPage;

@Injectable()
export class ChecklistsService {
  /**
   * Published definitions by organisation and version, to 8 MB in all (a definition's JSON length × 1.25: the default
   * instrument's 22 KB of JSON takes 28 KB of heap, so about 290 of them; a custom one may be far larger).
   */
  private readonly publishedDefinitions = new ByteBoundedCache<InstrumentDefinition>(8 * 2 ** 20, (d) => Math.ceil(JSON.stringify(d).length * 1.25));

  constructor(private readonly instruments: InstrumentsService) {}

  /** Starts a checklist, or resumes the viewer's open draft for the same subject, rater type and instrument. */
  async start(ctx: RequestContext, input: StartChecklistInput): Promise<ChecklistEntity> {
    const raterType = input.raterType as RaterType;
    const viewerId = ctx.viewer!.personId;
    const window = { start: input.observationStart ?? addDaysIso(todayOn(ctx.clock), -30), end: input.observationEnd ?? todayOn(ctx.clock) };
    const draft: DraftValues = {
      organizationId: ctx.db.organizationId!, subjectId: input.subjectId, raterType, raterId: raterType === 'PERSON_SERVED' ? null : viewerId,
      openedBy: viewerId, observationStart: window.start, observationEnd: window.end,
    };
    // The instrument, the subject, the newest published version and an open draft are read together, then checked in
    // turn. A self-assessment by the subject with a valid window needs nothing else checked: its draft is inserted in
    // the same round trip, guarded by the same conditions (active subject, a published version, no draft to resume).
    const direct = raterType === 'SELF' && input.subjectId === viewerId && windowIsValid(ctx, window);
    const found = await ctx.db.run((em) => startingPoint(em, { instrumentKey: input.instrumentKey, subjectId: input.subjectId, raterType, openedBy: viewerId },
      direct ? draft : undefined));
    if (!found.instrument) throw new NotFoundError('Instrument');
    if (!found.subjectActive) throw new NotFoundError('Person');
    await assertMayRate(ctx, input.subjectId, raterType);
    const version = found.version;
    if (!version) throw new NotFoundError('Published instrument version');
    let row = found.inserted;
    if (!row) {
      if (found.draft) return found.draft;
      assertValidWindow(ctx, window);
      row = await ctx.db.run((em) => insertDraft(em, { ...draft, instrumentVersionId: version.id }));
    }
    await audit(ctx, { entity: 'checklist', entityId: row.id, action: 'checklist.started', after: { raterType, subjectId: input.subjectId } });
    return row;
  }

  /** One checklist the viewer may see (see visibleChecklist). */
  async get(ctx: RequestContext, id: string): Promise<ChecklistEntity> {
    const row = await ctx.db.run((em) => visibleChecklist(em, ctx.viewer!, id, false));
    if (!row) throw new NotFoundError('Checklist');
    return row;
  }

  /** A page of the list: newest first, by cursor (`after`) and/or offset, with a count capped at COUNT_CAP (see checklist-list.ts). */
  async list(ctx: RequestContext, filter: ChecklistFilterInput, page: { skip: number; take: number; after?: string | null }): Promise<ChecklistPage> {
    // A filter, not a computation: each given end is capped like every other range (and from ≤ to).
    const limits = { maxDays: MAX_HISTORY_DAYS + MAX_REPORT_AHEAD_DAYS, maxPastDays: MAX_HISTORY_DAYS, maxFutureDays: MAX_REPORT_AHEAD_DAYS, allowEmpty: true };
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
    if (filter.from) assertWindow(ctx.clock.nowMs(), day(filter.from), day(filter.to ?? filter.from), limits);
    else if (filter.to) assertWindow(ctx.clock.nowMs(), day(filter.to), day(filter.to), { ...limits, fromField: 'to' });
    return listChecklists(ctx, filter, page);
  }

  answers(ctx: RequestContext, checklistId: string): Promise<Answer[]> {
    return ctx.db.run((em) => answersOf(em, checklistId));
  }

  /**
   * The instrument definition a checklist is rated on. A published version never changes (the database refuses it), so
   * it is read once per organisation and version and kept (to a byte budget); a draft is always read afresh.
   */
  definitionOf(ctx: RequestContext, row: Pick<ChecklistEntity, 'instrumentVersionId'>): Promise<InstrumentDefinition> {
    return this.versionDefinition(ctx, row.instrumentVersionId);
  }

  private async versionDefinition(ctx: RequestContext, versionId: string): Promise<InstrumentDefinition> {
    const key = `${ctx.db.organizationId}:${versionId}`;
    const cached = this.publishedDefinitions.get(key);
    if (cached) return cached;
    const v = await this.instruments.version(ctx, versionId);
    const definition = versionDefinition(v);
    if (v.status === 'PUBLISHED') this.publishedDefinitions.set(key, definition);
    return definition;
  }

  /** Scores as stored at submission; for drafts, a live preview from the same shared function. */
  async score(ctx: RequestContext, row: ChecklistEntity): Promise<ChecklistScore> {
    if (row.status === 'SUBMITTED' && row.scores) return row.scores as ChecklistScore;
    const def = await this.definitionOf(ctx, row);
    return scoreChecklist(def, (await this.answers(ctx, row.id)).map(toAnswer), { raterType: row.raterType as RaterType });
  }

  async save(ctx: RequestContext, input: SaveChecklistAnswersInput): Promise<ChecklistEntity> {
    const viewer = ctx.viewer!;
    const found = await ctx.db.run((em) => visibleWithAnswers(em, viewer, input.checklistId));
    const current = this.mine(ctx, found.row);
    if (current.status !== 'DRAFT') throw new ConflictError('This checklist has been submitted; amend it instead', { status: current.status });
    const def = await this.definitionOf(ctx, current);
    assertNoDuplicates(input.answers);
    const merged = mergeAnswers(found.answers, input.answers);
    validateAnswers(def, current.raterType as RaterType, merged);
    // The version bump and the answers go in one statement; a stale version writes nothing.
    const saved = await ctx.db.run((em) => saveDraftAnswers(em, ctx.db.organizationId!, current.id, input.version, answerRows(input.answers)));
    if (!saved) throw staleVersion();
    return saved;
  }

  /**
   * Submits exactly once per idempotency key: the row is locked, so concurrent retries wait and then return the
   * stored submission. The same key on another checklist, or a second key on a submitted checklist, is a CONFLICT.
   */
  async submit(ctx: RequestContext, input: SubmitChecklistInput): Promise<ChecklistEntity> {
    const viewer = ctx.viewer!;
    const found = await ctx.db.run((em) => lockedForSubmission(em, viewer, input.checklistId));
    const row = this.mine(ctx, found.row, true);
    if (row.status === 'SUBMITTED') {
      if (row.idempotencyKey === input.idempotencyKey) return row;
      throw new ConflictError('This checklist has already been submitted');
    }
    const def = await this.definitionOf(ctx, row);
    const stored = found.answers;
    const answers = stored.map(toAnswer);
    const raterType = row.raterType as RaterType;
    const completeness = checklistCompleteness(def, raterType, answers);
    if (!completeness.canSubmit) {
      throw new InvalidInputError(`Not ready to submit: ${completeness.problems.join(' ')}`, { problems: completeness.problems });
    }
    const scores = scoreChecklist(def, answers, { raterType });
    // Item codes as the rollups count them: through the crosswalks of the instrument's published versions (cached).
    const crosswalks = await Promise.all(found.publishedVersionIds.map(async (id) => {
      const d = await this.versionDefinition(ctx, id);
      return { id, instrument_id: d.key, crosswalk: d.crosswalk };
    }));
    const metrics = metricsUnderCurrentCodes(itemCodeMaps(crosswalks), row.instrumentVersionId, scores, stored.map((a) => ({ item_code: a.itemCode, value: a.value })));
    // The subject's current team is stamped in the same statement; the key's uniqueness per organisation is the index's.
    const submitted = await ctx.db.run((em) => markSubmitted(em, row.id, input.idempotencyKey, scores)).catch((e: unknown) => {
      if (isUniqueViolation(e, 'checklist_idempotency_uq')) {
        throw new ConflictError('This idempotency key was already used for another checklist');
      }
      throw e;
    });
    // The rollups go with the COMMIT: every submission of the organisation updates its analytics revision token, so
    // the lock on it is held for that round trip only, not while this request finishes.
    if (submitted.teamId) {
      const rows = rollupRows([{ teamId: submitted.teamId, at: submitted.submittedAt!, raterType: submitted.raterType, sign: 1, metrics }]);
      await ctx.db.atCommit(UPSERT_ROLLUPS_SQL, [ctx.db.organizationId!, JSON.stringify(rows)]);
    }
    await audit(ctx, {
      entity: 'checklist', entityId: row.id, action: 'checklist.submitted',
      after: { raterType, mutualityIndex: scores.mutualityIndex, band: scores.band },
    });
    return submitted;
  }

  /** Changes a submitted checklist as a new revision; the previous answers and scores are kept in its history. */
  async amend(ctx: RequestContext, input: AmendChecklistInput): Promise<ChecklistEntity> {
    const current = await this.writable(ctx, input.checklistId);
    if (current.status !== 'SUBMITTED') throw new ConflictError('Only submitted checklists can be amended; save the draft instead');
    if (current.raterType === 'PERSON_SERVED') throw new ForbiddenError('Person-served responses cannot be amended');
    const def = await this.definitionOf(ctx, current);
    const before = await this.answers(ctx, current.id);
    assertNoDuplicates(input.answers);
    const merged = mergeAnswers(before, input.answers);
    const raterType = current.raterType as RaterType;
    validateAnswers(def, raterType, merged);
    const completeness = checklistCompleteness(def, raterType, merged.map(toAnswer));
    if (!completeness.canSubmit) throw new InvalidInputError(`The amendment leaves the checklist incomplete: ${completeness.problems.join(' ')}`);
    // The bump locks the row: what it returns (the team included) is what the rollups hold for this revision.
    const bumped = await this.bumpVersion(ctx, current.id, input.version, 'SUBMITTED');
    await ctx.db.run((em) => keepRevision(em, current, before, ctx.viewer!.personId, input.reason.trim()));
    await this.writeAnswers(ctx, current.id, input.answers);
    const scores = scoreChecklist(def, merged.map(toAnswer), { raterType });
    const updated = await ctx.db.run((em) => markAmended(em, current.id, scores));
    // The old revision's contribution out and the new one's in, from the rows in hand, in one upsert.
    await ctx.db.run(async (em) => applyRollupDeltas(em, ctx.db.organizationId!, [
      ...(await deltasOfSubmitted(em, [forRollup(bumped, before)], -1)),
      ...(await deltasOfSubmitted(em, [forRollup(updated, merged)], 1)),
    ]));
    await audit(ctx, {
      entity: 'checklist', entityId: current.id, action: 'checklist.amended',
      before: { revision: current.revision, mutualityIndex: current.mutualityIndex === null ? null : Number(current.mutualityIndex) },
      after: { revision: updated.revision, mutualityIndex: scores.mutualityIndex }, extra: { reason: input.reason.trim() },
    });
    return updated;
  }

  revisions(ctx: RequestContext, checklistId: string): Promise<RevisionView[]> {
    return ctx.db.run((em) => revisionsOf(em, checklistId));
  }

  /** The checklist if the viewer may write it (its rater, or whoever opened a person-served draft); else NOT_FOUND/FORBIDDEN. */
  private async writable(ctx: RequestContext, id: string): Promise<ChecklistEntity> {
    return this.mine(ctx, await ctx.db.run((em) => visibleChecklist(em, ctx.viewer!, id, false)));
  }

  /** A visible checklist (see `writable`) if the viewer may write it; NOT_FOUND when it is not visible, else FORBIDDEN. */
  private mine(ctx: RequestContext, row: ChecklistEntity | undefined, submitting = false): ChecklistEntity {
    if (!row) throw new NotFoundError('Checklist');
    const viewerId = ctx.viewer!.personId;
    // A hand-the-tablet form belongs to whoever opened it while it is a draft (and for retries of its submission).
    const opener = row.raterType === 'PERSON_SERVED' && row.openedBy === viewerId && (row.status === 'DRAFT' || submitting);
    const mine = row.raterId === viewerId || opener;
    if (!mine) throw new ForbiddenError('Only the person who is rating can change this checklist');
    return row;
  }

  private async bumpVersion(ctx: RequestContext, id: string, version: number, status: string): Promise<ChecklistEntity> {
    const row = await ctx.db.run((em) => bumpVersion(em, id, version, status));
    if (!row) throw staleVersion();
    return row;
  }

  private async writeAnswers(ctx: RequestContext, checklistId: string, answers: AnswerInput[]): Promise<void> {
    await ctx.db.run((em) => writeAnswers(em, ctx.db.organizationId!, checklistId, answerRows(answers)));
  }
}

/** A new checklist's observation window: at most a year, not ending before it starts, nor too far back or ahead. */
function assertValidWindow(ctx: RequestContext, { start, end }: { start: string; end: string }): void {
  if (end < start) throw new InvalidInputError('The observation window ends before it starts', { field: 'observationEnd' });
  assertWindow(ctx.clock.nowMs(), Date.parse(`${start}T00:00:00Z`), Date.parse(`${end}T00:00:00Z`), {
    maxDays: 366, maxPastDays: MAX_HISTORY_DAYS, maxFutureDays: 1, fromField: 'observationStart', toField: 'observationEnd', allowEmpty: true,
  });
}

function windowIsValid(ctx: RequestContext, d: { start: string; end: string }): boolean {
  try {
    assertValidWindow(ctx, d);
    return true;
  } catch {
    return false;
  }
}

function staleVersion(): ConflictError {
  return new ConflictError('This checklist was changed elsewhere (another tab or device). Reload to see the latest answers; your input was not saved.', {
    reason: 'STALE_VERSION',
  });
}

/** Answers as stored: no answer is NULL, comments trimmed. */
function answerRows(answers: AnswerInput[]): Answer[] {
  return answers.map((a) => ({ itemCode: a.itemCode, value: a.value ?? null, comment: (a.comment ?? '').trim() }));
}

/** A submitted checklist with its answers as the rollup maths reads it (database/src/rollups.ts). */
function forRollup(c: ChecklistEntity, answers: Answer[]) {
  return {
    team_id: c.teamId, submitted_at: c.submittedAt!, rater_type: c.raterType, scores: c.scores as ChecklistScore | null,
    instrument_version_id: c.instrumentVersionId, answers: answers.map((a) => ({ item_code: a.itemCode, value: a.value })),
  };
}

export function toAnswer(a: Pick<Answer, 'itemCode' | 'value'>): { itemCode: string; value: number | null } {
  return { itemCode: a.itemCode, value: a.value };
}

function assertNoDuplicates(answers: AnswerInput[]): void {
  const seen = new Set<string>();
  for (const a of answers) {
    if (seen.has(a.itemCode)) throw new InvalidInputError(`Item ${a.itemCode} is answered twice in this request`, { itemCode: a.itemCode });
    seen.add(a.itemCode);
  }
}

function mergeAnswers(existing: Answer[], incoming: AnswerInput[]): Answer[] {
  const map = new Map(existing.map((a) => [a.itemCode, a]));
  for (const a of incoming) map.set(a.itemCode, { itemCode: a.itemCode, value: a.value ?? null, comment: a.comment ?? '' });
  return [...map.values()];
}

/** Validates answers with the shared scoring rules (unknown items, items not asked of this rater, values, NA). */
function validateAnswers(def: InstrumentDefinition, raterType: RaterType, answers: Answer[]): void {
  try {
    scoreChecklist(def, answers.map(toAnswer), { raterType });
  } catch (e) {
    if (e instanceof ScoringInputError) throw new InvalidInputError(e.message, { itemCode: e.itemCode, reason: e.code });
    throw e;
  }
}
