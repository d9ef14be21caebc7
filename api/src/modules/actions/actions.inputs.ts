import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { DateScalar } from '../../common/scalars';
import { TextField } from '../../common/text';
import { Trim } from '../../common/trim';
import { ActionItemStatusEnum } from '../supervision/note.model';
import { ACTION_METRICS } from './action-metric';

export enum ActionScopeEnum {
  PERSON = 'PERSON',
  TEAM = 'TEAM',
  CASELOAD = 'CASELOAD',
}
registerEnumType(ActionScopeEnum, {
  name: 'ActionScope',
  valuesMap: {
    PERSON: { description: 'One person: it goes on their next supervision agenda.' },
    TEAM: { description: 'A whole team (a team-level signal): nobody in particular is named.' },
    CASELOAD: { description: 'A supervisor’s caseload: the supervisor and the people they supervise.' },
  },
});

export const ACTIONS_PAGE_MAX = 100;

@InputType({ description: 'A new action, from a drift signal (signalId) or by hand.' })
export class CreateActionInput {
  @Field(() => ActionScopeEnum) @IsEnum(ActionScopeEnum, { message: 'scope must be PERSON, TEAM or CASELOAD' }) scope: ActionScopeEnum;
  @Field(() => ID, { nullable: true, description: 'The team (needed for TEAM and PERSON; optional for CASELOAD, for the figure before and after).' })
  @IsOptional() @IsUUID('all', { message: 'teamId must be a team id' }) teamId?: string;
  @Field(() => ID, { nullable: true, description: 'PERSON: whose next supervision agenda the action goes on (a member of the team).' })
  @IsOptional() @IsUUID('all', { message: 'superviseeId must be a person id' }) superviseeId?: string;
  @Field(() => ID, { nullable: true, description: 'CASELOAD: the supervisor whose caseload it is.' })
  @IsOptional() @IsUUID('all', { message: 'supervisorId must be a person id' }) supervisorId?: string;
  @Field(() => ID, { description: 'Who will see it through.' }) @IsUUID('all', { message: 'ownerId must be a person id' }) ownerId: string;
  @Field(() => DateScalar) @IsString() dueOn: string;
  @TextField({ max: TEXT_LIMITS.actionDescription, min: 3, minMessage: 'Describe the action in at least 3 characters' }) @Trim() description: string;
  @TextField({ max: TEXT_LIMITS.code, nullable: true, description: 'The figure it is about (MFI, HDI, MDI, EDI, ODI, DIM:D1 … DIM:D7); taken from the signal when there is one.' })
  @IsIn([...ACTION_METRICS], { message: 'metric must be MFI, HDI, MDI, EDI, ODI or DIM:D1 … DIM:D7' }) metric?: string;
  @TextField({ max: TEXT_LIMITS.signalId, nullable: true, description: 'The drift signal that prompted it (DriftSignal.id); its metric, period and rule are kept.' }) signalId?: string;
  @TextField({ max: TEXT_LIMITS.code, nullable: true, description: 'The signal’s direction: worse or better.' })
  @IsIn(['worse', 'better'], { message: 'signalDirection must be worse or better' }) signalDirection?: string;
}

@InputType({ description: 'Filters of the Actions page (all optional; they combine with AND).' })
export class ActionsFilterInput {
  @Field(() => ID, { nullable: true, description: 'One action (a link to it).' }) @IsOptional() @IsUUID('all', { message: 'actionId must be an action id' }) actionId?: string;
  @Field(() => ActionItemStatusEnum, { nullable: true }) @IsOptional() @IsEnum(ActionItemStatusEnum, { message: 'status must be OPEN, DONE or DROPPED' }) status?: ActionItemStatusEnum;
  @Field(() => ActionScopeEnum, { nullable: true }) @IsOptional() @IsEnum(ActionScopeEnum, { message: 'scope must be PERSON, TEAM or CASELOAD' }) scope?: ActionScopeEnum;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'teamId must be a team id' }) teamId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'ownerId must be a person id' }) ownerId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only open actions past their due date.' }) @IsOptional() @IsBoolean({ message: 'overdue must be true or false' }) overdue?: boolean;
}

@InputType()
export class ActionsPageInput extends ActionsFilterInput {
  @Field(() => Int, { nullable: true, defaultValue: 0 }) @IsOptional() @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset cannot be negative' }) @Max(100_000, { message: 'offset can be at most 100000' }) offset?: number;
  @Field(() => Int, { nullable: true, defaultValue: 25, description: `Page size, 1–${ACTIONS_PAGE_MAX}.` }) @IsOptional() @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' }) @Max(ACTIONS_PAGE_MAX, { message: `limit can be at most ${ACTIONS_PAGE_MAX}` }) limit?: number;
}
