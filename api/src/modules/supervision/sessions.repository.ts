import {
  PersonEntity, SupervisionNoteEntity, SupervisionOccurrenceEntity, SupervisionSessionEntity, SupervisionSessionSuperviseeEntity,
} from '@tandem/database';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { namedQuery } from '../../common/named-sql';
import type { Viewer } from '../../common/request-context';
import { personWhere, seesWholeOrganization, type ScopeWhere } from '../../common/scope';
import { appNow } from '../../common/sql-time';

/**
 * The scheduling feature's reads and writes of sessions, their supervisees and their stored exceptions, on the
 * EntityManager of the request's tenant transaction (call them inside `ctx.db.run`).
 */

/** A session as the scheduling code reads it: the entity's columns, the start as local wall text, and its supervisees. */
export type SupervisionSession = Omit<SupervisionSessionEntity, 'organizationId' | 'createdBy' | 'startsLocal'> & {
  /** DTSTART as local wall time in `timeZone`, "YYYY-MM-DDTHH:MM:SS" (read as text: a JS Date would take the process's zone). */
  startsLocal: string;
  /** Sorted, so two reads of the same session compare equal. */
  superviseeIds: string[];
};

/** A stored exception of one occurrence (moved, cancelled, completed or missed). */
export type OccurrenceException = Pick<
  SupervisionOccurrenceEntity, 'id' | 'sessionId' | 'originalStart' | 'startsAt' | 'durationMinutes' | 'status' | 'statusReason' | 'location' | 'link' | 'sequence'
>;

/** The occurrence an existing note documents. */
export type NotedOccurrence = Pick<SupervisionNoteEntity, 'sessionId' | 'originalStart'>;

/**
 * Sessions the viewer may see: their own (as supervisor or supervisee), and sessions of people in their scope
 * (supervisors: current supervisees; managers: people in their programs; admins: everyone). Seeing a session is not
 * reading its note (session-store's `noteTextVisible`). Named parameters, for a query builder or `namedQuery` over `alias`.
 */
export function sessionWhere(viewer: Viewer, alias: string): ScopeWhere {
  if (seesWholeOrganization(viewer)) return { sql: 'TRUE', params: {} };
  const supervisor = personWhere(viewer, `${alias}.supervisor_id`);
  const supervisee = personWhere(viewer, 'x.supervisee_id');
  return {
    sql: `(${supervisor.sql} OR EXISTS (SELECT 1 FROM supervision_session_supervisee x WHERE x.session_id = ${alias}.id AND ${supervisee.sql}))`,
    params: supervisor.params,
  };
}

const SESSION_SELECT: [string, keyof SupervisionSession][] = [
  ['s.id', 'id'], ['s.supervisorId', 'supervisorId'], ['s.title', 'title'], ['s.modality', 'modality'], ['s.channel', 'channel'],
  ['s.durationMinutes', 'durationMinutes'], ['s.timeZone', 'timeZone'], [`to_char(s.starts_local, 'YYYY-MM-DD"T"HH24:MI:SS')`, 'startsLocal'],
  ['s.startsAt', 'startsAt'], ['s.recurrence', 'recurrence'], ['s.seriesEndsAt', 'seriesEndsAt'], ['s.location', 'location'], ['s.link', 'link'],
  ['s.adHoc', 'adHoc'], ['s.previousSessionId', 'previousSessionId'], ['s.version', 'version'], ['s.sequence', 'sequence'],
  ['s.createdAt', 'createdAt'], ['s.updatedAt', 'updatedAt'],
  ['array(SELECT x.supervisee_id::text FROM supervision_session_supervisee x WHERE x.session_id = s.id ORDER BY x.supervisee_id)', 'superviseeIds'],
];

const EXCEPTION_SELECT: (keyof OccurrenceException)[] = [
  'id', 'sessionId', 'originalStart', 'startsAt', 'durationMinutes', 'status', 'statusReason', 'location', 'link', 'sequence',
];

/** Sessions (alias `s`) with their supervisees, read as `SupervisionSession` by `getRawMany`/`getRawOne`. */
export function sessionsQuery(em: EntityManager): SelectQueryBuilder<SupervisionSessionEntity> {
  const qb = em.getRepository(SupervisionSessionEntity).createQueryBuilder('s');
  qb.select(SESSION_SELECT[0]![0], SESSION_SELECT[0]![1]);
  for (const [expression, alias] of SESSION_SELECT.slice(1)) qb.addSelect(expression, alias);
  return qb;
}

