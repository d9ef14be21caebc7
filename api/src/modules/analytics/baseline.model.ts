import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/scalars';

@ObjectType('BaselineReset', { description: 'A restart of a team’s drift baseline by its program manager or an admin.' })
export class BaselineResetModel {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field(() => DateScalar, { description: 'First day of the new baseline.' }) fromDate: string;
  @Field() reason: string;
  @Field(() => String, { nullable: true, description: 'Who restarted it.' }) createdByName: string | null;
}

export interface BaselineResetRow {
  id: string;
  team_id: string;
  starts_on: string;
  reason: string;
  created_by_name: string | null;
}

export function toBaselineResetModel(r: BaselineResetRow): BaselineResetModel {
  return { id: r.id, teamId: r.team_id, fromDate: r.starts_on, reason: r.reason, createdByName: r.created_by_name };
}
