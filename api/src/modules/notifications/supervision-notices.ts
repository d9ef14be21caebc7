import { Injectable } from '@nestjs/common';
import type { PersonEntity, SupervisionNoteEntity } from '@tandem/database';
import type { RequestContext } from '../../common/request-context';
import { OutboxService } from '../outbox/outbox.service';
import { buildCalendar, type IcsSeries } from '../supervision/ics';
import { occurrenceId } from '../supervision/occurrences';
import type { OccurrenceView, SupervisionSession } from '../supervision/session-store';
import {
  noteReadyForReflectionMessage, noteReadyToSignMessage, noteSignatureRemovedMessage, supervisionCancelledMessage, supervisionMovedMessage,
  supervisionReminderMessage, supervisionScheduledMessage,
} from './notification.templates';
import { activeAddressees, organizationNameOf } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { DAY_MS } from '@tandem/shared';

type Person = Pick<PersonEntity, 'id' | 'name' | 'email'>;
/** What a notice reads of a session. */
type NoticeSession = Pick<
  SupervisionSession, 'id' | 'supervisorId' | 'superviseeIds' | 'title' | 'location' | 'timeZone' | 'startsAt' | 'durationMinutes' | 'recurrence' | 'sequence' | 'updatedAt'
>;
/** What a notice names of a note. */
type NoticeNote = Pick<SupervisionNoteEntity, 'id' | 'version' | 'originalStart' | 'heldAt'>;

/**
 * Supervision events for supervisees: "scheduled" (with the .ics as METHOD:REQUEST, the same UID as the feed) and a
 * reminder the day before the first session, written on the scheduling transaction. The reminder is due 24 hours
 * before the session by the business clock, and its text gives the time in the recipient's own time zone.
 */
@Injectable()
export class SupervisionNotices {
  constructor(private readonly notifications: NotificationsService, private readonly outbox: OutboxService) {}