function exceptionsQuery(em: EntityManager): SelectQueryBuilder<SupervisionOccurrenceEntity> {
  const qb = em.getRepository(SupervisionOccurrenceEntity).createQueryBuilder('o').select('o.id', 'id');
  for (const field of EXCEPTION_SELECT.slice(1)) qb.addSelect(`o.${field}`, field);
  return qb;
}

/** One session by id, optionally only when `scope` (a `sessionWhere` predicate on `s`) lets the viewer see it. */
export function sessionById(em: EntityManager, id: string, scope?: ScopeWhere): Promise<SupervisionSession | undefined> {
  const qb = sessionsQuery(em).where('s.id = :id', { id });
  if (scope) qb.andWhere(scope.sql, scope.params);
  return qb.getRawOne<SupervisionSession>();
}

export interface SessionFilter {
  supervisorId?: string;
  superviseeId?: string;
  teamId?: string;
  /** The person runs or attends the session. */
  personId?: string;
  /** Only these sessions. */
  sessionIds?: readonly string[];
}

/** Sessions that may have occurrences in [from, to) (by their span or a stored exception), by first start. */
export function sessionsOverlapping(em: EntityManager, from: Date, to: Date, filter: SessionFilter, scope: ScopeWhere | null): Promise<SupervisionSession[]> {
  const qb = sessionsQuery(em).where(
    `((s.starts_at < :to AND (s.series_ends_at IS NULL OR s.series_ends_at > :from))
      OR EXISTS (SELECT 1 FROM supervision_occurrence o WHERE o.session_id = s.id AND o.starts_at < :to AND o.starts_at >= :from::timestamptz - interval '8 hours'))`,
    { from, to },
  );
  if (filter.supervisorId) qb.andWhere('s.supervisorId = :supervisorId', { supervisorId: filter.supervisorId });
  if (filter.superviseeId) {
    qb.andWhere('EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = :superviseeId)', { superviseeId: filter.superviseeId });
  }
  if (filter.teamId) {
    qb.andWhere(`EXISTS (SELECT 1 FROM supervision_session_supervisee y JOIN team_membership tm ON tm.person_id = y.supervisee_id
      WHERE y.session_id = s.id AND tm.team_id = :teamId AND tm.ends_on IS NULL)`, { teamId: filter.teamId });
  }
  if (filter.personId) {
    qb.andWhere(`(s.supervisor_id = :personId OR EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = :personId))`,
      { personId: filter.personId });
  }
  if (filter.sessionIds) qb.andWhere('s.id = ANY(:sessionIds::uuid[])', { sessionIds: filter.sessionIds });
  if (scope) qb.andWhere(scope.sql, scope.params);
  return qb.orderBy('s.startsAt').addOrderBy('s.id').getRawMany<SupervisionSession>();
}

/** A person's sessions (as supervisor or supervisee) that have not ended before `since`, for their calendar feed. */
export function sessionsOfPerson(em: EntityManager, personId: string, since: Date): Promise<SupervisionSession[]> {
  return sessionsQuery(em)
    .where('(s.supervisor_id = :personId OR EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = :personId))', { personId })
    .andWhere('(s.seriesEndsAt IS NULL OR s.seriesEndsAt > :since)', { since })
    .orderBy('s.startsAt').addOrderBy('s.id').getRawMany<SupervisionSession>();
}

/** Stored exceptions of the sessions whose original or actual start lies in [from - 8 h, to); every one without a window. */
export function exceptionsOf(em: EntityManager, sessionIds: string[], window?: { from: Date; to: Date }): Promise<OccurrenceException[]> {
  if (sessionIds.length === 0) return Promise.resolve([]);
  const qb = exceptionsQuery(em).where('o.session_id = ANY(:sessionIds::uuid[])', { sessionIds });
  if (window) {
    qb.andWhere(`((o.original_start >= :from::timestamptz - interval '8 hours' AND o.original_start < :to)
      OR (o.starts_at >= :from::timestamptz - interval '8 hours' AND o.starts_at < :to))`, window);
  } else {
    qb.orderBy('o.originalStart');
  }
  return qb.getRawMany<OccurrenceException>();
}

/** The statuses of an exception by the code `countedExceptionsOf` gives them (any other status reads as 7). */
export const EXCEPTION_STATUS_CODES = ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'MISSED'] as const;
/** Added to a code when a note documents the occurrence. */
export const DOCUMENTED_CODE = 8;

