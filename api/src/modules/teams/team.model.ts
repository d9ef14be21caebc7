import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TeamEntity } from '@tandem/database';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => ID) programId: string;
  @Field() archived: boolean;
  @Field() createdAt: Date;
}

export function toTeamModel(team: TeamEntity): TeamModel {
  return { id: team.id, name: team.name, description: team.description, programId: team.programId, archived: !!team.archivedAt, createdAt: team.createdAt };
}
