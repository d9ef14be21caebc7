import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../common/page';
import type { OutboxRow } from './outbox.service';
import type { OutboxKind } from './outbox.templates';

export enum OutboxKindEnum {
  INVITATION = 'INVITATION',
  SIGN_UP_CONFIRMATION = 'SIGN_UP_CONFIRMATION',
  SIGN_UP_ATTEMPT = 'SIGN_UP_ATTEMPT',
  PASSWORD_RESET = 'PASSWORD_RESET',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
}
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
}

@ObjectType('OutboxMessagePage')
export class OutboxMessagePageModel extends Paginated(OutboxMessageModel, 'OutboxMessagePageBase') {}

export function toOutboxMessageModel(row: OutboxRow): OutboxMessageModel {
  return {
    id: row.id, kind: row.kind as OutboxKindEnum, recipientId: row.recipient_id, toAddress: row.to_address, subject: row.subject,
    bodyText: row.body_text, actionUrl: row.action_url, createdAt: row.created_at,
  };
}