/** A session's stored exceptions as compliance counts them, as parallel arrays in original-start order (instants as epoch ms). */
export interface CountedExceptions {
  sessionId: string;
  originalMs: number[];
  startsMs: number[];
  minutes: number[];
  /** Status code (EXCEPTION_STATUS_CODES, 7 for another) plus DOCUMENTED_CODE when a note documents it. */
  codes: number[];
}

/**
 * The exceptions whose original or actual start lies in [from - 8 h, to), of the given sessions or (null) of every
 * session of the tenant, as compliance counts them: one statement, one row per session (a few thousand rows rather
 * than hundreds of thousands, so reading them keeps little alive).
 */
export async function countedExceptionsOf(em: EntityManager, sessionIds: string[] | null, from: Date, to: Date): Promise<CountedExceptions[]> {
  if (sessionIds?.length === 0) return [];
  const statuses = EXCEPTION_STATUS_CODES.map((status) => `'${status}'`).join(', ');
  // Each array as comma-separated text: splitting a string is far cheaper than the driver's parser for array literals.
  const list = (expression: string) => `array_to_string(array_agg(${expression} ORDER BY o.original_start), ',')`;
  const rows = await namedQuery<Record<Exclude<keyof CountedExceptions, 'sessionId'>, string> & { sessionId: string }>(em,
    `SELECT o.session_id AS "sessionId",
       ${list('floor(extract(epoch FROM o.original_start) * 1000)::bigint')} AS "originalMs",
       ${list('floor(extract(epoch FROM o.starts_at) * 1000)::bigint')} AS "startsMs",
       ${list('o.duration_minutes')} AS "minutes",
       ${list(`coalesce(array_position(ARRAY[${statuses}], o.status) - 1, 7)
         + CASE WHEN EXISTS (SELECT 1 FROM supervision_note n WHERE n.organization_id = o.organization_id AND n.session_id = o.session_id
                             AND n.original_start = o.original_start) THEN ${DOCUMENTED_CODE} ELSE 0 END`)} AS "codes"
     FROM supervision_occurrence o
     WHERE (CAST(:sessionIds AS uuid[]) IS NULL OR o.session_id = ANY(:sessionIds::uuid[]))
       AND ((o.original_start >= :from::timestamptz - interval '8 hours' AND o.original_start < :to)
         OR (o.starts_at >= :from::timestamptz - interval '8 hours' AND o.starts_at < :to))
     GROUP BY o.session_id`,
    { sessionIds, from, to });
  const numbers = (text: string) => text.split(',').map(Number);
  return rows.map((r) => ({ sessionId: r.sessionId, originalMs: numbers(r.originalMs), startsMs: numbers(r.startsMs), minutes: numbers(r.minutes), codes: numbers(r.codes) }));
}

/** The stored exception of one occurrence, if any. */
export function exceptionAt(em: EntityManager, sessionId: string, originalStart: Date): Promise<OccurrenceException | undefined> {
  return exceptionsQuery(em).where('o.sessionId = :sessionId AND o.originalStart = :originalStart', { sessionId, originalStart }).getRawOne<OccurrenceException>();
}

export interface OccurrencePatch {
  startsAt?: Date;
  durationMinutes?: number;
  status?: OccurrenceException['status'];
  statusReason?: string;
  /** null goes back to the series' place; undefined keeps the stored one. */
  location?: string | null;
  link?: string | null;
}

/**
 * Stores an occurrence's exception (creating it at the series' timing if needed) with the given changes, bumping its
 * sequence; one statement, so two writers of the same occurrence cannot both create it.
 */
