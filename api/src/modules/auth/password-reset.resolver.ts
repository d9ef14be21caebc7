import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { Ctx, Public, Roles } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { TextArg } from '../../common/text';
import { RequestPasswordResetInput, ResetPasswordInput } from './password-reset.inputs';
import { PasswordResetPreviewModel } from './password-reset.model';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, {
    description: '“Forgot password?”: puts a single-use reset link (valid 60 minutes) in the message for the account with this '
      + 'e-mail address, if there is one. Always answers true, whether or not the address has an account.',
  })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.resets.request(ctx, input.email);
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, {
    description: 'Sends an active person a single-use password reset link. The link goes to their message (the outbox until mail '
      + 'is set up), never to the admin.',
  })
  sendPasswordReset(@Ctx() ctx: RequestContext, @Args('personId', { type: () => ID }) personId: string): Promise<boolean> {
    return this.resets.sendForPerson(ctx, personId);
  }

  @Public()
  @Query(() => PasswordResetPreviewModel, { description: 'Whose password a reset link is for (used by the set-a-new-password page).' })
  passwordReset(@Ctx() ctx: RequestContext, @TextArg('token', { max: TEXT_LIMITS.token }) token: string): Promise<PasswordResetPreviewModel> {
    return this.resets.preview(ctx, token);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link; ends every session of the person. Sign in afterwards.' })
  resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.resets.reset(ctx, input.token, input.password);
  }
}
