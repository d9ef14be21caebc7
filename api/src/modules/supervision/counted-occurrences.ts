// The occurrences supervision compliance counts, kept expanded in memory so a dashboard load does not re-expand every
// recurring series (RRULE + wall time → instants) of the organisation each time.
//
// What is kept does not depend on "now": the organisation's occurrences (every session, its exceptions applied, each
// marked documented or not) in fixed 28-day buckets of real time, each occurrence in the bucket its start falls in. The
// key is the organisation plus its supervision revision token, which database triggers replace in the same transaction
// as every write to sessions, series supervisees, exceptions and notes (migration 1764210000000). A reader reads the
// token before the data, so an entry never holds data older than its token, in this process or any other.
//
// A new token does not throw the entry away: the same triggers give each session the write touched its own new token
// (supervision_series_revision, migration 1764322000000), and the entry keeps the session tokens it was read with. On
// a new organisation token the reader reads the session tokens (one indexed statement) and expands again only the
// sessions whose token moved, over the buckets held, merging them into copies of the buckets: one recorded session or
// edited series costs the expansion of that series alone. When more than a quarter of the sessions (and more than 32)
// moved, it starts afresh.
//
// Memory: a bucket is packed columns (start, session, minutes, status + documented: 15 bytes an occurrence) and each
// session of an entry is kept once (its id, supervisees, modality, whether ad hoc), so 500 teams with fortnightly
// supervision for every staff member over three years (about 350,000 occurrences, 4,500 series) take about 7 MB.
// The whole cache, over every organisation, is held to MAX_BYTES by an estimate of each entry's size (`bytes`):
// least recently used organisations go first, then the buckets the current read does not need.
import { DAY_MS, MINUTE_MS } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { seriesRevisions, supervisionRevision } from './compliance.repository';
import { loadCounted, loadFresh, type CountedOccurrence, type LoadedOccurrence, type SessionFacts } from './counted-load';
import { OccurrenceStatusEnum } from './session.model';

export type { CountedOccurrence } from './counted-load';

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
  /** Each session's revision token, read before any of the entry's data for it. */
  seriesTokens: Map<string, string>;
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
  /** Sessions expanded again because their own revision moved (an organisation's new token without starting afresh). */
  seriesExpanded: 0,
  clear(): void {
    this.organizations.clear();
    this.bytes = 0;
    this.hits = 0;
    this.misses = 0;
    this.seriesExpanded = 0;
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
  // A new token: only the sessions whose own token moved are expanded again (null: start afresh). The old entry stays
  // in the cache meanwhile, so a read at the same time refreshes it too rather than expanding everything.
  if (entry && entry.token !== token) entry = (await refreshed(ctx, entry, token)) ?? undefined;
  if (!entry) entry = { token, seriesTokens: await ctx.db.run((em) => seriesRevisions(em, organizationId)), ...emptyData() };
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
    const { occurrences: loaded } = await loadCounted(ctx, lo * BUCKET_MS, (hi + 1) * BUCKET_MS);
    if (!packable(loaded)) return fresh(ctx, from, to);
    const byBucket = new Map<number, LoadedOccurrence[]>(missing.map((b) => [b, []]));
    for (const o of loaded) byBucket.get(bucketOf(o.start))?.push(o);
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
  // The organisation's entry (this one, or one another request put in while this one awaited) is replaced, and the
  // organisation becomes the most recently used.
  const other = countedOccurrenceCache.organizations.get(organizationId);
  if (other) forget(organizationId, other);
  countedOccurrenceCache.organizations.set(organizationId, entry);
  countedOccurrenceCache.bytes += entry.bytes;
}

const emptyData = () => ({ sessions: [] as SessionFacts[], sessionIndex: new Map<string, number>(), buckets: new Map<number, Bucket>(), bytes: BYTES.entry });
const bucketOf = (startMs: number) => Math.floor(startMs / BUCKET_MS);

/** Longer than a bucket or of an unknown status (only a direct database write could make one): not packed, so afresh. */
const packable = (list: LoadedOccurrence[]) => !list.some((o) => o.minutes * MINUTE_MS > BUCKET_MS || !STATUSES.includes(o.status));

/** The entry's index of a session, adding its facts (or, with `replace`, putting them in place of those kept); the bytes added. */
function indexOf(entry: Pick<OrganizationEntry, 'sessions' | 'sessionIndex'>, session: SessionFacts, replace = false): { index: number; bytes: number } {
  const index = entry.sessionIndex.get(session.id);
  if (index !== undefined) {
    if (replace) entry.sessions[index] = session;
    return { index, bytes: 0 };
  }
  entry.sessionIndex.set(session.id, entry.sessions.length);
  return { index: entry.sessions.push(session) - 1, bytes: BYTES.session + session.superviseeIds.length * BYTES.supervisee };
}

/** Packs a bucket's occurrences (in the order given) into the entry, adding each new session once; counted in the budget when `kept`. */
function addBucket(entry: OrganizationEntry, b: number, list: LoadedOccurrence[], kept: boolean): Bucket {
  const { bucket, bytes } = pack(list.map((o) => ({ index: indexOf(entry, o.session), o })));
  entry.buckets.set(b, bucket);
  entry.bytes += bytes;
  if (kept) countedOccurrenceCache.bytes += bytes;
  return bucket;
}

