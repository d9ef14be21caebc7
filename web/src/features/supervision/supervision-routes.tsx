import type { RouteObject } from 'react-router-dom';
import { LoadingState } from '../../components/ui/spinner';
import { RequireRole } from '../auth/require-auth';

const fallback = <LoadingState label="Opening supervision" />;

/** Supervision pages, loaded on demand: the calendar, a session, compliance, and the admin policy and lexicon. */
export const supervisionRoutes: RouteObject[] = [
  {
    path: 'supervision',
    hydrateFallbackElement: fallback,
    lazy: async () => {
      const { SupervisionPage } = await import('./supervision-page');
      return { element: <SupervisionPage /> };
    },
  },
  {
    path: 'supervision/week',
    hydrateFallbackElement: fallback,
    lazy: async () => {
      const { WeekPage } = await import('./week-page');
      return {
        element: (
          <RequireRole roles={['SUPERVISOR']}>
            <WeekPage />
          </RequireRole>
        ),
      };
    },
  },
  {
    path: 'supervision/occurrences/:occurrenceId',
    hydrateFallbackElement: fallback,
    lazy: async () => {
      const { OccurrencePage } = await import('./occurrence-page');
      return { element: <OccurrencePage /> };
    },
  },
  {
    path: 'supervision/compliance',
    hydrateFallbackElement: fallback,
    lazy: async () => {
      const { CompliancePage } = await import('./compliance-page');
      return {
        element: (
          <RequireRole roles={['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR']}>
            <CompliancePage />
          </RequireRole>
        ),
      };
    },
  },
  {
    path: 'admin/supervision-policy',
    hydrateFallbackElement: fallback,
    lazy: async () => {
      const { PolicyPage } = await import('./policy-page');
      return {
        element: (
          <RequireRole roles={['ADMIN']}>
            <PolicyPage />
          </RequireRole>
        ),
      };
    },
  },
  {
    path: 'admin/lexicon',
    hydrateFallbackElement: fallback,
    lazy: async () => {
      const { LexiconPage } = await import('./lexicon-page');
      return {
        element: (
          <RequireRole roles={['ADMIN']}>
            <LexiconPage />
          </RequireRole>
        ),
      };
    },
  },
];
