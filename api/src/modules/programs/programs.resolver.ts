import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { TeamModel, toTeamModel } from '../teams/team.model';
import { CreateProgramInput, UpdateProgramInput } from './program.inputs';
import { ProgramModel, toProgramModel } from './program.model';
import { ProgramsService } from './programs.service';

@Resolver(() => ProgramModel)
export class ProgramsResolver {
  constructor(private readonly programService: ProgramsService) {}

  @SignedIn()
  @Query(() => [ProgramModel], { description: 'Programs the viewer may see.' })
  async programs(
    @Ctx() ctx: RequestContext,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<ProgramModel[]> {
    return (await this.programService.list(ctx, includeArchived)).map(toProgramModel);
  }

  @SignedIn()
  @Query(() => ProgramModel)
  async program(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ProgramModel> {
    return toProgramModel(await this.programService.get(ctx, id));
  }

  @Roles('ADMIN')
  @Mutation(() => ProgramModel)
  async createProgram(@Ctx() ctx: RequestContext, @Args('input') input: CreateProgramInput): Promise<ProgramModel> {
    return toProgramModel(await this.programService.create(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => ProgramModel)
  async updateProgram(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProgramInput): Promise<ProgramModel> {
    return toProgramModel(await this.programService.update(ctx, input));
  }

  @ResolveField(() => [TeamModel])
  async teams(@Ctx() ctx: RequestContext, @Parent() program: ProgramModel): Promise<TeamModel[]> {
    return (await ctx.loaders.teamsByProgram.load(program.id)).map(toTeamModel);
  }

  @ResolveField(() => Int)
  async teamCount(@Ctx() ctx: RequestContext, @Parent() program: ProgramModel): Promise<number> {
    return (await ctx.loaders.teamsByProgram.load(program.id)).length;
  }
}
