import { InputType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsEmail } from 'class-validator';
import { TextField } from '../../common/text';
import { Trim } from '../../common/trim';
import { NewPasswordField } from './password-rules';

@InputType()
export class LoginInput {
  @TextField({ max: TEXT_LIMITS.email }) @IsEmail({}, { message: 'Enter a valid e-mail address' }) email: string;
  @TextField({ max: TEXT_LIMITS.password, min: 1, minMessage: 'Enter your password' }) password: string;
}

@InputType()
export class AcceptInvitationInput {
  @TextField({ max: TEXT_LIMITS.token, min: 20, minMessage: 'This link is not valid' }) token: string;
  @NewPasswordField({ nullable: true, description: 'The password to sign in with. Leave out only when it was chosen at sign-up.' })
  password?: string;
}

@InputType()
export class ChangePasswordInput {
  @TextField({ max: TEXT_LIMITS.password, min: 1, minMessage: 'Enter your current password' }) currentPassword: string;
  @NewPasswordField() newPassword: string;
}

@InputType()
export class UpdateProfileInput {
  @TextField({ max: TEXT_LIMITS.personName, min: 1, minMessage: 'Enter your name' }) @Trim() name: string;
  @TextField({ max: TEXT_LIMITS.jobTitle, nullable: true }) jobTitle?: string;
}
