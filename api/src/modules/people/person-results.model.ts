import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/page';
import { PersonModel, RoleEnum } from './person.model';

@ObjectType('PersonPage')
export class PersonPageModel extends Paginated(PersonModel, 'PersonPageBase') {}

@ObjectType('InvitePersonPayload')
export class InvitePersonPayloadModel {
  @Field(() => PersonModel) person: PersonModel;
  @Field({ description: 'One-time link the person opens to set their password (valid 14 days).' }) inviteUrl: string;
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
  @Field(() => String, { nullable: true, description: 'One-time invitation link for new people (apply only).' }) inviteUrl: string | null;
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
