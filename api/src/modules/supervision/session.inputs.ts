import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min,
} from 'class-validator';
import { DateTimeScalar, LocalDateTimeScalar } from '../../common/scalars';
import { TextField } from '../../common/text';
import { OccurrenceOutcomeEnum, SupervisionChannelEnum, SupervisionModalityEnum } from './session.model';

const START_DESCRIPTION =
  'Without an offset ("2026-10-06T10:00") it is local wall time in timeZone (recommended); with Z or an offset it is an instant. ' +
  'At most 10 years before or after today.';
const OCCURRENCE_ID = /^[0-9a-fA-F-]{36}_\d{8}T\d{6}Z$/;
const OCCURRENCE_ID_MESSAGE = 'occurrenceId must be an occurrence id such as "<sessionId>_20261013T090000Z"';

@InputType()
export class ScheduleSupervisionInput {
  @Field(() => ID, { description: 'Supervisors schedule for themselves; admins for anyone.' }) @IsUUID('all', { message: 'supervisorId must be an id' })
  supervisorId: string;
  @Field(() => [ID], { description: 'One for INDIVIDUAL; several for GROUP or peer co-reflection.' })
  @ArrayMinSize(1, { message: 'Choose at least one supervisee' }) @ArrayMaxSize(30) @ArrayUnique() @IsUUID('all', { each: true, message: 'superviseeIds must be ids' })
  superviseeIds: string[];
  @Field(() => LocalDateTimeScalar, { description: START_DESCRIPTION }) @IsString() startsAt: string;
  @Field(() => Int, { description: '15–480 minutes.' })
  @IsInt() @Min(15, { message: 'A session lasts at least 15 minutes' }) @Max(480, { message: 'A session lasts at most 480 minutes' })
  durationMinutes: number;
  @TextField({ max: TEXT_LIMITS.timeZone, description: 'IANA time zone, e.g. Europe/London.' }) timeZone: string;
  @Field(() => SupervisionModalityEnum) @IsEnum(SupervisionModalityEnum) modality: SupervisionModalityEnum;
  @Field(() => SupervisionChannelEnum) @IsEnum(SupervisionChannelEnum) channel: SupervisionChannelEnum;
  @TextField({ max: TEXT_LIMITS.recurrence, nullable: true, description: 'RFC 5545 RRULE, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270301T000000Z"; null for a one-off.' })
  recurrence?: string | null;
  @TextField({ max: TEXT_LIMITS.sessionTitle, nullable: true, defaultValue: '' }) title?: string;
  @TextField({ max: TEXT_LIMITS.location, nullable: true, defaultValue: '' }) location?: string;
  @TextField({ max: TEXT_LIMITS.link, nullable: true, defaultValue: '', description: 'Video or phone link.' }) link?: string;
}

@InputType({ description: 'Omitted fields stay as they are. Changing the timing of a series that has already begun splits it: past occurrences keep their times and a new series continues from the new start.' })
export class UpdateSupervisionSessionInput {
  @Field(() => ID) @IsUUID('all', { message: 'sessionId must be an id' }) sessionId: string;
  @Field(() => Int, { description: 'The version you last read; a stale version gets CONFLICT.' }) @IsInt() @Min(1) version: number;
  @Field(() => LocalDateTimeScalar, { nullable: true, description: START_DESCRIPTION }) @IsOptional() @IsString() startsAt?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(15, { message: 'A session lasts at least 15 minutes' }) @Max(480, { message: 'A session lasts at most 480 minutes' })
  durationMinutes?: number;
  @TextField({ max: TEXT_LIMITS.timeZone, nullable: true }) timeZone?: string;
  @TextField({ max: TEXT_LIMITS.recurrence, nullable: true, description: 'A new RRULE; an empty string makes the session a one-off.' }) recurrence?: string;
  @Field(() => SupervisionModalityEnum, { nullable: true }) @IsOptional() @IsEnum(SupervisionModalityEnum) modality?: SupervisionModalityEnum;
  @Field(() => SupervisionChannelEnum, { nullable: true }) @IsOptional() @IsEnum(SupervisionChannelEnum) channel?: SupervisionChannelEnum;
  @Field(() => [ID], { nullable: true })
  @IsOptional() @ArrayMinSize(1, { message: 'Choose at least one supervisee' }) @ArrayMaxSize(30) @ArrayUnique() @IsUUID('all', { each: true })
  superviseeIds?: string[];
  @TextField({ max: TEXT_LIMITS.sessionTitle, nullable: true }) title?: string;
  @TextField({ max: TEXT_LIMITS.location, nullable: true }) location?: string;
  @TextField({ max: TEXT_LIMITS.link, nullable: true }) link?: string;
}

@InputType()
export class CancelSupervisionOccurrenceInput {
  @Field(() => ID) @IsString() @Matches(OCCURRENCE_ID, { message: OCCURRENCE_ID_MESSAGE }) occurrenceId: string;
  @TextField({ max: TEXT_LIMITS.occurrenceReason, nullable: true, defaultValue: '' }) reason?: string;
}

@InputType()
export class MoveSupervisionOccurrenceInput {
  @Field(() => ID) @IsString() @Matches(OCCURRENCE_ID, { message: OCCURRENCE_ID_MESSAGE }) occurrenceId: string;
  @Field(() => LocalDateTimeScalar, { description: `${START_DESCRIPTION} Local times are read in the series’ zone.` }) @IsString() startsAt: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(15, { message: 'A session lasts at least 15 minutes' }) @Max(480, { message: 'A session lasts at most 480 minutes' })
  durationMinutes?: number;
  @TextField({ max: TEXT_LIMITS.location, nullable: true, description: 'A different place for this occurrence only; null goes back to the series’ place, omitted keeps it.' })
  location?: string | null;
  @TextField({ max: TEXT_LIMITS.link, nullable: true, description: 'A different link for this occurrence only; null goes back to the series’ link, omitted keeps it.' })
  link?: string | null;
}

@InputType()
export class EndSupervisionSeriesInput {
  @Field(() => ID) @IsUUID('all', { message: 'sessionId must be an id' }) sessionId: string;
  @Field(() => LocalDateTimeScalar, {
    description: 'Occurrences starting at or after this local time in the series’ zone (2026-12-01T00:00 for a whole day), or this instant, are removed.',
  })
  @IsString() from: string;
}

@InputType()
export class MarkSupervisionOccurrenceInput {
  @Field(() => ID) @IsString() @Matches(OCCURRENCE_ID, { message: OCCURRENCE_ID_MESSAGE }) occurrenceId: string;
  @Field(() => OccurrenceOutcomeEnum) @IsEnum(OccurrenceOutcomeEnum) status: OccurrenceOutcomeEnum;
  @TextField({ max: TEXT_LIMITS.occurrenceReason, nullable: true, defaultValue: '' }) reason?: string;
}

@InputType()
export class SupervisionSessionsFilterInput {
  @Field(() => DateTimeScalar, { description: 'Start of the range (inclusive); at most 10 years before today.' }) @IsString() from: string;
  @Field(() => DateTimeScalar, { description: 'End of the range (exclusive); after from, at most 400 days after it and at most 10 years after today.' }) @IsString() to: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') supervisorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') superviseeId?: string;
  @Field(() => ID, { nullable: true, description: 'Sessions with a supervisee currently in this team.' }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field({ nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() includeCancelled?: boolean;
}
