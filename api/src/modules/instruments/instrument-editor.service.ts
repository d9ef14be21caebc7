import { rebuildRollups } from '@tandem/database';
import { Injectable } from '@nestjs/common';
import {
  definitionFromJson, exportDefinition, importDefinition, INSTRUMENT_KEY_PATTERN, MAX_INSTRUMENT_FILE_BYTES, readInstrumentDefinition,
  validateInstrumentDefinition, type DefinitionIssue, type InstrumentDefinition, type InstrumentFileFormat,
} from '@tandem/shared';
import { audit } from '../../common/audit';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/errors';
import { hasRole, type RequestContext } from '../../common/request-context';
import {
  addItem, cloneAsDraft, crosswalkAgainst, moveItem, retireItem, updateItem, type ItemPatch, type NewItem,
} from './instrument-editing';
import type {
  AddInstrumentItemInput, ImportInstrumentInput, MoveInstrumentItemInput, RetireInstrumentItemInput, UpdateInstrumentDraftInput,
  UpdateInstrumentItemInput,
} from './instrument-editor.inputs';
import type { InstrumentRow, InstrumentVersionRow } from './instrument.model';
import { InstrumentsService } from './instruments.service';

interface Edit {
  definition: InstrumentDefinition;
  /** Audit summary: codes and field names, never the wording. */
  summary: Record<string, unknown>;
}

interface EditContext {
  instrument: InstrumentRow;
  draft: InstrumentVersionRow;
  /** The newest published version before the draft (what the crosswalk maps from). */
  previous: InstrumentDefinition | undefined;
}

/**
 * The admin instrument editor: one draft per instrument, cloned from the newest published version, edited, then
 * published as a new immutable version (or discarded). Every change is audited in the request's transaction.
 */
@Injectable()
export class InstrumentEditorService {
  constructor(private readonly instruments: InstrumentsService) {}

  /** Copies the newest published version into version N+1 as a draft with an identity crosswalk. */
  async createDraft(ctx: RequestContext, key: string): Promise<InstrumentVersionRow> {
    const instrument = await this.instrument(ctx, key);
    await this.lockInstrument(ctx, instrument.id);
    if (await this.instruments.draft(ctx, instrument.id)) {
      throw new ConflictError('This instrument already has a draft; edit, publish or discard it first');
    }
    const published = await this.newestPublished(ctx, instrument.id);
    if (!published) {
      throw new InvalidInputError('This instrument has never been published, so there is no version to copy; import it again instead');
    }
    const version = (await this.maxVersion(ctx, instrument.id)) + 1;
    const row = await this.insertDraft(ctx, instrument.id, cloneAsDraft(readOrFail(published.definition), version));
    await audit(ctx, {
      entity: 'instrument_version', entityId: row.id, action: 'instrument.draft_created',
      after: { instrumentKey: key, version, fromVersion: published.version },
    });
    return row;
  }

  /** Replaces the draft's definition. Structural problems are refused; content problems are kept and reported. */
  async updateDraft(ctx: RequestContext, input: UpdateInstrumentDraftInput): Promise<InstrumentVersionRow> {
    if (Buffer.byteLength(input.definitionJson, 'utf8') > MAX_INSTRUMENT_FILE_BYTES) {
      throw new InvalidInputError('The definition is larger than 1 MB', { field: 'definitionJson' });
    }
    const { instrument, draft } = await this.editContext(ctx, input.instrumentKey);
    const parsed = definitionFromJson(input.definitionJson);
    if (!parsed.definition) throw problemsError('The definition is not usable', parsed.problems, parsed.issues);
    const def = parsed.definition;
    const problems: string[] = [];
    if (def.key !== instrument.key) problems.push(`The key must stay "${instrument.key}".`);
    if (def.version !== draft.version) problems.push(`The version must stay ${draft.version}.`);
    if (problems.length) throw problemsError('The definition is not usable', problems);
    const before = readOrFail(draft.definition);
    const row = await this.saveDraft(ctx, draft, def);
    await audit(ctx, {
      entity: 'instrument_version', entityId: draft.id, action: 'instrument.draft_updated',
      extra: { instrumentKey: instrument.key, version: draft.version, changed: changedParts(before, def) },
    });
    return row;
  }

