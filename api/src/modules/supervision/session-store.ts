// Reading sessions and their occurrences, and who may read their notes. The SQL, and `sessionWhere` (who may see a
// session), live in sessions.repository.ts.
import { describeRecurrence, MINUTE_MS } from '@tandem/shared';
import { NotFoundError } from '../../common/errors';
import type { RequestContext, Viewer } from '../../common/request-context';
import { personScope, seesWholeOrganization, type ScopeSql } from '../../common/scope';
import {
  expandOccurrences, isOriginalStart, occurrenceId, parseOccurrenceId, type ExpandedOccurrence, type OccurrenceOverride, type SeriesTiming,
} from './occurrences';
import {
  exceptionAt, exceptionsOf, saveException, sessionById, sessionsOverlapping, sessionWhere, type OccurrenceException, type OccurrencePatch,
  type SessionFilter, type SupervisionSession,
} from './sessions.repository';
import type { OccurrenceStatusEnum, SupervisionChannelEnum, SupervisionModalityEnum } from './session.model';

export type { OccurrenceException, SupervisionSession } from './sessions.repository';

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

/**
 * @deprecated `sessionWhere` (sessions.repository.ts) with positional parameters from `$from`; kept only for the
 * actions list, which still counts its parameters.
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
type SessionPeople = Pick<SupervisionSession, 'supervisorId' | 'superviseeIds'>;

/** The viewer's part in a session, or null when they are not one of its people. */
export function partyOf(viewer: Viewer, session: SessionPeople): Party | null {
  if (session.supervisorId === viewer.personId) return 'SUPERVISOR';
  if (session.superviseeIds.includes(viewer.personId)) return 'SUPERVISEE';
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
export async function noteTextVisible(ctx: RequestContext, session: SessionPeople): Promise<boolean> {
  const viewer = ctx.viewer!;
  if (partyOf(viewer, session)) return true;
  if (!viewer.roles.includes('ADMIN') && !viewer.roles.includes('PROGRAM_MANAGER')) return false;
  return managersReadNotes(ctx);
}

export function timingOf(s: Pick<SupervisionSession, 'startsLocal' | 'timeZone' | 'recurrence' | 'durationMinutes'>): SeriesTiming {
  return { startsLocalMs: Date.parse(`${s.startsLocal}Z`), timeZone: s.timeZone, recurrence: s.recurrence, durationMinutes: s.durationMinutes };
}

/** A session the viewer may see, or NOT_FOUND. */
export async function visibleSession(ctx: RequestContext, id: string): Promise<SupervisionSession> {
  const scope = sessionWhere(ctx.viewer!, 's');
  const session = await ctx.db.run((em) => sessionById(em, id, scope));
  if (!session) throw new NotFoundError('Supervision session');
  return session;
}

/** Stored exceptions of the given sessions whose original or actual start lies near [from, to), by session. */
export async function overridesFor(ctx: RequestContext, sessionIds: string[], from: Date, to: Date): Promise<Map<string, OccurrenceException[]>> {
  const out = new Map<string, OccurrenceException[]>();
  if (sessionIds.length === 0) return out;
  for (const r of await ctx.db.run((em) => exceptionsOf(em, sessionIds, { from, to }))) {
    const list = out.get(r.sessionId);
    if (list) list.push(r);
    else out.set(r.sessionId, [r]);
  }
  return out;
}

export function toOverride(r: OccurrenceException): OccurrenceOverride {
  return { originalStart: r.originalStart, startsAt: r.startsAt, durationMinutes: r.durationMinutes, status: r.status, location: r.location, link: r.link };
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

export function toOccurrenceView(session: SupervisionSession, e: ExpandedOccurrence, row: OccurrenceException | null): OccurrenceView {
  const id = occurrenceId(session.id, e.originalStart);
  return {
    id, sessionId: session.id, startsAt: e.startsAt, endsAt: e.endsAt, originalStartsAt: e.originalStart, durationMinutes: e.durationMinutes,
    timeZone: session.timeZone, status: e.status as OccurrenceStatusEnum, statusReason: row?.statusReason ?? '',
    modality: session.modality as SupervisionModalityEnum, channel: session.channel as SupervisionChannelEnum, title: session.title,
    location: row?.location ?? session.location, link: row?.link ?? session.link, supervisorId: session.supervisorId,
    superviseeIds: session.superviseeIds, isRecurring: session.recurrence !== null,
    recurrenceText: session.recurrence ? recurrenceTextOf(session.recurrence, session.timeZone) : null, moved: e.moved, adHoc: session.adHoc,
    icsPath: `/calendar/session/${id}.ics`,
  };
}

/** Every occurrence of the given sessions overlapping [from, to), sorted by start. */
export async function expandSessions(ctx: RequestContext, sessions: SupervisionSession[], from: Date, to: Date): Promise<OccurrenceView[]> {
  const overrides = await overridesFor(ctx, sessions.map((s) => s.id), from, to);
  const out: OccurrenceView[] = [];
  for (const s of sessions) {
    const rows = overrides.get(s.id) ?? [];
    const byOriginal = new Map(rows.map((r) => [r.originalStart.getTime(), r]));
    for (const e of expandOccurrences(timingOf(s), rows.map(toOverride), from, to)) {
      out.push(toOccurrenceView(s, e, byOriginal.get(e.originalStart.getTime()) ?? null));
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

/** One occurrence the viewer may see (from its id), with its session and stored exception. NOT_FOUND otherwise. */
export async function occurrenceOf(
  ctx: RequestContext, id: string,
): Promise<{ session: SupervisionSession; view: OccurrenceView; exception: OccurrenceException | null }> {
  const parsed = parseOccurrenceId(id);
  if (!parsed) throw new NotFoundError('Supervision occurrence');
  const session = await visibleSession(ctx, parsed.sessionId);
  const row = (await ctx.db.run((em) => exceptionAt(em, session.id, parsed.originalStart))) ?? null;
  if (!row && !isOriginalStart(timingOf(session), parsed.originalStart)) throw new NotFoundError('Supervision occurrence');
  const start = row?.startsAt ?? parsed.originalStart;
  const minutes = row?.durationMinutes ?? session.durationMinutes;
  const expanded: ExpandedOccurrence = {
    originalStart: parsed.originalStart, startsAt: start, endsAt: new Date(start.getTime() + minutes * MINUTE_MS), durationMinutes: minutes,
    status: row?.status ?? 'SCHEDULED', moved: start.getTime() !== parsed.originalStart.getTime(), override: row ? toOverride(row) : null,
  };
  return { session, view: toOccurrenceView(session, expanded, row), exception: row };
}

/** Stores an occurrence (creating its exception row if needed) with the given changes; returns the row. */
export function saveOccurrence(
  ctx: RequestContext, session: Pick<SupervisionSession, 'id' | 'durationMinutes'>, originalStart: Date, patch: OccurrencePatch,
): Promise<OccurrenceException> {
  const at = { organizationId: ctx.db.organizationId!, sessionId: session.id, originalStart, seriesMinutes: session.durationMinutes, by: ctx.viewer!.personId };
  return ctx.db.run((em) => saveException(em, at, patch));
}

/** Sessions (visible to the viewer unless `scoped` is false) that may have occurrences in [from, to), with optional filters. */
export function sessionsInRange(ctx: RequestContext, from: Date, to: Date, filter: SessionFilter & { scoped?: boolean }): Promise<SupervisionSession[]> {
  const scope = filter.scoped === false ? null : sessionWhere(ctx.viewer!, 's');
  return ctx.db.run((em) => sessionsOverlapping(em, from, to, filter, scope));
}
