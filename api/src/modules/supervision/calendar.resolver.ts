import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { CalendarFeedModel } from './calendar.model';
import { CalendarService } from './calendar.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @SignedIn()
  @Query(() => CalendarFeedModel, { description: 'Whether you have a live private iCalendar feed address, and since when.' })
  calendarFeed(@Ctx() ctx: RequestContext): Promise<CalendarFeedModel> {
    return this.calendar.current(ctx);
  }

  @SignedIn()
  @Mutation(() => String, {
    description: 'A new private iCalendar feed address, shown this once (only a hash is kept); it replaces your current one. '
      + 'Anyone with it can see your sessions’ times and people, never note text.',
  })
  createCalendarFeed(@Ctx() ctx: RequestContext): Promise<string> {
    return this.calendar.create(ctx);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Revokes your feed address (calendar apps using it get 404); createCalendarFeed gives a new one.' })
  revokeCalendarFeed(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.calendar.revoke(ctx);
  }
}
