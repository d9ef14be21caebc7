// Reading the occurrences supervision compliance counts: the lean read the cache fills itself from (`loadCounted`: a
// session's facts once, each occurrence as numbers) and the full one through the calendar's own expansion
// (`loadFresh`: what the figures are computed from with the cache off, and what tests compare the cache with).
import { MINUTE_MS } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { originalStartsMs } from './occurrences';
import { expandSessions, sessionsInRange, timingOf } from './session-store';
import { countedExceptionsOf, DOCUMENTED_CODE, EXCEPTION_STATUS_CODES, notedOccurrences } from './sessions.repository';
import { OccurrenceStatusEnum, type SupervisionModalityEnum } from './session.model';

/** An occurrence as compliance needs it. */
export interface CountedOccurrence {
  sessionId: string;
  startsAt: Date;
  durationMinutes: number;
  modality: SupervisionModalityEnum;
  status: OccurrenceStatusEnum;
  adHoc: boolean;
  superviseeIds: string[];
  documented: boolean;
}

/** What compliance needs of a session: the same for each of its occurrences. */
export interface SessionFacts {
  id: string;
  superviseeIds: string[];
  modality: SupervisionModalityEnum;
  adHoc: boolean;
}

/** One occurrence of a lean read: its session's facts, start (epoch ms), minutes and status. */
export interface LoadedOccurrence {
  session: SessionFacts;
  start: number;
  minutes: number;
  status: OccurrenceStatusEnum;
  documented: boolean;
}

/**
 * Every occurrence of the organisation's sessions (or only `sessionIds`) overlapping [fromMs, toMs), sorted by start,
 * then session id, then original start (the calendar's order), and the facts of every session read. Two statements.
 */
export async function loadCounted(
  ctx: RequestContext, fromMs: number, toMs: number, sessionIds?: readonly string[],
): Promise<{ sessions: SessionFacts[]; occurrences: LoadedOccurrence[] }> {
  const from = new Date(fromMs);
  const to = new Date(toMs);
  const sessions = await sessionsInRange(ctx, from, to, { scoped: false, sessionIds });
  if (sessions.length === 0) return { sessions: [], occurrences: [] };
  // The whole organisation's exceptions by its index; only the sessions asked for by theirs.
  const rows = await ctx.db.run((em) => countedExceptionsOf(em, sessionIds ? sessions.map((s) => s.id) : null, from, to));
  const bySession = new Map(rows.map((r) => [r.sessionId, r]));
  const facts: SessionFacts[] = [];
  const found: LoadedOccurrence[] = [];
  // Sessions in id order, each one's occurrences in start then original-start order (expandOccurrences), then a stable
  // sort by start alone: the calendar's order (start, session id, original start) with numbers compared only.
  for (const s of sessions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const session: SessionFacts = { id: s.id, superviseeIds: s.superviseeIds, modality: s.modality as SupervisionModalityEnum, adHoc: s.adHoc };
    facts.push(session);
    const exceptions = bySession.get(s.id);
    const mine: (LoadedOccurrence & { original: number })[] = [];
    // The rule's occurrences, each replaced by its stored exception when there is one, plus exceptions moved into the
    // range: the calendar's merge (expandOccurrences), on epoch ms.
    const replaced = exceptions ? new Set(exceptions.originalMs) : null;
    const minutes = s.durationMinutes;
    for (const start of originalStartsMs(timingOf(s), fromMs - minutes * MINUTE_MS, toMs)) {
      if (replaced?.has(start) || !overlaps(start, minutes, fromMs, toMs)) continue;
      mine.push({ session, start, minutes, status: OccurrenceStatusEnum.SCHEDULED, documented: false, original: start });
    }
    for (let i = 0; exceptions && i < exceptions.originalMs.length; i++) {
      const start = exceptions.startsMs[i]!;
      const code = exceptions.codes[i]!;
      if (!overlaps(start, exceptions.minutes[i]!, fromMs, toMs)) continue;
      // Another status (only a direct database write could store one) is not one the cache packs: it reads afresh.
      const status = (EXCEPTION_STATUS_CODES[code & 7] ?? 'OTHER') as OccurrenceStatusEnum;
      mine.push({ session, start, minutes: exceptions.minutes[i]!, status, documented: (code & DOCUMENTED_CODE) !== 0, original: exceptions.originalMs[i]! });
    }
    mine.sort((a, b) => a.start - b.start || a.original - b.original);
    for (const o of mine) found.push(o);
  }
  found.sort((a, b) => a.start - b.start);
  return { sessions: facts, occurrences: found };
}

const overlaps = (startMs: number, minutes: number, fromMs: number, toMs: number) => startMs < toMs && startMs + minutes * MINUTE_MS > fromMs;

/** Occurrences of every session of the organisation overlapping [fromMs, toMs), through the calendar's expansion, sorted by start then id. */
export async function loadFresh(ctx: RequestContext, fromMs: number, toMs: number): Promise<CountedOccurrence[]> {
  const from = new Date(fromMs);
  const to = new Date(toMs);
  const sessions = await sessionsInRange(ctx, from, to, { scoped: false });
  if (sessions.length === 0) return [];
  const occurrences = await expandSessions(ctx, sessions, from, to);
  const notes = await ctx.db.run((em) => notedOccurrences(em, sessions.map((s) => s.id)));
  const documented = new Set(notes.map((n) => `${n.sessionId}|${n.originalStart.getTime()}`));
  return occurrences
    .filter((o) => o.startsAt.getTime() < toMs && o.startsAt.getTime() + o.durationMinutes * MINUTE_MS > fromMs)
    .map((o): CountedOccurrence => ({
      sessionId: o.sessionId, startsAt: o.startsAt, durationMinutes: o.durationMinutes, modality: o.modality, status: o.status, adHoc: o.adHoc,
      superviseeIds: o.superviseeIds, documented: documented.has(`${o.sessionId}|${o.originalStartsAt.getTime()}`),
    }));
}
