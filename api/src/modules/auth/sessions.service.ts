import { Inject, Injectable } from '@nestjs/common';
import { isRole, type Role } from '@tandem/shared';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { RequestDb } from '../../common/request-db';
import type { RequestContext, Viewer } from '../../common/request-context';
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
   * Resolves a bearer/cookie token into a viewer, binding the request to the viewer's organisation. One statement
   * (`auth_find_viewer`: session, person and grants), before any transaction is opened.
   */
  async authenticate(db: RequestDb, token: string): Promise<Viewer | null> {
    const [row] = await db.preTenantQuery<Omit<PersonRow, 'id'> & { person_id: string; session_id: string; grants: GrantRow[] }>(
      'SELECT * FROM auth_find_viewer($1)', [hashToken(token)],
    );
    if (!row) return null;
    db.bindTenant(row.organization_id);
    return row.active ? viewerOf({ ...row, id: row.person_id }, row.grants, row.session_id) : null;
  }

  async loadViewer(db: RequestDb, personId: string, sessionId: string): Promise<Viewer | null> {
    const [person] = await db.query<PersonRow>(
      'SELECT id, organization_id, name, email, active FROM person WHERE id = $1', [personId],
    );
    if (!person || !person.active) return null;
    const grants = await db.query<GrantRow>('SELECT role, program_id FROM role_grant WHERE person_id = $1', [personId]);
    return viewerOf(person, grants, sessionId);
  }

  /** Creates a session row in the request's transaction and sets the httpOnly cookie. Returns the bearer token. */
  async start(ctx: RequestContext, personId: string): Promise<{ token: string; sessionId: string }> {
    const token = newToken();
    const expiresAt = new Date(ctx.clock.nowMs() + this.config.sessionTtlMs);
    const [row] = await ctx.db.query<{ id: string }>(
      `INSERT INTO auth_session (organization_id, person_id, token_hash, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [ctx.db.organizationId, personId, hashToken(token), expiresAt],
    );
    ctx.res.cookie(SESSION_COOKIE, token, {
      // Max-Age, not Expires: the browser's clock is the wall clock even when TANDEM_NOW pins business time.
      httpOnly: true, sameSite: 'lax', secure: this.config.production, path: '/', maxAge: this.config.sessionTtlMs,
    });
    return { token, sessionId: row!.id };
  }

  async revoke(ctx: RequestContext, sessionId: string): Promise<void> {
    await ctx.db.query('UPDATE auth_session SET revoked_at = app_now() WHERE id = $1 AND revoked_at IS NULL', [sessionId]);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  async revokeAllFor(ctx: RequestContext, personId: string): Promise<number> {
    const rows = await ctx.db.query('UPDATE auth_session SET revoked_at = app_now() WHERE person_id = $1 AND revoked_at IS NULL RETURNING id', [personId]);
    return rows.length;
  }
}

interface PersonRow { id: string; organization_id: string; name: string; email: string; active: boolean }
interface GrantRow { role: string; program_id: string | null }

function viewerOf(person: PersonRow, grants: GrantRow[], sessionId: string): Viewer {
  const roles = [...new Set(grants.map((g) => g.role).filter(isRole))] as Role[];
  const managerGrants = grants.filter((g) => g.role === 'PROGRAM_MANAGER');
  const managedProgramIds = managerGrants.length === 0 || managerGrants.some((g) => g.program_id === null)
    ? null
    : managerGrants.map((g) => g.program_id as string);
  return {
    personId: person.id, organizationId: person.organization_id, sessionId, name: person.name, email: person.email,
    roles, managedProgramIds,
  };
}