export async function saveException(
  em: EntityManager, at: { organizationId: string; sessionId: string; originalStart: Date; seriesMinutes: number; by: string }, patch: OccurrencePatch,
): Promise<OccurrenceException> {
  const [row] = await namedQuery<OccurrenceException>(em,
    `INSERT INTO supervision_occurrence (organization_id, session_id, original_start, starts_at, duration_minutes, status, status_reason, location, link, updated_by)
     VALUES (:organizationId, :sessionId, :originalStart::timestamptz, coalesce(:startsAt::timestamptz, :originalStart::timestamptz),
       coalesce(:minutes::int, :seriesMinutes::int), coalesce(:status::text, 'SCHEDULED'), coalesce(:reason::text, ''), :location::text, :link::text, :by)
     ON CONFLICT (organization_id, session_id, original_start) DO UPDATE SET
       starts_at = coalesce(:startsAt::timestamptz, supervision_occurrence.starts_at),
       duration_minutes = coalesce(:minutes::int, supervision_occurrence.duration_minutes),
       status = coalesce(:status::text, supervision_occurrence.status),
       status_reason = coalesce(:reason::text, supervision_occurrence.status_reason),
       location = CASE WHEN :setLocation::boolean THEN :location::text ELSE supervision_occurrence.location END,
       link = CASE WHEN :setLink::boolean THEN :link::text ELSE supervision_occurrence.link END,
       sequence = supervision_occurrence.sequence + 1, updated_by = :by, updated_at = app_now()
     RETURNING id, session_id AS "sessionId", original_start AS "originalStart", starts_at AS "startsAt", duration_minutes AS "durationMinutes",
       status, status_reason AS "statusReason", location, link, sequence`,
    {
      ...at, startsAt: patch.startsAt ?? null, minutes: patch.durationMinutes ?? null, status: patch.status ?? null, reason: patch.statusReason ?? null,
      location: patch.location ?? null, link: patch.link ?? null, setLocation: patch.location !== undefined, setLink: patch.link !== undefined,
    });
  return row!;
}

/** The columns of a new session row (the start as local wall text, see `SupervisionSession.startsLocal`). */
export type SessionInsert = Omit<SupervisionSession, 'id' | 'version' | 'sequence' | 'createdAt' | 'updatedAt' | 'superviseeIds'> & {
  organizationId: string;
  createdBy: string;
};

/** Inserts a session row; returns its id. */
export async function insertSession(em: EntityManager, s: SessionInsert): Promise<string> {
  const { startsLocal, ...columns } = s;
  const result = await em.createQueryBuilder().insert().into(SupervisionSessionEntity)
    .values({ ...columns, startsLocal: () => ':startsLocal::timestamp' }).setParameter('startsLocal', startsLocal)
    .returning(['id']).execute();
  return (result.raw as { id: string }[])[0]!.id;
}

/** Makes the session's supervisees exactly `ids`. */
export async function setSupervisees(em: EntityManager, organizationId: string, sessionId: string, ids: string[]): Promise<void> {
  await em.createQueryBuilder().delete().from(SupervisionSessionSuperviseeEntity)
    .where('session_id = :sessionId AND NOT (supervisee_id = ANY(:ids::uuid[]))', { sessionId, ids }).execute();
  if (ids.length === 0) return;
  await em.createQueryBuilder().insert().into(SupervisionSessionSuperviseeEntity)
    .values(ids.map((superviseeId) => ({ organizationId, sessionId, superviseeId }))).orIgnore().execute();
}

/** Locks the session row at `version` (concurrent changes wait, then see a newer version); false when it has moved on. */
export async function lockAtVersion(em: EntityManager, id: string, version: number): Promise<boolean> {
  const row = await em.getRepository(SupervisionSessionEntity).createQueryBuilder('s').select('s.id', 'id')
    .where('s.id = :id AND s.version = :version', { id, version }).setLock('pessimistic_write').getRawOne<{ id: string }>();
  return row !== undefined;
}

/** New timing and details of a session, written at `version`; false when another change got there first. */
export async function updateSessionAtVersion(
  em: EntityManager, id: string, version: number,
  s: Pick<SupervisionSession, 'title' | 'modality' | 'channel' | 'durationMinutes' | 'timeZone' | 'startsLocal' | 'startsAt' | 'recurrence' | 'seriesEndsAt' | 'location' | 'link'>,
): Promise<boolean> {
  const { startsLocal, ...columns } = s;
  const result = await em.createQueryBuilder().update(SupervisionSessionEntity)
    .set({
      ...columns, startsLocal: () => ':startsLocal::timestamp', version: () => 'version + 1', sequence: () => 'sequence + 1', updatedAt: appNow,
    })
    .where('id = :id AND version = :version', { id, version, startsLocal }).execute();
  return (result.affected ?? 0) > 0;
}

/** Ends a series with a new rule (its UNTIL before the cut) and the end of its last occurrence. */
export async function endSessionRule(em: EntityManager, id: string, recurrence: string, seriesEndsAt: Date | null): Promise<void> {
  await em.createQueryBuilder().update(SupervisionSessionEntity)
    .set({ recurrence, seriesEndsAt, version: () => 'version + 1', sequence: () => 'sequence + 1', updatedAt: appNow })
    .where('id = :id', { id }).execute();
}

