import { rebuildRollups, type InstrumentEntity, type InstrumentVersionEntity } from '@tandem/database';
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
import { definitionOf } from './instrument.model';
import {
  deleteDraft, draftOf, insertDraft, insertInstrument, instrumentByKey, lockInstrument, maxVersion, newestPublished, publishDraft, saveDraft,
  updateInstrumentText, usedItemCodes, versionById, versionByNumber,
} from './instruments.repository';
import { InstrumentsService } from './instruments.service';

interface Edit {
  definition: InstrumentDefinition;
  /** Audit summary: codes and field names, never the wording. */
  summary: Record<string, unknown>;
}

interface EditContext {
  instrument: InstrumentEntity;
  draft: InstrumentVersionEntity;
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
  async createDraft(ctx: RequestContext, key: string): Promise<InstrumentVersionEntity> {
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
    const row = await this.insertDraft(ctx, instrument.id, cloneAsDraft(readOrFail(definitionOf(published)), version));
    await audit(ctx, {
      entity: 'instrument_version', entityId: row.id, action: 'instrument.draft_created',
      after: { instrumentKey: key, version, fromVersion: published.version },
    });
    return row;
  }

  /** Replaces the draft's definition. Structural problems are refused; content problems are kept and reported. */
  async updateDraft(ctx: RequestContext, input: UpdateInstrumentDraftInput): Promise<InstrumentVersionEntity> {
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
    const before = readOrFail(definitionOf(draft));
    const row = await this.saveDraft(ctx, draft, def);
    await audit(ctx, {
      entity: 'instrument_version', entityId: draft.id, action: 'instrument.draft_updated',
      extra: { instrumentKey: instrument.key, version: draft.version, changed: changedParts(before, def) },
    });
    return row;
  }

  updateItem(ctx: RequestContext, input: UpdateInstrumentItemInput): Promise<InstrumentVersionEntity> {
    const patch: ItemPatch = {
      prompts: input.prompts, help: input.help, order: input.order, reflectionPrompt: input.reflectionPrompt,
      naAllowed: input.naAllowed, inShortForm: input.inShortForm, driftPattern: input.driftPattern,
    };
    return this.edit(ctx, input.instrumentKey, 'instrument.item_updated', ({ draft }) => ({
      definition: updateItem(readOrFail(definitionOf(draft)), input.itemCode, patch),
      summary: { itemCode: input.itemCode, fields: Object.keys(patch).filter((k) => patch[k as keyof ItemPatch] !== undefined) },
    }));
  }

  addItem(ctx: RequestContext, input: AddInstrumentItemInput): Promise<InstrumentVersionEntity> {
    const item: NewItem = {
      dimensionCode: input.dimensionCode, polarity: input.polarity, driftPattern: input.driftPattern, prompts: input.prompts,
      help: input.help ?? '', naAllowed: input.naAllowed ?? true, inShortForm: input.inShortForm ?? false,
      reflectionPrompt: input.reflectionPrompt, replacesItemCode: input.replacesItemCode,
    };
    return this.edit(ctx, input.instrumentKey, 'instrument.item_added', async ({ instrument, draft, previous }) => {
      const { definition, code } = addItem(readOrFail(definitionOf(draft)), item, previous, await this.usedItemCodes(ctx, instrument.id));
      return { definition, summary: { itemCode: code, dimensionCode: input.dimensionCode, replacesItemCode: input.replacesItemCode ?? null } };
    });
  }

  retireItem(ctx: RequestContext, input: RetireInstrumentItemInput): Promise<InstrumentVersionEntity> {
    return this.edit(ctx, input.instrumentKey, 'instrument.item_retired', ({ draft, previous }) => ({
      definition: retireItem(readOrFail(definitionOf(draft)), input.itemCode, input.replacedByItemCode, previous),
      summary: { itemCode: input.itemCode, replacedByItemCode: input.replacedByItemCode ?? null },
    }));
  }

  moveItem(ctx: RequestContext, input: MoveInstrumentItemInput): Promise<InstrumentVersionEntity> {
    return this.edit(ctx, input.instrumentKey, 'instrument.item_moved', ({ draft }) => ({
      definition: moveItem(readOrFail(definitionOf(draft)), input.itemCode, input.direction),
      summary: { itemCode: input.itemCode, direction: input.direction },
    }));
  }

  /** Publishes the draft as an immutable version when it passes every check; otherwise nothing changes. */
  async publish(ctx: RequestContext, key: string): Promise<InstrumentVersionEntity> {
    const { instrument, draft, previous } = await this.editContext(ctx, key);
    const problems = draftProblems(draft, previous);
    if (problems.length) throw problemsError(`Version ${draft.version} cannot be published yet`, problems);
    const def = readOrFail(definitionOf(draft));
    const mapped = def.crosswalk.filter((c) => c.fromItemCode !== c.toItemCode);
    const row = await ctx.db.run(async (em) => {
      const published = await publishDraft(em, draft.id);
      await updateInstrumentText(em, instrument.id, def);
      // Item trends follow the crosswalk: re-key the organisation's item rollups to the new version's codes (same transaction).
      if (mapped.length) await rebuildRollups(em, ctx.db.organizationId!);
      return published;
    });
    await audit(ctx, {
      entity: 'instrument_version', entityId: draft.id, action: 'instrument.published',
      after: { instrumentKey: key, version: draft.version, items: def.items.length, crosswalkChanges: mapped },
    });
    return row!;
  }

