import { Args, Field, ID, InputType, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Ctx, Roles } from '../../common/auth.decorators';
import { PageInput } from '../../common/page';
import type { RequestContext } from '../../common/request-context';
import { PersonModel, toPersonModel } from '../people/person.model';
import { RetryOutboxMessageInput } from '../notifications/notifications.inputs';
import {
  OutboxKindEnum, OutboxMessageModel, OutboxMessagePageModel, OutboxStatusEnum, OutboxSummaryModel, toOutboxMessageModel,
} from './outbox.model';
import { OutboxService } from './outbox.service';

@InputType()
export class OutboxFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') recipientId?: string;
  @Field(() => OutboxKindEnum, { nullable: true }) @IsOptional() @IsEnum(OutboxKindEnum) kind?: OutboxKindEnum;
  @Field(() => OutboxStatusEnum, { nullable: true }) @IsOptional() @IsEnum(OutboxStatusEnum) status?: OutboxStatusEnum;
}

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly outbox: OutboxService) {}

  @Roles('ADMIN')
  @Query(() => OutboxMessagePageModel, {
    description: 'The organisation’s outbox, newest first: every message Tandem has sent, as it would be mailed (admins only).',
  })
  async outboxMessages(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => OutboxFilterInput, nullable: true }) filter?: OutboxFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<OutboxMessagePageModel> {
    const { items, totalCount } = await this.outbox.list(ctx, filter ?? {}, page?.skip ?? 0, page?.take ?? 50);
    return { items: items.map(toOutboxMessageModel), totalCount };
  }

  @Roles('ADMIN')
  @Query(() => OutboxSummaryModel, { description: 'How many messages are held, queued, being sent, sent and failed (admins only).' })
  async outboxSummary(@Ctx() ctx: RequestContext): Promise<OutboxSummaryModel> {
    return this.outbox.summary(ctx);
  }

  @Roles('ADMIN')
  @Mutation(() => OutboxMessageModel, { description: '“Retry now”: sends a failed or waiting message again at once (admins only).' })
  async retryOutboxMessage(@Ctx() ctx: RequestContext, @Args('input') input: RetryOutboxMessageInput): Promise<OutboxMessageModel> {
    return toOutboxMessageModel(await this.outbox.retry(ctx, input.id));
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The person the message is for.' })
  async recipient(@Ctx() ctx: RequestContext, @Parent() message: OutboxMessageModel): Promise<PersonModel | null> {
    const row = await ctx.loaders.person.load(message.recipientId);
    return row ? toPersonModel(row) : null;
  }
}
