import { escapeLiteral } from 'pg';
import { QueryFailedError, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { withLiterals } from './batched-sql';
import { ForbiddenError, UnauthenticatedError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const OTHER_ORGANISATION = 'You are signed in to another organisation. Sign out first, then try again.';

/**
 * One database transaction per GraphQL request on one pooled connection. The tenant is set with
 * `set_config('app.organization_id', …, true)` as the first statement, so it is transaction-local and can never leak
 * into another request that reuses the connection. Row-level security then scopes every query.
 *
 * A request has exactly one tenant for its whole life. It is bound once — by the session cookie, or by signing in
 * (login, sign-up, accepting an invitation) — and every later attempt to bind another organisation is refused. Work
 * reached through a public token of some organisation (a feedback link, an invitation) never uses the request's
 * tenant: it runs in a transaction of its own via `asPublic`, so a signed-in viewer can never be carried across.
 */
export class RequestDb {
  private runner: QueryRunner | null = null;
  private opening: Promise<EntityManager> | null = null;
  /** The tenant the open transaction carries (null while none is set in it). */
  private openedTenant: string | null = null;
  /** Audit rows of this transaction, written together with its COMMIT (see `auditAtCommit`). */
  private pendingAudit: AuditRow[] = [];
  /** Writes of this transaction deferred to its COMMIT's round trip (see `atCommit`), in order. */
  private pendingWrites: string[] = [];
  private tail: Promise<unknown> = Promise.resolve();
  private ended = false;
  /** Whether something has taken on ending this transaction (the GraphQL pipeline's lifecycle plugin). */
  private claimed = false;

  /**
   * `viewerChanges` hears, at each COMMIT, which people's sessions, person rows or grants the transaction changed (the
   * `viewer_changed` triggers list them in `app.viewer_changes`), so cached viewers go before the request answers.
   */
  constructor(private readonly dataSource: DataSource, private tenantId: string | null = null, private readonly viewerChanges: ViewerChangeSink | null = null) {}

  get organizationId(): string | null {
    return this.tenantId;
  }

  /** Refuses (FORBIDDEN) when the request is already bound to an organisation other than `organizationId`. */
  assertMayBind(organizationId: string): void {
    if (this.tenantId !== null && this.tenantId !== organizationId) throw new ForbiddenError(OTHER_ORGANISATION);
  }

  /**
   * Binds the request to its tenant. The first binding wins; binding the same organisation again is a no-op; binding
   * another one throws (FORBIDDEN) — there is no way to change a request's tenant once it is set.
   */
  bindTenant(organizationId: string): void {
    this.assertMayBind(organizationId);
    this.tenantId = organizationId;
  }

  /** The request's EntityManager inside its tenant transaction (opened on first use). */
  async manager(): Promise<EntityManager> {
    if (!this.tenantId) throw new UnauthenticatedError();
    if (this.ended) throw new Error('This database transaction has already ended');
    if (!this.opening) {
      this.opening = this.open(this.tenantId);
    } else if (this.openedTenant !== this.tenantId) {
      // Opened by a viewer lookup that found no live session (e.g. a stale cookie on a sign-in): bind the tenant now.
      const tenant = this.tenantId;
      this.openedTenant = tenant;
      this.opening = this.opening.then(async (em) => {
        await this.runner!.query(`SELECT set_config('app.organization_id', $1, true)`, [tenant]);
        return em;
      });
    }
    return this.opening;
  }

  /**
   * Opens the transaction with the viewer lookup in the same round trip: BEGIN, `auth_find_viewer` and the tenant
   * setting taken from its answer, sent as one simple-protocol query. For requests that will write anyway (mutations),
   * this saves the separate lookup. Returns the lookup's row (none for a dead session: the transaction then carries no
   * tenant until one is bound). `tokenHash` is a checked SHA-256 hex digest, so inlining it is safe.
   */
  async openWithViewer<T>(tokenHash: string): Promise<T | null> {
    if (!SHA256_HEX.test(tokenHash)) throw new Error('not a token hash');
    if (this.opening || this.ended) throw new Error('openWithViewer must open the request transaction');
    let found: T | null = null;
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    const opening = (async () => {
      const client = (await runner.connect()) as { query(sql: string): Promise<Array<{ rows: T[] }>> };
      await withStartTransaction(runner, async () => {
        const [, lookup] = await client.query(
          `START TRANSACTION; SELECT v.*, set_config('app.organization_id', v.organization_id::text, true) AS tenant FROM auth_find_viewer('${tokenHash}') v`,
        );
        found = lookup?.rows[0] ?? null;
      });
      return runner.manager;
    })();
    this.opening = opening;
    await opening;
    const row = found as (T & { organization_id?: string }) | null;
    this.openedTenant = row?.organization_id ?? null;
    return row;
  }

  /** Called by whoever will end the transaction (see `endIfUnclaimed`). */
  claim(): void {
    this.claimed = true;
  }

  /**
   * Rolls back a transaction nobody took on ending: one opened with the viewer lookup for a request that Apollo then
   * refused before running it (e.g. `variables` that are not an object). Otherwise its connection would never return
   * to the pool.
   */
  async endIfUnclaimed(): Promise<void> {
    if (!this.claimed) await this.finish(true);
  }

  /**
   * Runs `fn` with the request's EntityManager (typed repositories and query builders over the entities in
   * `@tandem/database`), inside the tenant transaction and queued behind sibling statements.
   */
  async run<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = await this.manager();
    const run = this.tail.then(() => fn(em));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs `fn` on a database of its own: a separate connection and transaction bound to `organizationId`, committed when
   * `fn` resolves and rolled back when it throws. The request's own tenant and transaction are not touched. This is the
   * only way to work in an organisation the request is not bound to (public-token operations; see public-context.ts).
   */
  async asPublic<T>(organizationId: string, fn: (db: RequestDb) => Promise<T>): Promise<T> {
    const db = new RequestDb(this.dataSource, organizationId, this.viewerChanges);
    let ok = false;
    try {
      const result = await fn(db);
      ok = true;
      return result;
    } finally {
      await db.finish(!ok);
    }
  }

  /** Runs outside the request transaction, in its own committed tenant transaction (e.g. audit of a failed login). */
  async isolated<T>(organizationId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.asPublic(organizationId, async (db) => fn(await db.manager()));
  }

  /** Calls a SECURITY DEFINER lookup that works before any tenant is known (sign-in, sessions, invitations). */
  async preTenantQuery<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, params) as Promise<T[]>;
  }

  private async open(organizationId: string): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    this.openedTenant = organizationId;
    await runner.connect();
    if (UUID.test(organizationId)) {
      // BEGIN and the tenant setting in one round trip. The id is a checked UUID, so inlining it is safe.
      const query = runner.query.bind(runner);
      await withStartTransaction(runner, () => query(`START TRANSACTION; SELECT set_config('app.organization_id', '${organizationId}', true)`));
    } else {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    }
    return runner.manager;
  }

  /**
   * Records an audit row to be written in this transaction, in the same round trip as its COMMIT: the change and its
   * record still commit or fail together (a failed insert aborts the commit), for one statement less per write.
   */
  async auditAtCommit(row: Omit<AuditRow, 'organizationId'>): Promise<void> {
    await this.manager();
    this.pendingAudit.push({ ...row, organizationId: this.tenantId! });
  }

  /**
   * Queues a write (SQL with positional parameters, written as literals) to be sent before the audit rows and the
   * COMMIT, in the same round trip. Like the audit rows, it commits or fails with the transaction; unlike a statement
   * sent now, whatever row locks it takes are held only for that round trip — for a write that every request of an
   * organisation contends on (the rollups and their revision token), the locks are no longer held while the rest of
   * the request runs. Later statements of the request do not see it.
   */
  async atCommit(sql: string, params: readonly unknown[]): Promise<void> {
    await this.manager();
    this.pendingWrites.push(withLiterals(sql, params));
  }

  /** Ends the transaction: commit unless `rollback`. Always releases the connection. */
  async finish(rollback: boolean): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    this.ended = true;
    if (!runner) return;
    try {
      if (this.opening) await this.opening.catch(() => undefined);
      const audit = this.pendingAudit;
      const writes = this.pendingWrites;
      this.pendingAudit = [];
      this.pendingWrites = [];
      if (runner.isTransactionActive) {
        if (rollback) await runner.rollbackTransaction();
        else if (audit.length === 0 && writes.length === 0 && !this.viewerChanges) await runner.commitTransaction();
        else await commitWithAudit(runner, writes, audit, this.viewerChanges);
      }
    } finally {
      await runner.release();
    }
  }
}

