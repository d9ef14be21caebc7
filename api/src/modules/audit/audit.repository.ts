import { AuditEventEntity, PersonEntity } from '@tandem/database';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { namedQuery } from '../../common/named-sql';

/** What the audit queries filter on (already checked by the service). */
export interface AuditQuery {
  view: 'CHANGES' | 'SIGN_INS' | 'NOTE_READS' | 'ALL';
  personId?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
  /** Keyset: rows strictly older than this (created_at in microseconds since the epoch, then id). */
  before?: { micros: string; id: string };
}

/** One event as the audit log lists it. */
export type AuditEventListed = Pick<AuditEventEntity, 'id' | 'actorId' | 'entity' | 'entityId' | 'action' | 'requestId' | 'createdAt'> & {
  actorName: PersonEntity['name'] | null;
  summary: AuditEventEntity['summary'] | null;
  /** created_at in whole microseconds since the epoch (exact, for the cursor). */
  micros: string;
};

/** Narrows a query over `audit_event a` to what `q` asks for. */
function filtered<T extends SelectQueryBuilder<object>>(qb: T, q: AuditQuery): T {
  if (q.view === 'SIGN_INS') qb.andWhere(`a.action LIKE 'auth.%'`);
  if (q.view === 'NOTE_READS') qb.andWhere(`a.action = 'supervision_note.read'`);
  if (q.view === 'CHANGES') qb.andWhere(`a.action NOT LIKE 'auth.%' AND a.action <> 'supervision_note.read'`);
  if (q.personId) qb.andWhere(`(a.actorId = :personId::uuid OR (a.entity = 'person' AND a.entityId = :personId::uuid))`, { personId: q.personId });
  if (q.action) qb.andWhere('a.action = :action', { action: q.action });
  if (q.entity) qb.andWhere('a.entity = :entity', { entity: q.entity });
  if (q.entityId) qb.andWhere('a.entityId = :entityId::uuid', { entityId: q.entityId });
  if (q.from) qb.andWhere(`a.createdAt >= (:from::date)::timestamp AT TIME ZONE 'UTC'`, { from: q.from });
  if (q.to) qb.andWhere(`a.createdAt < (:to::date + 1)::timestamp AT TIME ZONE 'UTC'`, { to: q.to });
  if (q.before) {
    qb.andWhere(`(a.createdAt, a.id) < (timestamptz 'epoch' + :beforeMicros::bigint * interval '1 microsecond', :beforeId::uuid)`,
      { beforeMicros: q.before.micros, beforeId: q.before.id });
  }
  return qb;
}

/** The organisation's audit events (row-level security limits them to the tenant), newest first. */
export function auditEvents(em: EntityManager, q: AuditQuery, limit: number): Promise<AuditEventListed[]> {
  const qb = em.getRepository(AuditEventEntity).createQueryBuilder('a').leftJoin(PersonEntity, 'p', 'p.id = a.actorId')
    .select('a.id', 'id').addSelect('a.actorId', 'actorId').addSelect('p.name', 'actorName').addSelect('a.entity', 'entity')
    .addSelect('a.entityId', 'entityId').addSelect('a.action', 'action').addSelect('a.summary', 'summary').addSelect('a.requestId', 'requestId')
    .addSelect('a.createdAt', 'createdAt').addSelect('(extract(epoch FROM a.createdAt) * 1000000)::bigint::text', 'micros');
  return filtered(qb, q).orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getRawMany<AuditEventListed>();
}

/** Matching events, counted up to `cap` + 1 (so a huge log is never counted in full). */
export async function countAuditEvents(em: EntityManager, q: AuditQuery, cap: number): Promise<number> {
  const row = await em.createQueryBuilder().select('count(*)::int', 'n')
    .from((sub) => filtered(sub.select('1').from(AuditEventEntity, 'a'), { ...q, before: undefined }).limit(cap + 1), 'x')
    .getRawOne<{ n: number }>();
  return row?.n ?? 0;
}

