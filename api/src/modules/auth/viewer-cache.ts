import { performance } from 'node:perf_hooks';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../common/database.provider';
import { ByteBoundedCache } from '../../common/byte-bounded-cache';
import { LOGGER } from '../../common/logger';
import type { ViewerChangeSink } from '../../common/request-db';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/** One row of the `auth_find_viewer` SQL function (not a table): the live session, its whole person row and grants. */
export interface FoundViewer {
  session_id: string; person_id: string; organization_id: string; name: string; email: string; active: boolean;
  grants: { role: string; program_id: string | null }[]; job_title: string; lived_experience: boolean; started_on: string | null;
  password_hash: string | null; created_at: Date; updated_at: Date; expires_at: Date;
}

interface Entry {
  row: FoundViewer;
  /** `<organisation id>:<person id>`, as the database's change notices name a person. */
  key: string;
  expiresAtMs: number;
  /** When it was stored (monotonic milliseconds: the cache's own age limit, not business time). */
  storedAt: number;
}

/** The channel the `viewer_changed` triggers notify (see migration 1764320000000-viewer-changes). */
export const VIEWER_CHANNEL = 'tandem_viewer';
const BUDGET_BYTES = 2 * 2 ** 20;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 15_000;
/** How often the listening connection proves it is alive (a silently dropped connection hears nothing). */
const HEARTBEAT_MS = 5_000;

/**
 * The viewers this process looked up (`auth_find_viewer`), by token hash, so a signed-in request needs no statement to
 * learn who is asking. Held to 2 MB, for a few seconds at most (`VIEWER_CACHE_SECONDS`; 0 turns the cache off), and
 * dropped as soon as anything it holds changes:
 * - in the process that commits the change, before the mutation answers: the database's triggers list the people a
 *   transaction touched (sessions, person rows, role grants) and RequestDb reads that list in its COMMIT's round trip;
 * - in every other process (replicas, jobs, a psql session) within milliseconds: the same triggers `pg_notify` the
 *   `tandem_viewer` channel, which one dedicated connection per process listens to.
 * While that connection is not listening (starting, lost, reconnecting) the cache is empty and bypassed, so correctness
 * never depends on it. A session's expiry is checked against the business clock on every hit.
 */
@Injectable()
export class ViewerCache implements ViewerChangeSink, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly entries = new ByteBoundedCache<Entry>(BUDGET_BYTES, sizeOfEntry);
  private readonly ttlMs: number;
  /** Bumped by every change notice: a lookup that started before one is not stored. */
  private generation = 0;
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  /** Entries dropped by change notices so far (tests wait on it). */
  evicted = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.ttlMs = config.viewerCacheSeconds * 1000;
  }

  /** Whether lookups are kept at all: configured on, and the change notices are being heard. */
  get active(): boolean {
    return this.ttlMs > 0 && this.listening;
  }

  /** What a RequestDb tells the people its COMMIT changed; null while the cache is configured off (nothing to tell). */
  get sink(): ViewerChangeSink | null {
    return this.ttlMs > 0 ? this : null;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The live viewer cached for a token hash, or undefined (not cached, too old, or the session expired by `nowMs`). */
  get(tokenHash: string, nowMs: number): FoundViewer | undefined {
    if (!this.active) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAtMs <= nowMs || performance.now() - entry.storedAt > this.ttlMs) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.row;
  }

  /** Whether a viewer is held for the token hash (whatever its age). */
  holds(tokenHash: string): boolean {
    return this.entries.has(tokenHash);
  }

  /** Taken before a lookup is sent; `set` keeps its answer only if no change was noticed in between. */
  ticket(): number {
    return this.generation;
  }

  set(tokenHash: string, row: FoundViewer, ticket: number): void {
    if (!this.active || ticket !== this.generation || !row.active) return;
    this.entries.set(tokenHash, {
      row, key: `${row.organization_id}:${row.person_id}`, expiresAtMs: row.expires_at.getTime(), storedAt: performance.now(),
    });
  }

  /** Drops what the change notice `keys` names: space-separated `<organisation id>:<person id>`, or `*` for everything. */
  evict(keys: string): void {
    this.generation += 1;
    if (this.entries.size === 0) return;
    const named = keys.split(' ').filter(Boolean);
    if (named.includes('*')) {
      this.evicted += this.entries.size;
      this.entries.clear();
      return;
    }
    const set = new Set(named);
    this.evicted += this.entries.deleteWhere((e) => set.has(e.key));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.ttlMs > 0) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.down();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    // No connection string (the schema emitter's placeholder data source): nothing to listen to, so the cache stays bypassed.
    const url = (this.dataSource.options as { url?: string } | undefined)?.url;
    if (!url) return;
    const client = new Client({
      connectionString: url, application_name: 'tandem-api-listener', keepAlive: true, connectionTimeoutMillis: 5000, query_timeout: HEARTBEAT_MS / 2,
    });
    this.client = client;
    client.on('notification', (msg) => this.evict(msg.payload ?? '*'));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${VIEWER_CHANNEL}`);
      if (this.client !== client) return;
      this.generation += 1;
      this.listening = true;
      this.retryMs = RETRY_MIN_MS;
      // A connection that stops answering may have stopped hearing too: then the cache is dropped and bypassed until a new
      // one listens, so a silently lost connection leaves a viewer stale for a few seconds at most (and never past the TTL).
      if (this.heartbeat) clearInterval(this.heartbeat);
      this.heartbeat = setInterval(() => {
        if (this.client === client) client.query('SELECT 1').catch(() => this.lost(client));
      }, HEARTBEAT_MS);
      this.heartbeat.unref();
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'viewer cache: not listening for changes; every request looks its viewer up');
      this.lost(client);
    }
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.down();
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => void this.listen(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  /** Not hearing changes any more: forget everything and bypass the cache until listening again. */
  private down(): void {
    this.listening = false;
    this.generation += 1;
    this.entries.clear();
  }
}

function sizeOfEntry(entry: Entry, key: string): number {
  const r = entry.row;
  const text = key.length + entry.key.length + r.name.length + r.email.length + (r.job_title?.length ?? 0) + (r.password_hash?.length ?? 0);
  return 600 + 2 * text + 120 * r.grants.length;
}
