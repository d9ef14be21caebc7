import type { RequestContext } from '../../common/request-context';

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

export interface AuditEventRow {
  id: string;
  actor_id: string | null;
  actor_name: string | null;
  entity: string;
  entity_id: string | null;
  action: string;
  summary: Record<string, unknown> | null;
  request_id: string | null;
  created_at: Date;
  /** created_at in whole microseconds since the epoch (exact, for the cursor). */
  micros: string;
}

/** Positional SQL built from named values, so every filter is one readable line. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function where(q: AuditQuery, p: Params): string {
  const parts: string[] = [];
  if (q.view === 'SIGN_INS') parts.push(`a.action LIKE 'auth.%'`);
  if (q.view === 'NOTE_READS') parts.push(`a.action = 'supervision_note.read'`);
  if (q.view === 'CHANGES') parts.push(`a.action NOT LIKE 'auth.%' AND a.action <> 'supervision_note.read'`);
  if (q.personId) {
    const person = p.add(q.personId);
    parts.push(`(a.actor_id = ${person}::uuid OR (a.entity = 'person' AND a.entity_id = ${person}::uuid))`);
  }
  if (q.action) parts.push(`a.action = ${p.add(q.action)}`);
  if (q.entity) parts.push(`a.entity = ${p.add(q.entity)}`);
  if (q.entityId) parts.push(`a.entity_id = ${p.add(q.entityId)}::uuid`);
  if (q.from) parts.push(`a.created_at >= (${p.add(q.from)}::date)::timestamp AT TIME ZONE 'UTC'`);
  if (q.to) parts.push(`a.created_at < (${p.add(q.to)}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
  if (q.before) {
    const at = `timestamptz 'epoch' + ${p.add(q.before.micros)}::bigint * interval '1 microsecond'`;
    parts.push(`(a.created_at, a.id) < (${at}, ${p.add(q.before.id)}::uuid)`);
  }
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

/** The organisation's audit events (row-level security limits them to the tenant), newest first. */
export async function auditEventRows(ctx: RequestContext, q: AuditQuery, limit: number): Promise<AuditEventRow[]> {
  const p = new Params();
  const sql = `SELECT a.id, a.actor_id, p.name AS actor_name, a.entity, a.entity_id, a.action, a.summary, a.request_id, a.created_at,
      (extract(epoch FROM a.created_at) * 1000000)::bigint::text AS micros
    FROM audit_event a LEFT JOIN person p ON p.id = a.actor_id
    WHERE ${where(q, p)}
    ORDER BY a.created_at DESC, a.id DESC LIMIT ${p.add(limit)}`;
  return ctx.db.query<AuditEventRow>(sql, p.values);
}

/** Matching events, counted up to `cap` + 1 (so a huge log is never counted in full). */
export async function countAuditEvents(ctx: RequestContext, q: AuditQuery, cap: number): Promise<number> {
  const p = new Params();
  const [row] = await ctx.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM audit_event a WHERE ${where({ ...q, before: undefined }, p)} LIMIT ${p.add(cap + 1)}) x`, p.values,
  );
  return row?.n ?? 0;
}

/** Names of the records a page of events is about, per kind of record: id → words. */
export const SUBJECT_QUERIES: Record<string, string> = {
  person: `SELECT id, name AS label FROM person WHERE id = ANY($1::uuid[])`,
  team: `SELECT id, name AS label FROM team WHERE id = ANY($1::uuid[])`,
  program: `SELECT id, name AS label FROM program WHERE id = ANY($1::uuid[])`,
  organization: `SELECT id, name AS label FROM organization WHERE id = ANY($1::uuid[])`,
  checklist: `SELECT c.id, c.rater_type AS kind, to_char(coalesce(c.observation_end, c.submitted_at::date, c.created_at::date), 'YYYY-MM') AS period,
      p.name AS label FROM checklist c LEFT JOIN person p ON p.id = c.subject_id WHERE c.id = ANY($1::uuid[])`,
  instrument_version: `SELECT v.id, coalesce(v.definition->>'title', i.key) AS label, v.version::text AS period
      FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id WHERE v.id = ANY($1::uuid[])`,
  supervision_session: `SELECT s.id, sp.name AS kind, to_char(s.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS period,
      (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM supervision_session_supervisee ss JOIN person p ON p.id = ss.supervisee_id WHERE ss.session_id = s.id) AS label
      FROM supervision_session s LEFT JOIN person sp ON sp.id = s.supervisor_id WHERE s.id = ANY($1::uuid[])`,
  supervision_note: `SELECT n.id, sp.name AS kind, to_char(n.original_start AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS period,
      (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM supervision_session_supervisee ss JOIN person p ON p.id = ss.supervisee_id WHERE ss.session_id = s.id) AS label
      FROM supervision_note n JOIN supervision_session s ON s.id = n.session_id LEFT JOIN person sp ON sp.id = s.supervisor_id WHERE n.id = ANY($1::uuid[])`,
  supervision_action_item: `SELECT ai.id, ai.dimension AS kind, to_char(ai.due_on, 'YYYY-MM-DD') AS period, t.name AS label
      FROM supervision_action_item ai LEFT JOIN team t ON t.id = ai.team_id WHERE ai.id = ANY($1::uuid[])`,
  annotation: `SELECT a.id, a.label, t.name AS kind, to_char(a.on_date, 'YYYY-MM-DD') AS period FROM annotation a LEFT JOIN team t ON t.id = a.team_id WHERE a.id = ANY($1::uuid[])`,
  calendar_feed: `SELECT f.id, p.name AS label FROM calendar_feed f JOIN person p ON p.id = f.person_id WHERE f.id = ANY($1::uuid[])`,
  drift_baseline_reset: `SELECT r.id, t.name AS label, to_char(r.starts_on, 'YYYY-MM-DD') AS period FROM drift_baseline_reset r JOIN team t ON t.id = r.team_id WHERE r.id = ANY($1::uuid[])`,
  lexicon_entry: `SELECT id, phrase AS label FROM lexicon_entry WHERE id = ANY($1::uuid[])`,
  person_served_link: `SELECT l.id, p.name AS label FROM person_served_link l JOIN person p ON p.id = l.subject_id WHERE l.id = ANY($1::uuid[])`,
};

export interface SubjectRow {
  id: string;
  label: string | null;
  kind?: string | null;
  period?: string | null;
}

export async function subjectRows(ctx: RequestContext, entity: string, ids: string[]): Promise<SubjectRow[]> {
  const sql = SUBJECT_QUERIES[entity];
  return sql && ids.length ? ctx.db.query<SubjectRow>(sql, [ids]) : [];
}
