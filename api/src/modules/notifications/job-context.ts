import { randomUUID } from 'node:crypto';
import type { Clock } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import { createLoaders } from '../../common/loaders';
import type { RequestContext } from '../../common/request-context';
import { RequestDb } from '../../common/request-db';

/** Organisation ids for a job that walks every tenant (ids only, through a narrow SECURITY DEFINER function). */
export async function jobOrganizations(dataSource: DataSource): Promise<string[]> {
  const rows = await new RequestDb(dataSource).preTenantQuery<{ id: string }>(`SELECT id FROM notification_job_organizations()`, []);
  return rows.map((r) => r.id);
}

/**
 * Runs `fn` for one organisation as a background job: its own transaction bound to that tenant (row-level security
 * applies as in a request), the business clock, no viewer and no HTTP request. Commits when `fn` resolves.
 */
export function inJobContext<T>(dataSource: DataSource, clock: Clock, organizationId: string, job: string, fn: (ctx: RequestContext) => Promise<T>): Promise<T> {
  return new RequestDb(dataSource).asPublic(organizationId, async (db) => {
    const ctx = {
      requestId: `job:${job}:${randomUUID()}`, ip: '', viewer: null, clock, db, memo: new Map(), auditCount: 0,
    } as Omit<RequestContext, 'loaders' | 'req' | 'res'> as RequestContext;
    ctx.loaders = createLoaders(db, () => null);
    return fn(ctx);
  });
}