function pack(list: { index: { index: number; bytes: number }; o: Pick<LoadedOccurrence, 'start' | 'minutes' | 'status' | 'documented'> }[]): { bucket: Bucket; bytes: number } {
  const bucket: Bucket = {
    starts: new Float64Array(list.length), sessions: new Uint32Array(list.length), minutes: new Uint16Array(list.length), flags: new Uint8Array(list.length),
  };
  let bytes = bucketBytes(bucket);
  list.forEach(({ index, o }, i) => {
    bytes += index.bytes;
    bucket.starts[i] = o.start;
    bucket.sessions[i] = index.index;
    bucket.minutes[i] = o.minutes;
    bucket.flags[i] = STATUSES.indexOf(o.status) | (o.documented ? DOCUMENTED : 0);
  });
  return { bucket, bytes };
}

/**
 * The entry brought up to `token` by expanding again only the sessions whose own revision token moved, over the
 * buckets the entry holds, and merging them into copies of its buckets (the old entry stays as it was for reads still
 * using it). Null when there is no entry to keep: more than a quarter of the sessions (and more than 32) moved, or something not packable.
 */
async function refreshed(ctx: RequestContext, entry: OrganizationEntry, token: string): Promise<OrganizationEntry | null> {
  const tokens = await ctx.db.run((em) => seriesRevisions(em, ctx.db.organizationId!));
  const changed = new Set<string>();
  for (const [id, t] of tokens) if (entry.seriesTokens.get(id) !== t) changed.add(id);
  for (const id of entry.seriesTokens.keys()) if (!tokens.has(id)) changed.add(id);
  if (changed.size > 32 && changed.size * 4 > tokens.size) return null;
  const next: OrganizationEntry = {
    token, seriesTokens: tokens, sessions: entry.sessions.slice(), sessionIndex: new Map(entry.sessionIndex), buckets: new Map(entry.buckets), bytes: entry.bytes,
  };
  if (changed.size === 0 || entry.buckets.size === 0) return next;
  countedOccurrenceCache.seriesExpanded += changed.size;
  // The changed sessions' occurrences over each run of consecutive buckets held (one read per run, nearly always one).
  const held = [...entry.buckets.keys()].sort((a, b) => a - b);
  const added = new Map<number, LoadedOccurrence[]>(held.map((b) => [b, []]));
  const ids = [...changed];
  for (let r = 0; r < held.length;) {
    let end = r;
    while (end + 1 < held.length && held[end + 1] === held[end]! + 1) end++;
    const { occurrences } = await loadCounted(ctx, held[r]! * BUCKET_MS, (held[end]! + 1) * BUCKET_MS, ids);
    if (!packable(occurrences)) return null;
    for (const o of occurrences) added.get(bucketOf(o.start))?.push(o);
    r = end + 1;
  }
  const dropped = new Set(ids.map((id) => entry.sessionIndex.get(id)).filter((index): index is number => index !== undefined));
  for (const [b, old] of entry.buckets) {
    const { bucket, bytes } = merged(next, old, dropped, added.get(b)!);
    next.buckets.set(b, bucket);
    next.bytes += bytes - bucketBytes(old);
  }
  return next;
}

/**
 * A bucket's occurrences without those of the `dropped` sessions, merged with `add` (sorted likewise) in the
 * calendar's order: start, then session id. The bytes of the new bucket and of sessions new to the entry.
 */
function merged(entry: OrganizationEntry, old: Bucket, dropped: Set<number>, add: LoadedOccurrence[]): { bucket: Bucket; bytes: number } {
  let keep = 0;
  for (let i = 0; i < old.sessions.length; i++) if (!dropped.has(old.sessions[i]!)) keep++;
  const n = keep + add.length;
  const bucket: Bucket = { starts: new Float64Array(n), sessions: new Uint32Array(n), minutes: new Uint16Array(n), flags: new Uint8Array(n) };
  let bytes = bucketBytes(bucket);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    while (i < old.sessions.length && dropped.has(old.sessions[i]!)) i++;
    const o = add[j];
    const fromOld = i < old.sessions.length && (o === undefined || old.starts[i]! < o.start
      || (old.starts[i] === o.start && entry.sessions[old.sessions[i]!]!.id < o.session.id));
    if (fromOld) {
      bucket.starts[k] = old.starts[i]!;
      bucket.sessions[k] = old.sessions[i]!;
      bucket.minutes[k] = old.minutes[i]!;
      bucket.flags[k] = old.flags[i]!;
      i++;
    } else {
      const index = indexOf(entry, o!.session, true);
      bytes += index.bytes;
      bucket.starts[k] = o!.start;
      bucket.sessions[k] = index.index;
      bucket.minutes[k] = o!.minutes;
      bucket.flags[k] = STATUSES.indexOf(o!.status) | (o!.documented ? DOCUMENTED : 0);
      j++;
    }
  }
  return { bucket, bytes };
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
function fresh(ctx: RequestContext, from: Date, to: Date): Promise<CountedOccurrence[]> {
  return loadFresh(ctx, from.getTime(), to.getTime());
}
