import { Field, ID, InputType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { DateScalar } from '../../common/scalars';
import { TextField } from '../../common/text';
import { Trim } from '../../common/trim';
import { RoleEnum } from './person.model';

@InputType()
export class InvitePersonInput {
  @TextField({ max: TEXT_LIMITS.personName, min: 1, minMessage: 'Enter a name' }) @Trim() name: string;
  @TextField({ max: TEXT_LIMITS.email }) @IsEmail({}, { message: 'Enter a valid e-mail address' }) email: string;
  @Field(() => [RoleEnum]) @ArrayMinSize(1, { message: 'Give the person at least one role' }) @ArrayMaxSize(4) @IsEnum(RoleEnum, { each: true }) roles: RoleEnum[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') supervisorId?: string;
  @Field(() => [ID], { nullable: true, description: 'Limit a PROGRAM_MANAGER to these programs; empty = all.' })
  @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true }) managedProgramIds?: string[];
  @TextField({ max: TEXT_LIMITS.jobTitle, nullable: true }) jobTitle?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() livedExperience?: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'When they started in the role.' }) @IsOptional() @IsString() startedOn?: string;
}

@InputType()
export class UpdatePersonInput {
  @Field(() => ID) @IsUUID('all') personId: string;
  @TextField({ max: TEXT_LIMITS.personName, min: 1, minMessage: 'Enter a name', nullable: true }) @Trim() name?: string;
  @TextField({ max: TEXT_LIMITS.email, nullable: true }) @IsEmail({}, { message: 'Enter a valid e-mail address' }) email?: string;
  @TextField({ max: TEXT_LIMITS.jobTitle, nullable: true }) jobTitle?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() livedExperience?: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'When they started in the role.' }) @IsOptional() @IsString() startedOn?: string;
}

@InputType()
export class SetPersonRolesInput {
  @Field(() => ID) @IsUUID('all') personId: string;
  @Field(() => [RoleEnum]) @ArrayMinSize(1, { message: 'Give the person at least one role' }) @ArrayMaxSize(4) @IsEnum(RoleEnum, { each: true }) roles: RoleEnum[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true }) managedProgramIds?: string[];
}

@InputType()
export class AssignTeamInput {
  @Field(() => ID) @IsUUID('all') personId: string;
  @Field(() => ID, { nullable: true, description: 'null ends the current membership without a new one.' }) @IsOptional() @IsUUID('all') teamId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @IsString() startsOn?: string;
}

@InputType()
export class AssignSupervisorInput {
  @Field(() => ID) @IsUUID('all') superviseeId: string;
  @Field(() => ID, { nullable: true, description: 'null ends the current supervision assignment.' }) @IsOptional() @IsUUID('all') supervisorId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @IsString() startsOn?: string;
}

@InputType()
export class PeopleFilterInput {
  @TextField({ max: TEXT_LIMITS.peopleSearch, nullable: true, description: 'Part of a name or e-mail address.' }) search?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field(() => RoleEnum, { nullable: true }) @IsOptional() @IsEnum(RoleEnum) role?: RoleEnum;
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() includeInactive?: boolean;
}

@InputType()
export class ImportRosterInput {
  @TextField({ max: TEXT_LIMITS.rosterCsv, min: 1, minMessage: 'The CSV file is empty', description: 'CSV text with a header row: name, email, team, roles, supervisor email.' })
  csv: string;
  @Field({ description: 'true = preview only; false = apply all rows atomically (only when there are no errors).' })
  @IsBoolean() dryRun: boolean;
}
