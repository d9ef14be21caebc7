import { Injectable } from '@nestjs/common';
import { todayOn } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { OutboxService } from '../outbox/outbox.service';
import { occurrenceId } from '../supervision/occurrences';
import { NotificationsService } from './notifications.service';
import { actionItemDueMessage, relativeDay } from './reminder.templates';

interface DueItem {
  id: string;
  owner_id: string;
  owner_name: string;
  owner_email: string;
  time_zone: string;
  due_on: string;
  description: string;
  session_id: string | null;
  original_start: Date | null;
  supervisor_id: string | null;
  supervisor_name: string | null;
  supervisee_name: string | null;
}

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
    const items = await ctx.db.query<DueItem>(
      `SELECT ai.id, ai.owner_id, o.name AS owner_name, o.email AS owner_email, coalesce(st.time_zone, 'UTC') AS time_zone,
              ai.due_on::text AS due_on, ai.description, n.session_id, n.original_start, ss.supervisor_id,
              sup.name AS supervisor_name, sv.name AS supervisee_name
         FROM supervision_action_item ai
         JOIN person o ON o.id = ai.owner_id AND o.active
         LEFT JOIN notification_setting st ON st.person_id = ai.owner_id
         LEFT JOIN supervision_note n ON n.id = ai.note_id
         LEFT JOIN supervision_session ss ON ss.id = n.session_id
         LEFT JOIN person sup ON sup.id = ss.supervisor_id
         LEFT JOIN person sv ON sv.id = ai.supervisee_id
        WHERE ai.status = 'OPEN' AND ai.due_on BETWEEN (app_now() AT TIME ZONE 'UTC')::date - 1 AND (app_now() AT TIME ZONE 'UTC')::date + 2
        ORDER BY ai.due_on, ai.id`,
    );
    let made = 0;
    for (const item of items) {
      const today = todayOn(ctx.clock, item.time_zone);
      const when = relativeDay(item.due_on, today);
      if (when !== 'today' && when !== 'tomorrow') continue;
      const link = item.session_id && item.original_start ? `/supervision/occurrences/${occurrenceId(item.session_id, item.original_start)}` : '/';
      const agreedWith = item.owner_id === item.supervisor_id ? item.supervisee_name : item.supervisor_name;
      const message = actionItemDueMessage({
        personName: item.owner_name, organizationName, agreedWith, dueDate: item.due_on, today, timeZone: item.time_zone, url: this.outbox.url(link),
      });
      // In the app (signed in) the entry may name the item; the mail does not carry record text.
      const summary = item.description.length > 140 ? `${item.description.slice(0, 139)}…` : item.description;
      if (await this.notifications.notify(ctx, { id: item.owner_id, email: item.owner_email }, { message, link, summary },
        `action-item-due:${item.id}:${item.due_on}`)) made += 1;
    }
    return made;
  }
}
