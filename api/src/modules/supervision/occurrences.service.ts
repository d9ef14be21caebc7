import { Injectable } from '@nestjs/common';
import { audit } from '../../common/audit';
import { ConflictError, InvalidInputError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { SupervisionNotices } from '../notifications/supervision-notices';
import { assertNearNow, assertWindow, MAX_HISTORY_DAYS, MAX_SCHEDULE_DAYS } from '../../common/window';
import { doubleBookings, parseStart, writableSession } from './schedule-helpers';
import { expandSessions, occurrenceOf, saveOccurrence, sessionsInRange, type OccurrenceView } from './session-store';
import { hasNote } from './sessions.repository';
import type {
  CancelSupervisionOccurrenceInput, MarkSupervisionOccurrenceInput, MoveSupervisionOccurrenceInput, SupervisionSessionsFilterInput,
} from './session.inputs';
import { MINUTE_MS, floatingToInstant } from '@tandem/shared';

export const MAX_RANGE_DAYS = 400;
const MAX_OCCURRENCES = 3000;

/** Occurrence-level work: the range query, and cancelling, moving and marking single occurrences. */
@Injectable()
export class SupervisionOccurrencesService {
  constructor(private readonly notices: SupervisionNotices) {}

  /** Occurrences the viewer may see in [from, to), expanded from each series with its exceptions applied. */
  async list(ctx: RequestContext, filter: SupervisionSessionsFilterInput): Promise<OccurrenceView[]> {
    const from = new Date(filter.from);
    const to = new Date(filter.to);
    assertWindow(ctx.clock.nowMs(), from.getTime(), to.getTime(), { maxDays: MAX_RANGE_DAYS, maxPastDays: MAX_HISTORY_DAYS, maxFutureDays: MAX_SCHEDULE_DAYS });
    const sessions = await sessionsInRange(ctx, from, to, { supervisorId: filter.supervisorId, superviseeId: filter.superviseeId, teamId: filter.teamId });
    const all = await expandSessions(ctx, sessions, from, to);
    const list = filter.includeCancelled === false ? all.filter((o) => o.status !== 'CANCELLED') : all;
    if (list.length > MAX_OCCURRENCES) throw new InvalidInputError(`More than ${MAX_OCCURRENCES} sessions in this range; narrow it down`, { field: 'to' });
    return list;
  }

  async get(ctx: RequestContext, occurrenceId: string): Promise<OccurrenceView> {
    return (await occurrenceOf(ctx, occurrenceId)).view;
  }

  /** Cancels one occurrence (in calendars it becomes an EXDATE). A documented occurrence was held and cannot be cancelled. */
  async cancel(ctx: RequestContext, input: CancelSupervisionOccurrenceInput): Promise<{ occurrence: OccurrenceView; warnings: string[] }> {
    const { session, view } = await this.writableOccurrence(ctx, input.occurrenceId);
    await this.assertUndocumented(ctx, session.id, view.originalStartsAt, 'It has a note, so it took place and cannot be cancelled');
    if (view.status === 'CANCELLED') return { occurrence: view, warnings: ['This session was already cancelled.'] };
    await saveOccurrence(ctx, session, view.originalStartsAt, { status: 'CANCELLED', statusReason: (input.reason ?? '').trim() });
    await audit(ctx, {
      entity: 'supervision_session', entityId: session.id, action: 'supervision_occurrence.cancelled',
      before: { status: view.status }, after: { status: 'CANCELLED' }, extra: { occurrenceId: view.id },
    });
    const after = await occurrenceOf(ctx, view.id);
    await this.notices.occurrenceChanged(ctx, session, view, after.view, after.exception?.sequence ?? 1);
    return { occurrence: after.view, warnings: [] };
  }

  /** Moves one occurrence (in calendars: an override with RECURRENCE-ID). A cancelled one is restored by moving it. */
  async move(ctx: RequestContext, input: MoveSupervisionOccurrenceInput): Promise<{ occurrence: OccurrenceView; warnings: string[] }> {
    const { session, view } = await this.writableOccurrence(ctx, input.occurrenceId);
    if (view.status === 'COMPLETED' || view.status === 'MISSED') throw new ConflictError(`This session was already marked ${view.status.toLowerCase()}; it cannot be moved`);
    await this.assertUndocumented(ctx, session.id, view.originalStartsAt, 'It has a note, so it cannot be moved');
    const startsAt = new Date(floatingToInstant(parseStart(input.startsAt, session.timeZone), session.timeZone));
    assertNearNow(ctx.clock.nowMs(), startsAt.getTime(), MAX_SCHEDULE_DAYS, 'startsAt');
    const durationMinutes = input.durationMinutes ?? view.durationMinutes;
    await saveOccurrence(ctx, session, view.originalStartsAt, {
      startsAt, durationMinutes, status: 'SCHEDULED', statusReason: '',
      // null goes back to the series' place or link; omitted keeps this occurrence's.
      ...(input.location !== undefined ? { location: input.location?.trim() ?? null } : {}), ...(input.link !== undefined ? { link: input.link?.trim() ?? null } : {}),
    });
    const warnings = await doubleBookings(ctx, session.supervisorId, [{ startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * MINUTE_MS) }], {
      sessionId: session.id, originalStart: view.originalStartsAt,
    });
    if (startsAt.getTime() < ctx.clock.nowMs()) warnings.push('The new time is in the past.');
    await audit(ctx, {
      entity: 'supervision_session', entityId: session.id, action: 'supervision_occurrence.moved',
      before: { startsAt: view.startsAt, durationMinutes: view.durationMinutes }, after: { startsAt, durationMinutes }, extra: { occurrenceId: view.id },
    });
    const after = await occurrenceOf(ctx, view.id);
    await this.notices.occurrenceChanged(ctx, session, view, after.view, after.exception?.sequence ?? 1);
    return { occurrence: after.view, warnings };
  }

  /** Records what happened at an occurrence that has started: COMPLETED or MISSED. */
  async mark(ctx: RequestContext, input: MarkSupervisionOccurrenceInput): Promise<{ occurrence: OccurrenceView; warnings: string[] }> {
    const { session, view } = await this.writableOccurrence(ctx, input.occurrenceId);
    if (view.startsAt.getTime() > ctx.clock.nowMs()) throw new InvalidInputError('This session has not started yet', { field: 'occurrenceId' });
    if (view.status === 'CANCELLED') throw new ConflictError('This session was cancelled; move it to reschedule it');
    if (input.status === 'MISSED') await this.assertUndocumented(ctx, session.id, view.originalStartsAt, 'It has a note, so it was held');
    await saveOccurrence(ctx, session, view.originalStartsAt, { status: input.status, statusReason: (input.reason ?? '').trim() });
    await audit(ctx, {
      entity: 'supervision_session', entityId: session.id, action: 'supervision_occurrence.marked',
      before: { status: view.status }, after: { status: input.status }, extra: { occurrenceId: view.id },
    });
    return { occurrence: (await occurrenceOf(ctx, view.id)).view, warnings: [] };
  }

  private async writableOccurrence(ctx: RequestContext, occurrenceId: string) {
    const found = await occurrenceOf(ctx, occurrenceId);
    await writableSession(ctx, found.session.id);
    return found;
  }

  private async assertUndocumented(ctx: RequestContext, sessionId: string, originalStart: Date, message: string): Promise<void> {
    if (await ctx.db.run((em) => hasNote(em, sessionId, { originalStart }))) throw new ConflictError(message);
  }
}
