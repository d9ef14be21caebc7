import { Injectable } from '@nestjs/common';
import {
  checklistCompleteness, scoreChecklist, ScoringInputError, type ChecklistScore, type InstrumentDefinition, type RaterType, addDaysIso, todayOn
} from '@tandem/shared';
import { applyRollupDeltas, checklistDeltas, deltasOfSubmitted } from '@tandem/database';
import { audit } from '../../common/audit';
import { ConflictError, ForbiddenError, InvalidInputError, isUniqueViolation, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { assertWindow, MAX_HISTORY_DAYS, MAX_REPORT_AHEAD_DAYS } from '../../common/window';
import { personScope } from '../../common/scope';
import { InstrumentsService } from '../instruments/instruments.service';
import type { InstrumentVersionRow } from '../instruments/instrument.model';
import { assertMayRate } from './checklist-access';
import { listChecklists, type ChecklistListPage } from './checklist-list';
import type { AmendChecklistInput, AnswerInput, ChecklistFilterInput, SaveChecklistAnswersInput, StartChecklistInput, SubmitChecklistInput } from './checklist.inputs';
import type { ChecklistRow } from './checklist.model';

export interface AnswerRow {
  item_code: string;
  value: number | null;
  comment: string;
}


@Injectable()
export class ChecklistsService {
  private readonly publishedDefinitions = new Map<string, InstrumentDefinition>();

  constructor(private readonly instruments: InstrumentsService) {}

  /** Starts a checklist, or resumes the viewer's open draft for the same subject, rater type and instrument. */
  async start(ctx: RequestContext, input: StartChecklistInput): Promise<ChecklistRow> {
    const raterType = input.raterType as RaterType;
    const instrument = await this.instruments.byKey(ctx, input.instrumentKey);
    const subject = await ctx.db.query('SELECT 1 FROM person WHERE id = $1 AND active', [input.subjectId]);
    if (subject.length === 0) throw new NotFoundError('Person');
    await assertMayRate(ctx, input.subjectId, raterType);
    const version = await this.instruments.currentVersion(ctx, instrument.id);
    const viewerId = ctx.viewer!.personId;
    const [existing] = await ctx.db.query<ChecklistRow>(
      `SELECT c.* FROM checklist c JOIN instrument_version v ON v.id = c.instrument_version_id
       WHERE v.instrument_id = $1 AND c.subject_id = $2 AND c.rater_type = $3 AND c.status = 'DRAFT' AND c.opened_by = $4
       ORDER BY c.created_at DESC LIMIT 1`,
      [instrument.id, input.subjectId, raterType, viewerId],
    );
    if (existing) return existing;
    const start = input.observationStart ?? addDaysIso(todayOn(ctx.clock), -30);
    const end = input.observationEnd ?? todayOn(ctx.clock);
    if (end < start) throw new InvalidInputError('The observation window ends before it starts', { field: 'observationEnd' });
    assertWindow(ctx.clock.nowMs(), Date.parse(`${start}T00:00:00Z`), Date.parse(`${end}T00:00:00Z`), {
      maxDays: 366, maxPastDays: MAX_HISTORY_DAYS, maxFutureDays: 1, fromField: 'observationStart', toField: 'observationEnd', allowEmpty: true,
    });
    const [row] = await ctx.db.query<ChecklistRow>(
      `INSERT INTO checklist (organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, observation_start, observation_end)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [ctx.db.organizationId, version.id, input.subjectId, raterType, raterType === 'PERSON_SERVED' ? null : viewerId, viewerId, start, end],
    );
    await audit(ctx, { entity: 'checklist', entityId: row!.id, action: 'checklist.started', after: { raterType, subjectId: input.subjectId } });
    return row!;
  }

  /** A checklist the viewer may read: their own ratings (any status), or submitted ones about people in their scope. */
  /** One checklist the viewer may see; `lock` takes its row lock too (a submission waits for a concurrent retry). */
  async get(ctx: RequestContext, id: string, lock = false): Promise<ChecklistRow> {
    const scope = personScope(ctx.viewer!, 'c.subject_id', 3);
    const [row] = await ctx.db.query<ChecklistRow>(
      `SELECT c.* FROM checklist c WHERE c.id = $1 AND (c.opened_by = $2 OR c.rater_id = $2 OR (c.status = 'SUBMITTED' AND ${scope.sql}))${lock ? ' FOR UPDATE OF c' : ''}`,
      [id, ctx.viewer!.personId, ...scope.params],
    );
    if (!row) throw new NotFoundError('Checklist');
    return row;
  }

  /** A page of the list: newest first, by cursor (`after`) and/or offset, with a count capped at COUNT_CAP (see checklist-list.ts). */
  async list(ctx: RequestContext, filter: ChecklistFilterInput, page: { skip: number; take: number; after?: string | null }): Promise<ChecklistListPage> {
    // A filter, not a computation: each given end is capped like every other range (and from ≤ to).
    const limits = { maxDays: MAX_HISTORY_DAYS + MAX_REPORT_AHEAD_DAYS, maxPastDays: MAX_HISTORY_DAYS, maxFutureDays: MAX_REPORT_AHEAD_DAYS, allowEmpty: true };
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
    if (filter.from) assertWindow(ctx.clock.nowMs(), day(filter.from), day(filter.to ?? filter.from), limits);
    else if (filter.to) assertWindow(ctx.clock.nowMs(), day(filter.to), day(filter.to), { ...limits, fromField: 'to' });
    return listChecklists(ctx, filter, page);
  }

  async answers(ctx: RequestContext, checklistId: string): Promise<AnswerRow[]> {
    return ctx.db.query<AnswerRow>('SELECT item_code, value, comment FROM checklist_answer WHERE checklist_id = $1 ORDER BY item_code', [checklistId]);
  }

  /**
   * The instrument definition a checklist is rated on. A published version never changes (the database refuses it), so
   * it is read once per organisation and version and kept (up to 500 versions); a draft is always read afresh.
   */
  async definitionOf(ctx: RequestContext, row: ChecklistRow): Promise<InstrumentDefinition> {
    const key = `${ctx.db.organizationId}:${row.instrument_version_id}`;
    const cached = this.publishedDefinitions.get(key);
    if (cached) return cached;
    const [v] = await ctx.db.query<InstrumentVersionRow>('SELECT * FROM instrument_version WHERE id = $1', [row.instrument_version_id]);
    if (v!.status === 'PUBLISHED') {
      if (this.publishedDefinitions.size >= 500) this.publishedDefinitions.delete(this.publishedDefinitions.keys().next().value!);
      this.publishedDefinitions.set(key, v!.definition);
    }
    return v!.definition;
  }

  /** Scores as stored at submission; for drafts, a live preview from the same shared function. */
  async score(ctx: RequestContext, row: ChecklistRow): Promise<ChecklistScore> {
    if (row.status === 'SUBMITTED' && row.scores) return row.scores as ChecklistScore;
    const def = await this.definitionOf(ctx, row);
    return scoreChecklist(def, (await this.answers(ctx, row.id)).map(toAnswer), { raterType: row.rater_type as RaterType });
  }

  async save(ctx: RequestContext, input: SaveChecklistAnswersInput): Promise<ChecklistRow> {
    const current = await this.writable(ctx, input.checklistId);
    if (current.status !== 'DRAFT') throw new ConflictError('This checklist has been submitted; amend it instead', { status: current.status });
    const def = await this.definitionOf(ctx, current);
    assertNoDuplicates(input.answers);
    const merged = mergeAnswers(await this.answers(ctx, current.id), input.answers);
    validateAnswers(def, current.rater_type as RaterType, merged);
    const bumped = await this.bumpVersion(ctx, current.id, input.version, 'DRAFT');
    await this.writeAnswers(ctx, current.id, input.answers);
    return bumped;
  }

  /**
   * Submits exactly once per idempotency key: the row is locked, so concurrent retries wait and then return the
   * stored submission. The same key on another checklist, or a second key on a submitted checklist, is a CONFLICT.
   */
  async submit(ctx: RequestContext, input: SubmitChecklistInput): Promise<ChecklistRow> {
    const row = await this.writable(ctx, input.checklistId, true, true);
    if (row.status === 'SUBMITTED') {
      if (row.idempotency_key === input.idempotencyKey) return row;
      throw new ConflictError('This checklist has already been submitted');
    }
    const def = await this.definitionOf(ctx, row);
    const stored = await this.answers(ctx, row.id);
    const answers = stored.map(toAnswer);
    const raterType = row.rater_type as RaterType;
    const completeness = checklistCompleteness(def, raterType, answers);
    if (!completeness.canSubmit) {
      throw new InvalidInputError(`Not ready to submit: ${completeness.problems.join(' ')}`, { problems: completeness.problems });
    }
    const scores = scoreChecklist(def, answers, { raterType });
    // The subject's current team is stamped in the same statement; the key's uniqueness per organisation is the index's.
    const updated = await ctx.db.query<ChecklistRow>(
      `UPDATE checklist SET status = 'SUBMITTED', submitted_at = app_now(), revision = 1, version = version + 1, updated_at = app_now(),
         idempotency_key = $2, team_id = (SELECT m.team_id FROM team_membership m WHERE m.person_id = checklist.subject_id AND m.ends_on IS NULL LIMIT 1),
         ${scoreColumns(3)}
       WHERE id = $1 RETURNING *`,
      [row.id, input.idempotencyKey, ...scoreParams(scores)],
    ).catch((e: unknown) => {
      if (isUniqueViolation(e, 'checklist_idempotency_uq')) {
        throw new ConflictError('This idempotency key was already used for another checklist');
      }
      throw e;
    });
    const submitted = updated[0]!;
    const em = await ctx.db.manager();
    await applyRollupDeltas(em, ctx.db.organizationId!, await deltasOfSubmitted(em, [{
      team_id: submitted.team_id, submitted_at: submitted.submitted_at!, rater_type: submitted.rater_type,
      scores: submitted.scores as ChecklistScore | null, instrument_version_id: submitted.instrument_version_id, answers: stored,
    }], 1));
    await audit(ctx, {
      entity: 'checklist', entityId: row.id, action: 'checklist.submitted',
      after: { raterType, mutualityIndex: scores.mutualityIndex, band: scores.band },
    });
    return submitted;
  }

  /** Changes a submitted checklist as a new revision; the previous answers and scores are kept in its history. */
  async amend(ctx: RequestContext, input: AmendChecklistInput): Promise<ChecklistRow> {
    const current = await this.writable(ctx, input.checklistId);
    if (current.status !== 'SUBMITTED') throw new ConflictError('Only submitted checklists can be amended; save the draft instead');
    if (current.rater_type === 'PERSON_SERVED') throw new ForbiddenError('Person-served responses cannot be amended');
    const def = await this.definitionOf(ctx, current);
    const before = await this.answers(ctx, current.id);
    assertNoDuplicates(input.answers);
    const merged = mergeAnswers(before, input.answers);
    const raterType = current.rater_type as RaterType;
    validateAnswers(def, raterType, merged);
    const completeness = checklistCompleteness(def, raterType, merged.map(toAnswer));
    if (!completeness.canSubmit) throw new InvalidInputError(`The amendment leaves the checklist incomplete: ${completeness.problems.join(' ')}`);
    await this.bumpVersion(ctx, current.id, input.version, 'SUBMITTED');
    await this.updateRollups(ctx, [current.id], -1);
    await ctx.db.query(
      `INSERT INTO checklist_revision (organization_id, checklist_id, revision, answers, scores, submitted_at, amended_by, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [ctx.db.organizationId, current.id, current.revision, JSON.stringify(before), JSON.stringify(current.scores), current.submitted_at, ctx.viewer!.personId, input.reason.trim()],
    );
    await this.writeAnswers(ctx, current.id, input.answers);
    const scores = scoreChecklist(def, merged.map(toAnswer), { raterType });
    const [updated] = await ctx.db.query<ChecklistRow>(
      `UPDATE checklist SET revision = revision + 1, updated_at = app_now(), ${scoreColumns(2)} WHERE id = $1 RETURNING *`,
      [current.id, ...scoreParams(scores)],
    );
    await this.updateRollups(ctx, [current.id], 1);
    await audit(ctx, {
      entity: 'checklist', entityId: current.id, action: 'checklist.amended',
      before: { revision: current.revision, mutualityIndex: current.mutuality_index === null ? null : Number(current.mutuality_index) },
      after: { revision: updated!.revision, mutualityIndex: scores.mutualityIndex }, extra: { reason: input.reason.trim() },
    });
    return updated!;
  }

  async revisions(ctx: RequestContext, checklistId: string) {
    return ctx.db.query<{ revision: number; submitted_at: Date | null; amended_by_name: string | null; reason: string; scores: ChecklistScore | null; created_at: Date }>(
      `SELECT r.revision, r.submitted_at, p.name AS amended_by_name, r.reason, r.scores, r.created_at
       FROM checklist_revision r LEFT JOIN person p ON p.id = r.amended_by WHERE r.checklist_id = $1 ORDER BY r.revision`,
      [checklistId],
    );
  }

  /** Keeps the dashboard rollups in step, in the same transaction as the write. */
  async updateRollups(ctx: RequestContext, checklistIds: string[], sign: 1 | -1): Promise<void> {
    const em = await ctx.db.manager();
    await applyRollupDeltas(em, ctx.db.organizationId!, await checklistDeltas(em, checklistIds, sign));
  }

  /** The checklist if the viewer may write it (its rater, or whoever opened a person-served draft); else NOT_FOUND/FORBIDDEN. */
  private async writable(ctx: RequestContext, id: string, submitting = false, lock = false): Promise<ChecklistRow> {
    const row = await this.get(ctx, id, lock);
    const viewerId = ctx.viewer!.personId;
    // A hand-the-tablet form belongs to whoever opened it while it is a draft (and for retries of its submission).
    const opener = row.rater_type === 'PERSON_SERVED' && row.opened_by === viewerId && (row.status === 'DRAFT' || submitting);
    const mine = row.rater_id === viewerId || opener;
    if (!mine) throw new ForbiddenError('Only the person who is rating can change this checklist');
    return row;
  }

  private async bumpVersion(ctx: RequestContext, id: string, version: number, status: string): Promise<ChecklistRow> {
    const [row] = await ctx.db.query<ChecklistRow>(
      `UPDATE checklist SET version = version + 1, updated_at = app_now() WHERE id = $1 AND version = $2 AND status = $3 RETURNING *`,
      [id, version, status],
    );
    if (!row) {
      throw new ConflictError('This checklist was changed elsewhere (another tab or device). Reload to see the latest answers; your input was not saved.', {
        reason: 'STALE_VERSION',
      });
    }
    return row;
  }

  private async writeAnswers(ctx: RequestContext, checklistId: string, answers: AnswerInput[]): Promise<void> {
    if (answers.length === 0) return;
    await ctx.db.query(
      `INSERT INTO checklist_answer (organization_id, checklist_id, item_code, value, comment)
       SELECT $1, $2, a.item_code, a.value, a.comment
       FROM jsonb_to_recordset($3::jsonb) AS a(item_code text, value smallint, comment text)
       ON CONFLICT (organization_id, checklist_id, item_code) DO UPDATE SET value = EXCLUDED.value, comment = EXCLUDED.comment`,
      [ctx.db.organizationId, checklistId, JSON.stringify(answers.map((a) => ({ item_code: a.itemCode, value: a.value ?? null, comment: (a.comment ?? '').trim() })))],
    );
  }
}

/** SET clause for the stored scores, with positional parameters starting at `$from` (see scoreParams). */
function scoreColumns(from: number): string {
  const cols = ['scores', 'mutuality_index', 'mutuality_index_100', 'hierarchical_drift_index', 'medical_model_drift_index',
    'errand_drift_index', 'organisational_drift_index', 'band'];
  return cols.map((c, i) => `${c} = $${from + i}`).join(', ');
}

function scoreParams(s: ChecklistScore): unknown[] {
  return [JSON.stringify(s), s.mutualityIndex, s.mutualityIndex100, s.hierarchicalDriftIndex, s.medicalModelDriftIndex, s.errandDriftIndex, s.organisationalDriftIndex, s.band];
}

export function toAnswer(a: AnswerRow): { itemCode: string; value: number | null } {
  return { itemCode: a.item_code, value: a.value };
}

function assertNoDuplicates(answers: AnswerInput[]): void {
  const seen = new Set<string>();
  for (const a of answers) {
    if (seen.has(a.itemCode)) throw new InvalidInputError(`Item ${a.itemCode} is answered twice in this request`, { itemCode: a.itemCode });
    seen.add(a.itemCode);
  }
}

function mergeAnswers(existing: AnswerRow[], incoming: AnswerInput[]): AnswerRow[] {
  const map = new Map(existing.map((a) => [a.item_code, a]));
  for (const a of incoming) map.set(a.itemCode, { item_code: a.itemCode, value: a.value ?? null, comment: a.comment ?? '' });
  return [...map.values()];
}

/** Validates answers with the shared scoring rules (unknown items, items not asked of this rater, values, NA). */
function validateAnswers(def: InstrumentDefinition, raterType: RaterType, answers: AnswerRow[]): void {
  try {
    scoreChecklist(def, answers.map(toAnswer), { raterType });
  } catch (e) {
    if (e instanceof ScoringInputError) throw new InvalidInputError(e.message, { itemCode: e.itemCode, reason: e.code });
    throw e;
  }
}
