import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed', { description: 'Your private feed address, without the address itself: it was shown once, when it was made.' })
export class CalendarFeedModel {
  @Field({ description: 'Whether you have a live address.' }) active: boolean;
  @Field(() => Date, { nullable: true, description: 'When the live address was made.' }) createdAt: Date | null;
}
