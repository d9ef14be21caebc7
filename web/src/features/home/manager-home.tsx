import { useViewer, hasRole } from '../auth/use-auth';
import { DashboardPage } from '../dashboard/dashboard-page';
import { AboutYouCard, AdminOnboardCard, firstNameOf, greeting, ProgramsCard, SuperviseesListCard, type HomeOverview } from './home-cards';
import './home.css';

/** A program manager's home is the drift dashboard, greeting them, with who they are and what they oversee below. */
export function ManagerHome({ overview }: { overview: HomeOverview | undefined }) {
  const viewer = useViewer();
  return (
    <div className="stack home">
      <DashboardPage
        title={`${greeting()}, ${firstNameOf(viewer.name)}`}
        description="How mutual practice is holding up across your teams, and where a conversation may help. Data for reflection, not blame."
      />
      {overview ? (
        <div className="grid-2 home__footer">
          <ProgramsCard overview={overview} />
          {hasRole(viewer, 'SUPERVISOR') ? <SuperviseesListCard overview={overview} /> : null}
          {hasRole(viewer, 'ADMIN') ? <AdminOnboardCard /> : null}
          <AboutYouCard overview={overview} />
        </div>
      ) : null}
    </div>
  );
}