  updateItem(ctx: RequestContext, input: UpdateInstrumentItemInput): Promise<InstrumentVersionRow> {
    const patch: ItemPatch = {
      prompts: input.prompts, help: input.help, order: input.order, reflectionPrompt: input.reflectionPrompt,
      naAllowed: input.naAllowed, inShortForm: input.inShortForm, driftPattern: input.driftPattern,
    };
    return this.edit(ctx, input.instrumentKey, 'instrument.item_updated', ({ draft }) => ({
      definition: updateItem(readOrFail(draft.definition), input.itemCode, patch),
      summary: { itemCode: input.itemCode, fields: Object.keys(patch).filter((k) => patch[k as keyof ItemPatch] !== undefined) },
    }));
  }

  addItem(ctx: RequestContext, input: AddInstrumentItemInput): Promise<InstrumentVersionRow> {
    const item: NewItem = {
      dimensionCode: input.dimensionCode, polarity: input.polarity, driftPattern: input.driftPattern, prompts: input.prompts,
      help: input.help ?? '', naAllowed: input.naAllowed ?? true, inShortForm: input.inShortForm ?? false,
      reflectionPrompt: input.reflectionPrompt, replacesItemCode: input.replacesItemCode,
    };
    return this.edit(ctx, input.instrumentKey, 'instrument.item_added', async ({ instrument, draft, previous }) => {
      const { definition, code } = addItem(readOrFail(draft.definition), item, previous, await this.usedItemCodes(ctx, instrument.id));
      return { definition, summary: { itemCode: code, dimensionCode: input.dimensionCode, replacesItemCode: input.replacesItemCode ?? null } };
    });
  }

  retireItem(ctx: RequestContext, input: RetireInstrumentItemInput): Promise<InstrumentVersionRow> {
    return this.edit(ctx, input.instrumentKey, 'instrument.item_retired', ({ draft, previous }) => ({
      definition: retireItem(readOrFail(draft.definition), input.itemCode, input.replacedByItemCode, previous),
      summary: { itemCode: input.itemCode, replacedByItemCode: input.replacedByItemCode ?? null },
    }));
  }

  moveItem(ctx: RequestContext, input: MoveInstrumentItemInput): Promise<InstrumentVersionRow> {
    return this.edit(ctx, input.instrumentKey, 'instrument.item_moved', ({ draft }) => ({
      definition: moveItem(readOrFail(draft.definition), input.itemCode, input.direction),
      summary: { itemCode: input.itemCode, direction: input.direction },
    }));
  }

  /** Publishes the draft as an immutable version when it passes every check; otherwise nothing changes. */
  async publish(ctx: RequestContext, key: string): Promise<InstrumentVersionRow> {
    const { instrument, draft, previous } = await this.editContext(ctx, key);
    const problems = draftProblems(draft, previous);
    if (problems.length) throw problemsError(`Version ${draft.version} cannot be published yet`, problems);
    const def = readOrFail(draft.definition);
    const [row] = await ctx.db.query<InstrumentVersionRow>(
      `UPDATE instrument_version SET status = 'PUBLISHED', published_at = app_now() WHERE id = $1 AND status = 'DRAFT' RETURNING *`, [draft.id],
    );
    await ctx.db.query('UPDATE instrument SET title = $2, description = $3, level = $4 WHERE id = $1', [
      instrument.id, def.title, def.description, def.level,
    ]);
    const mapped = def.crosswalk.filter((c) => c.fromItemCode !== c.toItemCode);
    // Item trends follow the crosswalk: re-key the organisation's item rollups to the new version's codes (same transaction).
    if (mapped.length) await rebuildRollups(await ctx.db.manager(), ctx.db.organizationId!);
    await audit(ctx, {
      entity: 'instrument_version', entityId: draft.id, action: 'instrument.published',
      after: { instrumentKey: key, version: draft.version, items: def.items.length, crosswalkChanges: mapped },
    });
    return row!;
  }

  async discard(ctx: RequestContext, key: string): Promise<boolean> {
    const { instrument, draft } = await this.editContext(ctx, key);
    const deleted = await ctx.db.query(`DELETE FROM instrument_version WHERE id = $1 AND status = 'DRAFT' RETURNING id`, [draft.id]);
    if (deleted.length !== 1) {
      throw new ConflictError('The draft could not be discarded; reload and try again');
    }
    await audit(ctx, {
      entity: 'instrument_version', entityId: draft.id, action: 'instrument.draft_discarded',
      before: { instrumentKey: instrument.key, version: draft.version },
    });
    return true;
  }