  async discard(ctx: RequestContext, key: string): Promise<boolean> {
    const { instrument, draft } = await this.editContext(ctx, key);
    if (!(await ctx.db.run((em) => deleteDraft(em, draft.id)))) {
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
  async import(ctx: RequestContext, input: ImportInstrumentInput): Promise<InstrumentVersionEntity> {
    const parsed = importDefinition(input.content, input.format as InstrumentFileFormat);
    if (!parsed.definition) throw problemsError('The file cannot be imported', parsed.problems, parsed.issues);
    const imported = parsed.definition;
    const existing = await ctx.db.run((em) => instrumentByKey(em, imported.key, true));
    let def: InstrumentDefinition;
    let previous: InstrumentDefinition | undefined;
    if (existing) {
      if (await this.instruments.draft(ctx, existing.id)) {
        throw new ConflictError(`Instrument ${imported.key} already has a draft; publish or discard it before importing`);
      }
      const published = await this.newestPublished(ctx, existing.id);
      previous = published ? readOrFail(definitionOf(published)) : undefined;
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
    const row = version === null || version === undefined
      ? await this.newestPublished(ctx, instrument.id)
      : await ctx.db.run((em) => versionByNumber(em, instrument.id, version));
    if (!row || (row.status !== 'PUBLISHED' && !hasRole(ctx.viewer, 'ADMIN'))) throw new NotFoundError('Instrument version');
    return exportDefinition(readOrFail(definitionOf(row)), format);
  }

  /** What stops the current draft being published; empty when it can be. */
  async validation(ctx: RequestContext, key: string): Promise<string[]> {
    const instrument = await this.instrument(ctx, key);
    const draft = await this.instruments.draft(ctx, instrument.id);
    if (!draft) throw new NotFoundError('Instrument draft');
    const published = await this.newestPublished(ctx, instrument.id);
    return draftProblems(draft, published ? definitionOf(published) : undefined);
  }

  /** Problems of a version for the InstrumentVersion.problems field (published versions have none by construction). */
  async problemsOfVersion(ctx: RequestContext, versionId: string, status: string): Promise<string[]> {
    if (status !== 'DRAFT') return [];
    const draft = await ctx.db.run((em) => versionById(em, versionId));
    if (!draft) return [];
    const previous = await this.newestPublished(ctx, draft.instrumentId);
    return draftProblems(draft, previous ? definitionOf(previous) : undefined);
  }

  // ── helpers ──

  private async instrument(ctx: RequestContext, key: string): Promise<InstrumentEntity> {
    if (!INSTRUMENT_KEY_PATTERN.test(key)) throw new InvalidInputError('instrumentKey is not a valid key', { field: 'instrumentKey' });
    return this.instruments.byKey(ctx, key);
  }

  /** Serialises editors of one instrument for the rest of the transaction. */
  private async lockInstrument(ctx: RequestContext, instrumentId: string): Promise<void> {
    await ctx.db.run((em) => lockInstrument(em, instrumentId));
  }

  private async editContext(ctx: RequestContext, key: string): Promise<EditContext> {
    const instrument = await this.instrument(ctx, key);
    await this.lockInstrument(ctx, instrument.id);
    const draft = await ctx.db.run((em) => draftOf(em, instrument.id, true));
    if (!draft) throw new NotFoundError('Instrument draft');
    const published = await this.newestPublished(ctx, instrument.id);
    return { instrument, draft, previous: published ? readOrFail(definitionOf(published)) : undefined };
  }

  /** Applies one convenience edit to the locked draft, saves it and audits it. */
  private async edit(ctx: RequestContext, key: string, action: string, change: (edit: EditContext) => Edit | Promise<Edit>): Promise<InstrumentVersionEntity> {
    const context = await this.editContext(ctx, key);
    const { definition, summary } = await change(context);
    const row = await this.saveDraft(ctx, context.draft, definition);
    await audit(ctx, {
      entity: 'instrument_version', entityId: context.draft.id, action,
      extra: { instrumentKey: key, version: context.draft.version, ...summary },
    });
    return row;
  }

  private newestPublished(ctx: RequestContext, instrumentId: string): Promise<InstrumentVersionEntity | null> {
    return ctx.db.run((em) => newestPublished(em, instrumentId));
  }

  private maxVersion(ctx: RequestContext, instrumentId: string): Promise<number> {
    return ctx.db.run((em) => maxVersion(em, instrumentId));
  }

  /** Every item code any version of the instrument has used (new items never reuse one). */
  private usedItemCodes(ctx: RequestContext, instrumentId: string): Promise<string[]> {
    return ctx.db.run((em) => usedItemCodes(em, instrumentId));
  }

  private insertInstrument(ctx: RequestContext, def: InstrumentDefinition): Promise<InstrumentEntity> {
    return ctx.db.run((em) => insertInstrument(em, ctx.db.organizationId!, def));
  }

  private insertDraft(ctx: RequestContext, instrumentId: string, def: InstrumentDefinition): Promise<InstrumentVersionEntity> {
    return ctx.db.run((em) => insertDraft(em, ctx.db.organizationId!, instrumentId, def, ctx.viewer?.personId ?? null));
  }

  private async saveDraft(ctx: RequestContext, draft: InstrumentVersionEntity, def: InstrumentDefinition): Promise<InstrumentVersionEntity> {
    const row = await ctx.db.run((em) => saveDraft(em, draft.id, def));
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

function draftProblems(draft: InstrumentVersionEntity, previous: InstrumentDefinition | undefined): string[] {
  const { definition, problems } = readInstrumentDefinition(definitionOf(draft));
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
