import { canonicalTimeZone } from '@tandem/shared';
import { Injectable } from '@nestjs/common';
import { audit } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { RequestDb } from '../../common/request-db';
import { OutboxService, sha256, type QueueOptions } from '../outbox/outbox.service';
import type { RenderedMessage } from '../outbox/outbox.templates';
import {
  DEFAULT_CHANNEL, isSecurityKind, KIND_LABELS, PREFERENCE_KINDS, type Channel, type MessageKind, type PreferenceKind,
} from './notification-kinds';

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

export interface PreferenceRow {
  kind: PreferenceKind;
  label: string;
  channel: Channel;
}

export interface SettingRow {
  time_zone: string;
  digest_weekday: number;
  digest_time: string;
  digest_when_quiet: boolean;
}

/** What to tell one person: the in-app line (title, short body, deep link) and the mail. */
export interface Notice {
  message: RenderedMessage;
  /** Short in-app text; defaults to the subject. */
  summary?: string;
  /** Path in the web app the bell entry opens. */
  link: string | null;
}

const NOTIFICATION_COLUMNS = 'id, kind, title, body, link, created_at, read_at';

/**
 * Notifications for people: each message becomes an in-app entry (the bell) and, by the person's preference, a mail
 * through the outbox. Everything is written on the caller's transaction and keyed, so the change and its messages
 * commit together and a reminder made twice is made once.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly outbox: OutboxService) {}

  get outboxService(): OutboxService {
    return this.outbox;
  }

  async channelOf(ctx: RequestContext, personId: string, kind: MessageKind): Promise<Channel> {
    if (isSecurityKind(kind)) return 'EMAIL';
    const [row] = await ctx.db.query<{ channel: Channel }>(
      `SELECT channel FROM notification_preference WHERE person_id = $1 AND kind = $2`, [personId, kind],
    );
    return row?.channel ?? DEFAULT_CHANNEL;
  }

  /**
   * Tells one person, per their preference. `key` makes it once-only (the same key never notifies twice). Returns
   * whether anything new was made (false when the key was used before or the person switched this kind off).
   */
  async notify(ctx: RequestContext, recipient: { id: string; email: string }, notice: Notice, key: string, opts: Omit<QueueOptions, 'key'> = {}): Promise<boolean> {
    const kind = notice.message.kind;
    const channel = await this.channelOf(ctx, recipient.id, kind);
    if (channel === 'OFF') return false;
    let made = false;
    if (!isSecurityKind(kind)) {
      const rows = await ctx.db.query(
        `INSERT INTO notification (organization_id, recipient_id, kind, title, body, link, message_key, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, GREATEST(app_now(), $8::timestamptz))
         ON CONFLICT (organization_id, recipient_id, message_key) DO NOTHING RETURNING id`,
        [ctx.db.organizationId, recipient.id, kind, notice.message.subject.slice(0, 200), (notice.summary ?? '').slice(0, 2000),
          notice.link, key, opts.sendAfter ?? ctx.clock.now()],
      );
      made = rows.length > 0;
    }
    if (channel === 'EMAIL') made = (await this.outbox.queueOnce(ctx, recipient, notice.message, { ...opts, key: `${key}:${recipient.id}` })) !== null || made;
    return made;
  }

  // ---- the inbox -------------------------------------------------------------------------------------------------

  async inbox(ctx: RequestContext, unreadOnly: boolean, skip: number, take: number): Promise<{ items: NotificationRow[]; totalCount: number; unreadCount: number }> {
    const me = ctx.viewer!.personId;
    // Reminders made ahead show up when they are due.
    const where = `recipient_id = $1 AND created_at <= app_now() AND ($2::boolean = false OR read_at IS NULL)`;
    const [counts] = await ctx.db.query<{ total: number; unread: number }>(
      `SELECT count(*) FILTER (WHERE $2::boolean = false OR read_at IS NULL)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE recipient_id = $1 AND created_at <= app_now()`, [me, unreadOnly],
    );
    const items = await ctx.db.query<NotificationRow>(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notification WHERE ${where} ORDER BY created_at DESC, id DESC OFFSET ${skip} LIMIT ${take}`,
      [me, unreadOnly],
    );
    return { items, totalCount: counts?.total ?? 0, unreadCount: counts?.unread ?? 0 };
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    const [row] = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL AND created_at <= app_now()`, [ctx.viewer!.personId],
    );
    return row?.n ?? 0;
  }

  async markRead(ctx: RequestContext, id: string): Promise<NotificationRow> {
    const [row] = await ctx.db.query<NotificationRow>(
      `UPDATE notification SET read_at = COALESCE(read_at, app_now()) WHERE id = $1 AND recipient_id = $2 RETURNING ${NOTIFICATION_COLUMNS}`,
      [id, ctx.viewer!.personId],
    );
    if (!row) throw new NotFoundError('Notification');
    return row;
  }

  async markAllRead(ctx: RequestContext): Promise<number> {
    const rows = await ctx.db.query<{ id: string }>(
      `UPDATE notification SET read_at = app_now() WHERE recipient_id = $1 AND read_at IS NULL AND created_at <= app_now() RETURNING id`,
      [ctx.viewer!.personId],
    );
    return rows.length;
  }

  // ---- preferences -----------------------------------------------------------------------------------------------

  async preferences(ctx: RequestContext): Promise<PreferenceRow[]> {
    const rows = await ctx.db.query<{ kind: string; channel: Channel }>(
      `SELECT kind, channel FROM notification_preference WHERE person_id = $1`, [ctx.viewer!.personId],
    );
    const chosen = new Map(rows.map((r) => [r.kind, r.channel]));
    return PREFERENCE_KINDS.map((kind) => ({ kind, label: KIND_LABELS[kind], channel: chosen.get(kind) ?? DEFAULT_CHANNEL }));
  }

  async setPreference(ctx: RequestContext, kind: string, channel: Channel): Promise<PreferenceRow> {
    if (isSecurityKind(kind)) throw new InvalidInputError('Account and security messages cannot be switched off.');
    if (!(PREFERENCE_KINDS as readonly string[]).includes(kind)) throw new InvalidInputError(`Unknown kind of message: ${kind}`);
    await upsertPreference(ctx.db, ctx.db.organizationId!, ctx.viewer!.personId, kind, channel);
    await audit(ctx, { entity: 'person', entityId: ctx.viewer!.personId, action: 'notification.preference_set', after: { kind, channel } });
    return { kind: kind as PreferenceKind, label: KIND_LABELS[kind as PreferenceKind], channel };
  }

  async settings(ctx: RequestContext): Promise<SettingRow> {
    const [row] = await ctx.db.query<SettingRow>(
      `SELECT time_zone, digest_weekday, digest_time, digest_when_quiet FROM notification_setting WHERE person_id = $1`, [ctx.viewer!.personId],
    );
    return row ?? { time_zone: 'UTC', digest_weekday: 1, digest_time: '08:00', digest_when_quiet: false };
  }

  async updateSettings(ctx: RequestContext, input: { timeZone: string; digestWeekday: number; digestTime: string; digestWhenQuiet?: boolean | null }): Promise<SettingRow> {
    if (!canonicalTimeZone(input.timeZone)) throw new InvalidInputError(`Unknown time zone: ${input.timeZone}`);
    const [row] = await ctx.db.query<SettingRow>(
      `INSERT INTO notification_setting (organization_id, person_id, time_zone, digest_weekday, digest_time, digest_when_quiet)
       VALUES ($1, $2, $3, $4, $5, coalesce($6, false))
       ON CONFLICT (organization_id, person_id) DO UPDATE
         SET time_zone = EXCLUDED.time_zone, digest_weekday = EXCLUDED.digest_weekday, digest_time = EXCLUDED.digest_time,
             digest_when_quiet = coalesce($6, notification_setting.digest_when_quiet), updated_at = app_now()
       RETURNING time_zone, digest_weekday, digest_time, digest_when_quiet`,
      [ctx.db.organizationId, ctx.viewer!.personId, input.timeZone, input.digestWeekday, input.digestTime, input.digestWhenQuiet ?? null],
    );
    await audit(ctx, { entity: 'person', entityId: ctx.viewer!.personId, action: 'notification.settings_updated', after: { ...input } });
    return row!;
  }

  /** A person's time zone for reminders (their setting, else the given fallback such as the session's zone). */
  async timeZoneOf(ctx: RequestContext, personId: string, fallback: string): Promise<string> {
    const [row] = await ctx.db.query<{ time_zone: string }>(`SELECT time_zone FROM notification_setting WHERE person_id = $1`, [personId]);
    return row?.time_zone ?? fallback;
  }

  // ---- one-click unsubscribe (no sign-in: the token in the mail is the credential) --------------------------------

  /** What the link would switch off, or null when the link is unknown. */
  async findUnsubscribe(db: RequestDb, token: string): Promise<{ organizationId: string; recipientId: string; kind: string; label: string } | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const [row] = await db.preTenantQuery<{ organization_id: string; recipient_id: string; kind: string }>(
      `SELECT organization_id, recipient_id, kind FROM notification_find_unsubscribe($1)`, [sha256(token)],
    );
    if (!row) return null;
    return { organizationId: row.organization_id, recipientId: row.recipient_id, kind: row.kind, label: KIND_LABELS[row.kind as MessageKind] ?? row.kind };
  }

  /** Turns that kind of e-mail off for the person (they keep it in-app). */
  async unsubscribe(db: RequestDb, token: string): Promise<{ label: string } | null> {
    const found = await this.findUnsubscribe(db, token);
    if (!found || isSecurityKind(found.kind)) return null;
    await db.asPublic(found.organizationId, (tenant) => upsertPreference(tenant, found.organizationId, found.recipientId, found.kind, 'IN_APP'));
    return { label: found.label };
  }
}

async function upsertPreference(db: RequestDb, organizationId: string, personId: string, kind: string, channel: Channel): Promise<void> {
  await db.query(
    `INSERT INTO notification_preference (organization_id, person_id, kind, channel) VALUES ($1, $2, $3, $4)
     ON CONFLICT (organization_id, person_id, kind) DO UPDATE SET channel = EXCLUDED.channel, updated_at = app_now()`,
    [organizationId, personId, kind, channel],
  );
}
