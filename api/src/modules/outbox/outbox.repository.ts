import { OutboxMessageEntity } from '@tandem/database';
import type { EntityManager } from 'typeorm';
import { appNow } from '../../common/sql-time';

/**
 * The outbox's reads and writes on the EntityManager of a tenant transaction (call them inside `ctx.db.run`, or
 * `db.run` of the mail worker's own transaction). The application role may insert messages and change only their
 * delivery state (status, attempts, last_error, sent_at, claimed_until).
 */

/** What the admin's outbox list shows of a message. */
export type OutboxListed = Pick<OutboxMessageEntity,
  'id' | 'recipientId' | 'kind' | 'toAddress' | 'subject' | 'bodyText' | 'actionUrl' | 'createdAt' | 'status' | 'attempts' | 'lastError' |
  'sendAfter' | 'sentAt'>;

/** What the mail worker needs to send a message it has claimed. */
export type OutboxClaimed = Pick<OutboxMessageEntity,
  'id' | 'kind' | 'messageKey' | 'toAddress' | 'subject' | 'bodyText' | 'bodyHtml' | 'security' | 'calendarIcs' | 'calendarMethod'>;

export interface OutboxFilter {
  recipientId?: string | null;
  kind?: string | null;
  status?: string | null;
}

const LISTED: (keyof OutboxListed)[] = [
  'id', 'recipientId', 'kind', 'toAddress', 'subject', 'bodyText', 'actionUrl', 'createdAt', 'status', 'attempts', 'lastError', 'sendAfter', 'sentAt',
];

/** The claimed row as `OutboxClaimed` (RETURNING names each column as its entity property). */
const CLAIMED = `id, kind, message_key AS "messageKey", to_address AS "toAddress", subject, body_text AS "bodyText", body_html AS "bodyHtml",
  security, calendar_ics AS "calendarIcs", calendar_method AS "calendarMethod"`;

/** How long a worker may take to hand one message to SMTP before another may pick it up (wall time, not business time). */
const LEASE = `interval '2 minutes'`;

/** Keeps a new message unless its key was used before in the organisation; returns its id, or null for a used key. */
export async function insertMessage(
  em: EntityManager,
  row: Pick<OutboxMessageEntity, 'organizationId' | 'recipientId' | 'kind' | 'toAddress' | 'subject' | 'bodyText' | 'actionUrl' | 'messageKey' |
    'status' | 'sendAfter' | 'security' | 'bodyHtml' | 'calendarIcs' | 'calendarMethod' | 'unsubscribeTokenHash'>,
): Promise<string | null> {
  const result = await em.createQueryBuilder().insert().into(OutboxMessageEntity).values(row)
    .orIgnore().returning('id').updateEntity(false).execute();
  return (result.raw as { id: string }[])[0]?.id ?? null;
}

/** One page of the organisation's messages matching `filter`, newest first, with the number that match. */
export function listMessages(em: EntityManager, filter: OutboxFilter, skip: number, take: number): Promise<[OutboxListed[], number]> {
  const qb = em.getRepository(OutboxMessageEntity).createQueryBuilder('m').select(LISTED.map((c) => `m.${c}`));
  if (filter.recipientId) qb.andWhere('m.recipientId = :recipientId', { recipientId: filter.recipientId });
  if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
  if (filter.status) qb.andWhere('m.status = :status', { status: filter.status });
  return qb.orderBy('m.createdAt', 'DESC').addOrderBy('m.id', 'DESC').offset(skip).limit(take).getManyAndCount();
}

/** Messages by delivery state. */
export async function countByStatus(em: EntityManager): Promise<Map<string, number>> {
  const rows = await em.getRepository(OutboxMessageEntity).createQueryBuilder('m')
    .select('m.status', 'status').addSelect('count(*)::int', 'n').groupBy('m.status').getRawMany<{ status: string; n: number }>();
  return new Map(rows.map((r) => [r.status, r.n]));
}

/** One message as the list shows it. */
export async function findListed(em: EntityManager, id: string): Promise<OutboxListed | undefined> {
  return (await em.getRepository(OutboxMessageEntity).findOne({ select: LISTED, where: { id } })) ?? undefined;
}

/** Puts a message back in the queue with fresh tries. */
export async function requeue(em: EntityManager, id: string): Promise<void> {
  await em.createQueryBuilder().update(OutboxMessageEntity).set({ status: 'QUEUED', attempts: 0, claimedUntil: null }).where('id = :id', { id }).execute();
}

/**
 * Claims a message for sending (QUEUED, FAILED or HELD → SENDING, or a SENDING one whose lease ran out) in one
 * statement, so of two workers racing for it exactly one gets it. Undefined when it was sent or is held by another.
 */
export async function claimForSending(em: EntityManager, id: string): Promise<OutboxClaimed | undefined> {
  const result = await em.createQueryBuilder().update(OutboxMessageEntity)
    .set({ status: 'SENDING', attempts: () => 'attempts + 1', claimedUntil: () => `now() + ${LEASE}` })
    .where('id = :id', { id })
    .andWhere(`(status IN ('QUEUED', 'FAILED', 'HELD') OR (status = 'SENDING' AND claimed_until < now()))`)
    .returning(CLAIMED).updateEntity(false).execute();
  return (result.raw as OutboxClaimed[])[0];
}

/** After a failed send: back to the queue (or FAILED on the last try) with the reason, lease released. */
export async function markSendFailed(em: EntityManager, id: string, status: 'QUEUED' | 'FAILED', lastError: string): Promise<void> {
  await em.createQueryBuilder().update(OutboxMessageEntity).set({ status, lastError, claimedUntil: null }).where('id = :id', { id }).execute();
}

/** After SMTP accepted it: SENT at business time, lease released. */
export async function markSent(em: EntityManager, id: string): Promise<void> {
  await em.createQueryBuilder().update(OutboxMessageEntity)
    .set({ status: 'SENT', sentAt: appNow, lastError: null, claimedUntil: null }).where('id = :id', { id }).execute();
}
