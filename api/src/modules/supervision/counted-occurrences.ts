// The occurrences supervision compliance counts, kept expanded in memory so a dashboard load does not re-expand every
// recurring series (RRULE + wall time → instants) of the organisation each time.
//
// What is kept does not depend on "now": the organisation's occurrences (every session, its exceptions applied, each
// marked documented or not) in fixed 28-day buckets of real time, each occurrence in the bucket its start falls in. The
// key is the organisation plus its supervision revision token, which database triggers replace in the same transaction
// as every write to sessions, series supervisees, exceptions and notes (migration 1764210000000). A reader reads the
// token before the data, so an entry never holds data older than its token, in this process or any other; a new token
// simply misses.
//
// Memory: a bucket is packed columns (start, session, minutes, status + documented: 15 bytes an occurrence) and each
// session of an entry is kept once (its id, supervisees, modality, whether ad hoc), so 500 teams with fortnightly
// supervision for every staff member over three years (about 350,000 occurrences, 4,500 series) take about 7 MB.
// The whole cache, over every organisation, is held to MAX_BYTES by an estimate of each entry's size (`bytes`):
// least recently used organisations go first, then the buckets the current read does not need.
import { DAY_MS, MINUTE_MS } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { supervisionRevision } from './compliance.repository';
import { expandSessions, sessionsInRange } from './session-store';
import { notedOccurrences } from './sessions.repository';
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

const BUCKET_MS = 28 * DAY_MS;
/**
 * The budget of the whole cache in estimated bytes (32 MB of packed occurrences is about two million of them: a
 * 500-team organisation's three years several times over), and how many organisations it keeps at most.
 */
export const MAX_BYTES = 32 * 2 ** 20;
const MAX_ORGANIZATIONS = 200;
/** Estimated bytes: per occurrence (its packed columns), per bucket, per session kept, per supervisee id, per entry. */
const BYTES = { occurrence: 15, bucket: 1_000, session: 300, supervisee: 80, entry: 1_000 };

const STATUSES = Object.values(OccurrenceStatusEnum);
const DOCUMENTED = 4;

/** What an entry keeps of a session: the same for each of its occurrences. */
interface SessionFacts {
  id: string;
  superviseeIds: string[];
  modality: SupervisionModalityEnum;
  adHoc: boolean;
}

/** The occurrences starting in one bucket, sorted by start then id, as packed columns. */
interface Bucket {
  starts: Float64Array;
  sessions: Uint32Array;
  minutes: Uint16Array;
  /** Status index (bits 0–1) and documented (bit 2). */
  flags: Uint8Array;
}

interface OrganizationEntry {
  token: string;
  sessions: SessionFacts[];
  sessionIndex: Map<string, number>;
  buckets: Map<number, Bucket>;
  bytes: number;
}

/**
 * The process's cache. `hits`/`misses` count buckets, for tests and the benchmark; `bytes` is the estimate the budget
 * holds; with `enabled` false every call expands exactly [from, to) afresh (what the figures were computed from before
 * the cache), for tests to compare with. `maxBytes` is MAX_BYTES unless a test lowers it.
 */
