import { Injectable } from '@nestjs/common';
import { audit } from '../../common/audit';
import { ConflictError, InvalidInputError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { SupervisionNotices } from '../notifications/supervision-notices';
import { assertNearNow, MAX_SCHEDULE_DAYS } from '../../common/window';
import { isoFloating } from './ical-time';
import { originalStarts, ruleEndingBefore, lastStartOf, type SeriesTiming } from './occurrences';
import {
  assertMayArrange, doubleBookings, formatLocal, parseDayOrStart, parseStart, requireTimeZone, seriesFor, upcomingSlots, writableSession,
} from './schedule-helpers';
import { timingOf, visibleSession, type SupervisionSession } from './session-store';
import {
  deleteExceptions, deleteSession, endSessionRule, hasNote, insertSession, lockAtVersion, sessionById, setSupervisees, updateSessionAtVersion,
} from './sessions.repository';
import type { EndSupervisionSeriesInput, ScheduleSupervisionInput, UpdateSupervisionSessionInput } from './session.inputs';
import { DAY_MS, MINUTE_MS, floatingToInstant, instantToFloating } from '@tandem/shared';

const YEAR_MS = 365 * DAY_MS;

interface NewSession {
  supervisorId: string;
  superviseeIds: string[];
  title: string;
  modality: string;
  channel: string;
  durationMinutes: number;
  timeZone: string;
  startsLocalMs: number;
  recurrence: string | null;
  seriesEndsAt: Date | null;
  location: string;
  link: string;
  adHoc: boolean;
  previousSessionId: string | null;
}

/** Scheduling and changing sessions (series level). Occurrence-level changes live in OccurrencesService. */
@Injectable()
export class SupervisionSessionsService {
  constructor(private readonly notices: SupervisionNotices) {}

  async schedule(ctx: RequestContext, input: ScheduleSupervisionInput): Promise<{ session: SupervisionSession; warnings: string[] }> {
    const timeZone = requireTimeZone(input.timeZone);
    const startsLocalMs = parseStart(input.startsAt, timeZone);
    assertNearNow(ctx.clock.nowMs(), startsLocalMs, MAX_SCHEDULE_DAYS, 'startsAt');
    const series = seriesFor({
      startsLocalMs, timeZone, recurrence: input.recurrence ?? null, durationMinutes: input.durationMinutes,
    });
    await assertMayArrange(ctx, input.supervisorId, input.superviseeIds, input.modality);
    const session = await this.create(ctx, {
      supervisorId: input.supervisorId, superviseeIds: input.superviseeIds, title: (input.title ?? '').trim(), modality: input.modality,
      channel: input.channel, durationMinutes: input.durationMinutes, timeZone, startsLocalMs: series.startsLocalMs, recurrence: series.recurrence,
      seriesEndsAt: series.seriesEndsAt, location: (input.location ?? '').trim(), link: (input.link ?? '').trim(), adHoc: false, previousSessionId: null,
    });
    const warnings: string[] = [];
    if (series.startAdjusted) warnings.push(`The first session is on ${formatLocal(series.startsAt, timeZone)}, the first date the pattern gives.`);
    if (series.startsAt.getTime() < ctx.clock.nowMs()) warnings.push('The first session is in the past.');
    warnings.push(...(await doubleBookings(ctx, input.supervisorId, upcomingSlots(timingOf(session), series.startsAt), { sessionId: session.id })));
    await audit(ctx, {
      entity: 'supervision_session', entityId: session.id, action: 'supervision_session.scheduled',
      after: { supervisorId: session.supervisorId, superviseeIds: session.superviseeIds, startsAt: session.startsAt, recurrence: session.recurrence, modality: session.modality },
    });
    await this.notices.scheduled(ctx, session);
    return { session, warnings };
  }

  /** Creates a session row and its supervisee rows; returns it as read back. */
  async create(ctx: RequestContext, s: NewSession): Promise<SupervisionSession> {
    const organizationId = ctx.db.organizationId!;
    const row = {
      organizationId, supervisorId: s.supervisorId, title: s.title, modality: s.modality as SupervisionSession['modality'],
      channel: s.channel as SupervisionSession['channel'], durationMinutes: s.durationMinutes, timeZone: s.timeZone, startsLocal: isoFloating(s.startsLocalMs),
      startsAt: new Date(floatingToInstant(s.startsLocalMs, s.timeZone)), recurrence: s.recurrence, seriesEndsAt: s.seriesEndsAt, location: s.location,
      link: s.link, adHoc: s.adHoc, previousSessionId: s.previousSessionId, createdBy: ctx.viewer!.personId,
    };
    return ctx.db.run(async (em) => {
      const id = await insertSession(em, row);
      await setSupervisees(em, organizationId, id, s.superviseeIds);
      return (await sessionById(em, id))!;
    });
  }

  async read(ctx: RequestContext, id: string): Promise<SupervisionSession> {
    return (await ctx.db.run((em) => sessionById(em, id)))!;
  }

  /**
   * Changes a session. Details (title, place, link, channel, modality, duration, supervisees) change in place. A new
   * timing (start, zone, recurrence) changes in place while nothing has happened yet; once a series has begun it is
   * split: the old series ends now and a new one continues, so past occurrences and their notes keep their times.
   */
  async update(ctx: RequestContext, input: UpdateSupervisionSessionInput): Promise<{ session: SupervisionSession; warnings: string[] }> {
    const current = await writableSession(ctx, input.sessionId);
    // Lock the row at the version the caller read: concurrent changes wait, then see a stale version.
    const locked = await ctx.db.run((em) => lockAtVersion(em, current.id, input.version));
    if (current.version !== input.version || !locked) throw staleSession();
    const timeZone = input.timeZone !== undefined ? requireTimeZone(input.timeZone) : current.timeZone;
    const recurrence = input.recurrence === undefined ? current.recurrence : input.recurrence.trim() === '' ? null : input.recurrence;
    if (current.adHoc && recurrence !== null) throw new InvalidInputError('A session recorded after the fact cannot become a series', { field: 'recurrence' });
    const durationMinutes = input.durationMinutes ?? current.durationMinutes;
    const superviseeIds = input.superviseeIds ?? current.superviseeIds;
    const modality = input.modality ?? current.modality;
    if (input.superviseeIds !== undefined || input.modality !== undefined) await assertMayArrange(ctx, current.supervisorId, superviseeIds, modality);
    const startsLocalMs = input.startsAt !== undefined ? parseStart(input.startsAt, timeZone) : timingOf(current).startsLocalMs;
    if (input.startsAt !== undefined) assertNearNow(ctx.clock.nowMs(), startsLocalMs, MAX_SCHEDULE_DAYS, 'startsAt');
    const timingChanged = input.startsAt !== undefined || timeZone !== current.timeZone || recurrence !== current.recurrence;
    const details = {
      title: input.title?.trim() ?? current.title, channel: input.channel ?? current.channel, location: input.location?.trim() ?? current.location,
      link: input.link?.trim() ?? current.link, modality, durationMinutes, superviseeIds,
    };
    const warnings: string[] = [];
    let session: SupervisionSession;
    const now = ctx.clock.now();
    if (!timingChanged || current.startsAt > now || current.recurrence === null) {
      const series = seriesFor({ startsLocalMs, timeZone, recurrence, durationMinutes });
      if (series.startAdjusted) warnings.push(`The first session is on ${formatLocal(series.startsAt, timeZone)}, the first date the pattern gives.`);
      if (timingChanged) {
        if (await ctx.db.run((em) => hasNote(em, current.id))) throw new ConflictError('This session already has notes; its timing can no longer change');
        await ctx.db.run((em) => deleteExceptions(em, current.id));
      }
      const changes = {
        title: details.title, modality: modality as SupervisionSession['modality'], channel: details.channel as SupervisionSession['channel'], durationMinutes,
        timeZone, startsLocal: isoFloating(series.startsLocalMs), startsAt: series.startsAt, recurrence: series.recurrence,
        seriesEndsAt: timingChanged || durationMinutes !== current.durationMinutes ? series.seriesEndsAt : current.seriesEndsAt,
        location: details.location, link: details.link,
      };
      const organizationId = ctx.db.organizationId!;
      session = await ctx.db.run(async (em) => {
        if (!(await updateSessionAtVersion(em, current.id, input.version, changes))) throw staleSession();
        await setSupervisees(em, organizationId, current.id, superviseeIds);
        return (await sessionById(em, current.id))!;
      });
    } else {
      session = await this.split(ctx, current, { ...details, timeZone, recurrence, startsLocalMs: input.startsAt !== undefined ? startsLocalMs : null }, now);
      warnings.push(`Sessions before ${formatLocal(now, timeZone)} keep their times; the series continues as a new series from ${formatLocal(session.startsAt, timeZone)}.`);
    }
    if (timingChanged || input.durationMinutes !== undefined) {
      warnings.push(...(await doubleBookings(ctx, session.supervisorId, upcomingSlots(timingOf(session), new Date(Math.max(now.getTime(), session.startsAt.getTime()))), { sessionId: session.id })));
    }
    if (timingChanged) await this.notices.seriesMoved(ctx, current, session);
    await audit(ctx, {
      entity: 'supervision_session', entityId: current.id, action: 'supervision_session.updated',
      before: { startsAt: current.startsAt, timeZone: current.timeZone, recurrence: current.recurrence, durationMinutes: current.durationMinutes, superviseeIds: current.superviseeIds },
      after: { sessionId: session.id, startsAt: session.startsAt, timeZone: session.timeZone, recurrence: session.recurrence, durationMinutes: session.durationMinutes, superviseeIds: session.superviseeIds },
    });
    return { session, warnings };
  }

  private async split(
    ctx: RequestContext, current: SupervisionSession,
    next: { title: string; channel: string; location: string; link: string; modality: string; durationMinutes: number; superviseeIds: string[]; timeZone: string; recurrence: string | null; startsLocalMs: number | null },
    now: Date,
  ): Promise<SupervisionSession> {
    let startsLocalMs = next.startsLocalMs;
    if (startsLocalMs === null) {
      // No new start given: continue at the same local time, from the first date the new pattern gives after now.
      const base = seriesFor({ startsLocalMs: timingOf(current).startsLocalMs, timeZone: next.timeZone, recurrence: next.recurrence, durationMinutes: next.durationMinutes });
      const timing: SeriesTiming = { startsLocalMs: base.startsLocalMs, timeZone: next.timeZone, recurrence: base.recurrence, durationMinutes: next.durationMinutes };
      const upcoming = originalStarts(timing, now, new Date(now.getTime() + 2 * YEAR_MS))[0];
      if (!upcoming) throw new InvalidInputError('The new pattern has no sessions after today', { field: 'recurrence' });
      startsLocalMs = instantToFloating(upcoming.getTime(), next.timeZone);
    }
    if (floatingToInstant(startsLocalMs, next.timeZone) <= now.getTime()) {
      throw new InvalidInputError('This series has already begun: choose a new start in the future (earlier sessions keep their times)', { field: 'startsAt' });
    }
    const series = seriesFor({ startsLocalMs, timeZone: next.timeZone, recurrence: next.recurrence, durationMinutes: next.durationMinutes });
    const ended = await this.endBefore(ctx, current, now);
    return this.create(ctx, {
      supervisorId: current.supervisorId, superviseeIds: next.superviseeIds, title: next.title, modality: next.modality, channel: next.channel,
      durationMinutes: next.durationMinutes, timeZone: next.timeZone, startsLocalMs: series.startsLocalMs, recurrence: series.recurrence,
      seriesEndsAt: series.seriesEndsAt, location: next.location, link: next.link, adHoc: false, previousSessionId: ended ? current.id : null,
    });
  }

  /** Ends a series before `at` (occurrences starting at or after it go; documented ones block). Null when nothing remains. */
  private async endBefore(ctx: RequestContext, session: SupervisionSession, at: Date): Promise<SupervisionSession | null> {
    if (await ctx.db.run((em) => hasNote(em, session.id, { from: at }))) throw new ConflictError('Sessions after that date already have notes; end the series after them');
    const timing = timingOf(session);
    const rule = session.recurrence === null ? null : ruleEndingBefore(timing, at);
    if (rule === null) {
      if (await ctx.db.run((em) => hasNote(em, session.id))) throw new ConflictError('This session has notes and cannot be removed');
      await ctx.db.run((em) => deleteSession(em, session.id));
      return null;
    }
    const last = lastStartOf({ ...timing, recurrence: rule });
    const endsAt = last ? new Date(last.getTime() + session.durationMinutes * MINUTE_MS) : null;
    return ctx.db.run(async (em) => {
      await deleteExceptions(em, session.id, at);
      await endSessionRule(em, session.id, rule, endsAt);
      return (await sessionById(em, session.id))!;
    });
  }

  /** Ends a series from a date: occurrences on or after it are removed. Removing every occurrence deletes the series. */
  async endSeries(ctx: RequestContext, input: EndSupervisionSeriesInput): Promise<{ session: SupervisionSession | null; warnings: string[] }> {
    const session = await writableSession(ctx, input.sessionId);
    if (session.recurrence === null) throw new InvalidInputError('This is a one-off session; cancel its occurrence instead', { field: 'sessionId' });
    const at = parseDayOrStart(input.from, session.timeZone, 'from');
    const updated = await this.endBefore(ctx, session, at);
    await this.notices.seriesEnded(ctx, session, updated, at);
    await audit(ctx, {
      entity: 'supervision_session', entityId: session.id, action: updated ? 'supervision_session.ended' : 'supervision_session.removed',
      before: { recurrence: session.recurrence }, after: { recurrence: updated?.recurrence ?? null, from: at },
    });
    return { session: updated, warnings: updated ? [] : ['No session remained before that date, so the whole series was removed.'] };
  }

  get(ctx: RequestContext, id: string): Promise<SupervisionSession> {
    return visibleSession(ctx, id);
  }
}

function staleSession(): ConflictError {
  return new ConflictError('This session was changed elsewhere. Reload it and try again; nothing was saved.', { reason: 'STALE_VERSION' });
}
