import { Injectable } from '@nestjs/common';
import { todayOn } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { OutboxService } from '../outbox/outbox.service';
import { occurrenceId } from '../supervision/occurrences';
import { NotificationsService } from './notifications.service';
import { dueActionItems } from './reminders.repository';
import { actionItemDueMessage, relativeDay } from './reminder.templates';

/**
 * "An action item is due": the owner of an open supervision action item hears once, the first time a sweep finds it
 * due tomorrow or today in the owner's time zone (done or dropped items never). The key holds the due date, so an
 * item moved to a new date is reminded of again for that date.
 */
@Injectable()
export class ActionItemReminders {
  constructor(private readonly notifications: NotificationsService, private readonly outbox: OutboxService) {}

  async run(ctx: RequestContext, organizationName: string): Promise<number> {
    // A day either side of the UTC date covers every time zone; each owner's own "today" decides below.
    const items = await ctx.db.run((em) => dueActionItems(em));
    let made = 0;
    for (const item of items) {
      const today = todayOn(ctx.clock, item.timeZone);
      const when = relativeDay(item.dueOn, today);
      if (when !== 'today' && when !== 'tomorrow') continue;
      const link = item.sessionId && item.originalStart ? `/supervision/occurrences/${occurrenceId(item.sessionId, item.originalStart)}` : '/';
      const agreedWith = item.ownerId === item.supervisorId ? item.superviseeName : item.supervisorName;
      const message = actionItemDueMessage({
        personName: item.ownerName, organizationName, agreedWith, dueDate: item.dueOn, today, timeZone: item.timeZone, url: this.outbox.url(link),
      });
      // In the app (signed in) the entry may name the item; the mail does not carry record text.
      const summary = item.description.length > 140 ? `${item.description.slice(0, 139)}…` : item.description;
      if (await this.notifications.notify(ctx, { id: item.ownerId, email: item.ownerEmail }, { message, link, summary },
        `action-item-due:${item.id}:${item.dueOn}`)) made += 1;
    }
    return made;
  }
}
