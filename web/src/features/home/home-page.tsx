import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingState, Skeleton } from '../../components/ui/spinner';
import { hasRole, useViewer } from '../auth/use-auth';
import { useDashboardFilters } from '../dashboard/dashboard-filters';
import { teamListFrom, usePrefetchDriftOverview } from '../dashboard/use-dashboard';
import { AdminHome } from './admin-home';
import { firstNameOf, greeting } from './home-cards';
import { useHomeOverview } from './use-home';
import './home.css';

// Homes with charts load on demand, so Recharts is not part of the first download.
const loadManagerHome = () => import('./manager-home');
const ManagerHome = lazy(() => loadManagerHome().then((m) => ({ default: m.ManagerHome })));
const SupervisorHome = lazy(() => import('./supervisor-home').then((m) => ({ default: m.SupervisorHome })));
const StaffHome = lazy(() => import('./staff-home').then((m) => ({ default: m.StaffHome })));

/**
 * Home is role-aware: a program manager lands on the drift dashboard; an administrator on the organisation overview; a
 * supervisor on their supervisees' trends and what is due; a peer specialist on their own trend and what is due.
 * With several roles, the widest view wins (manager, then admin, then supervisor).
 */
export function HomePage() {
  const viewer = useViewer();
  const manager = hasRole(viewer, 'PROGRAM_MANAGER');
  // A manager's home is the dashboard: its first request starts now, while the dashboard's code is still loading. The
  // cards below the dashboard are asked for once its first screen is in, so they do not compete with it.
  const { params, driftFilter } = useDashboardFilters();
  const { search, sort, measure } = teamListFrom(params);
  const list = useMemo(() => ({ search, sort, measure }), [search, sort, measure]);
  const firstScreenIn = usePrefetchDriftOverview(driftFilter, list, manager);
  const overview = useHomeOverview(!manager || firstScreenIn);
  // React shows a suspended boundary's content at most every 300 ms after its fallback; an ordinary update when the
  // dashboard's code arrives shows it (and starts its other requests) at once instead.
  const [, setDashboardCode] = useState(false);
  useEffect(() => {
    if (manager) void loadManagerHome().then(() => setDashboardCode(true));
  }, [manager]);
  const fallback = <LoadingState label="Opening your home page" />;

  if (manager) {
    return (
      <Suspense fallback={fallback}>
        <ManagerHome overview={overview.data} />
      </Suspense>
    );
  }
  if (overview.isPending) {
    return (
      <>
        <PageHeader title={`${greeting()}, ${firstNameOf(viewer.name)}`} />
        <div className="card">
          <Skeleton lines={4} label="Loading your overview" />
        </div>
      </>
    );
  }
  if (overview.isError) {
    return (
      <>
        <PageHeader title={`${greeting()}, ${firstNameOf(viewer.name)}`} />
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      </>
    );
  }
  return (
    <Suspense fallback={fallback}>
      {hasRole(viewer, 'ADMIN') ? (
        <AdminHome overview={overview.data} />
      ) : hasRole(viewer, 'SUPERVISOR') ? (
        <SupervisorHome overview={overview.data} />
      ) : (
        <StaffHome overview={overview.data} />
      )}
    </Suspense>
  );
}
