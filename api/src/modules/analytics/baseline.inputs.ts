import { Field, ID, InputType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsString, IsUUID } from 'class-validator';
import { DateScalar } from '../../common/scalars';
import { TextField } from '../../common/text';
import { Trim } from '../../common/trim';

@InputType()
export class RebaselineTeamInput {
  @Field(() => ID) @IsUUID('all', { message: 'teamId must be an id' }) teamId: string;
  @Field(() => DateScalar, { description: 'First day of the new baseline (today or earlier): drift is judged afresh from the period that contains it.' })
  @IsString() fromDate: string;
  @TextField({ max: TEXT_LIMITS.baselineReason, min: 3, minMessage: 'Say in a few words why the baseline restarts', description: 'Why (a team day, a restructure…); shown on the charts.' })
  @Trim() reason: string;
}
