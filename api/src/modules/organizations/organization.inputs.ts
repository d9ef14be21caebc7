import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Trim } from '../../common/trim';

@InputType()
export class CreateOrganizationInput {
  @Field() @Trim() @IsString() @Length(2, 200, { message: 'Organisation name must be 2–200 characters' }) organizationName: string;
  @Field() @Trim() @IsString() @Length(1, 120, { message: 'Your name must be 1–120 characters' }) adminName: string;
  @Field() @IsEmail({}, { message: 'Enter a valid e-mail address' }) @MaxLength(254) email: string;
  @Field() @IsString() @Length(10, 256, { message: 'Choose a password of at least 10 characters' }) password: string;
}

@InputType()
export class UpdateOrganizationInput {
  @Field({ nullable: true }) @Trim() @IsOptional() @IsString() @Length(2, 200) name?: string;
  @Field({ nullable: true, description: 'Allow program managers to read supervision note text.' })
  @IsOptional() @IsBoolean() managersReadNotes?: boolean;
}