export const countedOccurrenceCache = {
  enabled: true,
  maxBytes: MAX_BYTES,
  organizations: new Map<string, OrganizationEntry>(),
  bytes: 0,
  hits: 0,
  misses: 0,
  clear(): void {
    this.organizations.clear();
    this.bytes = 0;
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
  if (token === null || !countedOccurrenceCache.enabled) return fresh(ctx, from, to);

  const cache = countedOccurrenceCache;
  let entry = cache.organizations.get(organizationId);
  if (entry) forget(organizationId, entry);
  if (!entry || entry.token !== token) entry = { token, sessions: [], sessionIndex: new Map(), buckets: new Map(), bytes: BYTES.entry };
  remember(organizationId, entry);

  // An occurrence lasts at most a bucket (sessions last at most 480 minutes), so one overlapping [from, to) starts in
  // the bucket before `from`'s or after.
  const first = Math.floor(from.getTime() / BUCKET_MS) - 1;
  const last = Math.floor((Math.max(to.getTime(), from.getTime() + 1) - 1) / BUCKET_MS);
  // The buckets this read uses, held here: another request may evict them from the entry meanwhile.
  const buckets = new Map<number, Bucket>();
  const missing: number[] = [];
  for (let b = first; b <= last; b++) {
    const bucket = entry.buckets.get(b);
    if (bucket) buckets.set(b, bucket);
    else missing.push(b);
  }
  cache.hits += buckets.size;
  cache.misses += missing.length;
  if (missing.length) {
    // One read for the span of the missing buckets; each occurrence goes into the bucket its start is in.
    const lo = missing[0]!;
    const hi = missing[missing.length - 1]!;
    const loaded = await load(ctx, lo * BUCKET_MS, (hi + 1) * BUCKET_MS);
    // Longer than a bucket or of an unknown status (only a direct database write could make one): not packed, so afresh.
    if (loaded.some((o) => o.durationMinutes * MINUTE_MS > BUCKET_MS || !STATUSES.includes(o.status))) return fresh(ctx, from, to);
    const byBucket = new Map<number, CountedOccurrence[]>(missing.map((b) => [b, []]));
    for (const o of loaded) byBucket.get(Math.floor(o.startsAt.getTime() / BUCKET_MS))?.push(o);
    // Another request may have retired or replaced the entry meanwhile; the buckets still answer this read.
    const kept = cache.organizations.get(organizationId) === entry;
    for (const [b, list] of byBucket) buckets.set(b, entry.buckets.get(b) ?? addBucket(entry, b, list, kept));
    if (kept) enforceBudget(organizationId, entry, first, last);
  }
  const out: CountedOccurrence[] = [];
  const fromMs = from.getTime();
  const toMs = to.getTime();
  for (let b = first; b <= last; b++) {
    const bucket = buckets.get(b)!;
    for (let i = 0; i < bucket.starts.length; i++) {
      const start = bucket.starts[i]!;
      const minutes = bucket.minutes[i]!;
      if (start >= toMs || start + minutes * MINUTE_MS <= fromMs) continue;
      const s = entry.sessions[bucket.sessions[i]!]!;
      const flags = bucket.flags[i]!;
      out.push({
        sessionId: s.id, startsAt: new Date(start), durationMinutes: minutes, modality: s.modality, status: STATUSES[flags & 3]!, adHoc: s.adHoc,
        superviseeIds: s.superviseeIds, documented: (flags & DOCUMENTED) !== 0,
      });
    }
  }
  return out;
}

function forget(organizationId: string, entry: OrganizationEntry): void {
  countedOccurrenceCache.organizations.delete(organizationId);
  countedOccurrenceCache.bytes -= entry.bytes;
}

function remember(organizationId: string, entry: OrganizationEntry): void {
  countedOccurrenceCache.organizations.set(organizationId, entry);
  countedOccurrenceCache.bytes += entry.bytes;
}

/** Packs a bucket's occurrences (in the order given) into the entry, adding each new session once; counted in the budget when `kept`. */
function addBucket(entry: OrganizationEntry, b: number, list: CountedOccurrence[], kept: boolean): Bucket {
  const bucket: Bucket = {
    starts: new Float64Array(list.length), sessions: new Uint32Array(list.length), minutes: new Uint16Array(list.length), flags: new Uint8Array(list.length),
  };
  let bytes = bucketBytes(bucket);
  list.forEach((o, i) => {
    let index = entry.sessionIndex.get(o.sessionId);
    if (index === undefined) {
      index = entry.sessions.push({ id: o.sessionId, superviseeIds: o.superviseeIds, modality: o.modality, adHoc: o.adHoc }) - 1;
      entry.sessionIndex.set(o.sessionId, index);
      bytes += BYTES.session + o.superviseeIds.length * BYTES.supervisee;
    }
    bucket.starts[i] = o.startsAt.getTime();
    bucket.sessions[i] = index;
    bucket.minutes[i] = o.durationMinutes;
    bucket.flags[i] = STATUSES.indexOf(o.status) | (o.documented ? DOCUMENTED : 0);
  });
  entry.buckets.set(b, bucket);
  entry.bytes += bytes;
  if (kept) countedOccurrenceCache.bytes += bytes;
  return bucket;
}

const bucketBytes = (bucket: Bucket) => BYTES.bucket + bucket.starts.length * BYTES.occurrence;

/**
 * Holds the cache to its budget and organisation count: least recently used organisations go first; if this one alone
 * is still over, the buckets outside [first, last] go; if the read itself is over, the entry is not kept.
 */
function enforceBudget(organizationId: string, entry: OrganizationEntry, first: number, last: number): void {
  const cache = countedOccurrenceCache;
  for (const [id, e] of cache.organizations) {
    if (cache.bytes <= cache.maxBytes && cache.organizations.size <= MAX_ORGANIZATIONS) return;
    if (e !== entry) forget(id, e);
  }
  for (const [b, bucket] of entry.buckets) {
    if (cache.bytes <= cache.maxBytes) return;
    if (b >= first && b <= last) continue;
    entry.buckets.delete(b);
    const bytes = bucketBytes(bucket);
    entry.bytes -= bytes;
    cache.bytes -= bytes;
  }
  if (cache.bytes > cache.maxBytes) forget(organizationId, entry);
}

/** Exactly the occurrences overlapping [from, to), expanded afresh. */
async function fresh(ctx: RequestContext, from: Date, to: Date): Promise<CountedOccurrence[]> {
  return (await load(ctx, from.getTime(), to.getTime()))
    .filter((o) => o.startsAt.getTime() < to.getTime() && o.startsAt.getTime() + o.durationMinutes * MINUTE_MS > from.getTime());
}

/** Occurrences of every session of the organisation overlapping [fromMs, toMs), sorted by start then id, with whether each has a note. */
async function load(ctx: RequestContext, fromMs: number, toMs: number): Promise<CountedOccurrence[]> {
  const from = new Date(fromMs);
  const to = new Date(toMs);
  const sessions = await sessionsInRange(ctx, from, to, { scoped: false });
  if (sessions.length === 0) return [];
  const occurrences = await expandSessions(ctx, sessions, from, to);
  const notes = await ctx.db.run((em) => notedOccurrences(em, sessions.map((s) => s.id)));
  const documented = new Set(notes.map((n) => `${n.sessionId}|${n.originalStart.getTime()}`));
  return occurrences.map((o): CountedOccurrence => ({
    sessionId: o.sessionId, startsAt: o.startsAt, durationMinutes: o.durationMinutes, modality: o.modality, status: o.status, adHoc: o.adHoc,
    superviseeIds: o.superviseeIds, documented: documented.has(`${o.sessionId}|${o.originalStartsAt.getTime()}`),
  }));
}
