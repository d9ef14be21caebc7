import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DateScalar } from '../../common/scalars';
import { TextField } from '../../common/text';
import { Trim } from '../../common/trim';
import { RaterTypeEnum } from '../instruments/instrument.model';
import { DEFAULT_TEAM_PAGE, MAX_TEAM_PAGE } from './drift-team-page';

export enum GranularityEnum {
  MONTH = 'MONTH',
  WEEK = 'WEEK',
}
registerEnumType(GranularityEnum, { name: 'Granularity' });

@InputType()
export class DriftFilterInput {
  @Field(() => DateScalar, { nullable: true, description: 'Default 24 months (monthly) or 52 weeks (weekly) before `to`. At most 10 years before today.' })
  @IsOptional() @IsString() from?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today; at most a year after today. The range spans at most 160 periods.' })
  @IsOptional() @IsString() to?: string;
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
  @Field(() => DateScalar) @IsString() onDate: string;
  @TextField({ max: TEXT_LIMITS.annotationLabel, min: 1, minMessage: 'Give the annotation a label' }) label: string;
  @TextField({ max: TEXT_LIMITS.annotationDetails, nullable: true }) details?: string;
  @TextField({ max: TEXT_LIMITS.code, nullable: true, defaultValue: 'NOTE', description: 'NOTE, TRAINING, POLICY, STAFFING or OTHER.' })
  @IsEnum(['NOTE', 'TRAINING', 'POLICY', 'STAFFING', 'OTHER'], { message: 'kind must be NOTE, TRAINING, POLICY, STAFFING or OTHER' }) kind?: string;
}

@InputType()
export class UpdateAnnotationInput {
  @Field(() => ID) @IsUUID('all') annotationId: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() onDate?: string;
  @TextField({ max: TEXT_LIMITS.annotationLabel, min: 1, minMessage: 'Give the annotation a label', nullable: true }) label?: string;
  @TextField({ max: TEXT_LIMITS.annotationDetails, nullable: true }) details?: string;
  @TextField({ max: TEXT_LIMITS.code, nullable: true, description: 'NOTE, TRAINING, POLICY, STAFFING or OTHER.' }) @IsEnum(['NOTE', 'TRAINING', 'POLICY', 'STAFFING', 'OTHER']) kind?: string;
}

@InputType()
export class CreateDriftActionInput {
  @Field(() => ID) @IsUUID('all') teamId: string;
  @TextField({ max: TEXT_LIMITS.signalId, nullable: true, description: 'The signal that prompted the action (DriftSignal.id).' }) signalId?: string;
  @Field(() => ID, { description: 'Whose next supervision agenda the action goes on (a member of the team).' }) @IsUUID('all') superviseeId: string;
  @Field(() => ID, { description: 'Who will do it: the supervisee, their supervisor, or someone else you can see.' }) @IsUUID('all') ownerId: string;
  @Field(() => DateScalar) @IsString() dueOn: string;
  @TextField({ max: TEXT_LIMITS.code, nullable: true, description: 'D1 … D7; the dimension the action is about.' })
  @IsEnum(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'], { message: 'dimensionCode must be D1 … D7' }) dimensionCode?: string;
  @TextField({ max: TEXT_LIMITS.actionDescription, min: 3, minMessage: 'Describe the action in at least 3 characters' }) @Trim() description: string;
}

export enum DriftTeamSort {
  CONCERN = 'CONCERN',
  NAME = 'NAME',
}
registerEnumType(DriftTeamSort, { name: 'DriftTeamSort', description: 'CONCERN: drift alerts, then watches, then the rest, lowest fidelity first. NAME: A–Z.' });

/** The measures the overview draws a series of for each team (its small multiples). */
export enum OverviewSeriesMetric {
  MFI = 'MFI',
  HDI = 'HDI',
  MDI = 'MDI',
}
registerEnumType(OverviewSeriesMetric, {
  name: 'OverviewSeriesMetric',
  description: 'MFI: Mutuality Fidelity Index; HDI: hierarchical drift; MDI: medical-model drift.',
});

export enum DriftTeamStatus {
  ALERT = 'ALERT',
  WATCH = 'WATCH',
  IMPROVING = 'IMPROVING',
  STEADY = 'STEADY',
}
registerEnumType(DriftTeamStatus, { name: 'DriftTeamStatus', description: 'ALERT / WATCH: a drift signal of that severity in force; IMPROVING: an improvement in force; STEADY: no signal.' });

export enum DriftTeamBand {
  HIGH = 'HIGH',
  MODERATE = 'MODERATE',
  LOW = 'LOW',
  UNRATED = 'UNRATED',
}
registerEnumType(DriftTeamBand, { name: 'DriftTeamBand', description: 'The band of the latest Mutuality Fidelity Index; UNRATED without one.' });

@InputType()
export class DriftTeamsPageInput {
  @Field(() => Int, { defaultValue: DEFAULT_TEAM_PAGE, description: `Page size, 1–${MAX_TEAM_PAGE}.` })
  @IsOptional() @IsInt() @Min(1, { message: 'first must be at least 1' }) @Max(MAX_TEAM_PAGE, { message: `first can be at most ${MAX_TEAM_PAGE}` }) first?: number;
  @Field({ nullable: true, description: 'pageInfo.endCursor of the previous page, in the same order. At most 120 characters.' })
  @IsOptional() @IsString() @MaxLength(120, { message: 'after is not a cursor from this list' }) after?: string;
  @Field(() => DriftTeamSort, { defaultValue: DriftTeamSort.CONCERN }) @IsOptional() @IsEnum(DriftTeamSort) sort?: DriftTeamSort;
  @TextField({ max: TEXT_LIMITS.teamSearch, nullable: true, description: 'Part of a team name (case does not matter).' }) search?: string;
  @Field(() => [DriftTeamStatus], { nullable: true, description: 'Teams in any of these states.' }) @IsOptional() @ArrayMaxSize(4) @IsEnum(DriftTeamStatus, { each: true }) statuses?: DriftTeamStatus[];
  @Field(() => [DriftTeamBand], { nullable: true, description: 'Teams whose latest index is in any of these bands.' }) @IsOptional() @ArrayMaxSize(4) @IsEnum(DriftTeamBand, { each: true }) bands?: DriftTeamBand[];
}
