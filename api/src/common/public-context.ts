import { ForbiddenError } from './errors';
import { createLoaders } from './loaders';
import type { RequestContext } from './request-context';

/** The context of an operation reached by a public token: the request's id, clock and IP, but no viewer, ever. */
export type PublicContext = RequestContext & { readonly viewer: null };

/**
 * Runs an operation reached by a public token (a person-served feedback link, an invitation, a password-reset link)
 * in its own anonymous context: a separate connection and transaction bound to the token's organisation, its own
 * loaders and memo, and no viewer (assigning one throws). The request's context — its tenant, viewer and transaction —
 * is never touched, so a document that mixes a token field with signed-in fields cannot carry a signed-in viewer into
 * the token's organisation, nor the token's organisation into the viewer's fields. Commits when `fn` resolves, rolls
 * back when it throws. Return plain values only: nothing resolved later may reach back into the ended transaction.
 */
export function asPublic<T>(ctx: RequestContext, organizationId: string, fn: (pub: PublicContext) => Promise<T>): Promise<T> {
  return ctx.db.asPublic(organizationId, async (db) => {
    const pub = {
      requestId: ctx.requestId,
      ip: ctx.ip,
      clock: ctx.clock,
      db,
      req: ctx.req,
      res: ctx.res,
      memo: new Map(),
      auditCount: 0,
    } as Omit<PublicContext, 'viewer' | 'loaders'> as PublicContext;
    Object.defineProperty(pub, 'viewer', {
      enumerable: true,
      get: () => null,
      set: () => {
        throw new ForbiddenError('A link cannot sign anyone in to another organisation');
      },
    });
    pub.loaders = createLoaders(db, () => null);
    const result = await fn(pub);
    ctx.auditCount += pub.auditCount;
    return result;
  });
}
