import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { PersonModel, toPersonModel } from '../people/person.model';
import { NoteAwaitingModel, SupervisorWeekInput, SupervisorWeekModel } from './week.model';
import { SupervisorWeekService } from './week.service';

@Resolver(() => SupervisorWeekModel)
export class SupervisorWeekResolver {
  constructor(private readonly week: SupervisorWeekService) {}

  @Roles('SUPERVISOR')
  @Query(() => SupervisorWeekModel, {
    description: 'Your week as a supervisor (Monday to Sunday in your time zone): sessions, notes to write, notes waiting for you, observation ratings and actions due.',
  })
  supervisorWeek(
    @Ctx() ctx: RequestContext,
    @Args('input', { type: () => SupervisorWeekInput, nullable: true }) input?: SupervisorWeekInput,
  ): Promise<SupervisorWeekModel> {
    return this.week.week(ctx, input ?? {});
  }
}

@Resolver(() => NoteAwaitingModel)
export class NoteAwaitingFieldsResolver {
  @ResolveField(() => [PersonModel], { description: 'The other people of the session.' })
  async with(@Ctx() ctx: RequestContext, @Parent() n: NoteAwaitingModel): Promise<PersonModel[]> {
    const rows = await Promise.all(n.withIds.map((id) => ctx.loaders.person.load(id)));
    return rows.filter((r): r is NonNullable<typeof r> => !!r).map(toPersonModel);
  }
}
