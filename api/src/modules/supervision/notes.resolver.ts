import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { PersonModel, toPersonModel } from '../people/person.model';
import { ActionItemsService } from './action-items.service';
import { DRIFT_CODES } from './drift-codes';
import {
  ActionItemsFilterInput, AmendSupervisionNoteInput, FinalizeSupervisionNoteInput, RecordSupervisionNoteInput, SignSupervisionNoteInput, UpdateActionItemInput,
} from './note.inputs';
import { ActionItemModel, AmendmentModel, ReflectionModel, SupervisionAgendaModel, SupervisionNoteModel } from './note.model';
import { NoteSigningService } from './note-signing.service';
import { SupervisionNotesService } from './notes.service';
import { SignatureWithdrawalModel } from './signing.model';
import { SupervisionOccurrencesService } from './occurrences.service';
import { DriftCodeModel, SupervisionOccurrenceModel } from './session.model';

async function person(ctx: RequestContext, id: string | null): Promise<PersonModel | null> {
  const row = id ? await ctx.loaders.person.load(id) : null;
  return row ? toPersonModel(row) : null;
}

@Resolver(() => SupervisionNoteModel)
export class SupervisionNotesResolver {
  constructor(
    private readonly notes: SupervisionNotesService,
    private readonly actions: ActionItemsService,
    private readonly occurrences: SupervisionOccurrencesService,
    private readonly signing: NoteSigningService,
  ) {}

  @SignedIn()
  @Query(() => SupervisionNoteModel, { description: 'A note of a session you may see. Text only for its people (or managers, if policy allows); reads are audited.' })
  supervisionNote(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<SupervisionNoteModel> {
    return this.notes.get(ctx, id);
  }

  @Roles('SUPERVISOR', 'STAFF')
  @Mutation(() => SupervisionNoteModel, {
    description: 'Saves the draft note of a held occurrence (creating it on first save), or records an unscheduled session with its note. Stale version → CONFLICT.',
  })
  recordSupervisionNote(@Ctx() ctx: RequestContext, @Args('input') input: RecordSupervisionNoteInput): Promise<SupervisionNoteModel> {
    return this.notes.record(ctx, input);
  }

  @Roles('SUPERVISOR', 'STAFF')
  @Mutation(() => SupervisionNoteModel, {
    description: 'The supervisor finalises the record so supervisees can reflect and sign. A later change by the supervisor takes it back (visibly).',
  })
  finalizeSupervisionNote(@Ctx() ctx: RequestContext, @Args('input') input: FinalizeSupervisionNoteInput): Promise<SupervisionNoteModel> {
    return this.signing.finalize(ctx, input);
  }

  @Roles('SUPERVISOR', 'STAFF')
  @Mutation(() => SupervisionNoteModel, {
    description: 'Signs the note as its supervisor or a supervisee, in the organisation’s signing order (out of order → BAD_USER_INPUT); when everyone has signed it is locked.',
  })
  signSupervisionNote(@Ctx() ctx: RequestContext, @Args('input') input: SignSupervisionNoteInput): Promise<SupervisionNoteModel> {
    return this.signing.sign(ctx, input);
  }

  @Roles('SUPERVISOR', 'STAFF')
  @Mutation(() => SupervisionNoteModel, { description: 'Appends an amendment to a locked note (author and time kept; nothing is overwritten).' })
  amendSupervisionNote(@Ctx() ctx: RequestContext, @Args('input') input: AmendSupervisionNoteInput): Promise<SupervisionNoteModel> {
    return this.notes.amend(ctx, input);
  }

  @SignedIn()
  @Mutation(() => ActionItemModel, {
    description: 'Changes an action’s status or due date (also after the note is locked); audited. Only for someone who can read it: its owner, the people it is about and those who oversee it.',
  })
  updateActionItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateActionItemInput): Promise<ActionItemModel> {
    return this.actions.update(ctx, input);
  }

  @SignedIn()
  @Query(() => [ActionItemModel], { description: 'Action items in sessions you may see (open first, then by due date; at most 500).' })
  actionItems(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => ActionItemsFilterInput, nullable: true }) filter?: ActionItemsFilterInput,
  ): Promise<ActionItemModel[]> {
    return this.actions.list(ctx, filter ?? {});
  }

  @SignedIn()
  @Query(() => SupervisionAgendaModel, { description: 'For a supervisee’s next session: open actions, recent drift codes and dimensions.' })
  supervisionAgenda(@Ctx() ctx: RequestContext, @Args('superviseeId', { type: () => ID }) superviseeId: string): Promise<SupervisionAgendaModel> {
    return this.actions.agenda(ctx, superviseeId);
  }

  @SignedIn()
  @Query(() => [DriftCodeModel], { description: 'The drift taxonomy codes a note may use.' })
  supervisionDriftCodes(): DriftCodeModel[] {
    return DRIFT_CODES.map((c) => ({ ...c }));
  }

  // ── note fields ──

  @ResolveField(() => SupervisionOccurrenceModel)
  occurrence(@Ctx() ctx: RequestContext, @Parent() n: SupervisionNoteModel): Promise<SupervisionOccurrenceModel> {
    return this.occurrences.get(ctx, n.occurrenceId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  supervisorSignedBy(@Ctx() ctx: RequestContext, @Parent() n: SupervisionNoteModel): Promise<PersonModel | null> {
    return person(ctx, n.supervisorSignedById);
  }
}

@Resolver(() => ReflectionModel)
export class ReflectionFieldsResolver {
  @ResolveField(() => PersonModel)
  async supervisee(@Ctx() ctx: RequestContext, @Parent() r: ReflectionModel): Promise<PersonModel> {
    return (await person(ctx, r.superviseeId))!;
  }
}

@Resolver(() => AmendmentModel)
export class AmendmentFieldsResolver {
  @ResolveField(() => PersonModel)
  async author(@Ctx() ctx: RequestContext, @Parent() a: AmendmentModel): Promise<PersonModel> {
    return (await person(ctx, a.authorId))!;
  }
}

@Resolver(() => SignatureWithdrawalModel)
export class SignatureWithdrawalFieldsResolver {
  @ResolveField(() => PersonModel, { description: 'Whose signature it was.' })
  async person(@Ctx() ctx: RequestContext, @Parent() w: SignatureWithdrawalModel): Promise<PersonModel> {
    return (await person(ctx, w.personId))!;
  }

  @ResolveField(() => PersonModel, { description: 'Who changed the note.' })
  async changedBy(@Ctx() ctx: RequestContext, @Parent() w: SignatureWithdrawalModel): Promise<PersonModel> {
    return (await person(ctx, w.changedById))!;
  }
}

@Resolver(() => ActionItemModel)
export class ActionItemFieldsResolver {
  @ResolveField(() => PersonModel)
  async owner(@Ctx() ctx: RequestContext, @Parent() a: ActionItemModel): Promise<PersonModel> {
    return (await person(ctx, a.ownerId))!;
  }
}

@Resolver(() => SupervisionAgendaModel)
export class AgendaFieldsResolver {
  @ResolveField(() => PersonModel)
  async supervisee(@Ctx() ctx: RequestContext, @Parent() a: SupervisionAgendaModel): Promise<PersonModel> {
    return (await person(ctx, a.superviseeId))!;
  }
}
