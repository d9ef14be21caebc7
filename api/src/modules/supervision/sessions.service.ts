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
import { SESSION_COLUMNS, timingOf, visibleSession, type SessionRow } from './session-store';
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

  async schedule(ctx: RequestContext, input: ScheduleSupervisionInput): Promise<{ session: SessionRow; warnings: string[] }> {
    const timeZone = requireTimeZone(input.timeZone);
    const startsLocalMs = parseStart(input.startsAt, timeZone);
    assertNearNow(ctx.clock.nowMs(), startsLocalMs, MAX_SCHEDULE_DAYS, 'startsAt');
    const series = seriesFor({
      startsLocalMs, timeZone, recurrence: input.recurrence ?? null, durationMinutes: input.durationMinutes,
    });
    await assertMayArrange(ctx, input.supervisorId, input.superviseeIds, input.modality);
    const session = await this.insert(ctx, {
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
      after: { supervisorId: session.supervisor_id, superviseeIds: session.supervisee_ids, startsAt: session.starts_at, recurrence: session.recurrence, modality: session.modality },
    });
    await this.notices.scheduled(ctx, session);
    return { session, warnings };
  }

  /** Creates a session row and its supervisee rows; returns it as read back. */
  async insert(ctx: RequestContext, s: NewSession): Promise<SessionRow> {
    const startsAt = new Date(floatingToInstant(s.startsLocalMs, s.timeZone));
    const [row] = await ctx.db.query<{ id: string }>(
      `INSERT INTO supervision_session (organization_id, supervisor_id, title, modality, channel, duration_minutes, time_zone, starts_local, starts_at,
         recurrence, series_ends_at, location, link, ad_hoc, previous_session_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamp, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [ctx.db.organizationId, s.supervisorId, s.title, s.modality, s.channel, s.durationMinutes, s.timeZone, isoFloating(s.startsLocalMs), startsAt,
        s.recurrence, s.seriesEndsAt, s.location, s.link, s.adHoc, s.previousSessionId, ctx.viewer!.personId],
    );
    await this.setSupervisees(ctx, row!.id, s.superviseeIds);
    return this.read(ctx, row!.id);
  }

  async read(ctx: RequestContext, id: string): Promise<SessionRow> {
    const [row] = await ctx.db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM supervision_session s WHERE s.id = $1`, [id]);
    return row!;
  }

  private async setSupervisees(ctx: RequestContext, sessionId: string, ids: string[]): Promise<void> {
    await ctx.db.query('DELETE FROM supervision_session_supervisee WHERE session_id = $1 AND NOT (supervisee_id = ANY($2::uuid[]))', [sessionId, ids]);
    await ctx.db.query(
      `INSERT INTO supervision_session_supervisee (organization_id, session_id, supervisee_id)
       SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
      [ctx.db.organizationId, sessionId, ids],
    );
  }

  /**
   * Changes a session. Details (title, place, link, channel, modality, duration, supervisees) change in place. A new
   * timing (start, zone, recurrence) changes in place while nothing has happened yet; once a series has begun it is
   * split: the old series ends now and a new one continues, so past occurrences and their notes keep their times.
   */
  async update(ctx: RequestContext, input: UpdateSupervisionSessionInput): Promise<{ session: SessionRow; warnings: string[] }> {
    const current = await writableSession(ctx, input.sessionId);
    // Lock the row at the version the caller read: concurrent changes wait, then see a stale version.
    const locked = await ctx.db.query('SELECT id FROM supervision_session WHERE id = $1 AND version = $2 FOR UPDATE', [current.id, input.version]);
    if (current.version !== input.version || locked.length === 0) throw staleSession();
    const timeZone = input.timeZone !== undefined ? requireTimeZone(input.timeZone) : current.time_zone;
    const recurrence = input.recurrence === undefined ? current.recurrence : input.recurrence.trim() === '' ? null : input.recurrence;
    if (current.ad_hoc && recurrence !== null) throw new InvalidInputError('A session recorded after the fact cannot become a series', { field: 'recurrence' });
    const durationMinutes = input.durationMinutes ?? current.duration_minutes;
    const superviseeIds = input.superviseeIds ?? current.supervisee_ids;
    const modality = input.modality ?? current.modality;
    if (input.superviseeIds !== undefined || input.modality !== undefined) await assertMayArrange(ctx, current.supervisor_id, superviseeIds, modality);
    const startsLocalMs = input.startsAt !== undefined ? parseStart(input.startsAt, timeZone) : timingOf(current).startsLocalMs;
    if (input.startsAt !== undefined) assertNearNow(ctx.clock.nowMs(), startsLocalMs, MAX_SCHEDULE_DAYS, 'startsAt');
    const timingChanged = input.startsAt !== undefined || timeZone !== current.time_zone || recurrence !== current.recurrence;
    const details = {
      title: input.title?.trim() ?? current.title, channel: input.channel ?? current.channel, location: input.location?.trim() ?? current.location,
      link: input.link?.trim() ?? current.link, modality, durationMinutes, superviseeIds,
    };
    const warnings: string[] = [];
    let session: SessionRow;
    const now = ctx.clock.now();
    if (!timingChanged || current.starts_at > now || current.recurrence === null) {
      const series = seriesFor({ startsLocalMs, timeZone, recurrence, durationMinutes });
      if (series.startAdjusted) warnings.push(`The first session is on ${formatLocal(series.startsAt, timeZone)}, the first date the pattern gives.`);
      if (timingChanged) {
        const documented = await ctx.db.query('SELECT 1 FROM supervision_note WHERE session_id = $1 LIMIT 1', [current.id]);
        if (documented.length) throw new ConflictError('This session already has notes; its timing can no longer change');
        await ctx.db.query('DELETE FROM supervision_occurrence WHERE session_id = $1', [current.id]);
      }
      const [row] = await ctx.db.query<{ id: string }>(
        `UPDATE supervision_session SET title = $3, modality = $4, channel = $5, duration_minutes = $6, time_zone = $7, starts_local = $8::timestamp,
           starts_at = $9, recurrence = $10, series_ends_at = $11, location = $12, link = $13, version = version + 1, sequence = sequence + 1, updated_at = app_now()
         WHERE id = $1 AND version = $2 RETURNING id`,
        [current.id, input.version, details.title, modality, details.channel, durationMinutes, timeZone, isoFloating(series.startsLocalMs), series.startsAt,
          series.recurrence, timingChanged || durationMinutes !== current.duration_minutes ? series.seriesEndsAt : current.series_ends_at,
          details.location, details.link],
      );
      if (!row) throw staleSession();
      await this.setSupervisees(ctx, current.id, superviseeIds);
      session = await this.read(ctx, current.id);
    } else {
      session = await this.split(ctx, current, { ...details, timeZone, recurrence, startsLocalMs: input.startsAt !== undefined ? startsLocalMs : null }, now);
      warnings.push(`Sessions before ${formatLocal(now, timeZone)} keep their times; the series continues as a new series from ${formatLocal(session.starts_at, timeZone)}.`);
    }
    if (timingChanged || input.durationMinutes !== undefined) {
      warnings.push(...(await doubleBookings(ctx, session.supervisor_id, upcomingSlots(timingOf(session), new Date(Math.max(now.getTime(), session.starts_at.getTime()))), { sessionId: session.id })));
    }
    if (timingChanged) await this.notices.seriesMoved(ctx, current, session);
    await audit(ctx, {
      entity: 'supervision_session', entityId: current.id, action: 'supervision_session.updated',
      before: { startsAt: current.starts_at, timeZone: current.time_zone, recurrence: current.recurrence, durationMinutes: current.duration_minutes, superviseeIds: current.supervisee_ids },
      after: { sessionId: session.id, startsAt: session.starts_at, timeZone: session.time_zone, recurrence: session.recurrence, durationMinutes: session.duration_minutes, superviseeIds: session.supervisee_ids },
    });
    return { session, warnings };
  }

  private async split(
    ctx: RequestContext, current: SessionRow,
    next: { title: string; channel: string; location: string; link: string; modality: string; durationMinutes: number; superviseeIds: string[]; timeZone: string; recurrence: string | null; startsLocalMs: number | null },
    now: Date,
  ): Promise<SessionRow> {
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
    return this.insert(ctx, {
      supervisorId: current.supervisor_id, superviseeIds: next.superviseeIds, title: next.title, modality: next.modality, channel: next.channel,
      durationMinutes: next.durationMinutes, timeZone: next.timeZone, startsLocalMs: series.startsLocalMs, recurrence: series.recurrence,
      seriesEndsAt: series.seriesEndsAt, location: next.location, link: next.link, adHoc: false, previousSessionId: ended ? current.id : null,
    });
  }

  /** Ends a series before `at` (occurrences starting at or after it go; documented ones block). Null when nothing remains. */
  private async endBefore(ctx: RequestContext, session: SessionRow, at: Date): Promise<SessionRow | null> {
    const documented = await ctx.db.query('SELECT 1 FROM supervision_note WHERE session_id = $1 AND original_start >= $2 LIMIT 1', [session.id, at]);
    if (documented.length) throw new ConflictError('Sessions after that date already have notes; end the series after them');
    const timing = timingOf(session);
    const rule = session.recurrence === null ? null : ruleEndingBefore(timing, at);
    if (rule === null) {
      const anyNotes = await ctx.db.query('SELECT 1 FROM supervision_note WHERE session_id = $1 LIMIT 1', [session.id]);
      if (anyNotes.length) throw new ConflictError('This session has notes and cannot be removed');
      await ctx.db.query('DELETE FROM supervision_session WHERE id = $1', [session.id]);
      return null;
    }
    const last = lastStartOf({ ...timing, recurrence: rule });
    const endsAt = last ? new Date(last.getTime() + session.duration_minutes * MINUTE_MS) : null;
    await ctx.db.query('DELETE FROM supervision_occurrence WHERE session_id = $1 AND original_start >= $2', [session.id, at]);
    await ctx.db.query(
      `UPDATE supervision_session SET recurrence = $2, series_ends_at = $3, version = version + 1, sequence = sequence + 1, updated_at = app_now() WHERE id = $1`,
      [session.id, rule, endsAt],
    );
    return this.read(ctx, session.id);
  }

  /** Ends a series from a date: occurrences on or after it are removed. Removing every occurrence deletes the series. */
  async endSeries(ctx: RequestContext, input: EndSupervisionSeriesInput): Promise<{ session: SessionRow | null; warnings: string[] }> {
    const session = await writableSession(ctx, input.sessionId);
    if (session.recurrence === null) throw new InvalidInputError('This is a one-off session; cancel its occurrence instead', { field: 'sessionId' });
    const at = parseDayOrStart(input.from, session.time_zone, 'from');
    const updated = await this.endBefore(ctx, session, at);
    await this.notices.seriesEnded(ctx, session, updated, at);
    await audit(ctx, {
      entity: 'supervision_session', entityId: session.id, action: updated ? 'supervision_session.ended' : 'supervision_session.removed',
      before: { recurrence: session.recurrence }, after: { recurrence: updated?.recurrence ?? null, from: at },
    });
    return { session: updated, warnings: updated ? [] : ['No session remained before that date, so the whole series was removed.'] };
  }

  get(ctx: RequestContext, id: string): Promise<SessionRow> {
    return visibleSession(ctx, id);
  }
}

function staleSession(): ConflictError {
  return new ConflictError('This session was changed elsewhere. Reload it and try again; nothing was saved.', { reason: 'STALE_VERSION' });
}
