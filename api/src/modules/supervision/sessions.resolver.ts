import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';
import type { PersonEntity } from '@tandem/database';
import type { RequestContext } from '../../common/request-context';
import { PersonModel, toPersonModel } from '../people/person.model';
import { NoteSummaryModel } from './note.model';
import { noteSummaryLoader } from './note-store';
import { SupervisionOccurrencesService } from './occurrences.service';
import { SupervisionSessionsService } from './sessions.service';
import type { SupervisionSession } from './sessions.repository';
import {
  CancelSupervisionOccurrenceInput, EndSupervisionSeriesInput, MarkSupervisionOccurrenceInput, MoveSupervisionOccurrenceInput,
  ScheduleSupervisionInput, SupervisionSessionsFilterInput, UpdateSupervisionSessionInput,
} from './session.inputs';
import {
  SupervisionOccurrenceModel, SupervisionOccurrencePayloadModel, SupervisionSessionModel, SupervisionSessionPayloadModel, toSessionModel,
} from './session.model';

async function people(ctx: RequestContext, ids: string[]): Promise<PersonModel[]> {
  const rows = await ctx.loaders.person.loadMany(ids);
  return rows.filter((r): r is PersonEntity => !!r && !(r instanceof Error)).map(toPersonModel);
}

@Resolver(() => SupervisionOccurrenceModel)
export class SupervisionSessionsResolver {
  constructor(
    private readonly sessions: SupervisionSessionsService,
    private readonly occurrences: SupervisionOccurrencesService,
  ) {}

  @SignedIn()
  @Query(() => [SupervisionOccurrenceModel], {
    description:
      'Occurrences in [from, to) the viewer may see, expanded from one-off sessions and series (exceptions applied). Supervisors and ' +
      'supervisees see their sessions, supervisors also their supervisees’, managers those of people in their programs, admins all.',
  })
  supervisionSessions(@Ctx() ctx: RequestContext, @Args('filter') filter: SupervisionSessionsFilterInput): Promise<SupervisionOccurrenceModel[]> {
    return this.occurrences.list(ctx, filter);
  }

  @SignedIn()
  @Query(() => SupervisionOccurrenceModel, { description: 'One occurrence by id (wherever it was moved to); NOT_FOUND when not visible.' })
  supervisionOccurrence(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<SupervisionOccurrenceModel> {
    return this.occurrences.get(ctx, id);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => SupervisionSessionPayloadModel, {
    description: 'Schedules a one-off session or a series (RRULE in an IANA zone). Warns (does not block) when the supervisor is double-booked.',
  })
  async scheduleSupervision(@Ctx() ctx: RequestContext, @Args('input') input: ScheduleSupervisionInput): Promise<SupervisionSessionPayloadModel> {
    const { session, warnings } = await this.sessions.schedule(ctx, input);
    return { session: toSessionModel(session), warnings };
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => SupervisionSessionPayloadModel, { description: 'Changes a session or series (its supervisor or an admin). See the input for how timing changes apply.' })
  async updateSupervisionSession(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSupervisionSessionInput): Promise<SupervisionSessionPayloadModel> {
    const { session, warnings } = await this.sessions.update(ctx, input);
    return { session: toSessionModel(session), warnings };
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => SupervisionOccurrencePayloadModel, { description: 'Cancels one occurrence (an EXDATE in calendars). Documented occurrences cannot be cancelled.' })
  cancelSupervisionOccurrence(@Ctx() ctx: RequestContext, @Args('input') input: CancelSupervisionOccurrenceInput): Promise<SupervisionOccurrencePayloadModel> {
    return this.occurrences.cancel(ctx, input);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => SupervisionOccurrencePayloadModel, { description: 'Moves one occurrence (keeps its id; RECURRENCE-ID in calendars). Moving a cancelled one restores it.' })
  moveSupervisionOccurrence(@Ctx() ctx: RequestContext, @Args('input') input: MoveSupervisionOccurrenceInput): Promise<SupervisionOccurrencePayloadModel> {
    return this.occurrences.move(ctx, input);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => SupervisionSessionPayloadModel, { description: 'Ends a series from a date; session is null when no occurrence remained (the series was removed).' })
  async endSupervisionSeries(@Ctx() ctx: RequestContext, @Args('input') input: EndSupervisionSeriesInput): Promise<SupervisionSessionPayloadModel> {
    const { session, warnings } = await this.sessions.endSeries(ctx, input);
    return { session: session ? toSessionModel(session) : null, warnings };
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => SupervisionOccurrencePayloadModel, { description: 'Records that an occurrence took place (COMPLETED) or did not (MISSED).' })
  markSupervisionOccurrence(@Ctx() ctx: RequestContext, @Args('input') input: MarkSupervisionOccurrenceInput): Promise<SupervisionOccurrencePayloadModel> {
    return this.occurrences.mark(ctx, input);
  }

  // ── occurrence fields ──

  @ResolveField(() => SupervisionSessionModel)
  async session(@Ctx() ctx: RequestContext, @Parent() o: SupervisionOccurrenceModel): Promise<SupervisionSessionModel> {
    const key = `supervision:session:${o.sessionId}`;
    if (!ctx.memo.has(key)) ctx.memo.set(key, this.sessions.get(ctx, o.sessionId));
    return toSessionModel(await (ctx.memo.get(key) as Promise<SupervisionSession>));
  }

  @ResolveField(() => PersonModel)
  async supervisor(@Ctx() ctx: RequestContext, @Parent() o: SupervisionOccurrenceModel): Promise<PersonModel> {
    return toPersonModel((await ctx.loaders.person.load(o.supervisorId))!);
  }

  @ResolveField(() => [PersonModel])
  supervisees(@Ctx() ctx: RequestContext, @Parent() o: SupervisionOccurrenceModel): Promise<PersonModel[]> {
    return people(ctx, o.superviseeIds);
  }

  @ResolveField(() => NoteSummaryModel, { nullable: true, description: 'The occurrence’s note, without text (null when none yet).' })
  note(@Ctx() ctx: RequestContext, @Parent() o: SupervisionOccurrenceModel): Promise<NoteSummaryModel | null> {
    return noteSummaryLoader(ctx).load(o.id);
  }
}

@Resolver(() => SupervisionSessionModel)
export class SupervisionSessionFieldsResolver {
  @ResolveField(() => PersonModel)
  async supervisor(@Ctx() ctx: RequestContext, @Parent() s: SupervisionSessionModel): Promise<PersonModel> {
    return toPersonModel((await ctx.loaders.person.load(s.supervisorId))!);
  }

  @ResolveField(() => [PersonModel])
  supervisees(@Ctx() ctx: RequestContext, @Parent() s: SupervisionSessionModel): Promise<PersonModel[]> {
    return people(ctx, s.superviseeIds);
  }
}
