import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { UnauthenticatedError } from './errors';

/**
 * One database transaction per GraphQL request on one pooled connection. The tenant is set with
 * `set_config('app.organization_id', …, true)` as the first statement, so it is transaction-local and can never leak
 * into another request that reuses the connection. Row-level security then scopes every query.
 */
export class RequestDb {
  private runner: QueryRunner | null = null;
  private opening: Promise<EntityManager> | null = null;
  private tenantId: string | null = null;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  get organizationId(): string | null {
    return this.tenantId;
  }

  /**
   * Binds the request to a tenant. Switching tenant (signing in to another account while a session cookie from a
   * different organisation is still present) first commits and releases the old transaction, so nothing is shared.
   */
  async setTenant(organizationId: string): Promise<void> {
    if (this.tenantId === organizationId) return;
    if (this.tenantId) {
      await this.finish(false);
      this.opening = null;
    }
    this.tenantId = organizationId;
  }

  /** The request's EntityManager inside its tenant transaction (opened on first use). */
  async manager(): Promise<EntityManager> {
    if (!this.tenantId) throw new UnauthenticatedError();
    if (!this.opening) this.opening = this.open(this.tenantId);
    return this.opening;
  }

  /** Runs SQL in the request transaction and returns the rows (also for UPDATE/DELETE … RETURNING). */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    await this.manager();
    // One connection serves the whole request; sibling resolvers queue here instead of overlapping on the client.
    const run = this.tail.then(() => this.runner!.query(sql, params, true));
    this.tail = run.catch(() => undefined);
    const result = await run;
    return result.records as T[];
  }

  /** Runs outside the request transaction, in its own committed tenant transaction (e.g. audit of a failed login). */
  async isolated<T>(organizationId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
      return fn(em);
    });
  }

  /** Calls a SECURITY DEFINER lookup that works before any tenant is known (sign-in, sessions, invitations). */
  async preTenantQuery<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, params) as Promise<T[]>;
  }

  private async open(organizationId: string): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    await runner.connect();
    await runner.startTransaction();
    await runner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    return runner.manager;
  }

  /** Ends the transaction: commit unless `rollback`. Always releases the connection. */
  async finish(rollback: boolean): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    if (!runner) return;
    try {
      if (this.opening) await this.opening.catch(() => undefined);
      if (runner.isTransactionActive) {
        if (rollback) await runner.rollbackTransaction();
        else await runner.commitTransaction();
      }
    } finally {
      await runner.release();
    }
  }
}
