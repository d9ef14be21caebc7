import { Inject, Injectable } from '@nestjs/common';
import { PersonEntity, RoleGrantEntity } from '@tandem/database';
import { isRole, type Role } from '@tandem/shared';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { GrantRecord } from '../../common/loaders';
import type { RequestDb, ViewerChangeSink } from '../../common/request-db';
import type { RequestContext, Viewer } from '../../common/request-context';
import { insertSession, revokeSession, revokeSessions } from './auth.repository';
import { hashToken, newToken } from './tokens';
import { ViewerCache, type FoundViewer } from './viewer-cache';

export const SESSION_COOKIE = 'tandem_session';

/**
 * Server-side sessions: a request's viewer is the session's person and role grants as the database has them, looked up
 * by `auth_find_viewer` or taken from the ViewerCache, which drops them as soon as any of it changes (see there).
 */
@Injectable()
export class SessionsService {
  /**
   * What each looked-up row means (the viewer, the grants in the loader's order), worked out once per row: the cache
   * hands the same row to every request of a session. Frozen, since every such request shares them.
   */
  private readonly meanings = new WeakMap<FoundViewer, { viewer: Viewer; grants: GrantRecord[] }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, private readonly cache: ViewerCache) {}

  /** For the request's RequestDb: who to tell which people a COMMIT changed (null while the cache is off). */
  get viewerChanges(): ViewerChangeSink | null {
    return this.cache.sink;
  }

  tokenFromRequest(ctx: Pick<RequestContext, 'req'>): string | null {
    const header = ctx.req.headers.authorization;
    if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
    const cookies = (ctx.req as { cookies?: Record<string, string> }).cookies;
    return cookies?.[SESSION_COOKIE] ?? null;
  }

  /**
   * Resolves a bearer/cookie token into the viewer and their person row, binding the request to the viewer's
   * organisation. The viewer comes from the ViewerCache when it holds the token (no statement at all: the session's
   * expiry is checked against `nowMs`, the business clock), else from one statement (`auth_find_viewer`: session,
   * person and grants). A session revoked or expired, a person deactivated or changed, or a grant changed counts from
   * the very next request in the process that made the change, and within milliseconds in every other one (the
   * database's change notices). With `openTransaction` (a request that will write) a lookup also opens the request's
   * transaction with its tenant setting, in the same round trip; otherwise it runs before any transaction, which opens
   * on first use (with the tenant bound here).
   */
  async authenticate(db: RequestDb, token: string, nowMs: number, opts: { openTransaction?: boolean } = {}): Promise<Authenticated | null> {
    const hash = hashToken(token);
    let row = this.cache.get(hash, nowMs);
    if (!row) {
      const ticket = this.cache.ticket();
      row = opts.openTransaction
        ? await db.openWithViewer<FoundViewer>(hash) ?? undefined
        : (await db.preTenantQuery<FoundViewer>('SELECT * FROM auth_find_viewer($1)', [hash]))[0];
      if (!row) return null;
      this.cache.set(hash, row, ticket);
    }
    db.bindTenant(row.organization_id);
    if (!row.active) return null;
    // The person is the request's own: a loader hands it to the request's resolvers, which may change it.
    const person = Object.assign(new PersonEntity(), {
      id: row.person_id, organizationId: row.organization_id, name: row.name, email: row.email, passwordHash: row.password_hash,
      jobTitle: row.job_title, livedExperience: row.lived_experience, startedOn: row.started_on, active: row.active,
      createdAt: row.created_at, updatedAt: row.updated_at,
    } satisfies { [K in keyof PersonEntity]: PersonEntity[K] });
    let meaning = this.meanings.get(row);
    if (!meaning) {
      meaning = meaningOf(row);
      this.meanings.set(row, meaning);
    }
    return { viewer: meaning.viewer, person, grants: meaning.grants };
  }

  /** The viewer a fresh session stands for (after sign-in), read in the request's transaction; null when inactive. */
  async loadViewer(db: RequestDb, personId: string, sessionId: string): Promise<Viewer | null> {
    return db.run(async (em) => {
      const person = await em.getRepository(PersonEntity).findOne({ where: { id: personId }, select: ['id', 'organizationId', 'name', 'email', 'active'] });
      if (!person?.active) return null;
      const grants = await em.getRepository(RoleGrantEntity).find({ where: { personId }, select: ['role', 'programId'] });
      return viewerOf(person, grants, sessionId);
    });
  }

  /** Creates a session row in the request's transaction and sets the httpOnly cookie. Returns the bearer token. */
  async start(ctx: RequestContext, personId: string): Promise<{ token: string; sessionId: string }> {
    const token = newToken();
    const expiresAt = new Date(ctx.clock.nowMs() + this.config.sessionTtlMs);
    const sessionId = await ctx.db.run((em) => insertSession(em, { organizationId: ctx.db.organizationId!, personId, tokenHash: hashToken(token), expiresAt }));
    ctx.res.cookie(SESSION_COOKIE, token, {
      // Max-Age, not Expires: the browser's clock is the wall clock even when TANDEM_NOW pins business time.
      httpOnly: true, sameSite: 'lax', secure: this.config.secureTransport, path: '/', maxAge: this.config.sessionTtlMs,
    });
    return { token, sessionId };
  }

  async revoke(ctx: RequestContext, sessionId: string): Promise<void> {
    await ctx.db.run((em) => revokeSession(em, sessionId));
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  async revokeAllFor(ctx: RequestContext, personId: string): Promise<number> {
    return ctx.db.run((em) => revokeSessions(em, personId));
  }
}

export interface Authenticated {
  viewer: Viewer;
  /** The viewer's own person row and role grants as of this request's lookup. */
  person: PersonEntity;
  grants: GrantRecord[];
}
/** A found row's viewer and grants, frozen (shared by every request of the session while the row is cached). */
function meaningOf(row: FoundViewer): { viewer: Viewer; grants: GrantRecord[] } {
  // In the loader's order (by role), as the loader would have read them.
  const grants = row.grants.map((g) => Object.freeze({ personId: row.person_id, role: g.role as Role, programId: g.program_id }))
    .sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
  const viewer = viewerOf({ id: row.person_id, organizationId: row.organization_id, name: row.name, email: row.email }, grants, row.session_id);
  Object.freeze(viewer.roles);
  if (viewer.managedProgramIds) Object.freeze(viewer.managedProgramIds);
  return { viewer: Object.freeze(viewer), grants: Object.freeze(grants) as GrantRecord[] };
}

function viewerOf(person: Pick<PersonEntity, 'id' | 'organizationId' | 'name' | 'email'>, grants: Pick<GrantRecord, 'role' | 'programId'>[], sessionId: string): Viewer {
  const roles = [...new Set(grants.map((g) => g.role).filter(isRole))] as Role[];
  const managerGrants = grants.filter((g) => g.role === 'PROGRAM_MANAGER');
  const managedProgramIds = managerGrants.length === 0 || managerGrants.some((g) => g.programId === null)
    ? null
    : managerGrants.map((g) => g.programId as string);
  return {
    personId: person.id, organizationId: person.organizationId, sessionId, name: person.name, email: person.email,
    roles, managedProgramIds,
  };
}