/** Names of the records a page of events is about, per kind of record: id → words. */
export const SUBJECT_QUERIES: Record<string, string> = {
  person: `SELECT id, name AS label FROM person WHERE id = ANY(:ids::uuid[])`,
  team: `SELECT id, name AS label FROM team WHERE id = ANY(:ids::uuid[])`,
  program: `SELECT id, name AS label FROM program WHERE id = ANY(:ids::uuid[])`,
  organization: `SELECT id, name AS label FROM organization WHERE id = ANY(:ids::uuid[])`,
  checklist: `SELECT c.id, c.rater_type AS kind, to_char(coalesce(c.observation_end, c.submitted_at::date, c.created_at::date), 'YYYY-MM') AS period,
      p.name AS label FROM checklist c LEFT JOIN person p ON p.id = c.subject_id WHERE c.id = ANY(:ids::uuid[])`,
  instrument_version: `SELECT v.id, coalesce(v.definition->>'title', i.key) AS label, v.version::text AS period
      FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id WHERE v.id = ANY(:ids::uuid[])`,
  supervision_session: `SELECT s.id, sp.name AS kind, to_char(s.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS period,
      (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM supervision_session_supervisee ss JOIN person p ON p.id = ss.supervisee_id WHERE ss.session_id = s.id) AS label
      FROM supervision_session s LEFT JOIN person sp ON sp.id = s.supervisor_id WHERE s.id = ANY(:ids::uuid[])`,
  supervision_note: `SELECT n.id, sp.name AS kind, to_char(n.original_start AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS period,
      (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM supervision_session_supervisee ss JOIN person p ON p.id = ss.supervisee_id WHERE ss.session_id = s.id) AS label
      FROM supervision_note n JOIN supervision_session s ON s.id = n.session_id LEFT JOIN person sp ON sp.id = s.supervisor_id WHERE n.id = ANY(:ids::uuid[])`,
  supervision_action_item: `SELECT ai.id, ai.dimension AS kind, to_char(ai.due_on, 'YYYY-MM-DD') AS period, t.name AS label
      FROM supervision_action_item ai LEFT JOIN team t ON t.id = ai.team_id WHERE ai.id = ANY(:ids::uuid[])`,
  annotation: `SELECT a.id, a.label, t.name AS kind, to_char(a.on_date, 'YYYY-MM-DD') AS period FROM annotation a LEFT JOIN team t ON t.id = a.team_id WHERE a.id = ANY(:ids::uuid[])`,
  calendar_feed: `SELECT f.id, p.name AS label FROM calendar_feed f JOIN person p ON p.id = f.person_id WHERE f.id = ANY(:ids::uuid[])`,
  drift_baseline_reset: `SELECT r.id, t.name AS label, to_char(r.starts_on, 'YYYY-MM-DD') AS period FROM drift_baseline_reset r JOIN team t ON t.id = r.team_id WHERE r.id = ANY(:ids::uuid[])`,
  lexicon_entry: `SELECT id, phrase AS label FROM lexicon_entry WHERE id = ANY(:ids::uuid[])`,
  person_served_link: `SELECT l.id, p.name AS label FROM person_served_link l JOIN person p ON p.id = l.subject_id WHERE l.id = ANY(:ids::uuid[])`,
};

/** A record an event is about, in words: its name (label), and for some kinds a kind and a date or version (period). */
export interface AuditSubject {
  id: string;
  label: string | null;
  kind?: string | null;
  period?: string | null;
}

/** The named records of one kind among `ids` (none for a kind without a lookup). */
export async function auditSubjects(em: EntityManager, entity: string, ids: string[]): Promise<AuditSubject[]> {
  const sql = SUBJECT_QUERIES[entity];
  return sql && ids.length ? namedQuery<AuditSubject>(em, sql, { ids }) : [];
}
