import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Offset paging stops here, so no request walks an unbounded offset. */
export const MAX_SKIP = 10_000;

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'How many to skip (0–10,000); narrow the filter to reach further.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SKIP, { message: 'skip can be at most 10,000; narrow the filter instead' })
  skip: number = 0;

  @Field(() => Int, { defaultValue: 50, description: '1–100.' })
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

/** Where a keyset page ends (audit log, checklists): pass `endCursor` as `after` for the next page. */
@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' }) endCursor: string | null;
  @Field() hasNextPage: boolean;
}
