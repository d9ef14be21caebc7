import type { RequestContext } from './request-context';

export interface AuditEntry {
  entity: string;
  entityId?: string | null;
  action: string;
  /** Before/after summary: ids and changed fields only, never passwords or tokens. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  extra?: Record<string, unknown>;
}

/**
 * Writes an audit row in the request's own transaction, so the change and its record commit or fail together. The
 * row goes to the database with the transaction's COMMIT (one round trip less per write, see RequestDb.auditAtCommit).
 */
export async function audit(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const summary: Record<string, unknown> = { ...(entry.extra ?? {}) };
  if (entry.before !== undefined) summary.before = entry.before;
  if (entry.after !== undefined) summary.after = entry.after;
  await ctx.db.auditAtCommit({
    actorId: ctx.viewer?.personId ?? null, entity: entry.entity, entityId: entry.entityId ?? null, action: entry.action,
    summary: JSON.stringify(summary), requestId: ctx.requestId,
  });
  ctx.auditCount += 1;
}

/** The fields that differ between two snapshots, as { field: [before, after] }. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = [before[key], after[key]];
  }
  return out;
}
