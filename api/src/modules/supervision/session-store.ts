// Reading sessions and their occurrences from the database, with the visibility rules in one place.
import { describeRecurrence, MINUTE_MS } from '@tandem/shared';
import { NotFoundError } from '../../common/errors';
import type { RequestContext, Viewer } from '../../common/request-context';
import { personScope, seesWholeOrganization, type ScopeSql } from '../../common/scope';
import {
  expandOccurrences, isOriginalStart, occurrenceId, parseOccurrenceId, type ExpandedOccurrence, type OccurrenceOverride, type OccurrenceStatus,
  type SeriesTiming,
} from './occurrences';
import type { OccurrenceStatusEnum, SupervisionChannelEnum, SupervisionModalityEnum } from './session.model';

export interface SessionRow {
  id: string;
  supervisor_id: string;
  title: string;
  modality: string;
  channel: string;
  duration_minutes: number;
  time_zone: string;
  /** Local wall time, "YYYY-MM-DDTHH:MM:SS". */
  starts_local: string;
  starts_at: Date;
  recurrence: string | null;
  series_ends_at: Date | null;
  location: string;
  link: string;
  ad_hoc: boolean;
  previous_session_id: string | null;
  version: number;
  sequence: number;
  created_at: Date;
  updated_at: Date;
  supervisee_ids: string[];
}

export interface OccurrenceRow {
  id: string;
  session_id: string;
  original_start: Date;
  starts_at: Date;
  duration_minutes: number;
  status: OccurrenceStatus;
  status_reason: string;
  location: string | null;
  link: string | null;
  sequence: number;
}

export interface OccurrenceView {
  id: string;
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  originalStartsAt: Date;
  durationMinutes: number;
  timeZone: string;
  status: OccurrenceStatusEnum;
  statusReason: string;
  modality: SupervisionModalityEnum;
  channel: SupervisionChannelEnum;
  title: string;
  location: string;
  link: string;
  supervisorId: string;
  superviseeIds: string[];
  isRecurring: boolean;
  recurrenceText: string | null;
  moved: boolean;
  adHoc: boolean;
  icsPath: string;
}

export const SESSION_COLUMNS = `s.id, s.supervisor_id, s.title, s.modality, s.channel, s.duration_minutes, s.time_zone,
  to_char(s.starts_local, 'YYYY-MM-DD"T"HH24:MI:SS') AS starts_local, s.starts_at, s.recurrence, s.series_ends_at, s.location, s.link,
  s.ad_hoc, s.previous_session_id, s.version, s.sequence, s.created_at, s.updated_at,
  array(SELECT x.supervisee_id::text FROM supervision_session_supervisee x WHERE x.session_id = s.id ORDER BY x.supervisee_id) AS supervisee_ids`;

/**
 * Sessions the viewer may see: their own (as supervisor or supervisee), and sessions of people in their scope
 * (supervisors: current supervisees; managers: people in their programs; admins: everyone). Seeing a session is not
 * reading its note: see `noteTextVisible`.
 */
export function sessionScope(viewer: Viewer, alias: string, from: number): ScopeSql {
  if (seesWholeOrganization(viewer)) return { sql: 'TRUE', params: [] };
  const supervisor = personScope(viewer, `${alias}.supervisor_id`, from);
  const supervisee = personScope(viewer, 'x.supervisee_id', from);
  return {
    sql: `(${supervisor.sql} OR EXISTS (SELECT 1 FROM supervision_session_supervisee x WHERE x.session_id = ${alias}.id AND ${supervisee.sql}))`,
    params: supervisor.params,
  };
}

export type Party = 'SUPERVISOR' | 'SUPERVISEE';

/** The viewer's part in a session, or null when they are not one of its people. */
export function partyOf(viewer: Viewer, session: Pick<SessionRow, 'supervisor_id' | 'supervisee_ids'>): Party | null {
  if (session.supervisor_id === viewer.personId) return 'SUPERVISOR';
  if (session.supervisee_ids.includes(viewer.personId)) return 'SUPERVISEE';
  return null;
}

/** organization.settings.managersReadNotes, once per request. */
export async function managersReadNotes(ctx: RequestContext): Promise<boolean> {
  const key = 'supervision:managersReadNotes';
  if (!ctx.memo.has(key)) {
    ctx.memo.set(key, ctx.loaders.organization.load(ctx.viewer!.organizationId).then((o) => o?.settings?.managersReadNotes === true));
  }
  return ctx.memo.get(key) as Promise<boolean>;
}

/**
 * Whether the viewer may read the text of a session's note: its supervisor and supervisees always; program managers
 * and admins who can see the session only when the organisation's policy allows managers to read notes.
 */
