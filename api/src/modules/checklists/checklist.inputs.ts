import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { TEXT_LIMITS } from '@tandem/shared';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '../../common/scalars';
import { TextField } from '../../common/text';
import { RaterTypeEnum } from '../instruments/instrument.model';

@InputType()
export class StartChecklistInput {
  @TextField({ max: TEXT_LIMITS.instrumentKey, defaultValue: 'mutuality-fidelity' }) @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'instrumentKey is not a valid key' })
  instrumentKey: string;
  @Field(() => ID) @IsUUID('all', { message: 'subjectId must be an id' }) subjectId: string;
  @Field(() => RaterTypeEnum) @IsEnum(RaterTypeEnum) raterType: RaterTypeEnum;
  @Field(() => DateScalar, { nullable: true, description: 'Start of the period the rating looks back on (default: 30 days before the end).' })
  @IsOptional() @IsString() observationStart?: string;
  @Field(() => DateScalar, { nullable: true, description: 'End of the observation window (default: today); not after today, and at most a year after the start.' })
  @IsOptional() @IsString() observationEnd?: string;
}

@InputType()
export class AnswerInput {
  @TextField({ max: TEXT_LIMITS.itemCode }) @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'itemCode is not valid' }) itemCode: string;
  @Field(() => Int, { nullable: true, description: '1–5, or null for "not applicable".' })
  @IsOptional() @IsInt({ message: 'Answers are whole numbers from 1 to 5' }) @Min(1, { message: 'Answers run from 1 to 5' }) @Max(5, { message: 'Answers run from 1 to 5' })
  value: number | null;
  @TextField({ max: TEXT_LIMITS.answerComment, nullable: true, defaultValue: '' }) comment?: string;
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
  @TextField({ max: TEXT_LIMITS.idempotencyKey, min: 8, description: 'Client-generated key; retries with the same key return the same submission (exactly once).' })
  idempotencyKey: string;
}

@InputType()
export class AmendChecklistInput {
  @Field(() => ID) @IsUUID('all') checklistId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [AnswerInput]) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
  @TextField({ max: TEXT_LIMITS.amendReason, min: 3, minMessage: 'Say why in at least 3 characters', description: 'Why the submitted checklist is being changed (kept in its history).' })
  reason: string;
}

@InputType()
export class ChecklistFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') subjectId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field(() => RaterTypeEnum, { nullable: true }) @IsOptional() @IsEnum(RaterTypeEnum) raterType?: RaterTypeEnum;
  @TextField({ max: TEXT_LIMITS.code, nullable: true, description: 'DRAFT or SUBMITTED.' }) @Matches(/^(DRAFT|SUBMITTED)$/, { message: 'status must be DRAFT or SUBMITTED' })
  status?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Submitted (or, for drafts, started) on or after this day.' }) @IsOptional() @IsString() from?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Submitted (or started) on or before this day.' }) @IsOptional() @IsString() to?: string;
  @Field({ nullable: true, description: 'Only checklists the viewer rated.' }) @IsOptional() @IsBoolean() mine?: boolean;
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
  @TextField({ max: TEXT_LIMITS.token, min: 20, minMessage: 'This link is not valid' }) token: string;
  @Field(() => [AnswerInput]) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
}
