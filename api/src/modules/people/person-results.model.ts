import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/page';
import { PersonModel, RoleEnum } from './person.model';

@ObjectType('PersonPage')
export class PersonPageModel extends Paginated(PersonModel, 'PersonPageBase') {}

@ObjectType('InvitePersonPayload')
export class InvitePersonPayloadModel {
  @Field(() => PersonModel, { description: 'The person added; their invitation is in their message (see outboxMessages).' }) person: PersonModel;
}

@ObjectType('RosterRow')
export class RosterRowModel {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' }) line: number;
  @Field() name: string;
  @Field() email: string;
  @Field() team: string;
  @Field(() => [RoleEnum]) roles: RoleEnum[];
  @Field() supervisorEmail: string;
  @Field({ description: 'CREATE, UPDATE or ERROR.' }) action: string;
  @Field(() => [String]) errors: string[];
  @Field({ description: 'An invitation was sent to this new person’s message (apply only; links never come back to the admin).' })
  invited: boolean;
}

@ObjectType('RosterImportResult')
export class RosterImportResultModel {
  @Field() dryRun: boolean;
  @Field() applied: boolean;
  @Field(() => Int) totalRows: number;
  @Field(() => Int) createCount: number;
  @Field(() => Int) updateCount: number;
  @Field(() => Int) errorCount: number;
  @Field(() => [String], { description: 'Problems with the file as a whole (missing columns, …).' }) fileErrors: string[];
  @Field(() => [RosterRowModel]) rows: RosterRowModel[];
}
