import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { PersonModel, toPersonModel } from '../people/person.model';
import { TeamModel, toTeamModel } from '../teams/team.model';
import {
  SuperviseeComplianceModel, SupervisionComplianceFilterInput, SupervisionComplianceModel, SupervisionPolicyModel, UpdateSupervisionPolicyInput,
} from './compliance.model';
import { ComplianceService } from './compliance.service';

@Resolver(() => SupervisionComplianceModel)
export class ComplianceResolver {
  constructor(private readonly compliance: ComplianceService) {}

  @SignedIn()
  @Query(() => SupervisionComplianceModel, {
    description: 'Required vs recorded supervision, days since the last session and overdue flags for the supervisees you may see, with team/program totals and reconciliation.',
  })
  supervisionCompliance(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => SupervisionComplianceFilterInput, nullable: true }) filter?: SupervisionComplianceFilterInput,
  ): Promise<SupervisionComplianceModel> {
    return this.compliance.compliance(ctx, filter ?? {});
  }

  @SignedIn()
  @Query(() => SupervisionPolicyModel, { description: 'A program’s supervision policy (the product default when it has none).' })
  supervisionPolicy(@Ctx() ctx: RequestContext, @Args('programId', { type: () => ID }) programId: string): Promise<SupervisionPolicyModel> {
    return this.compliance.policy(ctx, programId);
  }

  @Roles('ADMIN')
  @Mutation(() => SupervisionPolicyModel, { description: 'Sets a program’s supervision policy: a preset or CUSTOM stages, plus counting rules.' })
  updateSupervisionPolicy(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSupervisionPolicyInput): Promise<SupervisionPolicyModel> {
    return this.compliance.updatePolicy(ctx, input);
  }
}

@Resolver(() => SuperviseeComplianceModel)
export class SuperviseeComplianceFieldsResolver {
  @ResolveField(() => PersonModel)
  async supervisee(@Ctx() ctx: RequestContext, @Parent() c: SuperviseeComplianceModel): Promise<PersonModel> {
    return toPersonModel((await ctx.loaders.person.load(c.superviseeId))!);
  }

  @ResolveField(() => TeamModel, { nullable: true })
  async team(@Ctx() ctx: RequestContext, @Parent() c: SuperviseeComplianceModel): Promise<TeamModel | null> {
    const row = c.teamId ? await ctx.loaders.team.load(c.teamId) : null;
    return row ? toTeamModel(row) : null;
  }
}
