import { Field, InputType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsBoolean, IsEmail, IsEnum, IsOptional } from 'class-validator';
import { TextField } from '../../common/text';
import { Trim } from '../../common/trim';
import { NewPasswordField } from '../auth/password-rules';
import { NoteSigningOrderEnum } from '../supervision/signing.model';

@InputType()
export class CreateOrganizationInput {
  @TextField({ max: TEXT_LIMITS.organizationName, min: 2, minMessage: 'Organisation name must be at least 2 characters' }) @Trim() organizationName: string;
  @TextField({ max: TEXT_LIMITS.personName, min: 1, minMessage: 'Enter your name' }) @Trim() adminName: string;
  @TextField({ max: TEXT_LIMITS.email }) @IsEmail({}, { message: 'Enter a valid e-mail address' }) email: string;
  @NewPasswordField({ userInputs: (i) => [i.adminName, i.email, i.organizationName] }) password: string;
}

@InputType()
export class UpdateOrganizationInput {
  @TextField({ max: TEXT_LIMITS.organizationName, min: 2, minMessage: 'Organisation name must be at least 2 characters', nullable: true }) @Trim() name?: string;
  @Field({ nullable: true, description: 'Allow program managers to read supervision note text.' })
  @IsOptional() @IsBoolean() managersReadNotes?: boolean;
  @Field(() => NoteSigningOrderEnum, { nullable: true, description: 'The order in which supervision notes are signed.' })
  @IsOptional() @IsEnum(NoteSigningOrderEnum) noteSigningOrder?: NoteSigningOrderEnum;
}
