import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { describeRecurrence, SUPERVISION_MODALITIES, SUPERVISION_SESSION_STATUSES } from '@tandem/shared';
import type { SupervisionSession } from './sessions.repository';

export enum SupervisionModalityEnum {
  INDIVIDUAL = 'INDIVIDUAL',
  GROUP = 'GROUP',
  PEER_COREFLECTION = 'PEER_COREFLECTION',
  OBSERVATION = 'OBSERVATION',
}
registerEnumType(SupervisionModalityEnum, {
  name: 'SupervisionModality',
  description: 'Individual, group, peer co-reflection (among peers) or observation of practice.',
});

export enum SupervisionChannelEnum {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
  PHONE = 'PHONE',
}
registerEnumType(SupervisionChannelEnum, { name: 'SupervisionChannel' });

export enum OccurrenceStatusEnum {
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  MISSED = 'MISSED',
}
registerEnumType(OccurrenceStatusEnum, { name: 'SupervisionOccurrenceStatus', description: 'Status of one occurrence of a session.' });

export enum OccurrenceOutcomeEnum {
  COMPLETED = 'COMPLETED',
  MISSED = 'MISSED',
}
registerEnumType(OccurrenceOutcomeEnum, { name: 'SupervisionOccurrenceOutcome', description: 'What happened at an occurrence.' });

// Keep the GraphQL enums and the shared domain lists in step.
if (Object.values(SupervisionModalityEnum).join() !== SUPERVISION_MODALITIES.join()) throw new Error('SupervisionModalityEnum is out of step with @tandem/shared');
if (Object.values(OccurrenceStatusEnum).join() !== SUPERVISION_SESSION_STATUSES.join()) throw new Error('OccurrenceStatusEnum is out of step with @tandem/shared');

@ObjectType('SupervisionSession', { description: 'A one-off session or a recurring series.' })
export class SupervisionSessionModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => ID) supervisorId: string;
  @Field(() => [ID]) superviseeIds: string[];
  @Field(() => SupervisionModalityEnum) modality: SupervisionModalityEnum;
  @Field(() => SupervisionChannelEnum) channel: SupervisionChannelEnum;
  @Field(() => Int) durationMinutes: number;
  @Field({ description: 'IANA time zone the series is kept in (e.g. Europe/London).' }) timeZone: string;
  @Field({ description: 'The first occurrence.' }) startsAt: Date;
  @Field({ description: 'The first occurrence as local wall time in timeZone, e.g. 2026-10-06T10:00:00.' }) startsLocal: string;
  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE (UNTIL in UTC); null for a one-off.' }) recurrence: string | null;
  @Field(() => String, { nullable: true, description: 'The recurrence in plain words, e.g. "every 2 weeks on Tuesday".' }) recurrenceText: string | null;
  @Field() isRecurring: boolean;
  @Field(() => Date, { nullable: true, description: 'End of the last occurrence; null while the series is open-ended.' }) seriesEndsAt: Date | null;
  @Field() location: string;
  @Field({ description: 'Video or phone link.' }) link: string;
  @Field({ description: 'Recorded after the fact (documented, never scheduled).' }) adHoc: boolean;
  @Field(() => ID, { nullable: true, description: 'The series this one continues (its timing was changed mid-way).' }) previousSessionId: string | null;
  @Field(() => Int, { description: 'Optimistic-concurrency version; send it back with updateSupervisionSession.' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('SupervisionSessionPayload')
export class SupervisionSessionPayloadModel {
  @Field(() => SupervisionSessionModel, { nullable: true, description: 'Null when a series was removed entirely.' }) session: SupervisionSessionModel | null;
  @Field(() => [String], { description: 'Things worth knowing that did not block the change, e.g. the supervisor is double-booked.' }) warnings: string[];
}

@ObjectType('SupervisionOccurrence', { description: 'One occurrence of a session, as expanded for a date range.' })
export class SupervisionOccurrenceModel {
  @Field(() => ID, { description: 'Stable id "<sessionId>_<original start, UTC, YYYYMMDDTHHMMSSZ>": use it to record a note or download .ics.' })
  id: string;
  @Field(() => ID) sessionId: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field({ description: 'The start the series gave this occurrence (differs from startsAt when moved).' }) originalStartsAt: Date;
  @Field(() => Int) durationMinutes: number;
  @Field() timeZone: string;
  @Field(() => OccurrenceStatusEnum) status: OccurrenceStatusEnum;
  @Field({ description: 'Why it was cancelled or missed, when given.' }) statusReason: string;
  @Field(() => SupervisionModalityEnum) modality: SupervisionModalityEnum;
  @Field(() => SupervisionChannelEnum) channel: SupervisionChannelEnum;
  @Field() title: string;
  @Field() location: string;
  @Field() link: string;
  @Field(() => ID) supervisorId: string;
  @Field(() => [ID]) superviseeIds: string[];
  @Field() isRecurring: boolean;
  @Field(() => String, { nullable: true }) recurrenceText: string | null;
  @Field() moved: boolean;
  @Field() adHoc: boolean;
  @Field({ description: 'Path of this occurrence’s .ics download (signed-in; relative to the API origin).' }) icsPath: string;
}

@ObjectType('SupervisionOccurrencePayload')
export class SupervisionOccurrencePayloadModel {
  @Field(() => SupervisionOccurrenceModel) occurrence: SupervisionOccurrenceModel;
  @Field(() => [String]) warnings: string[];
}

@ObjectType('DriftCode', { description: 'A code of the drift taxonomy used in supervision notes.' })
export class DriftCodeModel {
  @Field() code: string;
  @Field({ description: 'HIERARCHICAL, MEDICAL_MODEL, INSTRUMENTAL, ORGANISATIONAL or OVER_INFORMAL.' }) family: string;
  @Field() label: string;
}

export function toSessionModel(s: SupervisionSession): SupervisionSessionModel {
  return {
    id: s.id, title: s.title, supervisorId: s.supervisorId, superviseeIds: s.superviseeIds, modality: s.modality as SupervisionModalityEnum,
    channel: s.channel as SupervisionChannelEnum, durationMinutes: s.durationMinutes, timeZone: s.timeZone, startsAt: s.startsAt,
    startsLocal: s.startsLocal, recurrence: s.recurrence, recurrenceText: s.recurrence ? describeRecurrence(s.recurrence, 'en-GB', s.timeZone) : null,
    isRecurring: s.recurrence !== null, seriesEndsAt: s.seriesEndsAt, location: s.location, link: s.link, adHoc: s.adHoc,
    previousSessionId: s.previousSessionId, version: s.version, createdAt: s.createdAt, updatedAt: s.updatedAt,
  };
}
