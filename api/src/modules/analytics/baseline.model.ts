import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/scalars';
import type { BaselineReset } from './analytics.repository';

@ObjectType('BaselineReset', { description: 'A restart of a team’s drift baseline by its program manager or an admin.' })
export class BaselineResetModel {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field(() => DateScalar, { description: 'First day of the new baseline.' }) fromDate: string;
  @Field() reason: string;
  @Field(() => String, { nullable: true, description: 'Who restarted it.' }) createdByName: string | null;
}

export function toBaselineResetModel(r: BaselineReset): BaselineResetModel {
  return { id: r.id, teamId: r.teamId, fromDate: r.startsOn, reason: r.reason, createdByName: r.createdByName };
}