  /**
   * Imports a definition as a draft: version 1 of a new instrument, or the next version of an existing one (its
   * crosswalk then maps from the current published version). Anything that would not pass publishing is refused.
   */
  async import(ctx: RequestContext, input: ImportInstrumentInput): Promise<InstrumentVersionRow> {
    const parsed = importDefinition(input.content, input.format as InstrumentFileFormat);
    if (!parsed.definition) throw problemsError('The file cannot be imported', parsed.problems, parsed.issues);
    const imported = parsed.definition;
    const [existing] = await ctx.db.query<InstrumentRow>('SELECT * FROM instrument WHERE key = $1 FOR UPDATE', [imported.key]);
    let def: InstrumentDefinition;
    let previous: InstrumentDefinition | undefined;
    if (existing) {
      if (await this.instruments.draft(ctx, existing.id)) {
        throw new ConflictError(`Instrument ${imported.key} already has a draft; publish or discard it before importing`);
      }
      const published = await this.newestPublished(ctx, existing.id);
      previous = published ? readOrFail(published.definition) : undefined;
      const version = (await this.maxVersion(ctx, existing.id)) + 1;
      def = { ...imported, version, crosswalk: previous ? crosswalkAgainst(previous, imported) : [] };
    } else {
      def = { ...imported, version: 1, crosswalk: [] };
    }
    const problems = validateInstrumentDefinition(def, previous);
    if (problems.length) throw problemsError('The file cannot be imported', problems);
    const instrument = existing ?? (await this.insertInstrument(ctx, def));
    const row = await this.insertDraft(ctx, instrument.id, def);
    await audit(ctx, {
      entity: 'instrument_version', entityId: row.id, action: 'instrument.imported',
      after: { instrumentKey: def.key, version: def.version, format: input.format, newInstrument: !existing, items: def.items.length },
    });
    return row;
  }

  /** A version as JSON or a REDCap dictionary: the newest published one unless `version` is given (drafts: admins only). */
  async export(ctx: RequestContext, key: string, version: number | null | undefined, format: InstrumentFileFormat): Promise<string> {
    if (version !== null && version !== undefined && (!Number.isInteger(version) || version < 1)) {
      throw new InvalidInputError('version must be 1 or more', { field: 'version' });
    }
    const instrument = await this.instrument(ctx, key);
    let row: InstrumentVersionRow | undefined;
    if (version === null || version === undefined) row = await this.newestPublished(ctx, instrument.id);
    else [row] = await ctx.db.query<InstrumentVersionRow>('SELECT * FROM instrument_version WHERE instrument_id = $1 AND version = $2', [instrument.id, version]);
    if (!row || (row.status !== 'PUBLISHED' && !hasRole(ctx.viewer, 'ADMIN'))) throw new NotFoundError('Instrument version');
    return exportDefinition(readOrFail(row.definition), format);
  }

  /** What stops the current draft being published; empty when it can be. */
  async validation(ctx: RequestContext, key: string): Promise<string[]> {
    const instrument = await this.instrument(ctx, key);
    const draft = await this.instruments.draft(ctx, instrument.id);
    if (!draft) throw new NotFoundError('Instrument draft');
    return draftProblems(draft, (await this.newestPublished(ctx, instrument.id))?.definition);
  }

  /** Problems of a version for the InstrumentVersion.problems field (published versions have none by construction). */
  async problemsOfVersion(ctx: RequestContext, versionId: string, status: string): Promise<string[]> {
    if (status !== 'DRAFT') return [];
    const [draft] = await ctx.db.query<InstrumentVersionRow>('SELECT * FROM instrument_version WHERE id = $1', [versionId]);
    if (!draft) return [];
    const previous = await this.newestPublished(ctx, draft.instrument_id);
    return draftProblems(draft, previous?.definition);
  }

  // ── helpers ──

  private async instrument(ctx: RequestContext, key: string): Promise<InstrumentRow> {
    if (!INSTRUMENT_KEY_PATTERN.test(key)) throw new InvalidInputError('instrumentKey is not a valid key', { field: 'instrumentKey' });
    return this.instruments.byKey(ctx, key);
  }

  /** Serialises editors of one instrument for the rest of the transaction. */
  private async lockInstrument(ctx: RequestContext, instrumentId: string): Promise<void> {
    await ctx.db.query('SELECT id FROM instrument WHERE id = $1 FOR UPDATE', [instrumentId]);
  }

  private async editContext(ctx: RequestContext, key: string): Promise<EditContext> {
    const instrument = await this.instrument(ctx, key);
    await this.lockInstrument(ctx, instrument.id);
    const [draft] = await ctx.db.query<InstrumentVersionRow>(
      `SELECT * FROM instrument_version WHERE instrument_id = $1 AND status = 'DRAFT' FOR UPDATE`, [instrument.id],
    );
    if (!draft) throw new NotFoundError('Instrument draft');
    const published = await this.newestPublished(ctx, instrument.id);
    return { instrument, draft, previous: published ? readOrFail(published.definition) : undefined };
  }

