import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@tandem/shared';
import type { RequestContext } from './request-context';

export const ACCESS_KEY = 'tandem:access';

/** Who may call an operation. Every resolver method declares exactly one of these. */
export type Access = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not (sign-in, organisation sign-up, invitation acceptance). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);
/** Any signed-in person; rows are still scoped by role in the service. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies Access);
/** Only people holding one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies Access);

/** A GraphQL resolver's arguments are (parent, args, context, info). */
const GRAPHQL_CONTEXT_ARG = 2;

/** The resolver's request context, read from its place without building a GqlExecutionContext on every call. */
export const contextOf = (context: ExecutionContext): RequestContext => context.getArgByIndex<RequestContext>(GRAPHQL_CONTEXT_ARG);

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => contextOf(context));
