import { Inject, Injectable } from '@nestjs/common';
import { PersonEntity, RoleGrantEntity } from '@tandem/database';
import { isRole, type Role } from '@tandem/shared';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { GrantRecord } from '../../common/loaders';
import type { RequestDb } from '../../common/request-db';
import type { RequestContext, Viewer } from '../../common/request-context';
import { insertSession, revokeSession, revokeSessions } from './auth.repository';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'tandem_session';

/**
 * Server-side sessions: every request re-reads the person and their role grants, so deactivation and role changes
 * take effect on the next request, and logout revokes the session row.
 */
@Injectable()
export class SessionsService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  tokenFromRequest(ctx: Pick<RequestContext, 'req'>): string | null {
    const header = ctx.req.headers.authorization;
    if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
    const cookies = (ctx.req as { cookies?: Record<string, string> }).cookies;
    return cookies?.[SESSION_COOKIE] ?? null;
  }

  /**
   * Resolves a bearer/cookie token into the viewer and their person row, binding the request to the viewer's
   * organisation. One statement (`auth_find_viewer`: session, person and grants) on every request, never cached, so a
   * revoked or expired session, a deactivated person or a changed grant counts from the very next request. With
   * `openTransaction` (a request that will write) the lookup also opens the request's transaction with its tenant
   * setting, in the same round trip; otherwise it runs before any transaction, which opens on first use.
   */
  async authenticate(db: RequestDb, token: string, opts: { openTransaction?: boolean } = {}): Promise<Authenticated | null> {
    const hash = hashToken(token);
    const row = opts.openTransaction
      ? await db.openWithViewer<FoundViewer>(hash)
      : (await db.preTenantQuery<FoundViewer>('SELECT * FROM auth_find_viewer($1)', [hash]))[0];
    if (!row) return null;
    db.bindTenant(row.organization_id);
    if (!row.active) return null;
    const person = Object.assign(new PersonEntity(), {
      id: row.person_id, organizationId: row.organization_id, name: row.name, email: row.email, passwordHash: row.password_hash,
      jobTitle: row.job_title, livedExperience: row.lived_experience, startedOn: row.started_on, active: row.active,
      createdAt: row.created_at, updatedAt: row.updated_at,
    } satisfies { [K in keyof PersonEntity]: PersonEntity[K] });
    // In the loader's order (by role), as the loader would have read them.
    const grants = row.grants.map((g) => ({ personId: row.person_id, role: g.role as Role, programId: g.program_id }))
      .sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
    return { viewer: viewerOf(person, grants, row.session_id), person, grants };
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

/** One row of the `auth_find_viewer` SQL function (not a table): the live session, its whole person row and grants. */
interface FoundViewer {
  session_id: string; person_id: string; organization_id: string; name: string; email: string; active: boolean;
  grants: { role: string; program_id: string | null }[]; job_title: string; lived_experience: boolean; started_on: string | null;
  password_hash: string | null; created_at: Date; updated_at: Date;
}

export interface Authenticated {
  viewer: Viewer;
  /** The viewer's own person row and role grants as of this request's lookup. */
  person: PersonEntity;
  grants: GrantRecord[];
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
