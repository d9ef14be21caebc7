import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { TEXT_LIMITS } from '@tandem/shared';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min, ValidateNested,
} from 'class-validator';
import { DateScalar, LocalDateTimeScalar } from '../../common/scalars';
import { TextField } from '../../common/text';
import { ActionItemStatusEnum, NotePartyEnum, SupervisionDimensionEnum, SupervisionTypeEnum } from './note.model';
import { SupervisionChannelEnum, SupervisionModalityEnum } from './session.model';

const OCCURRENCE_ID = /^[0-9a-fA-F-]{36}_\d{8}T\d{6}Z$/;

@InputType()
export class ActionItemInput {
  @Field(() => ID, { nullable: true, description: 'An existing item of this note to keep and update; omit for a new one.' })
  @IsOptional() @IsUUID('all') id?: string;
  @TextField({ max: TEXT_LIMITS.actionDescription, min: 1, minMessage: 'An action needs a description' }) description: string;
  @Field(() => ID, { description: 'The session’s supervisor or one of its supervisees.' }) @IsUUID('all', { message: 'ownerId must be an id' }) ownerId: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() dueOn?: string | null;
  @Field(() => SupervisionDimensionEnum, { nullable: true }) @IsOptional() @IsEnum(SupervisionDimensionEnum) dimension?: SupervisionDimensionEnum | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') driftSignalId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') checklistId?: string | null;
}

@InputType({ description: 'A session that happened but was never scheduled, recorded together with its note (supervisor only).' })
export class AdHocSessionInput {
  @Field(() => [ID]) @ArrayMinSize(1, { message: 'Choose at least one supervisee' }) @ArrayMaxSize(30) @ArrayUnique() @IsUUID('all', { each: true })
  superviseeIds: string[];
  @Field(() => LocalDateTimeScalar, { description: 'When it took place: local wall time in timeZone ("2026-10-06T10:00") or an instant.' })
  @IsString() startsAt: string;
  @Field(() => Int) @IsInt() @Min(15, { message: 'A session lasts at least 15 minutes' }) @Max(480, { message: 'A session lasts at most 480 minutes' }) durationMinutes: number;
  @TextField({ max: TEXT_LIMITS.timeZone, description: 'IANA time zone, e.g. Europe/London.' }) timeZone: string;
  @Field(() => SupervisionModalityEnum) @IsEnum(SupervisionModalityEnum) modality: SupervisionModalityEnum;
  @Field(() => SupervisionChannelEnum) @IsEnum(SupervisionChannelEnum) channel: SupervisionChannelEnum;
  @TextField({ max: TEXT_LIMITS.location, nullable: true, defaultValue: '' }) location?: string;
  @TextField({ max: TEXT_LIMITS.sessionTitle, nullable: true, defaultValue: '' }) title?: string;
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
  @TextField({ max: TEXT_LIMITS.code, list: true, nullable: true, description: 'Drift taxonomy codes such as H1, M3, O2.' })
  @ArrayMaxSize(30) @ArrayUnique() driftCodes?: string[];
  @TextField({ max: TEXT_LIMITS.noteSection, nullable: true }) strengths?: string;
  @TextField({ max: TEXT_LIMITS.noteSection, nullable: true }) concerns?: string;
  @TextField({ max: TEXT_LIMITS.noteText, nullable: true }) supervisorNote?: string;
  @TextField({ max: TEXT_LIMITS.noteText, nullable: true, description: 'The supervisee’s own reflection (only the supervisee may write it).' })
  superviseeReflection?: string;
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
export class FinalizeSupervisionNoteInput {
  @Field(() => ID) @IsUUID('all', { message: 'noteId must be an id' }) noteId: string;
  @Field(() => Int, { description: 'The version you read (stale → CONFLICT).' }) @IsInt() @Min(1) version: number;
}

@InputType()
export class AmendSupervisionNoteInput {
  @Field(() => ID) @IsUUID('all', { message: 'noteId must be an id' }) noteId: string;
  @TextField({ max: TEXT_LIMITS.noteSection, min: 1, minMessage: 'An amendment needs text' }) text: string;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'actionItemId must be an id' }) actionItemId: string;
  @Field(() => ActionItemStatusEnum, { nullable: true }) @IsOptional() @IsEnum(ActionItemStatusEnum) status?: ActionItemStatusEnum;
  @Field(() => DateScalar, { nullable: true, description: 'Send null to clear.' }) @IsOptional() @IsString() dueOn?: string | null;
}

@InputType()
export class ActionItemsFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') ownerId?: string;
  @Field(() => ActionItemStatusEnum, { nullable: true }) @IsOptional() @IsEnum(ActionItemStatusEnum) status?: ActionItemStatusEnum;
  @Field(() => ID, { nullable: true, description: 'Items agreed in sessions with this supervisee.' }) @IsOptional() @IsUUID('all') superviseeId?: string;
}
