import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, contextOf, type Access } from './auth.decorators';
import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * Enforces each operation's declared access. An operation that declares nothing is refused, so a forgotten
 * decorator fails closed (and the authorization-matrix test notices).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  /** Each resolver's rule, read from its decorators once: they do not change while the app runs. */
  private readonly rules = new WeakMap<object, Access | null>();

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const handler = context.getHandler();
    let access = this.rules.get(handler);
    if (access === undefined) {
      access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [handler, context.getClass()]) ?? null;
      this.rules.set(handler, access);
    }
    if (!access) throw new ForbiddenError('This operation has no access rule');
    if (access.kind === 'public') return true;
    const ctx = contextOf(context);
    if (!ctx.viewer) throw new UnauthenticatedError();
    if (access.kind === 'roles' && !ctx.viewer.roles.some((r) => access.roles.includes(r))) throw new ForbiddenError();
    return true;
  }
}
