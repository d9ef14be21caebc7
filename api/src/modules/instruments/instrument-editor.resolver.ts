import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import {
  AddInstrumentItemInput, ImportInstrumentInput, InstrumentFormat, MoveInstrumentItemInput, RetireInstrumentItemInput,
  UpdateInstrumentDraftInput, UpdateInstrumentItemInput,
} from './instrument-editor.inputs';
import { InstrumentEditorService } from './instrument-editor.service';
import { InstrumentVersionModel, toInstrumentVersionModel } from './instrument.model';
import { TextArg } from '../../common/text';

/** The admin instrument editor (drafts, publishing, import) and instrument export. Logic lives in the service. */
@Resolver(() => InstrumentVersionModel)
export class InstrumentEditorResolver {
  constructor(private readonly editor: InstrumentEditorService) {}

  @Roles('ADMIN')
  @Mutation(() => InstrumentVersionModel, {
    description: 'Copies the newest published version into the next version as a DRAFT (identity crosswalk). CONFLICT if a draft exists.',
  })
  async createInstrumentDraft(@Ctx() ctx: RequestContext, @TextArg('instrumentKey', { max: TEXT_LIMITS.instrumentKey }) instrumentKey: string): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel(await this.editor.createDraft(ctx, instrumentKey));
  }

  @Roles('ADMIN')
  @Mutation(() => InstrumentVersionModel, {
    description: 'Replaces the draft’s definition (key and version must stay). Content problems are allowed while drafting; see `problems`.',
  })
  async updateInstrumentDraft(@Ctx() ctx: RequestContext, @Args('input') input: UpdateInstrumentDraftInput): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel(await this.editor.updateDraft(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => InstrumentVersionModel, { description: 'Changes a draft item’s wording, flags or position; returns the draft.' })
  async updateInstrumentItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateInstrumentItemInput): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel(await this.editor.updateItem(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => InstrumentVersionModel, { description: 'Adds an item (next free Dn.k) at the end of its dimension; returns the draft.' })
  async addInstrumentItem(@Ctx() ctx: RequestContext, @Args('input') input: AddInstrumentItemInput): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel(await this.editor.addItem(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => InstrumentVersionModel, { description: 'Removes an item from the draft; the crosswalk maps it to its successor or null.' })
  async retireInstrumentItem(@Ctx() ctx: RequestContext, @Args('input') input: RetireInstrumentItemInput): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel(await this.editor.retireItem(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => InstrumentVersionModel, { description: 'Swaps a draft item with its neighbour in display order; returns the draft.' })
  async moveInstrumentItem(@Ctx() ctx: RequestContext, @Args('input') input: MoveInstrumentItemInput): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel(await this.editor.moveItem(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => InstrumentVersionModel, {
    description: 'Publishes the draft as an immutable version. Any problem → BAD_USER_INPUT with all problems in extensions.problems.',
  })
  async publishInstrumentDraft(@Ctx() ctx: RequestContext, @TextArg('instrumentKey', { max: TEXT_LIMITS.instrumentKey }) instrumentKey: string): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel(await this.editor.publish(ctx, instrumentKey));
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, { description: 'Deletes the draft.' })
  discardInstrumentDraft(@Ctx() ctx: RequestContext, @TextArg('instrumentKey', { max: TEXT_LIMITS.instrumentKey }) instrumentKey: string): Promise<boolean> {
    return this.editor.discard(ctx, instrumentKey);
  }

  @Roles('ADMIN')
  @Mutation(() => InstrumentVersionModel, {
    description: 'Imports JSON or a REDCap dictionary (≤ 1 MB) as a DRAFT: version 1 of a new instrument, or the next version of an existing one.',
  })
  async importInstrument(@Ctx() ctx: RequestContext, @Args('input') input: ImportInstrumentInput): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel(await this.editor.import(ctx, input));
  }

  @SignedIn()
  @Query(() => String, { description: 'An instrument version as JSON or a REDCap data dictionary; default the newest published version.' })
  exportInstrument(
    @Ctx() ctx: RequestContext,
    @TextArg('instrumentKey', { max: TEXT_LIMITS.instrumentKey }) instrumentKey: string,
    @Args('format', { type: () => InstrumentFormat }) format: InstrumentFormat,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<string> {
    return this.editor.export(ctx, instrumentKey, version, format);
  }

  @Roles('ADMIN')
  @Query(() => [String], { description: 'What stops the instrument’s draft being published; empty when it can be.' })
  instrumentVersionValidation(@Ctx() ctx: RequestContext, @TextArg('instrumentKey', { max: TEXT_LIMITS.instrumentKey }) instrumentKey: string): Promise<string[]> {
    return this.editor.validation(ctx, instrumentKey);
  }

  @ResolveField(() => [String], { description: 'For drafts: what stops publishing (empty when it can be published). Always empty for published versions.' })
  problems(@Ctx() ctx: RequestContext, @Parent() version: InstrumentVersionModel): Promise<string[]> {
    return this.editor.problemsOfVersion(ctx, version.id, version.status);
  }
}
