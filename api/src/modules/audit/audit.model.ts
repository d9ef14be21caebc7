import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/page';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true, description: 'Who did it; null for the system.' }) actorName: string | null;
  @Field() entity: string;
  @Field(() => ID, { nullable: true }) entityId: string | null;
  @Field({ description: 'The record named for people: "Person: Grace Kim", "Checklist: self-assessment, Mar 2026 (Grace Kim)".' }) subject: string;
  @Field() action: string;
  @Field({ description: 'What happened in words ("Changed roles", "Read the note text").' }) actionLabel: string;
  @Field({ description: 'CHANGE, SIGN_IN or NOTE_READ.' }) category: string;
  @Field(() => String, { nullable: true, description: 'For a note read: the capacity it was read in (supervisor, supervisee, policy).' }) readAs: string | null;
  @Field({ description: 'Before/after summary as JSON text.' }) summary: string;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field() createdAt: Date;
}

@ObjectType('AuditEventPage')
export class AuditEventPageModel {
  @Field(() => [AuditEventModel]) items: AuditEventModel[];
  @Field(() => PageInfoModel) pageInfo: PageInfoModel;
  @Field(() => Int, { description: `Events matching the filter, counted up to ${10_000} (see totalCountCapped).` }) totalCount: number;
  @Field({ description: 'True when there are more matching events than totalCount says.' }) totalCountCapped: boolean;
}

@ObjectType('AuditActionOption', { description: 'An action the log records, with its words and view.' })
export class AuditActionOptionModel {
  @Field() action: string;
  @Field() label: string;
  @Field() category: string;
}

@ObjectType('AuditEntityOption')
export class AuditEntityOptionModel {
  @Field() entity: string;
  @Field() label: string;
}
