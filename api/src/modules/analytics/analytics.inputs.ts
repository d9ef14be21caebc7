import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDateString, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
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
