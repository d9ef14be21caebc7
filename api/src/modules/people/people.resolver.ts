import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isRole, type Role } from '@tandem/shared';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';
import { PageInput } from '../../common/page';
import type { RequestContext } from '../../common/request-context';
import { TeamModel, toTeamModel } from '../teams/team.model';
import {
  AssignSupervisorInput, AssignTeamInput, ImportRosterInput, InvitePersonInput, PeopleFilterInput, SetPersonRolesInput, UpdatePersonInput,
} from './person.inputs';
import {
  PersonModel, RoleEnum, RoleGrantModel, SupervisionAssignmentModel, TeamMembershipModel, toPersonModel, toRoleGrantModel,
  toSupervisionAssignmentModel, toTeamMembershipModel,
} from './person.model';
import { InvitePersonPayloadModel, PersonPageModel, RosterImportResultModel } from './person-results.model';
import { PeopleService } from './people.service';
import { RosterService } from './roster.service';

@Resolver(() => TeamMembershipModel)
export class TeamMembershipResolver {
  @ResolveField(() => TeamModel, { nullable: true })
  async team(@Ctx() ctx: RequestContext, @Parent() m: TeamMembershipModel): Promise<TeamModel | null> {
    const row = await ctx.loaders.team.load(m.teamId);
    return row ? toTeamModel(row) : null;
  }
}

@Resolver(() => SupervisionAssignmentModel)
export class SupervisionAssignmentResolver {
  @ResolveField(() => PersonModel, { nullable: true })
  async supervisor(@Ctx() ctx: RequestContext, @Parent() a: SupervisionAssignmentModel): Promise<PersonModel | null> {
    const row = await ctx.loaders.person.load(a.supervisorId);
    return row ? toPersonModel(row) : null;
  }
}

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly roster: RosterService,
  ) {}

  @SignedIn()
  @Query(() => PersonPageModel, { description: 'People the viewer may see: admins all, managers their programs, supervisors their supervisees, staff themselves.' })
  async people(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => PeopleFilterInput, nullable: true }) filter?: PeopleFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<PersonPageModel> {
    const { items, totalCount } = await this.peopleService.list(ctx, filter ?? {}, page?.skip ?? 0, page?.take ?? 50);
    return { items: items.map(toPersonModel), totalCount };
  }

  @SignedIn()
  @Query(() => PersonModel)
  async person(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.get(ctx, id));
  }

  @Roles('ADMIN')
  @Mutation(() => InvitePersonPayloadModel, {
    description: 'Adds a person. Their one-time invitation link goes to their message (the outbox until mail is set up), not to the admin.',
  })
  async invitePerson(@Ctx() ctx: RequestContext, @Args('input') input: InvitePersonInput): Promise<InvitePersonPayloadModel> {
    return { person: toPersonModel(await this.peopleService.invite(ctx, input)) };
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, {
    description: 'For someone who has not accepted their invitation yet: closes earlier links and sends them a fresh one '
      + '(to their message, not to the admin). Refused once the person has set a password — send a password reset instead.',
  })
  resendInvitation(@Ctx() ctx: RequestContext, @Args('personId', { type: () => ID }) personId: string): Promise<boolean> {
    return this.peopleService.resendInvitation(ctx, personId);
  }

  @Roles('ADMIN')
  @Mutation(() => PersonModel)
  async updatePerson(@Ctx() ctx: RequestContext, @Args('input') input: UpdatePersonInput): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.update(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => PersonModel, { description: 'Replaces the person’s roles; takes effect on their next request.' })
  async setPersonRoles(@Ctx() ctx: RequestContext, @Args('input') input: SetPersonRolesInput): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.setRoles(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => PersonModel, { description: 'Moves a person to a team from a date; the previous membership is kept as history.' })
  async assignTeam(@Ctx() ctx: RequestContext, @Args('input') input: AssignTeamInput): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.assignTeam(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => PersonModel)
  async assignSupervisor(@Ctx() ctx: RequestContext, @Args('input') input: AssignSupervisorInput): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.assignSupervisor(ctx, input));
  }

  @Roles('ADMIN')
  @Mutation(() => PersonModel, { description: 'Deactivates a person and ends all their sessions; history is kept.' })
  async deactivatePerson(@Ctx() ctx: RequestContext, @Args('personId', { type: () => ID }) personId: string): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.setActive(ctx, personId, false));
  }

  @Roles('ADMIN')
  @Mutation(() => PersonModel)
  async reactivatePerson(@Ctx() ctx: RequestContext, @Args('personId', { type: () => ID }) personId: string): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.setActive(ctx, personId, true));
  }

  @Roles('ADMIN')
  @Mutation(() => RosterImportResultModel, { description: 'Imports people from CSV: a dry-run preview with per-row errors, or an atomic apply.' })
  importRoster(@Ctx() ctx: RequestContext, @Args('input') input: ImportRosterInput): Promise<RosterImportResultModel> {
    return this.roster.import(ctx, input.csv, input.dryRun) as Promise<RosterImportResultModel>;
  }

  // ── fields ────────────────────────────────────────────────────────────────────────────────────

  @ResolveField(() => [RoleEnum])
  async roles(@Ctx() ctx: RequestContext, @Parent() person: PersonModel): Promise<Role[]> {
    const grants = await ctx.loaders.grantsByPerson.load(person.id);
    return [...new Set(grants.map((g) => g.role).filter(isRole))];
  }

  @ResolveField(() => [RoleGrantModel])
  async roleGrants(@Ctx() ctx: RequestContext, @Parent() person: PersonModel): Promise<RoleGrantModel[]> {
    const grants = await ctx.loaders.grantsByPerson.load(person.id);
    return grants.map(toRoleGrantModel);
  }

  @ResolveField(() => TeamModel, { nullable: true, description: 'Current team.' })
  async team(@Ctx() ctx: RequestContext, @Parent() person: PersonModel): Promise<TeamModel | null> {
    const current = (await ctx.loaders.membershipsByPerson.load(person.id)).find((m) => m.endsOn === null);
    const team = current ? await ctx.loaders.team.load(current.teamId) : null;
    return team ? toTeamModel(team) : null;
  }

  @ResolveField(() => [TeamMembershipModel], { description: 'Team memberships, newest first (history kept).' })
  async teamHistory(@Ctx() ctx: RequestContext, @Parent() person: PersonModel): Promise<TeamMembershipModel[]> {
    return (await ctx.loaders.membershipsByPerson.load(person.id)).map(toTeamMembershipModel);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Current supervisor.' })
  async supervisor(@Ctx() ctx: RequestContext, @Parent() person: PersonModel): Promise<PersonModel | null> {
    const current = (await ctx.loaders.supervisorsBySupervisee.load(person.id)).find((a) => a.endsOn === null);
    const row = current ? await ctx.loaders.person.load(current.supervisorId) : null;
    return row ? toPersonModel(row) : null;
  }

  @ResolveField(() => [SupervisionAssignmentModel], { description: 'Supervision assignments as supervisee, newest first.' })
  async supervisionHistory(@Ctx() ctx: RequestContext, @Parent() person: PersonModel): Promise<SupervisionAssignmentModel[]> {
    return (await ctx.loaders.supervisorsBySupervisee.load(person.id)).map(toSupervisionAssignmentModel);
  }

  @ResolveField(() => [PersonModel], { description: 'Current supervisees the viewer may see.' })
  async supervisees(@Ctx() ctx: RequestContext, @Parent() person: PersonModel): Promise<PersonModel[]> {
    return (await this.peopleService.currentSupervisees(ctx, person.id)).map(toPersonModel);
  }
}