export async function deleteSession(em: EntityManager, id: string): Promise<void> {
  await em.getRepository(SupervisionSessionEntity).delete({ id });
}

/** Removes the session's stored exceptions (those from `from` on, when given). */
export async function deleteExceptions(em: EntityManager, sessionId: string, from?: Date): Promise<void> {
  const qb = em.createQueryBuilder().delete().from(SupervisionOccurrenceEntity).where('session_id = :sessionId', { sessionId });
  if (from) qb.andWhere('original_start >= :from', { from });
  await qb.execute();
}

/** Whether the session has a note: any, the one at `at.originalStart`, or one from `at.from` on. */
export function hasNote(em: EntityManager, sessionId: string, at: { originalStart?: Date; from?: Date } = {}): Promise<boolean> {
  const qb = em.getRepository(SupervisionNoteEntity).createQueryBuilder('n').where('n.sessionId = :sessionId', { sessionId });
  if (at.originalStart) qb.andWhere('n.originalStart = :originalStart', { originalStart: at.originalStart });
  if (at.from) qb.andWhere('n.originalStart >= :from', { from: at.from });
  return qb.getExists();
}

/** The occurrences of the given sessions that have a note. */
export function notedOccurrences(em: EntityManager, sessionIds: string[]): Promise<NotedOccurrence[]> {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return em.getRepository(SupervisionNoteEntity).createQueryBuilder('n').select('n.sessionId', 'sessionId').addSelect('n.originalStart', 'originalStart')
    .where('n.session_id = ANY(:sessionIds::uuid[])', { sessionIds }).getRawMany<NotedOccurrence>();
}

/** Id and whether active, for the given people (those that exist in the organisation). */
export function peopleActive(em: EntityManager, ids: string[]): Promise<Pick<PersonEntity, 'id' | 'active'>[]> {
  return em.getRepository(PersonEntity).createQueryBuilder('p').select('p.id', 'id').addSelect('p.active', 'active')
    .where('p.id = ANY(:ids::uuid[])', { ids }).getRawMany();
}

/** Names of the given people. */
export function peopleNames(em: EntityManager, ids: string[]): Promise<Pick<PersonEntity, 'id' | 'name'>[]> {
  return em.getRepository(PersonEntity).createQueryBuilder('p').select('p.id', 'id').addSelect('p.name', 'name')
    .where('p.id = ANY(:ids::uuid[])', { ids }).getRawMany();
}

/** A note not yet locked, with its session's people and the supervisees who have not signed, for the supervisor's week. */
export type OpenNote = Pick<SupervisionNoteEntity, 'id' | 'sessionId' | 'originalStart' | 'heldAt' | 'finalizedAt' | 'supervisorSignedAt'>
  & Pick<SupervisionSessionEntity, 'supervisorId'> & { superviseeIds: string[] | null; unsignedIds: string[] | null };

/** Notes held since `since` and not locked in which `personId` is the supervisor or a supervisee, oldest first. */
export function openNotesOf(em: EntityManager, personId: string, since: Date, limit: number): Promise<OpenNote[]> {
  return em.getRepository(SupervisionNoteEntity).createQueryBuilder('n').innerJoin(SupervisionSessionEntity, 's', 's.id = n.sessionId')
    .select('n.id', 'id').addSelect('n.sessionId', 'sessionId').addSelect('n.originalStart', 'originalStart').addSelect('n.heldAt', 'heldAt')
    .addSelect('n.finalizedAt', 'finalizedAt').addSelect('n.supervisorSignedAt', 'supervisorSignedAt').addSelect('s.supervisorId', 'supervisorId')
    .addSelect('(SELECT array_agg(y.supervisee_id ORDER BY y.supervisee_id) FROM supervision_session_supervisee y WHERE y.session_id = s.id)', 'superviseeIds')
    .addSelect('(SELECT array_agg(r.supervisee_id) FROM supervision_note_supervisee r WHERE r.note_id = n.id AND r.signed_at IS NULL)', 'unsignedIds')
    .where(`n.status <> 'LOCKED'`).andWhere('n.heldAt >= :since', { since })
    .andWhere('(s.supervisor_id = :personId OR EXISTS (SELECT 1 FROM supervision_note_supervisee r WHERE r.note_id = n.id AND r.supervisee_id = :personId))', { personId })
    .orderBy('n.heldAt').addOrderBy('n.id').limit(limit).getRawMany<OpenNote>();
}
