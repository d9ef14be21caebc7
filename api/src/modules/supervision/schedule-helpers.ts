// Small helpers shared by the scheduling services: reading start times, zones, permissions and double-booking.
import { InvalidInputError, ForbiddenError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { isCurrentSupervisor } from '../checklists/checklist-access';
import { expandOccurrences, normaliseSeries, RecurrenceError, type NormalisedSeries, type SeriesTiming } from './occurrences';
import { expandSessions, sessionsInRange, visibleSession, type SupervisionSession } from './session-store';
import { peopleActive } from './sessions.repository';
import { DAY_MS, floatingToInstant, instantToFloating, canonicalTimeZone } from '@tandem/shared';

/** How far ahead a new or changed series is checked for double-booking. */
const DOUBLE_BOOKING_HORIZON_DAYS = 180;
const MAX_WARNINGS = 3;

export function requireTimeZone(timeZone: string): string {
  const zone = canonicalTimeZone(timeZone.trim());
  if (!zone) throw new InvalidInputError(`"${timeZone}" is not an IANA time zone; use a name such as Europe/London or America/New_York`, { field: 'timeZone' });
  return zone;
}

/** Floating ms (local wall time in `timeZone`) of an input start: local ISO is taken as is, an instant is converted. */
export function parseStart(value: string, timeZone: string, field = 'startsAt'): number {
  const v = value.trim();
  const bad = () => new InvalidInputError(`${field} is not a valid date-time`, { field });
  if (/(Z|[+-]\d{2}:\d{2})$/.test(v)) {
    const t = Date.parse(v);
    if (Number.isNaN(t)) throw bad();
    return instantToFloating(t, timeZone);
  }
  const withSeconds = /T\d{2}:\d{2}$/.test(v) ? `${v}:00` : v;
  const t = Date.parse(`${withSeconds}Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 16) !== withSeconds.slice(0, 16)) throw bad();
  return Math.floor(t / 1000) * 1000;
}

/** The series for an input, with recurrence problems as BAD_USER_INPUT. */
export function seriesFor(input: { startsLocalMs: number; timeZone: string; recurrence: string | null; durationMinutes: number }): NormalisedSeries {
  try {
    return normaliseSeries(input);
  } catch (e) {
    if (e instanceof RecurrenceError) throw new InvalidInputError(e.message, { field: 'recurrence' });
    throw e;
  }
}

/** Validates people and permission for a session: supervisors schedule with their current supervisees; admins for anyone. */
export async function assertMayArrange(ctx: RequestContext, supervisorId: string, superviseeIds: string[], modality: string): Promise<void> {
  const viewer = ctx.viewer!;
  if (superviseeIds.includes(supervisorId)) throw new InvalidInputError('A supervisee cannot also be the supervisor of the session', { field: 'superviseeIds' });
  if (modality === 'INDIVIDUAL' && superviseeIds.length !== 1) {
    throw new InvalidInputError('An individual session has exactly one supervisee; use GROUP or PEER_COREFLECTION for more', { field: 'superviseeIds' });
  }
  const found = await ctx.db.run((em) => peopleActive(em, [supervisorId, ...superviseeIds]));
  const active = new Set(found.filter((p) => p.active).map((p) => p.id));
  if (!active.has(supervisorId)) throw new NotFoundError('Supervisor');
  if (superviseeIds.some((id) => !active.has(id))) throw new NotFoundError('Supervisee');
  if (viewer.roles.includes('ADMIN')) return;
  if (!viewer.roles.includes('SUPERVISOR') || supervisorId !== viewer.personId) {
    throw new ForbiddenError('Supervisors schedule their own sessions; only admins schedule for someone else');
  }
  for (const id of superviseeIds) {
    if (!(await isCurrentSupervisor(ctx, id))) throw new ForbiddenError('You can schedule supervision only with your current supervisees');
  }
}

/** A session the viewer may change: its supervisor, or an admin. Others who can see it get FORBIDDEN. */
export async function writableSession(ctx: RequestContext, id: string): Promise<SupervisionSession> {
  const session = await visibleSession(ctx, id);
  const viewer = ctx.viewer!;
  if (session.supervisorId !== viewer.personId && !viewer.roles.includes('ADMIN')) {
    throw new ForbiddenError('Only the session’s supervisor or an admin can change it');
  }
  return session;
}

export function formatLocal(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(instant);
}

/**
 * Warnings (never errors) when the supervisor already has another non-cancelled session at any of the given times.
 * `exclude` leaves out the session being changed (`originalStart` set: only that one occurrence of it).
 */
export async function doubleBookings(
  ctx: RequestContext, supervisorId: string, slots: { startsAt: Date; endsAt: Date }[],
  exclude: { sessionId: string; originalStart?: Date },
): Promise<string[]> {
  if (slots.length === 0) return [];
  const from = new Date(Math.min(...slots.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...slots.map((s) => s.endsAt.getTime())));
  const sessions = (await sessionsInRange(ctx, from, to, { personId: supervisorId, scoped: false }))
    .filter((s) => exclude.originalStart !== undefined || s.id !== exclude.sessionId);
  const others = (await expandSessions(ctx, sessions, from, to)).filter(
    (o) => o.status !== 'CANCELLED' && !(o.sessionId === exclude.sessionId && o.originalStartsAt.getTime() === exclude.originalStart?.getTime()),
  );
  const clashes = others.filter((o) => slots.some((s) => s.startsAt < o.endsAt && o.startsAt < s.endsAt));
  if (clashes.length === 0) return [];
  const person = await ctx.loaders.person.load(supervisorId);
  const who = person?.name ?? 'The supervisor';
  const lines = clashes.slice(0, MAX_WARNINGS).map(
    (o) => `Double-booked: ${who} already has ${o.title ? `“${o.title}”` : 'a supervision session'} on ${formatLocal(o.startsAt, o.timeZone)} (${o.timeZone}).`,
  );
  if (clashes.length > MAX_WARNINGS) lines.push(`…and ${clashes.length - MAX_WARNINGS} more overlapping session(s).`);
  return lines;
}

/** The occurrences of a timing within the double-booking horizon, as slots. */
export function upcomingSlots(timing: SeriesTiming, from: Date): { startsAt: Date; endsAt: Date }[] {
  const to = new Date(from.getTime() + DOUBLE_BOOKING_HORIZON_DAYS * DAY_MS);
  return expandOccurrences(timing, [], from, to).map((o) => ({ startsAt: o.startsAt, endsAt: o.endsAt }));
}

/** Start of a local calendar day (YYYY-MM-DD) in a zone as an instant; a date-time is read like `parseStart`. */
export function parseDayOrStart(value: string, timeZone: string, field: string): Date {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(floatingToInstant(parseStart(`${v}T00:00`, timeZone, field), timeZone));
  return new Date(floatingToInstant(parseStart(v, timeZone, field), timeZone));
}
