import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDateString, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
} from 'class-validator';
import { OccurrenceOutcomeEnum, SupervisionChannelEnum, SupervisionModalityEnum } from './session.model';

const START_DESCRIPTION =
  'ISO 8601. Without an offset ("2026-10-06T10:00") it is local wall time in timeZone (recommended); with Z or an offset it is an instant.';
export const LOCAL_OR_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
const OCCURRENCE_ID = /^[0-9a-fA-F-]{36}_\d{8}T\d{6}Z$/;
const OCCURRENCE_ID_MESSAGE = 'occurrenceId must be an occurrence id such as "<sessionId>_20261013T090000Z"';

@InputType()
export class ScheduleSupervisionInput {
  @Field(() => ID, { description: 'Supervisors schedule for themselves; admins for anyone.' }) @IsUUID('all', { message: 'supervisorId must be an id' })
  supervisorId: string;
  @Field(() => [ID], { description: 'One for INDIVIDUAL; several for GROUP or peer co-reflection.' })
  @ArrayMinSize(1, { message: 'Choose at least one supervisee' }) @ArrayMaxSize(30) @ArrayUnique() @IsUUID('all', { each: true, message: 'superviseeIds must be ids' })
  superviseeIds: string[];
  @Field({ description: START_DESCRIPTION }) @IsString() @Matches(LOCAL_OR_INSTANT, { message: 'startsAt must be an ISO date-time such as 2026-10-06T10:00' })
  startsAt: string;
  @Field(() => Int, { description: '15–480 minutes.' })
  @IsInt() @Min(15, { message: 'A session lasts at least 15 minutes' }) @Max(480, { message: 'A session lasts at most 480 minutes' })
  durationMinutes: number;
  @Field({ description: 'IANA time zone, e.g. Europe/London.' }) @IsString() @MaxLength(64) timeZone: string;
  @Field(() => SupervisionModalityEnum) @IsEnum(SupervisionModalityEnum) modality: SupervisionModalityEnum;
  @Field(() => SupervisionChannelEnum) @IsEnum(SupervisionChannelEnum) channel: SupervisionChannelEnum;
  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270301T000000Z"; null for a one-off.' })
  @IsOptional() @IsString() @MaxLength(500) recurrence?: string | null;
  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @IsString() @MaxLength(500) location?: string;
  @Field({ nullable: true, defaultValue: '', description: 'Video or phone link.' }) @IsOptional() @IsString() @MaxLength(1000) link?: string;
}

@InputType({ description: 'Omitted fields stay as they are. Changing the timing of a series that has already begun splits it: past occurrences keep their times and a new series continues from the new start.' })
export class UpdateSupervisionSessionInput {
  @Field(() => ID) @IsUUID('all', { message: 'sessionId must be an id' }) sessionId: string;
  @Field(() => Int, { description: 'The version you last read; a stale version gets CONFLICT.' }) @IsInt() @Min(1) version: number;
  @Field({ nullable: true, description: START_DESCRIPTION }) @IsOptional() @Matches(LOCAL_OR_INSTANT, { message: 'startsAt must be an ISO date-time such as 2026-10-06T10:00' })
  startsAt?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(15, { message: 'A session lasts at least 15 minutes' }) @Max(480, { message: 'A session lasts at most 480 minutes' })
  durationMinutes?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
  @Field(() => String, { nullable: true, description: 'A new RRULE; an empty string makes the session a one-off.' })
  @IsOptional() @IsString() @MaxLength(500) recurrence?: string;
  @Field(() => SupervisionModalityEnum, { nullable: true }) @IsOptional() @IsEnum(SupervisionModalityEnum) modality?: SupervisionModalityEnum;
  @Field(() => SupervisionChannelEnum, { nullable: true }) @IsOptional() @IsEnum(SupervisionChannelEnum) channel?: SupervisionChannelEnum;
  @Field(() => [ID], { nullable: true })
  @IsOptional() @ArrayMinSize(1, { message: 'Choose at least one supervisee' }) @ArrayMaxSize(30) @ArrayUnique() @IsUUID('all', { each: true })
  superviseeIds?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) location?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) link?: string;
}

@InputType()
export class CancelSupervisionOccurrenceInput {
  @Field(() => ID) @IsString() @Matches(OCCURRENCE_ID, { message: OCCURRENCE_ID_MESSAGE }) occurrenceId: string;
  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

@InputType()
export class MoveSupervisionOccurrenceInput {
  @Field(() => ID) @IsString() @Matches(OCCURRENCE_ID, { message: OCCURRENCE_ID_MESSAGE }) occurrenceId: string;
  @Field({ description: `${START_DESCRIPTION} Local times are read in the series’ zone.` })
  @IsString() @Matches(LOCAL_OR_INSTANT, { message: 'startsAt must be an ISO date-time such as 2026-10-06T10:00' })
  startsAt: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(15, { message: 'A session lasts at least 15 minutes' }) @Max(480, { message: 'A session lasts at most 480 minutes' })
  durationMinutes?: number;
  @Field(() => String, { nullable: true, description: 'A different place for this occurrence only.' }) @IsOptional() @IsString() @MaxLength(500) location?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) link?: string;
}

@InputType()
export class EndSupervisionSeriesInput {
  @Field(() => ID) @IsUUID('all', { message: 'sessionId must be an id' }) sessionId: string;
  @Field({ description: 'Occurrences on or after this local date (YYYY-MM-DD, in the series’ zone) or instant are removed.' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, { message: 'from must be a date such as 2026-12-01' })
  from: string;
}

@InputType()
export class MarkSupervisionOccurrenceInput {
  @Field(() => ID) @IsString() @Matches(OCCURRENCE_ID, { message: OCCURRENCE_ID_MESSAGE }) occurrenceId: string;
  @Field(() => OccurrenceOutcomeEnum) @IsEnum(OccurrenceOutcomeEnum) status: OccurrenceOutcomeEnum;
  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

@InputType()
export class SupervisionSessionsFilterInput {
  @Field({ description: 'Start of the range (inclusive).' }) @IsDateString({ strict: true }, { message: 'from must be an ISO date-time' }) from: string;
  @Field({ description: 'End of the range (exclusive); at most 400 days after from.' }) @IsDateString({ strict: true }, { message: 'to must be an ISO date-time' }) to: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') supervisorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') superviseeId?: string;
  @Field(() => ID, { nullable: true, description: 'Sessions with a supervisee currently in this team.' }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field({ nullable: true, defaultValue: true }) @IsOptional() includeCancelled?: boolean;
}
