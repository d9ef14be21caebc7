import { Inject, Injectable } from '@nestjs/common';
import { audit } from '../../common/audit';
import type { RequestContext } from '../../common/request-context';
import type { RequestDb } from '../../common/request-db';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { hashToken, newToken } from '../auth/tokens';
import { buildCalendar, type IcsSeries } from './ics';
import { findOccurrence, SESSION_COLUMNS, type OccurrenceRow, type SessionRow } from './session-store';
import { DAY_MS } from '@tandem/shared';

/** A feed carries sessions from this long ago onwards (and every future one). */
const FEED_LOOKBACK_DAYS = 90;

const MODALITY_WORDS: Record<string, string> = {
  INDIVIDUAL: 'Individual supervision', GROUP: 'Group supervision', PEER_COREFLECTION: 'Peer co-reflection', OBSERVATION: 'Observation of practice',
};
const CHANNEL_WORDS: Record<string, string> = { IN_PERSON: 'in person', VIDEO: 'by video', PHONE: 'by phone' };

/** Private iCalendar feeds (one revocable secret address per person) and single-occurrence .ics downloads. No note text ever goes into a calendar. */
@Injectable()
export class CalendarService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  feedUrlFor(token: string): string {
    return `${this.config.publicUrl}/calendar/${token}.ics`;
  }

  /** The viewer's live feed, if any (its address cannot be shown again: only the token's hash is stored). */
  async current(ctx: RequestContext): Promise<{ active: boolean; createdAt: Date | null }> {
    const [row] = await ctx.db.query<{ created_at: Date }>('SELECT created_at FROM calendar_feed WHERE person_id = $1 AND revoked_at IS NULL', [ctx.viewer!.personId]);
    return { active: !!row, createdAt: row?.created_at ?? null };
  }

  /** A new feed address for the viewer, returned this once; only the token's SHA-256 is stored. Replaces a live feed. */
  async create(ctx: RequestContext): Promise<string> {
    const personId = ctx.viewer!.personId;
    const replaced = await ctx.db.query<{ id: string }>(
      'UPDATE calendar_feed SET revoked_at = app_now() WHERE person_id = $1 AND revoked_at IS NULL RETURNING id', [personId],
    );
    const token = newToken();
    const [row] = await ctx.db.query<{ id: string }>(
      'INSERT INTO calendar_feed (organization_id, person_id, token_hash) VALUES ($1, $2, $3) RETURNING id',
      [ctx.db.organizationId, personId, hashToken(token)],
    );
    await audit(ctx, { entity: 'calendar_feed', entityId: row!.id, action: 'calendar_feed.created', extra: { replaced: replaced.length } });
    return this.feedUrlFor(token);
  }

  /** Revokes the viewer's feed address; createCalendarFeed makes a new one. */
  async revoke(ctx: RequestContext): Promise<boolean> {
    const rows = await ctx.db.query<{ id: string }>(
      'UPDATE calendar_feed SET revoked_at = app_now() WHERE person_id = $1 AND revoked_at IS NULL RETURNING id', [ctx.viewer!.personId],
    );
    await audit(ctx, { entity: 'calendar_feed', entityId: rows[0]?.id ?? null, action: 'calendar_feed.revoked', extra: { revoked: rows.length } });
    return rows.length > 0;
  }

  /**
   * The feed behind a token, or null for an unknown or revoked token. The token is the only credential: the feed is read
   * in the token's organisation, in a transaction of its own with no viewer (`RequestDb.asPublic`).
   */
  async feed(db: RequestDb, token: string, now: Date): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const [found] = await db.preTenantQuery<{ person_id: string; organization_id: string }>('SELECT * FROM calendar_find_feed($1)', [hashToken(token)]);
    if (!found) return null;
    return db.asPublic(found.organization_id, (feedDb) => this.feedOf(feedDb, found.person_id, now));
  }

  private async feedOf(db: RequestDb, personId: string, now: Date): Promise<string | null> {
    const [person] = await db.query<{ active: boolean }>('SELECT active FROM person WHERE id = $1', [personId]);
    if (!person?.active) return null;
    const sessions = await db.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM supervision_session s
       WHERE (s.supervisor_id = $1 OR EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = $1))
         AND (s.series_ends_at IS NULL OR s.series_ends_at > $2)
       ORDER BY s.starts_at, s.id`,
      [personId, new Date(now.getTime() - FEED_LOOKBACK_DAYS * DAY_MS)],
    );
    const rows = sessions.length
      ? await db.query<OccurrenceRow>(
        `SELECT id, session_id, original_start, starts_at, duration_minutes, status, status_reason, location, link, sequence
         FROM supervision_occurrence WHERE session_id = ANY($1::uuid[]) ORDER BY original_start`, [sessions.map((s) => s.id)],
      )
      : [];
    const names = await this.names(db, sessions);
    const series = sessions.map((s) => this.toIcs(s, rows.filter((r) => r.session_id === s.id), names));
    return buildCalendar({ name: 'Tandem supervision', series, now });
  }

  /** One occurrence as its own calendar event (visibility as for reading the session). */
  async occurrenceIcs(ctx: RequestContext, occurrenceId: string): Promise<{ filename: string; body: string }> {
    const { session, view } = await findOccurrence(ctx, occurrenceId);
    const names = await this.names(ctx.db, [session]);
    const single: IcsSeries = {
      ...this.toIcs(session, [], names), sessionId: view.id, recurrence: null, startsAt: view.startsAt, durationMinutes: view.durationMinutes,
      location: view.location,
      exceptions: view.status === 'CANCELLED'
        ? [{ originalStart: view.startsAt, startsAt: view.startsAt, durationMinutes: view.durationMinutes, status: 'CANCELLED', location: null }]
        : [],
    };
    return { filename: `supervision-${view.startsAt.toISOString().slice(0, 10)}.ics`, body: buildCalendar({ name: 'Tandem supervision', series: [single], now: ctx.clock.now() }) };
  }

  private async names(db: RequestDb, sessions: SessionRow[]): Promise<Map<string, string>> {
    const ids = [...new Set(sessions.flatMap((s) => [s.supervisor_id, ...s.supervisee_ids]))];
    if (ids.length === 0) return new Map();
    const rows = await db.query<{ id: string; name: string }>('SELECT id, name FROM person WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private toIcs(s: SessionRow, rows: OccurrenceRow[], names: Map<string, string>): IcsSeries {
    const supervisees = s.supervisee_ids.map((id) => names.get(id) ?? 'a supervisee').join(', ');
    const summary = s.title || `Supervision: ${names.get(s.supervisor_id) ?? 'supervisor'} with ${supervisees}`;
    const description = [`${MODALITY_WORDS[s.modality] ?? 'Supervision'}, ${CHANNEL_WORDS[s.channel] ?? ''}`.trim(), s.link ? `Join: ${s.link}` : '']
      .filter(Boolean).join('\n');
    return {
      sessionId: s.id, summary, description, location: s.location, url: /^https?:\/\//i.test(s.link) ? s.link : null, timeZone: s.time_zone, startsAt: s.starts_at,
      durationMinutes: s.duration_minutes, recurrence: s.recurrence, sequence: s.sequence, updatedAt: s.updated_at,
      exceptions: rows.map((r) => ({ originalStart: r.original_start, startsAt: r.starts_at, durationMinutes: r.duration_minutes, status: r.status, location: r.location })),
    };
  }
}
