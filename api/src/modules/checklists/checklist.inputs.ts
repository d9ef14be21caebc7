import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsDateString, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { RaterTypeEnum } from '../instruments/instrument.model';

@InputType()
export class StartChecklistInput {
  @Field({ defaultValue: 'mutuality-fidelity' }) @IsString() @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'instrumentKey is not a valid key' })
  instrumentKey: string;
  @Field(() => ID) @IsUUID('all', { message: 'subjectId must be an id' }) subjectId: string;
  @Field(() => RaterTypeEnum) @IsEnum(RaterTypeEnum) raterType: RaterTypeEnum;
  @Field({ nullable: true, description: 'Start of the period the rating looks back on (default: 30 days ago).' })
  @IsOptional() @IsDateString({ strict: true }) observationStart?: string;
  @Field({ nullable: true, description: 'End of the observation window (default: today).' })
  @IsOptional() @IsDateString({ strict: true }) observationEnd?: string;
}

@InputType()
export class AnswerInput {
  @Field() @IsString() @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'itemCode is not valid' }) itemCode: string;
  @Field(() => Int, { nullable: true, description: '1–5, or null for "not applicable".' })
  @IsOptional() @IsInt({ message: 'Answers are whole numbers from 1 to 5' }) @Min(1, { message: 'Answers run from 1 to 5' }) @Max(5, { message: 'Answers run from 1 to 5' })
  value: number | null;
  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

@InputType()
export class SaveChecklistAnswersInput {
  @Field(() => ID) @IsUUID('all') checklistId: string;
  @Field(() => Int, { description: 'The version you last read; a stale version gets CONFLICT and nothing is lost.' }) @IsInt() @Min(1) version: number;
  @Field(() => [AnswerInput]) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
}

@InputType()
export class SubmitChecklistInput {
  @Field(() => ID) @IsUUID('all') checklistId: string;
  @Field({ description: 'Client-generated key; retries with the same key return the same submission (exactly once).' })
  @IsString() @Length(8, 100) idempotencyKey: string;
}

@InputType()
export class AmendChecklistInput {
  @Field(() => ID) @IsUUID('all') checklistId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [AnswerInput]) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
  @Field({ description: 'Why the submitted checklist is being changed (kept in its history).' }) @IsString() @Length(3, 500) reason: string;
}

@InputType()
export class ChecklistFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') subjectId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field(() => RaterTypeEnum, { nullable: true }) @IsOptional() @IsEnum(RaterTypeEnum) raterType?: RaterTypeEnum;
  @Field({ nullable: true, description: 'DRAFT or SUBMITTED.' }) @IsOptional() @Matches(/^(DRAFT|SUBMITTED)$/, { message: 'status must be DRAFT or SUBMITTED' }) status?: string;
  @Field({ nullable: true }) @IsOptional() @IsDateString({ strict: true }) from?: string;
  @Field({ nullable: true }) @IsOptional() @IsDateString({ strict: true }) to?: string;
  @Field({ nullable: true, description: 'Only checklists the viewer rated.' }) @IsOptional() mine?: boolean;
}

@InputType()
export class ChecklistPolicyInput {
  @Field(() => ID) @IsUUID('all') programId: string;
  @Field(() => Int) @IsInt() @Min(7) @Max(730) selfEveryDays: number;
  @Field(() => Int) @IsInt() @Min(7) @Max(730) supervisorEveryDays: number;
  @Field(() => Int) @IsInt() @Min(7) @Max(730) personServedEveryDays: number;
}

@InputType()
export class PersonServedAnswersInput {
  @Field() @IsString() @Length(20, 200) token: string;
  @Field(() => [AnswerInput]) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
}
