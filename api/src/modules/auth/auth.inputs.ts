import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Trim } from '../../common/trim';

@InputType()
export class LoginInput {
  @Field() @IsEmail({}, { message: 'Enter a valid e-mail address' }) @MaxLength(254) email: string;
  @Field() @IsString() @Length(1, 256) password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @Length(20, 200) token: string;
  @Field() @IsString() @Length(10, 256, { message: 'Choose a password of at least 10 characters' }) password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @Length(1, 256) currentPassword: string;
  @Field() @IsString() @Length(10, 256, { message: 'Choose a password of at least 10 characters' }) newPassword: string;
}

@InputType()
export class UpdateProfileInput {
  @Field() @Trim() @IsString() @Length(1, 120) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) jobTitle?: string;
}
