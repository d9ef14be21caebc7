import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min, ValidateNested,
} from 'class-validator';
import { DateTimeScalar } from '../../common/scalars';
import { SupervisionModalityEnum } from './session.model';

export enum SupervisionPolicyPresetEnum {
  WEEKLY_6M_THEN_BIWEEKLY = 'WEEKLY_6M_THEN_BIWEEKLY',
  WEEKLY_UNTIL_CERT_THEN_MONTHLY = 'WEEKLY_UNTIL_CERT_THEN_MONTHLY',
  CUSTOM = 'CUSTOM',
}
registerEnumType(SupervisionPolicyPresetEnum, {
  name: 'SupervisionPolicyPreset',
  description: 'WEEKLY_6M_THEN_BIWEEKLY (default): weekly for 6 months, then every 14 days. WEEKLY_UNTIL_CERT_THEN_MONTHLY: weekly for 24 months, then every 30 days. CUSTOM: your own stages.',
});

export enum ComplianceStatusEnum {
  ON_TRACK = 'ON_TRACK',
  BEHIND = 'BEHIND',
  OVERDUE = 'OVERDUE',
}
registerEnumType(ComplianceStatusEnum, {
  name: 'SupervisionComplianceStatus',
  description: 'OVERDUE: longer than the current interval + 2 days since the last counting session; BEHIND: fewer recorded than required so far.',
});

@ObjectType('SupervisionStage')
export class StageModel {
  @Field(() => Int, { nullable: true, description: 'Months after the staff start date the stage ends; null = open-ended (last stage).' }) untilMonths: number | null;
  @Field(() => Int, { description: 'At least one counting session every this many days.' }) everyDays: number;
}

@ObjectType('SupervisionPolicy')
export class SupervisionPolicyModel {
  @Field(() => ID) programId: string;
  @Field(() => SupervisionPolicyPresetEnum) preset: SupervisionPolicyPresetEnum;
  @Field() presetLabel: string;
  @Field(() => [StageModel]) stages: StageModel[];
  @Field(() => [SupervisionModalityEnum], { description: 'Modalities that count towards the requirement.' }) countingModalities: SupervisionModalityEnum[];
  @Field(() => Int, { description: 'Shorter sessions do not count.' }) minimumMinutes: number;
  @Field({ description: 'Whether a session needs a note to count as recorded.' }) requireDocumentation: boolean;
  @Field({ description: 'True when the program has no policy of its own and the product default applies.' }) isDefault: boolean;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@InputType()
export class SupervisionStageInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(600) untilMonths?: number | null;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) everyDays: number;
}

@InputType({ description: 'Presets fix the stages; counting rules can be set with any preset.' })
export class UpdateSupervisionPolicyInput {
  @Field(() => ID) @IsUUID('all', { message: 'programId must be an id' }) programId: string;
  @Field(() => SupervisionPolicyPresetEnum) @IsEnum(SupervisionPolicyPresetEnum) preset: SupervisionPolicyPresetEnum;
  @Field(() => [SupervisionStageInput], { nullable: true, description: 'Required for CUSTOM, ignored otherwise.' })
  @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => SupervisionStageInput) stages?: SupervisionStageInput[];
  @Field(() => [SupervisionModalityEnum], { nullable: true, description: 'Default: individual, group and peer co-reflection.' })
  @IsOptional() @ArrayMinSize(1, { message: 'At least one modality must count' }) @ArrayUnique() @IsEnum(SupervisionModalityEnum, { each: true })
  countingModalities?: SupervisionModalityEnum[];
  @Field(() => Int, { nullable: true, description: 'Default 30.' }) @IsOptional() @IsInt() @Min(0) @Max(480) minimumMinutes?: number;
  @Field({ nullable: true, description: 'Default true.' }) @IsOptional() @IsBoolean() requireDocumentation?: boolean;
}

@InputType()
export class SupervisionComplianceFilterInput {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Start of the reporting window; default 90 days before to; at most 10 years before now.' })
  @IsOptional() @IsString() from?: string;
  @Field(() => DateTimeScalar, {
    nullable: true, description: 'End of the window (exclusive); default now; at most 400 days after now and 400 days after from. Only sessions up to now count.',
  })
  @IsOptional() @IsString() to?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') programId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') superviseeId?: string;
}

@ObjectType('SupervisionReconciliation', { description: 'Scheduled vs recorded, for the window up to now.' })
export class ReconciliationModel {
  @Field(() => Int, { description: 'Planned occurrences that were due (not cancelled, not ad hoc).' }) scheduled: number;
  @Field(() => Int) completed: number;
  @Field(() => Int, { description: 'Occurrences with a note (draft or signed).' }) documented: number;
  @Field(() => Int, { description: 'Held (COMPLETED) but without a note.' }) heldNotDocumented: number;
  @Field(() => Int, { description: 'Notes on sessions recorded after the fact (never scheduled).' }) documentedNotScheduled: number;
  @Field(() => Int, { description: 'Past occurrences still marked SCHEDULED (outcome never recorded).' }) pastStillScheduled: number;
  @Field(() => Int) missed: number;
  @Field(() => Int) cancelled: number;
}

@ObjectType('SuperviseeCompliance')
export class SuperviseeComplianceModel {
  @Field(() => ID) superviseeId: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) programId: string | null;
  @Field({ description: 'ISO date the policy stages count from.' }) staffStart: string;
  @Field(() => SupervisionPolicyPresetEnum) policyPreset: SupervisionPolicyPresetEnum;
  @Field(() => Int, { description: 'Sessions required from the window start until now.' }) required: number;
  @Field(() => Int, { description: 'Sessions required over the whole window.' }) requiredByEnd: number;
  @Field(() => Int, { description: 'Counting sessions held (and documented, if the policy requires it).' }) recorded: number;
  @Field(() => Float, { nullable: true, description: 'recorded / required, capped at 1; null when nothing is required yet.' }) ratio: number | null;
  @Field(() => Int, { nullable: true }) daysSinceLast: number | null;
  @Field(() => Date, { nullable: true }) lastSessionAt: Date | null;
  @Field(() => Int) currentIntervalDays: number;
  @Field() overdue: boolean;
  @Field(() => ComplianceStatusEnum) status: ComplianceStatusEnum;
  @Field(() => ReconciliationModel) reconciliation: ReconciliationModel;
}

@ObjectType('SupervisionComplianceAggregate', { description: 'Sums over supervisees (a group session counts for each of its supervisees).' })
export class ComplianceAggregateModel {
  @Field(() => ID, { nullable: true, description: 'The team or program; null for the total.' }) id: string | null;
  @Field(() => Int) supervisees: number;
  @Field(() => Int) required: number;
  @Field(() => Int) recorded: number;
  @Field(() => Float, { nullable: true, description: 'Σ min(recorded, required) / Σ required; null when nothing is required.' }) ratio: number | null;
  @Field(() => Int) onTrack: number;
  @Field(() => Int) behind: number;
  @Field(() => Int) overdue: number;
  @Field(() => ReconciliationModel) reconciliation: ReconciliationModel;
}

@ObjectType('SupervisionCompliance')
export class SupervisionComplianceModel {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => [SuperviseeComplianceModel]) supervisees: SuperviseeComplianceModel[];
  @Field(() => [ComplianceAggregateModel]) teams: ComplianceAggregateModel[];
  @Field(() => [ComplianceAggregateModel]) programs: ComplianceAggregateModel[];
  @Field(() => ComplianceAggregateModel) total: ComplianceAggregateModel;
}
