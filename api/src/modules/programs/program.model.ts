import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ProgramRow } from '../../common/loaders';

@ObjectType('Program')
export class ProgramModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field() archived: boolean;
  @Field() createdAt: Date;
}

export function toProgramModel(row: ProgramRow): ProgramModel {
  return { id: row.id, name: row.name, description: row.description, archived: !!row.archived_at, createdAt: row.created_at };
}
