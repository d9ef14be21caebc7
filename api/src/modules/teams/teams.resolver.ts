import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { PersonModel, toPersonModel } from '../people/person.model';
import { ProgramModel, toProgramModel } from '../programs/program.model';
import { CreateTeamInput, TeamFilterInput, UpdateTeamInput } from './team.inputs';
import { TeamModel, toTeamModel } from './team.model';
import { TeamsService } from './teams.service';

@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(private readonly teamService: TeamsService) {}

  @SignedIn()
  @Query(() => [TeamModel], { description: 'Teams the viewer may see (admins and unscoped managers: all).' })
  async teams(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => TeamFilterInput, nullable: true }) filter?: TeamFilterInput,
  ): Promise<TeamModel[]> {
    return (await this.teamService.list(ctx, filter ?? {})).map(toTeamModel);
  }

  @SignedIn()
  @Query(() => TeamModel)
  async team(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<TeamModel> {
    return toTeamModel(await this.teamService.get(ctx, id));
  }

  @Roles('ADMIN')
  @Mutation(() => TeamModel)
  async createTeam(@Ctx() ctx: RequestContext, @Args('input') input: CreateTeamInput): Promise<TeamModel> {
    return toTeamModel(await this.teamService.create(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => TeamModel)
  async updateTeam(@Ctx() ctx: RequestContext, @Args('input') input: UpdateTeamInput): Promise<TeamModel> {
    return toTeamModel(await this.teamService.update(ctx, input));
  }

  @ResolveField(() => ProgramModel)
  async program(@Ctx() ctx: RequestContext, @Parent() team: TeamModel): Promise<ProgramModel> {
    return toProgramModel((await ctx.loaders.program.load(team.programId))!);
  }

  @ResolveField(() => Int, { description: 'Active current members.' })
  memberCount(@Ctx() ctx: RequestContext, @Parent() team: TeamModel): Promise<number> {
    return ctx.loaders.memberCountByTeam.load(team.id);
  }

  @ResolveField(() => [PersonModel], { description: 'Current members the viewer may see.' })
  async members(@Ctx() ctx: RequestContext, @Parent() team: TeamModel): Promise<PersonModel[]> {
    return (await this.teamService.members(ctx, team.id)).map(toPersonModel);
  }
}
