import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { MINUTE_MS, type Role } from '@tandem/shared';
import type {
  AcceptInvitationInput, CreateOrganizationInput, LoginInput, MeQuery, RequestPasswordResetInput, ResetPasswordInput,
} from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  AcceptInvitationMutationDocument, CreateOrganizationMutationDocument, InvitationQueryDocument, LoginMutationDocument,
  LogoutMutationDocument, MeQueryDocument, PasswordResetQueryDocument, RequestPasswordResetMutationDocument,
  ResetPasswordMutationDocument,
} from './auth.graphql';

export type Viewer = MeQuery['me'];

export const authKeys = {
  me: ['me'] as const,
  invitation: (token: string) => ['invitation', token] as const,
  passwordReset: (token: string) => ['password-reset', token] as const,
};

/** The signed-in person; fails with UNAUTHENTICATED when there is no session (RequireAuth handles that). */
export function useMe() {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: () => request(MeQueryDocument),
    meta: { authRedirect: false },
    staleTime: 5 * MINUTE_MS,
  });
}

/** Provided by RequireAuth once the person is loaded; it outlives a cache reset while pages unmount. */
export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in person inside the app shell. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is only available below <RequireAuth>');
  return viewer;
}

export function hasRole(viewer: Pick<Viewer, 'roles'>, ...roles: Role[]): boolean {
  return viewer.roles.some((r) => roles.includes(r));
}

/** A program manager limited to some programs (rather than the whole organisation). */
export function isScopedManager(viewer: Pick<Viewer, 'roles' | 'roleGrants'>): boolean {
  return !hasRole(viewer, 'ADMIN') && viewer.roleGrants.some((g) => g.role === 'PROGRAM_MANAGER' && g.programId !== null)
    && !viewer.roleGrants.some((g) => g.role === 'PROGRAM_MANAGER' && g.programId === null);
}

/** After any sign-in: drop everything cached for a previous person before loading the new one. */
function useFreshSession() {
  const queryClient = useQueryClient();
  return () => queryClient.removeQueries();
}

export function useLogin() {
  const fresh = useFreshSession();
  return useMutation({
    mutationFn: (input: LoginInput) => request(LoginMutationDocument, { input }),
    meta: { authRedirect: false },
    onSuccess: fresh,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(LogoutMutationDocument),
    meta: { authRedirect: false },
    onSettled: () => queryClient.removeQueries(),
  });
}

/** Sign-up answers the same for every address; the founder continues from the link in their message. */
export function useCreateOrganization() {
  return useMutation({
    mutationFn: (input: CreateOrganizationInput) => request(CreateOrganizationMutationDocument, { input }),
    meta: { authRedirect: false },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: RequestPasswordResetInput) => request(RequestPasswordResetMutationDocument, { input }),
    meta: { authRedirect: false },
  });
}

export function usePasswordReset(token: string) {
  return useQuery({
    queryKey: authKeys.passwordReset(token),
    queryFn: () => request(PasswordResetQueryDocument, { token }),
    meta: { authRedirect: false },
    staleTime: Infinity,
  });
}

/** Setting a new password ends every session of the person, this browser's included: start afresh. */
export function useResetPassword() {
  const fresh = useFreshSession();
  return useMutation({
    mutationFn: (input: ResetPasswordInput) => request(ResetPasswordMutationDocument, { input }),
    meta: { authRedirect: false },
    onSuccess: fresh,
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: authKeys.invitation(token),
    queryFn: () => request(InvitationQueryDocument, { token }),
    meta: { authRedirect: false },
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  const fresh = useFreshSession();
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) => request(AcceptInvitationMutationDocument, { input }),
    meta: { authRedirect: false },
    onSuccess: fresh,
  });
}

/** Only same-app paths are honoured as the place to return to after signing in. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}
