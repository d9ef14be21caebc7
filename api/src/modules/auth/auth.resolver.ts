import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { Ctx, Public, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { PersonModel, toPersonModel } from '../people/person.model';
import { AcceptInvitationInput, ChangePasswordInput, LoginInput, UpdateProfileInput } from './auth.inputs';
import { AuthPayloadModel, InvitationPreviewModel } from './auth.model';
import { AuthService } from './auth.service';
import { TextArg } from '../../common/text';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Signs in with e-mail and password; sets an httpOnly session cookie.' })
  async login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput): Promise<AuthPayloadModel> {
    const { token, person } = await this.auth.login(ctx, input);
    return { token, person: toPersonModel(person) };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends the current session (server-side revocation).' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.auth.logout(ctx);
  }

  @SignedIn()
  @Query(() => PersonModel, { description: 'The signed-in person.' })
  async me(@Ctx() ctx: RequestContext): Promise<PersonModel> {
    return toPersonModel((await ctx.loaders.person.load(ctx.viewer!.personId))!);
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'Who an invitation link is for (used by the set-password page).' })
  invitation(@Ctx() ctx: RequestContext, @TextArg('token', { max: TEXT_LIMITS.token }) token: string): Promise<InvitationPreviewModel> {
    return this.auth.invitationPreview(ctx, token);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Sets a password from a one-time invitation link and signs in.' })
  async acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput): Promise<AuthPayloadModel> {
    const { token, person } = await this.auth.acceptInvitation(ctx, input);
    return { token, person: toPersonModel(person) };
  }

  @SignedIn()
  @Mutation(() => Boolean)
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(ctx, input);
  }

  @SignedIn()
  @Mutation(() => PersonModel)
  async updateMyProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProfileInput): Promise<PersonModel> {
    return toPersonModel(await this.auth.updateProfile(ctx, input));
  }
}
