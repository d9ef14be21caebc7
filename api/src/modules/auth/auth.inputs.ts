import { InputType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsEmail } from 'class-validator';
import { TextField } from '../../common/text';
import { Trim } from '../../common/trim';

@InputType()
export class LoginInput {
  @TextField({ max: TEXT_LIMITS.email }) @IsEmail({}, { message: 'Enter a valid e-mail address' }) email: string;
  @TextField({ max: TEXT_LIMITS.password, min: 1, minMessage: 'Enter your password' }) password: string;
}

@InputType()
export class AcceptInvitationInput {
  @TextField({ max: TEXT_LIMITS.token, min: 20, minMessage: 'This link is not valid' }) token: string;
  @TextField({ max: TEXT_LIMITS.password, min: 10, minMessage: 'Choose a password of at least 10 characters' }) password: string;
}

@InputType()
export class ChangePasswordInput {
  @TextField({ max: TEXT_LIMITS.password, min: 1, minMessage: 'Enter your current password' }) currentPassword: string;
  @TextField({ max: TEXT_LIMITS.password, min: 10, minMessage: 'Choose a password of at least 10 characters' }) newPassword: string;
}

@InputType()
export class UpdateProfileInput {
  @TextField({ max: TEXT_LIMITS.personName, min: 1, minMessage: 'Enter your name' }) @Trim() name: string;
  @TextField({ max: TEXT_LIMITS.jobTitle, nullable: true }) jobTitle?: string;
}
