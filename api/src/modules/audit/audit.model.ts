import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/page';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field() entity: string;
  @Field(() => ID, { nullable: true }) entityId: string | null;
  @Field() action: string;
  @Field({ description: 'Before/after summary as JSON text.' }) summary: string;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field() createdAt: Date;
}

@ObjectType('AuditEventPage')
export class AuditEventPageModel extends Paginated(AuditEventModel, 'AuditEventPageBase') {}
