import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ProgramEntity } from '@tandem/database';

@ObjectType('Program')
export class ProgramModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field() archived: boolean;
  @Field() createdAt: Date;
}

export function toProgramModel(program: ProgramEntity): ProgramModel {
  return { id: program.id, name: program.name, description: program.description, archived: !!program.archivedAt, createdAt: program.createdAt };
}
