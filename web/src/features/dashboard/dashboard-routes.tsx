import type { RouteObject } from 'react-router-dom';
import { LoadingState } from '../../components/ui/spinner';
import { RequireRole } from '../auth/require-auth';

const fallback = <LoadingState label="Opening the dashboard" />;

/**
 * The drift dashboard's pages, loaded on demand so Recharts stays out of the first download. Managers also get the
 * dashboard as their home page (features/home).
 */
export const dashboardRoutes: RouteObject[] = [
  {
    path: 'dashboard',
    hydrateFallbackElement: fallback,
    lazy: async () => {
      const { DashboardPage } = await import('./dashboard-page');
      return {
        element: (
          <RequireRole roles={['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR']}>
            <DashboardPage />
          </RequireRole>
        ),
      };
    },
  },
  {
    path: 'dashboard/teams/:teamId',
    hydrateFallbackElement: fallback,
    lazy: async () => {
      const { TeamDriftPage } = await import('./team-drift-page');
      return {
        element: (
          <RequireRole roles={['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR']}>
            <TeamDriftPage />
          </RequireRole>
        ),
      };
    },
  },
  {
    // A person's own trend: the person and their supervisor (the API says no to anyone else, and the page explains).
    path: 'dashboard/people/:personId',
    hydrateFallbackElement: fallback,
    lazy: async () => {
      const { PersonDriftPage } = await import('./person-drift-page');
      return { element: <PersonDriftPage /> };
    },
  },
];
