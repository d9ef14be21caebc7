import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDateString, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim } from '../../common/trim';
import { RaterTypeEnum } from '../instruments/instrument.model';

export enum GranularityEnum {
  MONTH = 'MONTH',
  WEEK = 'WEEK',
}
registerEnumType(GranularityEnum, { name: 'Granularity' });

@InputType()
export class DriftFilterInput {
  @Field({ nullable: true, description: 'ISO date; default 24 months (monthly) or 52 weeks (weekly) ago.' })
  @IsOptional() @IsDateString({ strict: true }, { message: 'from must be a date (YYYY-MM-DD)' }) from?: string;
  @Field({ nullable: true, description: 'ISO date; default today.' })
  @IsOptional() @IsDateString({ strict: true }, { message: 'to must be a date (YYYY-MM-DD)' }) to?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'programId must be an id' }) programId?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @IsUUID('all', { each: true, message: 'teamIds must be ids' }) teamIds?: string[];
  @Field(() => [RaterTypeEnum], { nullable: true, description: 'Default SELF. Several types are pooled explicitly, never silently.' })
  @IsOptional() @ArrayMaxSize(4) @IsEnum(RaterTypeEnum, { each: true }) raterTypes?: RaterTypeEnum[];
  @Field(() => GranularityEnum, { nullable: true, defaultValue: GranularityEnum.MONTH }) @IsOptional() @IsEnum(GranularityEnum) granularity?: GranularityEnum;
}

@InputType()
export class CreateAnnotationInput {
  @Field(() => ID) @IsUUID('all') teamId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') personId?: string;
  @Field() @IsDateString({ strict: true }, { message: 'onDate must be a date (YYYY-MM-DD)' }) onDate: string;
  @Field() @IsString() @Length(1, 200, { message: 'Label must be 1–200 characters' }) label: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) details?: string;
  @Field({ nullable: true, defaultValue: 'NOTE', description: 'NOTE, TRAINING, POLICY, STAFFING or OTHER.' })
  @IsOptional() @IsEnum(['NOTE', 'TRAINING', 'POLICY', 'STAFFING', 'OTHER'], { message: 'kind must be NOTE, TRAINING, POLICY, STAFFING or OTHER' }) kind?: string;
}

@InputType()
export class UpdateAnnotationInput {
  @Field(() => ID) @IsUUID('all') annotationId: string;
  @Field({ nullable: true }) @IsOptional() @IsDateString({ strict: true }) onDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) label?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) details?: string;
  @Field({ nullable: true }) @IsOptional() @IsEnum(['NOTE', 'TRAINING', 'POLICY', 'STAFFING', 'OTHER']) kind?: string;
}

@InputType()
export class CreateDriftActionInput {
  @Field(() => ID) @IsUUID('all') teamId: string;
  @Field({ nullable: true, description: 'The signal that prompted the action (DriftSignal.id).' }) @IsOptional() @IsString() @MaxLength(300) signalId?: string;
  @Field(() => ID, { description: 'Whose next supervision agenda the action goes on (a member of the team).' }) @IsUUID('all') superviseeId: string;
  @Field(() => ID, { description: 'Who will do it: the supervisee, their supervisor, or someone else you can see.' }) @IsUUID('all') ownerId: string;
  @Field() @IsDateString({ strict: true }, { message: 'dueOn must be a date (YYYY-MM-DD)' }) dueOn: string;
  @Field({ nullable: true, description: 'D1 … D7; the dimension the action is about.' })
  @IsOptional() @IsEnum(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'], { message: 'dimensionCode must be D1 … D7' }) dimensionCode?: string;
  @Field() @Trim() @IsString() @Length(3, 1000, { message: 'Describe the action in 3–1000 characters' }) description: string;
}
