import { Inject, Injectable } from '@nestjs/common';
import { CalendarFeedEntity, PersonEntity } from '@tandem/database';
import { IsNull, type EntityManager } from 'typeorm';
import { audit } from '../../common/audit';
import type { RequestContext } from '../../common/request-context';
import type { RequestDb } from '../../common/request-db';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { hashToken, newToken } from '../auth/tokens';
import { buildCalendar, type IcsSeries } from './ics';
import { occurrenceOf } from './session-store';
import { exceptionsOf, peopleNames, sessionsOfPerson, type OccurrenceException, type SupervisionSession } from './sessions.repository';
import { DAY_MS } from '@tandem/shared';
import { appNow } from '../../common/sql-time';

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
    const personId = ctx.viewer!.personId;
    const feed = await ctx.db.run((em) => em.getRepository(CalendarFeedEntity).findOne({ select: { id: true, createdAt: true }, where: { personId, revokedAt: IsNull() } }));
    return { active: !!feed, createdAt: feed?.createdAt ?? null };
  }

  /** A new feed address for the viewer, returned this once; only the token's SHA-256 is stored. Replaces a live feed. */
  async create(ctx: RequestContext): Promise<string> {
    const personId = ctx.viewer!.personId;
    const organizationId = ctx.db.organizationId!;
    const token = newToken();
    const { id, replaced } = await ctx.db.run(async (em) => {
      const revoked = await revokeFeeds(em, personId);
      const inserted = await em.getRepository(CalendarFeedEntity).insert({ organizationId, personId, tokenHash: hashToken(token) });
      return { id: (inserted.identifiers[0] as { id: string }).id, replaced: revoked.length };
    });
    await audit(ctx, { entity: 'calendar_feed', entityId: id, action: 'calendar_feed.created', extra: { replaced } });
    return this.feedUrlFor(token);
  }

  /** Revokes the viewer's feed address; createCalendarFeed makes a new one. */
  async revoke(ctx: RequestContext): Promise<boolean> {
    const personId = ctx.viewer!.personId;
    const ids = await ctx.db.run((em) => revokeFeeds(em, personId));
    await audit(ctx, { entity: 'calendar_feed', entityId: ids[0] ?? null, action: 'calendar_feed.revoked', extra: { revoked: ids.length } });
    return ids.length > 0;
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
    const since = new Date(now.getTime() - FEED_LOOKBACK_DAYS * DAY_MS);
    const found = await db.run(async (em) => {
      const person = await em.getRepository(PersonEntity).findOne({ select: { id: true, active: true }, where: { id: personId } });
      if (!person?.active) return null;
      const sessions = await sessionsOfPerson(em, personId, since);
      const exceptions = await exceptionsOf(em, sessions.map((s) => s.id));
      return { sessions, exceptions, names: await namesOf(em, sessions) };
    });
    if (!found) return null;
    const series = found.sessions.map((s) => this.toIcs(s, found.exceptions.filter((r) => r.sessionId === s.id), found.names));
    return buildCalendar({ name: 'Tandem supervision', series, now });
  }

  /** One occurrence as its own calendar event (visibility as for reading the session). */
  async occurrenceIcs(ctx: RequestContext, occurrenceId: string): Promise<{ filename: string; body: string }> {
    const { session, view } = await occurrenceOf(ctx, occurrenceId);
    const names = await ctx.db.run((em) => namesOf(em, [session]));
    const single: IcsSeries = {
      ...this.toIcs(session, [], names), sessionId: view.id, recurrence: null, startsAt: view.startsAt, durationMinutes: view.durationMinutes,
      location: view.location,
      exceptions: view.status === 'CANCELLED'
        ? [{ originalStart: view.startsAt, startsAt: view.startsAt, durationMinutes: view.durationMinutes, status: 'CANCELLED', location: null }]
        : [],
    };
    return { filename: `supervision-${view.startsAt.toISOString().slice(0, 10)}.ics`, body: buildCalendar({ name: 'Tandem supervision', series: [single], now: ctx.clock.now() }) };
  }

  private toIcs(s: SupervisionSession, rows: OccurrenceException[], names: Map<string, string>): IcsSeries {
    const supervisees = s.superviseeIds.map((id) => names.get(id) ?? 'a supervisee').join(', ');
    const summary = s.title || `Supervision: ${names.get(s.supervisorId) ?? 'supervisor'} with ${supervisees}`;
    const description = [`${MODALITY_WORDS[s.modality] ?? 'Supervision'}, ${CHANNEL_WORDS[s.channel] ?? ''}`.trim(), s.link ? `Join: ${s.link}` : '']
      .filter(Boolean).join('\n');
    return {
      sessionId: s.id, summary, description, location: s.location, url: /^https?:\/\//i.test(s.link) ? s.link : null, timeZone: s.timeZone, startsAt: s.startsAt,
      durationMinutes: s.durationMinutes, recurrence: s.recurrence, sequence: s.sequence, updatedAt: s.updatedAt,
      exceptions: rows.map((r) => ({ originalStart: r.originalStart, startsAt: r.startsAt, durationMinutes: r.durationMinutes, status: r.status, location: r.location })),
    };
  }
}

/** Revokes the person's live feed; returns the ids revoked (none or one). */
async function revokeFeeds(em: EntityManager, personId: string): Promise<string[]> {
  const result = await em.createQueryBuilder().update(CalendarFeedEntity).set({ revokedAt: appNow })
    .where('person_id = :personId AND revoked_at IS NULL', { personId }).returning(['id']).execute();
  return (result.raw as { id: string }[]).map((r) => r.id);
}

/** Names of the sessions' people, by id. */
async function namesOf(em: EntityManager, sessions: SupervisionSession[]): Promise<Map<string, string>> {
  const ids = [...new Set(sessions.flatMap((s) => [s.supervisorId, ...s.superviseeIds]))];
  if (ids.length === 0) return new Map();
  return new Map((await peopleNames(em, ids)).map((p) => [p.id, p.name]));
}
