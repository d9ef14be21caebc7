import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../common/request-context';
import { OutboxService } from '../outbox/outbox.service';
import { buildCalendar } from '../supervision/ics';
import type { SessionRow } from '../supervision/session-store';
import { supervisionReminderMessage, supervisionScheduledMessage } from './notification.templates';
import { NotificationsService } from './notifications.service';

const DAY_MS = 86_400_000;

interface Person {
  id: string;
  name: string;
  email: string;
}

/**
 * Supervision events for supervisees: "scheduled" (with the .ics as METHOD:REQUEST, the same UID as the feed) and a
 * reminder the day before the first session, written on the scheduling transaction. The reminder is due 24 hours
 * before the session by the business clock, and its text gives the time in the recipient's own time zone.
 */
@Injectable()
export class SupervisionNotices {
  constructor(private readonly notifications: NotificationsService, private readonly outbox: OutboxService) {}

  async scheduled(ctx: RequestContext, session: SessionRow): Promise<void> {
    const ids = [session.supervisor_id, ...session.supervisee_ids];
    const people = await ctx.db.query<Person>(`SELECT id, name, email FROM person WHERE id = ANY($1::uuid[]) AND active`, [ids]);
    const [org] = await ctx.db.query<{ name: string }>(`SELECT name FROM organization WHERE id = $1`, [ctx.db.organizationId]);
    const byId = new Map(people.map((p) => [p.id, p]));
    const supervisorName = byId.get(session.supervisor_id)?.name ?? 'Your supervisor';
    const ics = buildCalendar({
      name: 'Tandem supervision', method: 'REQUEST', now: ctx.clock.now(),
      series: [{
        sessionId: session.id, summary: session.title || `Supervision with ${supervisorName}`, description: 'Supervision', location: session.location,
        url: null, timeZone: session.time_zone, startsAt: session.starts_at, durationMinutes: session.duration_minutes,
        recurrence: session.recurrence, sequence: session.sequence, updatedAt: session.updated_at, exceptions: [],
      }],
    });
    for (const id of session.supervisee_ids) {
      const person = byId.get(id);
      if (!person) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, session.time_zone);
      const vars = {
        personName: person.name, organizationName: org?.name ?? 'your organisation', supervisorName, startsAt: session.starts_at, timeZone,
        durationMinutes: session.duration_minutes, url: this.outbox.url('/supervision'), recurring: session.recurrence !== null,
      };
      await this.notifications.notify(ctx, person, {
        message: supervisionScheduledMessage(vars), summary: `On ${vars.startsAt.toISOString().slice(0, 10)}`, link: '/supervision',
      }, `supervision-scheduled:${session.id}:${session.sequence}`, { calendar: { ics, method: 'REQUEST' } });
      const remindAt = new Date(session.starts_at.getTime() - DAY_MS);
      if (remindAt.getTime() > ctx.clock.nowMs()) {
        await this.notifications.notify(ctx, person, {
          message: supervisionReminderMessage(vars), summary: 'Supervision tomorrow', link: '/supervision',
        }, `supervision-reminder:${session.id}:${session.starts_at.toISOString()}`, { sendAfter: remindAt });
      }
    }
  }
}