export async function noteTextVisible(ctx: RequestContext, session: Pick<SessionRow, 'supervisor_id' | 'supervisee_ids'>): Promise<boolean> {
  const viewer = ctx.viewer!;
  if (partyOf(viewer, session)) return true;
  if (!viewer.roles.includes('ADMIN') && !viewer.roles.includes('PROGRAM_MANAGER')) return false;
  return managersReadNotes(ctx);
}

export function timingOf(s: Pick<SessionRow, 'starts_local' | 'time_zone' | 'recurrence' | 'duration_minutes'>): SeriesTiming {
  return { startsLocalMs: Date.parse(`${s.starts_local}Z`), timeZone: s.time_zone, recurrence: s.recurrence, durationMinutes: s.duration_minutes };
}

/** A session the viewer may see, or NOT_FOUND. */
export async function visibleSession(ctx: RequestContext, id: string): Promise<SessionRow> {
  const scope = sessionScope(ctx.viewer!, 's', 2);
  const [row] = await ctx.db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM supervision_session s WHERE s.id = $1 AND ${scope.sql}`, [id, ...scope.params]);
  if (!row) throw new NotFoundError('Supervision session');
  return row;
}

/** Stored exceptions of the given sessions whose original or actual start lies near [from, to). */
export async function overridesFor(ctx: RequestContext, sessionIds: string[], from: Date, to: Date): Promise<Map<string, OccurrenceRow[]>> {
  const out = new Map<string, OccurrenceRow[]>();
  if (sessionIds.length === 0) return out;
  const rows = await ctx.db.query<OccurrenceRow>(
    `SELECT id, session_id, original_start, starts_at, duration_minutes, status, status_reason, location, link, sequence
     FROM supervision_occurrence
     WHERE session_id = ANY($1::uuid[])
       AND ((original_start >= $2::timestamptz - interval '8 hours' AND original_start < $3)
         OR (starts_at >= $2::timestamptz - interval '8 hours' AND starts_at < $3))`,
    [sessionIds, from, to],
  );
  for (const r of rows) {
    const list = out.get(r.session_id);
    if (list) list.push(r);
    else out.set(r.session_id, [r]);
  }
  return out;
}

export function toOverride(r: OccurrenceRow): OccurrenceOverride {
  return { originalStart: r.original_start, startsAt: r.starts_at, durationMinutes: r.duration_minutes, status: r.status, location: r.location, link: r.link };
}

/** The plain-English rule of a series (the same for each of its occurrences; worked out once per rule and zone). */
const recurrenceTexts = new Map<string, string>();
function recurrenceTextOf(rrule: string, timeZone: string): string {
  const key = `${rrule}\u0000${timeZone}`;
  let text = recurrenceTexts.get(key);
  if (text === undefined) {
    text = describeRecurrence(rrule, 'en-GB', timeZone);
    if (recurrenceTexts.size >= 5_000) recurrenceTexts.clear();
    recurrenceTexts.set(key, text);
  }
  return text;
}

export function toOccurrenceView(session: SessionRow, e: ExpandedOccurrence, row: OccurrenceRow | null): OccurrenceView {
  const id = occurrenceId(session.id, e.originalStart);
  return {
    id, sessionId: session.id, startsAt: e.startsAt, endsAt: e.endsAt, originalStartsAt: e.originalStart, durationMinutes: e.durationMinutes,
    timeZone: session.time_zone, status: e.status as OccurrenceStatusEnum, statusReason: row?.status_reason ?? '',
    modality: session.modality as SupervisionModalityEnum, channel: session.channel as SupervisionChannelEnum, title: session.title,
    location: row?.location ?? session.location, link: row?.link ?? session.link, supervisorId: session.supervisor_id,
    superviseeIds: session.supervisee_ids, isRecurring: session.recurrence !== null,
    recurrenceText: session.recurrence ? recurrenceTextOf(session.recurrence, session.time_zone) : null, moved: e.moved, adHoc: session.ad_hoc,
    icsPath: `/calendar/session/${id}.ics`,
  };
}

/** Every occurrence of the given sessions overlapping [from, to), sorted by start. */
export async function expandSessions(ctx: RequestContext, sessions: SessionRow[], from: Date, to: Date): Promise<OccurrenceView[]> {
  const overrides = await overridesFor(ctx, sessions.map((s) => s.id), from, to);
  const out: OccurrenceView[] = [];
  for (const s of sessions) {
    const rows = overrides.get(s.id) ?? [];
    const byOriginal = new Map(rows.map((r) => [r.original_start.getTime(), r]));
    for (const e of expandOccurrences(timingOf(s), rows.map(toOverride), from, to)) {
      out.push(toOccurrenceView(s, e, byOriginal.get(e.originalStart.getTime()) ?? null));
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

/** One occurrence the viewer may see (from its id), with its session and stored exception. NOT_FOUND otherwise. */
export async function findOccurrence(ctx: RequestContext, id: string): Promise<{ session: SessionRow; view: OccurrenceView; row: OccurrenceRow | null }> {
  const parsed = parseOccurrenceId(id);
  if (!parsed) throw new NotFoundError('Supervision occurrence');
  const session = await visibleSession(ctx, parsed.sessionId);
  const [row] = await ctx.db.query<OccurrenceRow>(
    `SELECT id, session_id, original_start, starts_at, duration_minutes, status, status_reason, location, link, sequence
     FROM supervision_occurrence WHERE session_id = $1 AND original_start = $2`,
    [session.id, parsed.originalStart],
  );
  if (!row && !isOriginalStart(timingOf(session), parsed.originalStart)) throw new NotFoundError('Supervision occurrence');
  const start = row?.starts_at ?? parsed.originalStart;
  const minutes = row?.duration_minutes ?? session.duration_minutes;
  const expanded: ExpandedOccurrence = {
    originalStart: parsed.originalStart, startsAt: start, endsAt: new Date(start.getTime() + minutes * MINUTE_MS), durationMinutes: minutes,
    status: row?.status ?? 'SCHEDULED', moved: start.getTime() !== parsed.originalStart.getTime(), override: row ? toOverride(row) : null,
  };
  return { session, view: toOccurrenceView(session, expanded, row ?? null), row: row ?? null };
}

/** Stores an occurrence (creating its exception row if needed) with the given changes; returns the row. */
export async function upsertOccurrence(
  ctx: RequestContext, session: SessionRow, originalStart: Date,
  patch: { startsAt?: Date; durationMinutes?: number; status?: OccurrenceStatus; statusReason?: string; location?: string | null; link?: string | null },
): Promise<OccurrenceRow> {
  const [row] = await ctx.db.query<OccurrenceRow>(
    `INSERT INTO supervision_occurrence (organization_id, session_id, original_start, starts_at, duration_minutes, status, status_reason, location, link, updated_by)
     VALUES ($1, $2, $3::timestamptz, coalesce($4::timestamptz, $3::timestamptz), coalesce($5::int, $6::int), coalesce($7::text, 'SCHEDULED'),
       coalesce($8::text, ''), $9::text, $10::text, $11)
     ON CONFLICT (organization_id, session_id, original_start) DO UPDATE SET
       starts_at = coalesce($4::timestamptz, supervision_occurrence.starts_at),
       duration_minutes = coalesce($5::int, supervision_occurrence.duration_minutes),
       status = coalesce($7::text, supervision_occurrence.status),
       status_reason = coalesce($8::text, supervision_occurrence.status_reason),
       location = CASE WHEN $12::boolean THEN $9::text ELSE supervision_occurrence.location END,
       link = CASE WHEN $13::boolean THEN $10::text ELSE supervision_occurrence.link END,
       sequence = supervision_occurrence.sequence + 1, updated_by = $11, updated_at = app_now()
     RETURNING id, session_id, original_start, starts_at, duration_minutes, status, status_reason, location, link, sequence`,
    [
      ctx.db.organizationId, session.id, originalStart, patch.startsAt ?? null, patch.durationMinutes ?? null, session.duration_minutes,
      patch.status ?? null, patch.statusReason ?? null, patch.location ?? null, patch.link ?? null, ctx.viewer!.personId,
      patch.location !== undefined, patch.link !== undefined,
    ],
  );
  return row!;
}

/** Sessions (visible to the viewer) that may have occurrences in [from, to), with optional filters. */
export async function sessionsInRange(
  ctx: RequestContext, from: Date, to: Date, filter: { supervisorId?: string; superviseeId?: string; teamId?: string; personId?: string; scoped?: boolean },
): Promise<SessionRow[]> {
  const scope = filter.scoped === false ? { sql: 'TRUE', params: [] } : sessionScope(ctx.viewer!, 's', 7);
  return ctx.db.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM supervision_session s
     WHERE ((s.starts_at < $2 AND (s.series_ends_at IS NULL OR s.series_ends_at > $1))
         OR EXISTS (SELECT 1 FROM supervision_occurrence o WHERE o.session_id = s.id AND o.starts_at < $2 AND o.starts_at >= $1::timestamptz - interval '8 hours'))
       AND ($3::uuid IS NULL OR s.supervisor_id = $3)
       AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = $4))
       AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM supervision_session_supervisee y JOIN team_membership tm ON tm.person_id = y.supervisee_id
             WHERE y.session_id = s.id AND tm.team_id = $5 AND tm.ends_on IS NULL))
       AND ($6::uuid IS NULL OR s.supervisor_id = $6 OR EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = $6))
       AND ${scope.sql}
     ORDER BY s.starts_at, s.id`,
    [from, to, filter.supervisorId ?? null, filter.superviseeId ?? null, filter.teamId ?? null, filter.personId ?? null, ...scope.params],
  );
}
