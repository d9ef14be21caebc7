import {
  KnownDeviceEntity, NotificationEntity, NotificationPreferenceEntity, NotificationSettingEntity, OrganizationEntity, OutboxMessageEntity, PersonEntity,
} from '@tandem/database';
import type { EntityManager } from 'typeorm';
import type { RequestDb } from '../../common/request-db';
import { appNow } from '../../common/sql-time';

/**
 * The notifications feature's reads and writes on the EntityManager of a tenant transaction (call them inside
 * `ctx.db.run`, or `db.run` of a job or public context). Row-level security limits every statement to the tenant.
 */

/** A person's time zone and weekly-digest choice. */
export type NotificationSettings = Pick<NotificationSettingEntity, 'timeZone' | 'digestWeekday' | 'digestTime' | 'digestWhenQuiet'>;

export const DEFAULT_SETTINGS: NotificationSettings = { timeZone: 'UTC', digestWeekday: 1, digestTime: '08:00', digestWhenQuiet: false };

/** The channel a person chose for `kind`, if they chose one. */
export async function chosenChannel(em: EntityManager, personId: string, kind: string): Promise<string | undefined> {
  const row = await em.getRepository(NotificationPreferenceEntity).findOne({ select: { channel: true }, where: { personId, kind } });
  return row?.channel;
}

/** Every channel a person chose, by kind. */
export async function chosenChannels(em: EntityManager, personId: string): Promise<Map<string, string>> {
  const rows = await em.getRepository(NotificationPreferenceEntity).find({ select: { kind: true, channel: true }, where: { personId } });
  return new Map(rows.map((r) => [r.kind, r.channel]));
}

/** Sets a person's channel for one kind (insert or replace; `updated_at` from the business clock). */
export async function upsertPreference(em: EntityManager, row: Pick<NotificationPreferenceEntity, 'organizationId' | 'personId' | 'kind' | 'channel'>): Promise<void> {
  await em.getRepository(NotificationPreferenceEntity).upsert(row, ['organizationId', 'personId', 'kind']);
}

/**
 * Adds an inbox entry unless the recipient already has one with this key. It is dated no earlier than `notBefore`
 * (a reminder made ahead shows up when it is due). Returns whether a new entry was made.
 */
export async function insertNotification(
  em: EntityManager, row: Pick<NotificationEntity, 'organizationId' | 'recipientId' | 'kind' | 'title' | 'body' | 'link' | 'messageKey'>, notBefore: Date,
): Promise<boolean> {
  const result = await em.createQueryBuilder().insert().into(NotificationEntity)
    .values({ ...row, createdAt: () => 'GREATEST(app_now(), :notBefore::timestamptz)' }).setParameters({ notBefore })
    .orIgnore().returning('id').updateEntity(false).execute();
  return (result.raw as unknown[]).length > 0;
}

/** The recipient's inbox entries that are due by the business clock. */
function dueInbox(em: EntityManager, recipientId: string) {
  return em.getRepository(NotificationEntity).createQueryBuilder('n')
    .where('n.recipientId = :recipientId', { recipientId }).andWhere('n.createdAt <= app_now()');
}

/** How many due entries the recipient has, and how many of them are unread. */
export async function inboxCounts(em: EntityManager, recipientId: string): Promise<{ total: number; unread: number }> {
  const row = await dueInbox(em, recipientId).select('count(*)::int', 'total').addSelect('count(*) FILTER (WHERE n.readAt IS NULL)::int', 'unread')
    .getRawOne<{ total: number; unread: number }>();
  return { total: row?.total ?? 0, unread: row?.unread ?? 0 };
}

/** One page of the recipient's due entries (unread only, if asked), newest first. */
export function inboxPage(em: EntityManager, recipientId: string, unreadOnly: boolean, skip: number, take: number): Promise<InboxEntry[]> {
  const qb = dueInbox(em, recipientId).select(['n.id', 'n.kind', 'n.title', 'n.body', 'n.link', 'n.createdAt', 'n.readAt']);
  if (unreadOnly) qb.andWhere('n.readAt IS NULL');
  return qb.orderBy('n.createdAt', 'DESC').addOrderBy('n.id', 'DESC').offset(skip).limit(take).getMany();
}

/** Unread due entries of the recipient. */
export function unreadCount(em: EntityManager, recipientId: string): Promise<number> {
  return dueInbox(em, recipientId).andWhere('n.readAt IS NULL').getCount();
}

/** An inbox entry as the bell shows it. */
export type InboxEntry = Pick<NotificationEntity, 'id' | 'kind' | 'title' | 'body' | 'link' | 'createdAt' | 'readAt'>;

/** An updated entry as `InboxEntry` (RETURNING names each column as its entity property). */
const INBOX_ENTRY = 'id, kind, title, body, link, created_at AS "createdAt", read_at AS "readAt"';