  async scheduled(ctx: RequestContext, session: NoticeSession): Promise<void> {
    const { byId, organizationName } = await this.people(ctx, session);
    const supervisorName = byId.get(session.supervisorId)?.name ?? 'Your supervisor';
    const ics = this.seriesCalendar(session, supervisorName, 'REQUEST', ctx.clock.now());
    for (const id of session.superviseeIds) {
      const person = byId.get(id);
      if (!person) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, session.timeZone);
      const vars = {
        personName: person.name, organizationName, supervisorName, startsAt: session.startsAt, timeZone,
        durationMinutes: session.durationMinutes, url: this.outbox.url('/supervision'), recurring: session.recurrence !== null,
      };
      await this.notifications.notify(ctx, person, {
        message: supervisionScheduledMessage(vars), summary: `On ${vars.startsAt.toISOString().slice(0, 10)}`, link: '/supervision',
      }, `supervision-scheduled:${session.id}:${session.sequence}`, { calendar: { ics, method: 'REQUEST' } });
      const remindAt = new Date(session.startsAt.getTime() - DAY_MS);
      if (remindAt.getTime() > ctx.clock.nowMs()) {
        await this.notifications.notify(ctx, person, {
          message: supervisionReminderMessage(vars), summary: 'Supervision tomorrow', link: '/supervision',
        }, `supervision-reminder:${session.id}:${session.startsAt.toISOString()}`, { sendAfter: remindAt });
      }
    }
  }

  /**
   * One occurrence moved or cancelled: everyone in the session except whoever changed it hears, with the calendar
   * update attached (METHOD:REQUEST with the new time, or METHOD:CANCEL; the feed's UID, RECURRENCE-ID for a series).
   */
  async occurrenceChanged(
    ctx: RequestContext, session: NoticeSession, before: OccurrenceView, after: OccurrenceView, occurrenceSequence: number,
  ): Promise<void> {
    const cancelled = after.status === 'CANCELLED';
    const { byId, organizationName } = await this.people(ctx, session);
    const supervisorName = byId.get(session.supervisorId)?.name ?? 'Your supervisor';
    const method = cancelled ? 'CANCEL' : 'REQUEST';
    const ics = buildCalendar({
      name: 'Tandem supervision', method, now: ctx.clock.now(),
      series: [{
        ...seriesOf(session, supervisorName), sequence: session.sequence + occurrenceSequence, updatedAt: ctx.clock.now(),
        exceptions: [{
          originalStart: after.originalStartsAt, startsAt: after.startsAt, durationMinutes: after.durationMinutes,
          status: cancelled ? 'CANCELLED' : 'SCHEDULED', location: after.location || null,
        }],
        ...(session.recurrence !== null ? { instanceOnly: after.originalStartsAt } : {}),
      }],
    });
    const link = `/supervision/occurrences/${after.id}`;
    for (const id of [session.supervisorId, ...session.superviseeIds]) {
      const person = byId.get(id);
      if (!person || id === ctx.viewer?.personId) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, session.timeZone);
      const vars = {
        personName: person.name, organizationName, supervisorName, timeZone, durationMinutes: after.durationMinutes,
        url: this.outbox.url(link), recurring: session.recurrence !== null,
      };
      const key = `supervision-${cancelled ? 'cancelled' : 'moved'}:${after.id}:${occurrenceSequence}`;
      const message = cancelled
        ? supervisionCancelledMessage({ ...vars, startsAt: before.startsAt, reason: after.statusReason })
        : supervisionMovedMessage({ ...vars, startsAt: after.startsAt, previousStartsAt: before.startsAt });
      await this.notifications.notify(ctx, person, {
        message, link, summary: cancelled ? `Was on ${before.startsAt.toISOString().slice(0, 10)}` : `Now on ${after.startsAt.toISOString().slice(0, 10)}`,
      }, key, { calendar: { ics, method } });
    }
  }

  /**
   * A note's signatures changed hands. `readyForReflection`: the supervisor signed, supervisees who have not signed are
   * asked for their reflection. `readyToSign`: a supervisee signed and the supervisor has not. `signatureRemoved`: the
   * supervisor changed a note someone had signed.
   */
  async noteEvent(
    ctx: RequestContext, event: 'NOTE_READY_FOR_REFLECTION' | 'NOTE_READY_TO_SIGN' | 'NOTE_SIGNATURE_REMOVED',
    session: NoticeSession, note: NoticeNote, recipientIds: string[],
  ): Promise<void> {
    const recipients = recipientIds.filter((id) => id !== ctx.viewer?.personId);
    if (recipients.length === 0) return;
    const { byId, organizationName } = await this.people(ctx, session);
    const actorName = byId.get(ctx.viewer?.personId ?? '')?.name ?? 'Someone';
    const supervisorName = byId.get(session.supervisorId)?.name ?? 'your supervisor';
    const link = `/supervision/occurrences/${occurrenceId(session.id, note.originalStart)}`;
    const render = event === 'NOTE_READY_FOR_REFLECTION' ? noteReadyForReflectionMessage : event === 'NOTE_READY_TO_SIGN' ? noteReadyToSignMessage : noteSignatureRemovedMessage;
    for (const id of recipients) {
      const person = byId.get(id);
      if (!person) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, session.timeZone);
      const otherName = id === session.supervisorId ? actorName : event === 'NOTE_READY_TO_SIGN' ? actorName : supervisorName;
      const message = render({ personName: person.name, organizationName, otherName, heldAt: note.heldAt, timeZone, url: this.outbox.url(link) });
      await this.notifications.notify(ctx, person, { message, link, summary: `Supervision of ${note.heldAt.toISOString().slice(0, 10)}` },
        `${event.toLowerCase()}:${note.id}:${note.version}`);
    }
  }

  private async people(ctx: RequestContext, session: Pick<NoticeSession, 'supervisorId' | 'superviseeIds'>): Promise<{ byId: Map<string, Person>; organizationName: string }> {
    const ids = [session.supervisorId, ...session.superviseeIds];
    const [people, organization] = await ctx.db.run(async (em) => [await activeAddressees(em, ids), await organizationNameOf(em, ctx.db.organizationId!)] as const);
    return { byId: new Map(people.map((p) => [p.id, p])), organizationName: organization ?? 'your organisation' };
  }

  /**
   * A series (or one-off) got a new timing: everyone but whoever changed it hears, with the whole event as a
   * METHOD:REQUEST under its UID (a series split at today carries the new series' UID).
   */
  async seriesMoved(ctx: RequestContext, before: NoticeSession, after: NoticeSession): Promise<void> {
    const { byId, organizationName } = await this.people(ctx, after);
    const supervisorName = byId.get(after.supervisorId)?.name ?? 'Your supervisor';
    const ics = this.seriesCalendar(after, supervisorName, 'REQUEST', ctx.clock.now());
    for (const id of [after.supervisorId, ...after.superviseeIds]) {
      const person = byId.get(id);
      if (!person || id === ctx.viewer?.personId) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, after.timeZone);
      const message = supervisionMovedMessage({
        personName: person.name, organizationName, supervisorName, timeZone, durationMinutes: after.durationMinutes, url: this.outbox.url('/supervision'),
        recurring: after.recurrence !== null, startsAt: after.startsAt, previousStartsAt: before.startsAt,
      });
      await this.notifications.notify(ctx, person, { message, link: '/supervision', summary: `Now from ${after.startsAt.toISOString().slice(0, 10)}` },
        `supervision-moved:${after.id}:${after.sequence}`, { calendar: { ics, method: 'REQUEST' } });
    }
  }

  /**
   * A series ended early (or removed): METHOD:CANCEL of the whole event when nothing remains, else METHOD:REQUEST with
   * the shortened rule (how calendars learn that the later sessions are gone).
   */
  async seriesEnded(ctx: RequestContext, before: NoticeSession, after: NoticeSession | null, from: Date): Promise<void> {
    const { byId, organizationName } = await this.people(ctx, before);
    const supervisorName = byId.get(before.supervisorId)?.name ?? 'Your supervisor';
    const method = after ? 'REQUEST' : 'CANCEL';
    const ics = after
      ? this.seriesCalendar(after, supervisorName, 'REQUEST', ctx.clock.now())
      : this.seriesCalendar({ ...before, sequence: before.sequence + 1 }, supervisorName, 'CANCEL', ctx.clock.now(), true);
    for (const id of [before.supervisorId, ...before.superviseeIds]) {
      const person = byId.get(id);
      if (!person || id === ctx.viewer?.personId) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, before.timeZone);
      const message = supervisionCancelledMessage({
        personName: person.name, organizationName, supervisorName, timeZone, durationMinutes: before.durationMinutes, url: this.outbox.url('/supervision'),
        recurring: true, startsAt: from, reason: '', series: true,
      });
      await this.notifications.notify(ctx, person, { message, link: '/supervision', summary: `From ${from.toISOString().slice(0, 10)}` },
        `supervision-cancelled:${before.id}:${before.sequence}:${from.toISOString()}`, { calendar: { ics, method } });
    }
  }

  private seriesCalendar(session: NoticeSession, supervisorName: string, method: 'REQUEST' | 'CANCEL', now: Date, cancelled = false): string {
    return buildCalendar({ name: 'Tandem supervision', method, now, series: [{ ...seriesOf(session, supervisorName), cancelled }] });
  }
}

/** The whole series as one calendar event, under the feed's UID. */
function seriesOf(session: NoticeSession, supervisorName: string): IcsSeries {
  return {
    sessionId: session.id, summary: session.title || `Supervision with ${supervisorName}`, description: 'Supervision', location: session.location,
    url: null, timeZone: session.timeZone, startsAt: session.startsAt, durationMinutes: session.durationMinutes,
    recurrence: session.recurrence, sequence: session.sequence, updatedAt: session.updatedAt, exceptions: [],
  };
}
