import { Injectable } from '@nestjs/common';
import type { PersonEntity } from '@tandem/database';
import type { RequestContext } from '../../common/request-context';
import { OutboxService } from '../outbox/outbox.service';
import { buildCalendar } from '../supervision/ics';
import { occurrenceId } from '../supervision/occurrences';
import type { OccurrenceView, SessionRow } from '../supervision/session-store';
import {
  noteReadyForReflectionMessage, noteReadyToSignMessage, noteSignatureRemovedMessage, supervisionCancelledMessage, supervisionMovedMessage,
  supervisionReminderMessage, supervisionScheduledMessage,
} from './notification.templates';
import { activeAddressees, organizationNameOf } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { DAY_MS } from '@tandem/shared';

type Person = Pick<PersonEntity, 'id' | 'name' | 'email'>;

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
    const [people, organization] = await ctx.db.run(async (em) => [await activeAddressees(em, ids), await organizationNameOf(em, ctx.db.organizationId!)] as const);
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
        personName: person.name, organizationName: organization ?? 'your organisation', supervisorName, startsAt: session.starts_at, timeZone,
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

  /**
   * One occurrence moved or cancelled: everyone in the session except whoever changed it hears, with the calendar
   * update attached (METHOD:REQUEST with the new time, or METHOD:CANCEL; the feed's UID, RECURRENCE-ID for a series).
   */
  async occurrenceChanged(
    ctx: RequestContext, session: SessionRow, before: OccurrenceView, after: OccurrenceView, occurrenceSequence: number,
  ): Promise<void> {
    const cancelled = after.status === 'CANCELLED';
    const { byId, organizationName } = await this.people(ctx, session);
    const supervisorName = byId.get(session.supervisor_id)?.name ?? 'Your supervisor';
    const method = cancelled ? 'CANCEL' : 'REQUEST';
    const ics = buildCalendar({
      name: 'Tandem supervision', method, now: ctx.clock.now(),
      series: [{
        sessionId: session.id, summary: session.title || `Supervision with ${supervisorName}`, description: 'Supervision', location: session.location,
        url: null, timeZone: session.time_zone, startsAt: session.starts_at, durationMinutes: session.duration_minutes, recurrence: session.recurrence,
        sequence: session.sequence + occurrenceSequence, updatedAt: ctx.clock.now(),
        exceptions: [{
          originalStart: after.originalStartsAt, startsAt: after.startsAt, durationMinutes: after.durationMinutes,
          status: cancelled ? 'CANCELLED' : 'SCHEDULED', location: after.location || null,
        }],
        ...(session.recurrence !== null ? { instanceOnly: after.originalStartsAt } : {}),
      }],
    });
    const link = `/supervision/occurrences/${after.id}`;
    for (const id of [session.supervisor_id, ...session.supervisee_ids]) {
      const person = byId.get(id);
      if (!person || id === ctx.viewer?.personId) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, session.time_zone);
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
    session: SessionRow, note: { id: string; version: number; original_start: Date; held_at: Date }, recipientIds: string[],
  ): Promise<void> {
    const recipients = recipientIds.filter((id) => id !== ctx.viewer?.personId);
    if (recipients.length === 0) return;
    const { byId, organizationName } = await this.people(ctx, session);
    const actorName = byId.get(ctx.viewer?.personId ?? '')?.name ?? 'Someone';
    const supervisorName = byId.get(session.supervisor_id)?.name ?? 'your supervisor';
    const link = `/supervision/occurrences/${occurrenceId(session.id, note.original_start)}`;
    const render = event === 'NOTE_READY_FOR_REFLECTION' ? noteReadyForReflectionMessage : event === 'NOTE_READY_TO_SIGN' ? noteReadyToSignMessage : noteSignatureRemovedMessage;
    for (const id of recipients) {
      const person = byId.get(id);
      if (!person) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, session.time_zone);
      const otherName = id === session.supervisor_id ? actorName : event === 'NOTE_READY_TO_SIGN' ? actorName : supervisorName;
      const message = render({ personName: person.name, organizationName, otherName, heldAt: note.held_at, timeZone, url: this.outbox.url(link) });
      await this.notifications.notify(ctx, person, { message, link, summary: `Supervision of ${note.held_at.toISOString().slice(0, 10)}` },
        `${event.toLowerCase()}:${note.id}:${note.version}`);
    }
  }

  private async people(ctx: RequestContext, session: SessionRow): Promise<{ byId: Map<string, Person>; organizationName: string }> {
    const ids = [session.supervisor_id, ...session.supervisee_ids];
    const [people, organization] = await ctx.db.run(async (em) => [await activeAddressees(em, ids), await organizationNameOf(em, ctx.db.organizationId!)] as const);
    return { byId: new Map(people.map((p) => [p.id, p])), organizationName: organization ?? 'your organisation' };
  }

  /**
   * A series (or one-off) got a new timing: everyone but whoever changed it hears, with the whole event as a
   * METHOD:REQUEST under its UID (a series split at today carries the new series' UID).
   */
  async seriesMoved(ctx: RequestContext, before: SessionRow, after: SessionRow): Promise<void> {
    const { byId, organizationName } = await this.people(ctx, after);
    const supervisorName = byId.get(after.supervisor_id)?.name ?? 'Your supervisor';
    const ics = this.seriesCalendar(after, supervisorName, 'REQUEST', ctx.clock.now());
    for (const id of [after.supervisor_id, ...after.supervisee_ids]) {
      const person = byId.get(id);
      if (!person || id === ctx.viewer?.personId) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, after.time_zone);
      const message = supervisionMovedMessage({
        personName: person.name, organizationName, supervisorName, timeZone, durationMinutes: after.duration_minutes, url: this.outbox.url('/supervision'),
        recurring: after.recurrence !== null, startsAt: after.starts_at, previousStartsAt: before.starts_at,
      });
      await this.notifications.notify(ctx, person, { message, link: '/supervision', summary: `Now from ${after.starts_at.toISOString().slice(0, 10)}` },
        `supervision-moved:${after.id}:${after.sequence}`, { calendar: { ics, method: 'REQUEST' } });
    }
  }

  /**
   * A series ended early (or removed): METHOD:CANCEL of the whole event when nothing remains, else METHOD:REQUEST with
   * the shortened rule (how calendars learn that the later sessions are gone).
   */
  async seriesEnded(ctx: RequestContext, before: SessionRow, after: SessionRow | null, from: Date): Promise<void> {
    const { byId, organizationName } = await this.people(ctx, before);
    const supervisorName = byId.get(before.supervisor_id)?.name ?? 'Your supervisor';
    const method = after ? 'REQUEST' : 'CANCEL';
    const ics = after
      ? this.seriesCalendar(after, supervisorName, 'REQUEST', ctx.clock.now())
      : this.seriesCalendar({ ...before, sequence: before.sequence + 1 }, supervisorName, 'CANCEL', ctx.clock.now(), true);
    for (const id of [before.supervisor_id, ...before.supervisee_ids]) {
      const person = byId.get(id);
      if (!person || id === ctx.viewer?.personId) continue;
      const timeZone = await this.notifications.timeZoneOf(ctx, id, before.time_zone);
      const message = supervisionCancelledMessage({
        personName: person.name, organizationName, supervisorName, timeZone, durationMinutes: before.duration_minutes, url: this.outbox.url('/supervision'),
        recurring: true, startsAt: from, reason: '', series: true,
      });
      await this.notifications.notify(ctx, person, { message, link: '/supervision', summary: `From ${from.toISOString().slice(0, 10)}` },
        `supervision-cancelled:${before.id}:${before.sequence}:${from.toISOString()}`, { calendar: { ics, method } });
    }
  }

  private seriesCalendar(session: SessionRow, supervisorName: string, method: 'REQUEST' | 'CANCEL', now: Date, cancelled = false): string {
    return buildCalendar({
      name: 'Tandem supervision', method, now,
      series: [{
        sessionId: session.id, summary: session.title || `Supervision with ${supervisorName}`, description: 'Supervision', location: session.location,
        url: null, timeZone: session.time_zone, startsAt: session.starts_at, durationMinutes: session.duration_minutes,
        recurrence: session.recurrence, sequence: session.sequence, updatedAt: session.updated_at, exceptions: [], cancelled,
      }],
    });
  }
}
