import type { Role } from '@tandem/shared';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/spinner';
import { isApiError } from '../../lib/graphql-client';
import { AppShell } from '../shell/app-shell';
import { hasRole, useMe, useViewer, ViewerContext } from './use-auth';

/** Everything behind sign-in: loads the person once, then renders the app shell around the page. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState label="Opening Tandem" />;
  if (me.isError) {
    if (isApiError(me.error, 'UNAUTHENTICATED')) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <main id="main" className="shell__main">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  return (
    <ViewerContext.Provider value={me.data.me}>
      <AppShell viewer={me.data.me}>
        <Outlet />
      </AppShell>
    </ViewerContext.Provider>
  );
}

/** A page for some roles only; others see a calm explanation rather than an error. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const viewer = useViewer();
  if (!hasRole(viewer, ...roles)) {
    return (
      <ErrorState
        title="This page isn’t part of your role"
        error={new Error('Ask an administrator if you think you should have access.')}
      />
    );
  }
  return <>{children}</>;
}
