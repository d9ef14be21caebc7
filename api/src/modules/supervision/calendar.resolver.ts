import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { CalendarService } from './calendar.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @SignedIn()
  @Query(() => String, {
    description: 'Your private iCalendar feed address (created on first use). Anyone with it can see your sessions’ times and people, never note text.',
  })
  calendarFeedUrl(@Ctx() ctx: RequestContext): Promise<string> {
    return this.calendar.feedUrl(ctx);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Revokes your feed address (calendar apps using it get 404); the next calendarFeedUrl gives a new one.' })
  revokeCalendarFeed(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.calendar.revoke(ctx);
  }
}
