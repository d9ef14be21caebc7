import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { TextField } from '../../common/text';
import { DueChecklistModel } from '../checklists/checklist.model';
import { ActionItemModel } from './note.model';
import { SupervisionOccurrenceModel } from './session.model';

export const WEEK_OFFSET_LIMIT = 8;

@InputType()
export class SupervisorWeekInput {
  @TextField({ max: TEXT_LIMITS.timeZone, nullable: true, description: 'IANA time zone the week is shown in (default: the time zone in your notification settings, else UTC).' })
  timeZone?: string;
  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Weeks from this one (−8 … 8).' })
  @IsOptional() @IsInt() @Min(-WEEK_OFFSET_LIMIT) @Max(WEEK_OFFSET_LIMIT) weekOffset?: number;
}

export enum NoteStepEnum {
  FINALIZE = 'FINALIZE',
  COUNTER_SIGN = 'COUNTER_SIGN',
  REFLECT_AND_SIGN = 'REFLECT_AND_SIGN',
}
registerEnumType(NoteStepEnum, { name: 'NoteStep', description: 'What a note is waiting for from you.' });

@ObjectType('NoteAwaiting', { description: 'A note waiting for your step: finalise, counter-sign, or (as a supervisee) reflect and sign.' })
export class NoteAwaitingModel {
  @Field(() => ID) noteId: string;
  @Field(() => ID) occurrenceId: string;
  @Field() heldAt: Date;
  @Field(() => NoteStepEnum) step: NoteStepEnum;
  @Field(() => [ID], { description: 'The other people of the session.' }) withIds: string[];
}

@ObjectType('SupervisorWeek', { description: 'A supervisor’s week, Monday to Sunday in their time zone: what is planned and what is waiting.' })
export class SupervisorWeekModel {
  @Field() timeZone: string;
  @Field({ description: 'Monday 00:00 in timeZone.' }) from: Date;
  @Field({ description: 'The next Monday 00:00 in timeZone (exclusive).' }) to: Date;
  @Field(() => [SupervisionOccurrenceModel], { description: 'Your sessions this week (as supervisor), cancelled ones included with their status.' })
  sessions: SupervisionOccurrenceModel[];
  @Field(() => [SupervisionOccurrenceModel], { description: 'Sessions of the last 60 days that have started and have no note yet (not cancelled or missed).' })
  notesToWrite: SupervisionOccurrenceModel[];
  @Field(() => [NoteAwaitingModel], { description: 'Notes of the last 180 days waiting for your step, oldest first.' }) notesAwaiting: NoteAwaitingModel[];
  @Field(() => [DueChecklistModel], { description: 'Observation ratings of your supervisees due by the end of the week (overdue first).' })
  ratingsDue: DueChecklistModel[];
  @Field(() => [ActionItemModel], { description: 'Open actions you can read that are due by the end of the week (read-only here).' })
  actionItemsDue: ActionItemModel[];
}
