import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { ActionsPageInput, CreateActionInput } from './actions.inputs';
import { ActionModel, ActionPageModel } from './actions.model';
import { ActionsService } from './actions.service';

@Resolver()
export class ActionsResolver {
  constructor(private readonly service: ActionsService) {}

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Query(() => ActionPageModel, {
    description: 'The Actions page: actions for teams, caseloads and people you may see (and those agreed in notes you may see), open and overdue first.',
  })
  async actions(@Ctx() ctx: RequestContext, @Args('input', { type: () => ActionsPageInput, nullable: true }) input?: ActionsPageInput): Promise<ActionPageModel> {
    // An explicit null means "the default" as much as leaving the field out does.
    const { offset, limit, ...filter } = input ?? {};
    return this.service.page(ctx, filter, offset ?? 0, limit ?? 25);
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Mutation(() => ActionModel, {
    description: 'Agrees an action for a team, a supervisor’s caseload or one person, from a drift signal or by hand. A second open action on the same signal is refused (CONFLICT, with existingActionId).',
  })
  createAction(@Ctx() ctx: RequestContext, @Args('input') input: CreateActionInput): Promise<ActionModel> {
    return this.service.create(ctx, input);
  }
}