  /** Applies one convenience edit to the locked draft, saves it and audits it. */
  private async edit(ctx: RequestContext, key: string, action: string, change: (edit: EditContext) => Edit | Promise<Edit>): Promise<InstrumentVersionRow> {
    const context = await this.editContext(ctx, key);
    const { definition, summary } = await change(context);
    const row = await this.saveDraft(ctx, context.draft, definition);
    await audit(ctx, {
      entity: 'instrument_version', entityId: context.draft.id, action,
      extra: { instrumentKey: key, version: context.draft.version, ...summary },
    });
    return row;
  }

  private async newestPublished(ctx: RequestContext, instrumentId: string): Promise<InstrumentVersionRow | undefined> {
    const [row] = await ctx.db.query<InstrumentVersionRow>(
      `SELECT * FROM instrument_version WHERE instrument_id = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`, [instrumentId],
    );
    return row;
  }

  private async maxVersion(ctx: RequestContext, instrumentId: string): Promise<number> {
    const [row] = await ctx.db.query<{ v: number | null }>('SELECT max(version)::int AS v FROM instrument_version WHERE instrument_id = $1', [instrumentId]);
    return row?.v ?? 0;
  }

  /** Every item code any version of the instrument has used (new items never reuse one). */
  private async usedItemCodes(ctx: RequestContext, instrumentId: string): Promise<string[]> {
    const rows = await ctx.db.query<{ code: string }>(
      `SELECT DISTINCT item->>'code' AS code FROM instrument_version v, jsonb_array_elements(v.definition->'items') AS item
       WHERE v.instrument_id = $1`, [instrumentId],
    );
    return rows.map((r) => r.code).filter(Boolean);
  }

  private async insertInstrument(ctx: RequestContext, def: InstrumentDefinition): Promise<InstrumentRow> {
    const [row] = await ctx.db.query<InstrumentRow>(
      'INSERT INTO instrument (organization_id, key, title, description, level) VALUES ($1, $2, $3, $4, $5) RETURNING *',
      [ctx.db.organizationId, def.key, def.title, def.description, def.level],
    );
    return row!;
  }

  private async insertDraft(ctx: RequestContext, instrumentId: string, def: InstrumentDefinition): Promise<InstrumentVersionRow> {
    const [row] = await ctx.db.query<InstrumentVersionRow>(
      `INSERT INTO instrument_version (organization_id, instrument_id, version, status, definition, created_by)
       VALUES ($1, $2, $3, 'DRAFT', $4, $5) RETURNING *`,
      [ctx.db.organizationId, instrumentId, def.version, JSON.stringify(def), ctx.viewer?.personId ?? null],
    );
    return row!;
  }

  private async saveDraft(ctx: RequestContext, draft: InstrumentVersionRow, def: InstrumentDefinition): Promise<InstrumentVersionRow> {
    const [row] = await ctx.db.query<InstrumentVersionRow>(
      `UPDATE instrument_version SET definition = $2 WHERE id = $1 AND status = 'DRAFT' RETURNING *`, [draft.id, JSON.stringify(def)],
    );
    if (!row) throw new NotFoundError('Instrument draft');
    return row;
  }
}

/** A stored definition in canonical form; stored rows were checked on the way in. */
function readOrFail(stored: InstrumentDefinition): InstrumentDefinition {
  const { definition, problems } = readInstrumentDefinition(stored);
  if (!definition) throw new InvalidInputError('The stored definition is damaged', { problems });
  return definition;
}

function draftProblems(draft: InstrumentVersionRow, previous: InstrumentDefinition | undefined): string[] {
  const { definition, problems } = readInstrumentDefinition(draft.definition);
  if (!definition) return problems;
  return validateInstrumentDefinition(definition, previous ? readOrFail(previous) : undefined);
}

/** BAD_USER_INPUT with every problem, and the field paths they are about when known (`fields`, e.g. `items[2].order`). */
function problemsError(message: string, problems: string[], issues?: DefinitionIssue[]): InvalidInputError {
  const shown = problems.slice(0, 5).join(' ');
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  const fields = issues?.length ? { fields: [...new Set(issues.map((i) => i.path))] } : {};
  return new InvalidInputError(`${message}: ${shown}${more}`, { problems, ...fields });
}

/** Which top-level parts of a definition differ (for the audit trail; never the texts themselves). */
function changedParts(before: InstrumentDefinition, after: InstrumentDefinition): string[] {
  const keys = ['title', 'description', 'level', 'scale', 'dimensions', 'items', 'crosswalk'] as const;
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
