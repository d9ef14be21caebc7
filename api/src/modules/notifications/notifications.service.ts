import { canonicalTimeZone } from '@tandem/shared';
import { Injectable } from '@nestjs/common';
import { audit } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import type { RequestDb } from '../../common/request-db';
import { OutboxService, sha256, type QueueOptions } from '../outbox/outbox.service';
import type { RenderedMessage } from '../outbox/outbox.templates';
import {
  DEFAULT_CHANNEL, isSecurityKind, KIND_LABELS, PREFERENCE_KINDS, type Channel, type MessageKind, type PreferenceKind,
} from './notification-kinds';
import {
  chosenChannel, chosenChannels, DEFAULT_SETTINGS, findUnsubscribeLink, inboxCounts, inboxPage, insertNotification, markAllRead, markRead,
  saveSettings, settingsOf, unreadCount, upsertPreference, type InboxEntry, type NotificationSettings,
} from './notifications.repository';

/** One kind of message as the person sees it in their settings. */
export interface Preference {
  kind: PreferenceKind;
  label: string;
  channel: Channel;
}

/** What to tell one person: the in-app line (title, short body, deep link) and the mail. */
export interface Notice {
  message: RenderedMessage;
  /** Short in-app text; defaults to the subject. */
  summary?: string;
  /** Path in the web app the bell entry opens. */
  link: string | null;
}

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
    return ((await ctx.db.run((em) => chosenChannel(em, personId, kind))) as Channel | undefined) ?? DEFAULT_CHANNEL;
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
      made = await ctx.db.run((em) => insertNotification(em, {
        organizationId: ctx.db.organizationId!, recipientId: recipient.id, kind, title: notice.message.subject.slice(0, 200),
        body: (notice.summary ?? '').slice(0, 2000), link: notice.link, messageKey: key,
      }, opts.sendAfter ?? ctx.clock.now()));
    }
    if (channel === 'EMAIL') made = (await this.outbox.queueOnce(ctx, recipient, notice.message, { ...opts, key: `${key}:${recipient.id}` })) !== null || made;
    return made;
  }

  // ---- the inbox -------------------------------------------------------------------------------------------------

  async inbox(ctx: RequestContext, unreadOnly: boolean, skip: number, take: number): Promise<{ items: InboxEntry[]; totalCount: number; unreadCount: number }> {
    const me = ctx.viewer!.personId;
    // Reminders made ahead show up when they are due.
    return ctx.db.run(async (em) => {
      const counts = await inboxCounts(em, me);
      const items = await inboxPage(em, me, unreadOnly, skip, take);
      return { items, totalCount: unreadOnly ? counts.unread : counts.total, unreadCount: counts.unread };
    });
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    return ctx.db.run((em) => unreadCount(em, ctx.viewer!.personId));
  }

  async markRead(ctx: RequestContext, id: string): Promise<InboxEntry> {
    const row = await ctx.db.run((em) => markRead(em, ctx.viewer!.personId, id));
    if (!row) throw new NotFoundError('Notification');
    return row;
  }

  async markAllRead(ctx: RequestContext): Promise<number> {
    return ctx.db.run((em) => markAllRead(em, ctx.viewer!.personId));
  }

  // ---- preferences -----------------------------------------------------------------------------------------------

  async preferences(ctx: RequestContext): Promise<Preference[]> {
    const chosen = await ctx.db.run((em) => chosenChannels(em, ctx.viewer!.personId));
    return PREFERENCE_KINDS.map((kind) => ({ kind, label: KIND_LABELS[kind], channel: (chosen.get(kind) as Channel | undefined) ?? DEFAULT_CHANNEL }));
  }

  async setPreference(ctx: RequestContext, kind: string, channel: Channel): Promise<Preference> {
    if (isSecurityKind(kind)) throw new InvalidInputError('Account and security messages cannot be switched off.');
    if (!(PREFERENCE_KINDS as readonly string[]).includes(kind)) throw new InvalidInputError(`Unknown kind of message: ${kind}`);
    await ctx.db.run((em) => upsertPreference(em, { organizationId: ctx.db.organizationId!, personId: ctx.viewer!.personId, kind, channel }));
    await audit(ctx, { entity: 'person', entityId: ctx.viewer!.personId, action: 'notification.preference_set', after: { kind, channel } });
    return { kind: kind as PreferenceKind, label: KIND_LABELS[kind as PreferenceKind], channel };
  }

  async settings(ctx: RequestContext): Promise<NotificationSettings> {
    return (await ctx.db.run((em) => settingsOf(em, ctx.viewer!.personId))) ?? DEFAULT_SETTINGS;
  }

  async updateSettings(ctx: RequestContext, input: { timeZone: string; digestWeekday: number; digestTime: string; digestWhenQuiet?: boolean | null }): Promise<NotificationSettings> {
    if (!canonicalTimeZone(input.timeZone)) throw new InvalidInputError(`Unknown time zone: ${input.timeZone}`);
    const { timeZone, digestWeekday, digestTime } = input;
    const saved = await ctx.db.run((em) => saveSettings(em, ctx.db.organizationId!, ctx.viewer!.personId, {
      timeZone, digestWeekday, digestTime, digestWhenQuiet: input.digestWhenQuiet ?? undefined,
    }));
    await audit(ctx, { entity: 'person', entityId: ctx.viewer!.personId, action: 'notification.settings_updated', after: { ...input } });
    return saved;
  }

  /** A person's time zone for reminders (their setting, else the given fallback such as the session's zone). */
  async timeZoneOf(ctx: RequestContext, personId: string, fallback: string): Promise<string> {
    return (await ctx.db.run((em) => settingsOf(em, personId)))?.timeZone ?? fallback;
  }

  // ---- one-click unsubscribe (no sign-in: the token in the mail is the credential) --------------------------------

  /** What the link would switch off, or null when the link is unknown. */
  async findUnsubscribe(db: RequestDb, token: string): Promise<{ organizationId: string; recipientId: string; kind: string; label: string } | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const row = await findUnsubscribeLink(db, sha256(token));
    if (!row) return null;
    return { ...row, label: KIND_LABELS[row.kind as MessageKind] ?? row.kind };
  }

  /** Turns that kind of e-mail off for the person (they keep it in-app). */
  async unsubscribe(db: RequestDb, token: string): Promise<{ label: string } | null> {
    const found = await this.findUnsubscribe(db, token);
    if (!found || isSecurityKind(found.kind)) return null;
    await db.asPublic(found.organizationId, (tenant) => tenant.run((em) => upsertPreference(em, {
      organizationId: found.organizationId, personId: found.recipientId, kind: found.kind, channel: 'IN_APP',
    })));
    return { label: found.label };
  }
}
