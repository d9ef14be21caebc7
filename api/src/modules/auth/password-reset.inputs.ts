import { InputType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsEmail } from 'class-validator';
import { TextField } from '../../common/text';
import { NewPasswordField } from './password-rules';

@InputType()
export class RequestPasswordResetInput {
  @TextField({ max: TEXT_LIMITS.email }) @IsEmail({}, { message: 'Enter a valid e-mail address' }) email: string;
}

@InputType()
export class ResetPasswordInput {
  @TextField({ max: TEXT_LIMITS.token, min: 20, minMessage: 'This link is not valid' }) token: string;
  @NewPasswordField() password: string;
}
