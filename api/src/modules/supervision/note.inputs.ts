import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';
import { ActionItemStatusEnum, NotePartyEnum, SupervisionDimensionEnum, SupervisionTypeEnum } from './note.model';
import { LOCAL_OR_INSTANT } from './session.inputs';
import { SupervisionChannelEnum, SupervisionModalityEnum } from './session.model';

const OCCURRENCE_ID = /^[0-9a-fA-F-]{36}_\d{8}T\d{6}Z$/;

@InputType()
export class ActionItemInput {
  @Field(() => ID, { nullable: true, description: 'An existing item of this note to keep and update; omit for a new one.' })
  @IsOptional() @IsUUID('all') id?: string;
  @Field() @IsString() @Length(1, 1000, { message: 'An action needs a description (up to 1 000 characters)' }) description: string;
  @Field(() => ID, { description: 'The session’s supervisor or one of its supervisees.' }) @IsUUID('all', { message: 'ownerId must be an id' }) ownerId: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) @IsOptional() @IsISO8601({ strict: true }, { message: 'dueOn must be a date such as 2026-11-01' }) dueOn?: string | null;
  @Field(() => SupervisionDimensionEnum, { nullable: true }) @IsOptional() @IsEnum(SupervisionDimensionEnum) dimension?: SupervisionDimensionEnum | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') driftSignalId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') checklistId?: string | null;
}

@InputType({ description: 'A session that happened but was never scheduled, recorded together with its note (supervisor only).' })
export class AdHocSessionInput {
  @Field(() => [ID]) @ArrayMinSize(1, { message: 'Choose at least one supervisee' }) @ArrayMaxSize(30) @ArrayUnique() @IsUUID('all', { each: true })
  superviseeIds: string[];
  @Field({ description: 'When it took place: local wall time in timeZone ("2026-10-06T10:00") or an instant.' })
  @IsString() @Matches(LOCAL_OR_INSTANT, { message: 'startsAt must be an ISO date-time such as 2026-10-06T10:00' }) startsAt: string;
  @Field(() => Int) @IsInt() @Min(15, { message: 'A session lasts at least 15 minutes' }) @Max(480, { message: 'A session lasts at most 480 minutes' }) durationMinutes: number;
  @Field() @IsString() @MaxLength(64) timeZone: string;
  @Field(() => SupervisionModalityEnum) @IsEnum(SupervisionModalityEnum) modality: SupervisionModalityEnum;
  @Field(() => SupervisionChannelEnum) @IsEnum(SupervisionChannelEnum) channel: SupervisionChannelEnum;
  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @IsString() @MaxLength(500) location?: string;
  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @IsString() @MaxLength(200) title?: string;
}

@InputType({
  description:
    'Creates or updates the draft note of an occurrence. Give noteId (existing note), or occurrenceId (its note is created on first save; the ' +
    'occurrence becomes COMPLETED), or adHoc (records an unscheduled session and its note). The supervisor writes every field except ' +
    'superviseeReflection, which only a supervisee writes. Omitted fields are unchanged; actionItems, when given, replace the list.',
})
export class RecordSupervisionNoteInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') noteId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @Matches(OCCURRENCE_ID, { message: 'occurrenceId is not an occurrence id' }) occurrenceId?: string;
  @Field(() => AdHocSessionInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AdHocSessionInput) adHoc?: AdHocSessionInput;
  @Field(() => Int, { nullable: true, description: 'Required when the note already exists: the version you last read (stale → CONFLICT, nothing saved).' })
  @IsOptional() @IsInt() @Min(1) version?: number;
  @Field(() => [SupervisionTypeEnum], { nullable: true }) @IsOptional() @ArrayUnique() @IsEnum(SupervisionTypeEnum, { each: true }) types?: SupervisionTypeEnum[];
  @Field(() => [SupervisionDimensionEnum], { nullable: true }) @IsOptional() @ArrayUnique() @IsEnum(SupervisionDimensionEnum, { each: true })
  dimensions?: SupervisionDimensionEnum[];
  @Field(() => [String], { nullable: true, description: 'Drift taxonomy codes such as H1, M3, O2.' })
  @IsOptional() @ArrayMaxSize(30) @ArrayUnique() @IsString({ each: true }) driftCodes?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) strengths?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) concerns?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) supervisorNote?: string;
  @Field({ nullable: true, description: 'The supervisee’s own reflection (only the supervisee may write it).' })
  @IsOptional() @IsString() @MaxLength(20000) superviseeReflection?: string;
  @Field(() => [ActionItemInput], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ActionItemInput)
  actionItems?: ActionItemInput[];
}

@InputType()
export class SignSupervisionNoteInput {
  @Field(() => ID) @IsUUID('all', { message: 'noteId must be an id' }) noteId: string;
  @Field(() => Int, { description: 'The version you read: you sign what you saw (stale → CONFLICT).' }) @IsInt() @Min(1) version: number;
  @Field(() => NotePartyEnum, { nullable: true, description: 'Defaults to your part in the session; signing as another party is FORBIDDEN.' })
  @IsOptional() @IsEnum(NotePartyEnum) as?: NotePartyEnum;
}

@InputType()
export class AmendSupervisionNoteInput {
  @Field(() => ID) @IsUUID('all', { message: 'noteId must be an id' }) noteId: string;
  @Field() @IsString() @Length(1, 10000, { message: 'An amendment needs text (up to 10 000 characters)' }) text: string;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'actionItemId must be an id' }) actionItemId: string;
  @Field(() => ActionItemStatusEnum, { nullable: true }) @IsOptional() @IsEnum(ActionItemStatusEnum) status?: ActionItemStatusEnum;
  @Field(() => String, { nullable: true, description: 'ISO date; send null to clear.' }) @IsOptional() @IsISO8601({ strict: true }, { message: 'dueOn must be a date such as 2026-11-01' })
  dueOn?: string | null;
}

@InputType()
export class ActionItemsFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') ownerId?: string;
  @Field(() => ActionItemStatusEnum, { nullable: true }) @IsOptional() @IsEnum(ActionItemStatusEnum) status?: ActionItemStatusEnum;
  @Field(() => ID, { nullable: true, description: 'Items agreed in sessions with this supervisee.' }) @IsOptional() @IsUUID('all') superviseeId?: string;
}
