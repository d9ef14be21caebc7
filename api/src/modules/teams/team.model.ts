import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TeamRow } from '../../common/loaders';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => ID) programId: string;
  @Field() archived: boolean;
  @Field() createdAt: Date;
}

export function toTeamModel(row: TeamRow): TeamModel {
  return { id: row.id, name: row.name, description: row.description, programId: row.program_id, archived: !!row.archived_at, createdAt: row.created_at };
}
