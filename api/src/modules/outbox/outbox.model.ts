import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../common/page';
import type { OutboxListed } from './outbox.repository';
import type { OutboxKind } from './outbox.templates';

export enum OutboxKindEnum {
  INVITATION = 'INVITATION',
  SIGN_UP_CONFIRMATION = 'SIGN_UP_CONFIRMATION',
  SIGN_UP_ATTEMPT = 'SIGN_UP_ATTEMPT',
  PASSWORD_RESET = 'PASSWORD_RESET',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  CHECKLIST_DUE = 'CHECKLIST_DUE',
  CHECKLIST_OVERDUE = 'CHECKLIST_OVERDUE',
  SUPERVISION_SCHEDULED = 'SUPERVISION_SCHEDULED',
  SUPERVISION_MOVED = 'SUPERVISION_MOVED',
  SUPERVISION_CANCELLED = 'SUPERVISION_CANCELLED',
  SUPERVISION_REMINDER = 'SUPERVISION_REMINDER',
  NOTE_READY_FOR_REFLECTION = 'NOTE_READY_FOR_REFLECTION',
  NOTE_READY_TO_SIGN = 'NOTE_READY_TO_SIGN',
  NOTE_SIGNATURE_REMOVED = 'NOTE_SIGNATURE_REMOVED',
  ACTION_ITEM_DUE = 'ACTION_ITEM_DUE',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
  NEW_DEVICE_SIGN_IN = 'NEW_DEVICE_SIGN_IN',
}

export enum OutboxStatusEnum {
  HELD = 'HELD',
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(OutboxStatusEnum, {
  name: 'OutboxMessageStatus',
  description: 'HELD: no mail server is configured, the message is kept here only. QUEUED: waiting to be sent (or to be retried). '
    + 'SENDING: being handed to the mail server. SENT: accepted by the mail server. FAILED: every retry failed (see lastError).',
});
registerEnumType(OutboxKindEnum, { name: 'OutboxMessageKind', description: 'What an outbox message is about.' });
// Keep the GraphQL enum and the template kinds in step.
const _kinds: Record<OutboxKind, OutboxKindEnum> = OutboxKindEnum;
void _kinds;

@ObjectType('OutboxMessage', { description: 'A message as it would be mailed to one person of the organisation.' })
export class OutboxMessageModel {
  @Field(() => ID) id: string;
  @Field(() => OutboxKindEnum) kind: OutboxKindEnum;
  @Field(() => ID) recipientId: string;
  @Field({ description: 'The address the message is for, as it was when the message was made.' }) toAddress: string;
  @Field() subject: string;
  @Field({ description: 'Plain-text body, links included.' }) bodyText: string;
  @Field(() => String, { nullable: true, description: 'The message’s one call to action (also in the body).' }) actionUrl: string | null;
  @Field() createdAt: Date;
  @Field(() => OutboxStatusEnum) status: OutboxStatusEnum;
  @Field(() => Int, { description: 'Times the mail server was tried.' }) attempts: number;
  @Field(() => String, { nullable: true, description: 'Why the last try failed (the mail server’s answer).' }) lastError: string | null;
  @Field({ description: 'From when it may be sent (reminders are made ahead).' }) sendAfter: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}

@ObjectType('OutboxSummary', { description: 'Delivery at a glance, for admins.' })
export class OutboxSummaryModel {
  @Field({ description: 'Whether a mail server (SMTP_URL) is configured; without one every message is HELD in the outbox.' }) mailConfigured: boolean;
  @Field(() => Int) held: number;
  @Field(() => Int) queued: number;
  @Field(() => Int) sending: number;
  @Field(() => Int) sent: number;
  @Field(() => Int) failed: number;
}

@ObjectType('OutboxMessagePage')
export class OutboxMessagePageModel extends Paginated(OutboxMessageModel, 'OutboxMessagePageBase') {}

export function toOutboxMessageModel(m: OutboxListed): OutboxMessageModel {
  return {
    id: m.id, kind: m.kind as OutboxKindEnum, recipientId: m.recipientId, toAddress: m.toAddress, subject: m.subject,
    bodyText: m.bodyText, actionUrl: m.actionUrl, createdAt: m.createdAt,
    status: m.status as OutboxStatusEnum, attempts: m.attempts, lastError: m.lastError, sendAfter: m.sendAfter, sentAt: m.sentAt,
  };
}
