import { Args, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { Ctx, Public, Roles, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { PersonModel } from '../people/person.model';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs';
import { OrganizationModel, toOrganizationModel } from './organization.model';
import { OrganizationsService } from './organizations.service';
import { SetupProgressModel } from './setup-progress.model';
import { SetupProgressService } from './setup-progress.service';
import { SignUpService } from './sign-up.service';

@Resolver()
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly signUp: SignUpService,
    private readonly setup: SetupProgressService,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Self-serve sign-up. Always answers true (whether or not the address already has an account); the founder '
      + 'confirms their address with the link in their message, which signs them in to the new organisation.',
  })
  createOrganization(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrganizationInput): Promise<boolean> {
    return this.signUp.signUp(ctx, input);
  }

  @SignedIn()
  @Query(() => OrganizationModel, { description: 'The signed-in person’s organisation.' })
  async organization(@Ctx() ctx: RequestContext): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.current(ctx));
  }

  @Roles('ADMIN')
  @Query(() => SetupProgressModel, { description: 'The first-run setup guide: each step ticked from the organisation’s own data. Administrators only.' })
  setupProgress(@Ctx() ctx: RequestContext): Promise<SetupProgressModel> {
    return this.setup.progress(ctx);
  }

  @Roles('ADMIN')
  @Mutation(() => OrganizationModel)
  async updateOrganization(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOrganizationInput): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.update(ctx, input));
  }
}

/** `Person.organization` — the organisation is always the viewer's own (row-level security guarantees it). */
@Resolver(() => PersonModel)
export class PersonOrganizationResolver {
  @ResolveField(() => OrganizationModel)
  async organization(@Ctx() ctx: RequestContext, @Parent() _person: PersonModel): Promise<OrganizationModel> {
    return toOrganizationModel((await ctx.loaders.organization.load(ctx.viewer!.organizationId))!);
  }
}

