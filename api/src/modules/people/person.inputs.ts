import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize, ArrayMinSize, IsBoolean, IsDateString, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength,
} from 'class-validator';
import { Trim } from '../../common/trim';
import { RoleEnum } from './person.model';

@InputType()
export class InvitePersonInput {
  @Field() @Trim() @IsString() @Length(1, 120, { message: 'Name must be 1–120 characters' }) name: string;
  @Field() @IsEmail({}, { message: 'Enter a valid e-mail address' }) @MaxLength(254) email: string;
  @Field(() => [RoleEnum]) @ArrayMinSize(1, { message: 'Give the person at least one role' }) @ArrayMaxSize(4) @IsEnum(RoleEnum, { each: true }) roles: RoleEnum[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') supervisorId?: string;
  @Field(() => [ID], { nullable: true, description: 'Limit a PROGRAM_MANAGER to these programs; empty = all.' })
  @IsOptional() @IsUUID('all', { each: true }) managedProgramIds?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) jobTitle?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() livedExperience?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsDateString({ strict: true }, { message: 'startedOn must be a date (YYYY-MM-DD)' }) startedOn?: string;
}

@InputType()
export class UpdatePersonInput {
  @Field(() => ID) @IsUUID('all') personId: string;
  @Field({ nullable: true }) @Trim() @IsOptional() @IsString() @Length(1, 120) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'Enter a valid e-mail address' }) @MaxLength(254) email?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) jobTitle?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() livedExperience?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsDateString({ strict: true }) startedOn?: string;
}

@InputType()
export class SetPersonRolesInput {
  @Field(() => ID) @IsUUID('all') personId: string;
  @Field(() => [RoleEnum]) @ArrayMinSize(1, { message: 'Give the person at least one role' }) @ArrayMaxSize(4) @IsEnum(RoleEnum, { each: true }) roles: RoleEnum[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) managedProgramIds?: string[];
}

@InputType()
export class AssignTeamInput {
  @Field(() => ID) @IsUUID('all') personId: string;
  @Field(() => ID, { nullable: true, description: 'null ends the current membership without a new one.' }) @IsOptional() @IsUUID('all') teamId?: string | null;
  @Field({ nullable: true, description: 'Defaults to today.' }) @IsOptional() @IsDateString({ strict: true }) startsOn?: string;
}

@InputType()
export class AssignSupervisorInput {
  @Field(() => ID) @IsUUID('all') superviseeId: string;
  @Field(() => ID, { nullable: true, description: 'null ends the current supervision assignment.' }) @IsOptional() @IsUUID('all') supervisorId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsDateString({ strict: true }) startsOn?: string;
}

@InputType()
export class PeopleFilterInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) search?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field(() => RoleEnum, { nullable: true }) @IsOptional() @IsEnum(RoleEnum) role?: RoleEnum;
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() includeInactive?: boolean;
}

@InputType()
export class ImportRosterInput {
  @Field({ description: 'CSV text with a header row: name, email, team, roles, supervisor email.' })
  @IsString() @Length(1, 2_000_000, { message: 'The CSV file is empty or larger than 2 MB' }) csv: string;
  @Field({ description: 'true = preview only; false = apply all rows atomically (only when there are no errors).' })
  @IsBoolean() dryRun: boolean;
}
