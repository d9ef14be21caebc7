import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  skip: number = 0;

  @Field(() => Int, { defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  take: number = 50;
}

@ArgsType()
export class PageArgs {
  @Field(() => PageInput, { nullable: true })
  page?: PageInput;
}

/** `{ items, totalCount }` list wrapper for a GraphQL object type. */
export function Paginated<T>(item: Type<T>, name: string) {
  @ObjectType(name)
  abstract class PageClass {
    @Field(() => [item])
    items: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return PageClass;
}
