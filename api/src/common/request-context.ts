import type { Request, Response } from 'express';
import type { Clock, Role } from '@tandem/shared';
import type { RequestDb } from './request-db';
import type { Loaders } from './loaders';

/** The signed-in person as the API sees them for one request. */
export interface Viewer {
  personId: string;
  organizationId: string;
  sessionId: string;
  name: string;
  email: string;
  roles: Role[];
  /** Programs a PROGRAM_MANAGER grant is limited to; `null` = every program of the organisation. */
  managedProgramIds: string[] | null;
}

/** Everything a service needs for one request: who, which tenant, the request's transaction, loaders. */
export interface RequestContext {
  requestId: string;
  ip: string;
  /** Setting a viewer binds the request to their organisation; one of another organisation than the bound one is refused. */
  viewer: Viewer | null;
  /** The one business clock (pinned by TANDEM_NOW); never read Date.now() / new Date() for business time. */
  clock: Clock;
  db: RequestDb;
  loaders: Loaders;
  req: Request;
  res: Response;
  /** Per-request memo for derived values (e.g. a checklist's scores used by several fields). */
  memo: Map<string, unknown>;
  /** Audit rows written in this request (a successful mutation must write at least one). */
  auditCount: number;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer && viewer.roles.some((r) => roles.includes(r));
}