/** Marks one entry of the recipient read (keeping the first reading time); undefined when it is not theirs. */
export async function markRead(em: EntityManager, recipientId: string, id: string): Promise<InboxEntry | undefined> {
  const result = await em.createQueryBuilder().update(NotificationEntity).set({ readAt: () => 'COALESCE(read_at, app_now())' })
    .where('id = :id AND recipient_id = :recipientId', { id, recipientId }).returning(INBOX_ENTRY).updateEntity(false).execute();
  return (result.raw as InboxEntry[])[0];
}

/** Marks every due unread entry of the recipient read; returns how many there were. */
export async function markAllRead(em: EntityManager, recipientId: string): Promise<number> {
  const result = await em.createQueryBuilder().update(NotificationEntity).set({ readAt: appNow })
    .where('recipient_id = :recipientId AND read_at IS NULL AND created_at <= app_now()', { recipientId }).execute();
  return result.affected ?? 0;
}

/** A person's settings, if they saved any. */
export async function settingsOf(em: EntityManager, personId: string): Promise<NotificationSettings | undefined> {
  const row = await em.getRepository(NotificationSettingEntity).findOne({
    select: { timeZone: true, digestWeekday: true, digestTime: true, digestWhenQuiet: true }, where: { personId },
  });
  return row ?? undefined;
}

/**
 * Saves a person's settings. `digestWhenQuiet` left out keeps what they had (false for a first save); `updated_at`
 * comes from the business clock (the column's default).
 */
export async function saveSettings(
  em: EntityManager, organizationId: string, personId: string, s: Omit<NotificationSettings, 'digestWhenQuiet'> & { digestWhenQuiet?: boolean },
): Promise<NotificationSettings> {
  const overwrite = ['time_zone', 'digest_weekday', 'digest_time', ...(s.digestWhenQuiet === undefined ? [] : ['digest_when_quiet'])];
  const result = await em.createQueryBuilder().insert().into(NotificationSettingEntity).values({ organizationId, personId, ...s })
    .orUpdate(overwrite, ['organization_id', 'person_id'])
    .returning('time_zone AS "timeZone", digest_weekday AS "digestWeekday", digest_time AS "digestTime", digest_when_quiet AS "digestWhenQuiet"')
    .updateEntity(false).execute();
  return (result.raw as NotificationSettings[])[0]!;
}

/** How many devices a person has signed in from, and whether this one is among them. */
export async function devicesSeen(em: EntityManager, personId: string, fingerprintHash: string): Promise<{ known: number; thisOne: boolean }> {
  const row = await em.getRepository(KnownDeviceEntity).createQueryBuilder('d')
    .select('count(*)::int', 'known').addSelect('count(*) FILTER (WHERE d.fingerprintHash = :fingerprintHash)::int', 'thisOne')
    .where('d.personId = :personId', { personId }).setParameters({ fingerprintHash }).getRawOne<{ known: number; thisOne: number }>();
  return { known: row?.known ?? 0, thisOne: (row?.thisOne ?? 0) > 0 };
}

/** Remembers a device (or when it was last seen). */
export async function rememberDevice(em: EntityManager, organizationId: string, personId: string, fingerprintHash: string): Promise<void> {
  await em.createQueryBuilder().insert().into(KnownDeviceEntity).values({ organizationId, personId, fingerprintHash })
    .orUpdate(['last_seen_at'], ['organization_id', 'person_id', 'fingerprint_hash']).updateEntity(false).execute();
}

/** The organisation's name, for the greeting of a message. */
export async function organizationNameOf(em: EntityManager, organizationId: string): Promise<string | undefined> {
  const row = await em.getRepository(OrganizationEntity).findOne({ select: { name: true }, where: { id: organizationId } });
  return row?.name;
}

/** The active people among `ids`, with what a message to them needs. */
export function activeAddressees(em: EntityManager, ids: string[]): Promise<Pick<PersonEntity, 'id' | 'name' | 'email'>[]> {
  return em.getRepository(PersonEntity).createQueryBuilder('p').select(['p.id', 'p.name', 'p.email'])
    .where('p.id = ANY(:ids::uuid[])', { ids }).andWhere('p.active').getMany();
}

/** Whom an unsubscribe link (by its token's hash) is for, in any organisation (a SECURITY DEFINER lookup before a tenant is known). */
export type UnsubscribeFound = { organizationId: OutboxMessageEntity['organizationId']; recipientId: OutboxMessageEntity['recipientId']; kind: OutboxMessageEntity['kind'] };

export async function findUnsubscribeLink(db: RequestDb, tokenHash: string): Promise<UnsubscribeFound | undefined> {
  const [row] = await db.preTenantQuery<UnsubscribeFound>(
    'SELECT organization_id AS "organizationId", recipient_id AS "recipientId", kind FROM notification_find_unsubscribe($1)', [tokenHash],
  );
  return row;
}
