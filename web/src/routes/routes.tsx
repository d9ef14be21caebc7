import type { RouteObject } from 'react-router-dom';
import { ActionsPage } from '../features/actions/actions-page';
import { AuditLogPage } from '../features/audit/audit-log-page';
import { AcceptInvitationPage } from '../features/auth/accept-invitation-page';
import { CreateOrganizationPage } from '../features/auth/create-organization-page';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { RequireAuth, RequireRole } from '../features/auth/require-auth';
import { dashboardRoutes } from '../features/dashboard/dashboard-routes';
import { supervisionRoutes } from '../features/supervision/supervision-routes';
import { SignInPage } from '../features/auth/sign-in-page';
import { AmendChecklistPage } from '../features/checklists/amend-checklist-page';
import { ChecklistPage } from '../features/checklists/checklist-page';
import { HandOverPage } from '../features/checklists/hand-over-page';
import { MyChecklistsPage } from '../features/checklists/my-checklists-page';
import { SuperviseeChecklistsPage } from '../features/checklists/supervisee-checklists-page';
import { RouteErrorPage } from '../features/errors/error-boundary';
import { NotFoundPage } from '../features/errors/not-found-page';
import { FeedbackPage } from '../features/feedback/feedback-page';
import { HomePage } from '../features/home/home-page';
import { InstrumentEditorPage } from '../features/instruments/instrument-editor-page';
import { InstrumentsPage } from '../features/instruments/instruments-page';
import { InboxPage } from '../features/notifications/inbox-page';
import { NotificationPreferencesPage } from '../features/notifications/preferences-page';
import { OutboxPage } from '../features/outbox/outbox-page';
import { PeoplePage } from '../features/people/people-page';
import { PersonDetailPage } from '../features/people/person-detail-page';
import { SuperviseesPage } from '../features/people/supervisees-page';
import { ProfilePage } from '../features/profile/profile-page';
import { RosterImportPage } from '../features/roster/roster-import-page';
import { OrganizationSettingsPage } from '../features/settings/organization-settings-page';
import { TeamDetailPage } from '../features/teams/team-detail-page';
import { TeamsPage } from '../features/teams/teams-page';

/** Paths anyone may open without a session. */
export const PUBLIC_PATHS = ['/sign-in', '/create-organization', '/invite/', '/feedback/', '/forgot-password', '/reset-password/'];

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/create-organization', element: <CreateOrganizationPage /> },
      { path: '/invite/:token', element: <AcceptInvitationPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password/:token', element: <ResetPasswordPage /> },
      // Person-served form: the public one-time link, and the hand-the-tablet mode (signed in, but no app shell).
      { path: '/feedback/:token', element: <FeedbackPage /> },
      { path: '/checklists/:id/hand-over', element: <HandOverPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          ...dashboardRoutes,
          ...supervisionRoutes,
          { path: 'people', element: <PeoplePage /> },
          {
            path: 'people/import',
            element: (
              <RequireRole roles={['ADMIN']}>
                <RosterImportPage />
              </RequireRole>
            ),
          },
          { path: 'people/:id', element: <PersonDetailPage /> },
          { path: 'supervisees', element: <SuperviseesPage /> },
          { path: 'teams', element: <TeamsPage /> },
          { path: 'teams/:id', element: <TeamDetailPage /> },
          {
            path: 'actions',
            element: (
              <RequireRole roles={['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR']}>
                <ActionsPage />
              </RequireRole>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequireRole roles={['ADMIN']}>
                <AuditLogPage />
              </RequireRole>
            ),
          },
          {
            path: 'outbox',
            element: (
              <RequireRole roles={['ADMIN']}>
                <OutboxPage />
              </RequireRole>
            ),
          },
          {
            path: 'settings',
            element: (
              <RequireRole roles={['ADMIN']}>
                <OrganizationSettingsPage />
              </RequireRole>
            ),
          },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'notifications', element: <InboxPage /> },
          { path: 'notifications/preferences', element: <NotificationPreferencesPage /> },
          { path: 'checklists', element: <MyChecklistsPage /> },
          {
            path: 'checklists/supervisees',
            element: (
              <RequireRole roles={['SUPERVISOR']}>
                <SuperviseeChecklistsPage />
              </RequireRole>
            ),
          },
          { path: 'checklists/:id', element: <ChecklistPage /> },
          { path: 'checklists/:id/amend', element: <AmendChecklistPage /> },
          {
            path: 'admin/instruments',
            element: (
              <RequireRole roles={['ADMIN']}>
                <InstrumentsPage />
              </RequireRole>
            ),
          },
          {
            path: 'admin/instruments/:key',
            element: (
              <RequireRole roles={['ADMIN']}>
                <InstrumentEditorPage />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
