// The occurrences supervision compliance counts, kept expanded in memory so a dashboard load does not re-expand every
// recurring series (RRULE + wall time → instants) of the organisation each time.
//
// What is kept does not depend on "now": the organisation's occurrences (every session, its exceptions applied, each
// marked documented or not) in fixed 28-day buckets of real time. The key is the organisation plus its supervision
// revision token, which database triggers replace in the same transaction as every write to sessions, series
// supervisees, exceptions and notes (migration 1764210000000). A reader reads the token before the data, so an entry
// never holds data older than its token, in this process or any other; a new token simply misses.
import { DAY_MS } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { supervisionRevision } from './compliance.repository';
import { expandSessions, sessionsInRange } from './session-store';
import { notedOccurrences } from './sessions.repository';
import type { OccurrenceStatusEnum, SupervisionModalityEnum } from './session.model';

/** An occurrence as compliance needs it. */
export interface CountedOccurrence {
  id: string;
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  originalStartsAt: Date;
  durationMinutes: number;
  modality: SupervisionModalityEnum;
  status: OccurrenceStatusEnum;
  adHoc: boolean;
  superviseeIds: string[];
  documented: boolean;
}

const BUCKET_MS = 28 * DAY_MS;
/** Organisations kept (least recently used goes first), and buckets per organisation (about six years). */
const MAX_ORGANIZATIONS = 200;
const MAX_BUCKETS = 80;

interface OrganizationEntry {
  token: string;
  buckets: Map<number, CountedOccurrence[]>;
}

/**
 * The process's cache. `hits`/`misses` count buckets, for tests and the benchmark; with `enabled` false every call
 * expands exactly [from, to) afresh (what the figures were computed from before the cache), for tests to compare with.
 */
export const countedOccurrenceCache = {
  enabled: true,
  organizations: new Map<string, OrganizationEntry>(),
  hits: 0,
  misses: 0,
  clear(): void {
    this.organizations.clear();
    this.hits = 0;
    this.misses = 0;
  },
};

/**
 * Every occurrence of the organisation's sessions overlapping [from, to), sorted by start then id: the same list as
 * expanding every session in range (`expandSessions`), read from the cache where the revision allows.
 */
export async function countedOccurrences(ctx: RequestContext, from: Date, to: Date): Promise<CountedOccurrence[]> {
  const organizationId = ctx.db.organizationId!;
  const token = await ctx.db.run((em) => supervisionRevision(em, organizationId));
  // No revision row: nothing to key by, so compute afresh (the migration and the triggers create it for every organisation).
  if (token === null || !countedOccurrenceCache.enabled) return clip(await load(ctx, from.getTime(), to.getTime()), from, to);

  const cache = countedOccurrenceCache;
  let entry = cache.organizations.get(organizationId);
  if (!entry || entry.token !== token || entry.buckets.size > MAX_BUCKETS) entry = { token, buckets: new Map() };
  cache.organizations.delete(organizationId);
  cache.organizations.set(organizationId, entry);
  if (cache.organizations.size > MAX_ORGANIZATIONS) cache.organizations.delete(cache.organizations.keys().next().value!);

  const first = Math.floor(from.getTime() / BUCKET_MS);
  const last = Math.floor((Math.max(to.getTime(), from.getTime() + 1) - 1) / BUCKET_MS);
  const missing: number[] = [];
  for (let b = first; b <= last; b++) if (!entry.buckets.has(b)) missing.push(b);
  cache.hits += last - first + 1 - missing.length;
  cache.misses += missing.length;
  if (missing.length) {
    // One read for the span of the missing buckets; each occurrence goes into every bucket it overlaps.
    const lo = missing[0]!;
    const hi = missing[missing.length - 1]!;
    const fresh = new Map<number, CountedOccurrence[]>();
    for (let b = lo; b <= hi; b++) fresh.set(b, []);
    for (const o of await load(ctx, lo * BUCKET_MS, (hi + 1) * BUCKET_MS)) {
      const a = Math.max(lo, Math.floor(o.startsAt.getTime() / BUCKET_MS));
      const z = Math.min(hi, Math.floor((o.endsAt.getTime() - 1) / BUCKET_MS));
      for (let b = a; b <= z; b++) fresh.get(b)!.push(o);
    }
    for (const b of missing) entry.buckets.set(b, fresh.get(b)!);
  }
  const seen = new Set<string>();
  const out: CountedOccurrence[] = [];
  for (let b = first; b <= last; b++) {
    for (const o of entry.buckets.get(b)!) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      out.push(o);
    }
  }
  return clip(out, from, to);
}

/** Occurrences of every session of the organisation overlapping [fromMs, toMs), with whether each has a note. */
async function load(ctx: RequestContext, fromMs: number, toMs: number): Promise<CountedOccurrence[]> {
  const from = new Date(fromMs);
  const to = new Date(toMs);
  const sessions = await sessionsInRange(ctx, from, to, { scoped: false });
  if (sessions.length === 0) return [];
  const occurrences = await expandSessions(ctx, sessions, from, to);
  const notes = await ctx.db.run((em) => notedOccurrences(em, sessions.map((s) => s.id)));
  const documented = new Set(notes.map((n) => `${n.sessionId}|${n.originalStart.getTime()}`));
  return occurrences.map((o): CountedOccurrence => ({
    id: o.id, sessionId: o.sessionId, startsAt: o.startsAt, endsAt: o.endsAt, originalStartsAt: o.originalStartsAt, durationMinutes: o.durationMinutes,
    modality: o.modality, status: o.status, adHoc: o.adHoc, superviseeIds: o.superviseeIds,
    documented: documented.has(`${o.sessionId}|${o.originalStartsAt.getTime()}`),
  }));
}

/** The occurrences overlapping [from, to), in the order `expandSessions` gives. */
function clip(list: CountedOccurrence[], from: Date, to: Date): CountedOccurrence[] {
  return list
    .filter((o) => o.startsAt.getTime() < to.getTime() && o.endsAt.getTime() > from.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}