/** One audit_event row as `audit()` records it. */
export interface AuditRow {
  organizationId: string;
  actorId: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  summary: string;
  requestId: string;
}

/** Told which people (`<organisation id>:<person id>`, space-separated, or `*`) a committed transaction changed. */
export interface ViewerChangeSink {
  evict(keys: string): void;
}

const literal = (value: string | null): string => (value === null ? 'NULL' : escapeLiteral(value));
const VIEWER_CHANGES = `SELECT current_setting('app.viewer_changes', true) AS changes`;

/**
 * COMMIT preceded by the transaction's deferred writes and audit inserts, and by reading the people its writes changed
 * (for `sink`), as one simple-protocol query (values escaped as literals; a simple query cannot carry parameters). If a
 * write or an insert fails, Postgres skips the rest, COMMIT included: the transaction is rolled back and the error
 * thrown, as a failed COMMIT would.
 */
async function commitWithAudit(runner: QueryRunner, writes: string[], rows: AuditRow[], sink: ViewerChangeSink | null): Promise<void> {
  const inserts = rows.map((r) => `INSERT INTO audit_event (organization_id, actor_id, entity, entity_id, action, summary, request_id) VALUES (${[
    r.organizationId, r.actorId, r.entity, r.entityId, r.action, r.summary, r.requestId].map(literal).join(', ')})`);
  const text = [...writes, ...inserts, ...(sink ? [VIEWER_CHANGES] : []), 'COMMIT'].join('; ');
  // The driver's client itself: TypeORM's `query` keeps only a single result's rows.
  type Result = { rows: { changes?: string | null }[] };
  const client = (await runner.connect()) as { query(text: string): Promise<Result | Result[]> };
  const query = runner.query.bind(runner);
  runner.query = ((sql: string, ...rest: unknown[]) => sql === 'COMMIT'
    ? client.query(text).then((raw) => {
      const results = Array.isArray(raw) ? raw : [raw];
      const changes = sink ? results[results.length - 2]?.rows[0]?.changes : null;
      if (changes) sink!.evict(changes);
    }, (e: unknown) => {
      throw new QueryFailedError(text, undefined, e as Error);
    })
    : (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest)) as QueryRunner['query'];
  try {
    await runner.commitTransaction();
  } catch (e) {
    // The failed insert left the transaction aborted (the COMMIT after it never ran): end it before the connection
    // goes back to the pool.
    await runner.rollbackTransaction().catch(() => undefined);
    throw e;
  } finally {
    delete (runner as { query?: unknown }).query;
  }
}

/**
 * Runs TypeORM's own startTransaction (so it keeps its transaction state and COMMIT/ROLLBACK work as usual) with its
 * `START TRANSACTION` replaced by `send`, which sends BEGIN together with what must follow it in one round trip.
 */
async function withStartTransaction(runner: QueryRunner, send: () => Promise<unknown>): Promise<void> {
  const query = runner.query.bind(runner);
  runner.query = ((sql: string, ...rest: unknown[]) => sql === 'START TRANSACTION'
    ? send()
    : (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest)) as QueryRunner['query'];
  try {
    await runner.startTransaction();
  } finally {
    delete (runner as { query?: unknown }).query;
  }
}
