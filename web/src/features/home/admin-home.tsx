import { ROLE_LABELS } from '@tandem/shared';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { useViewer } from '../auth/use-auth';
import { AboutYouCard, AdminOnboardCard, firstNameOf, greeting, Stat, type HomeOverview } from './home-cards';
import { useHomeDriftKpis } from './use-home';
import { SetupGuide } from './setup-guide';
import './home.css';

/** The organisation at a glance for administrators: counts, drift headline figures and the admin tools. */
export function AdminHome({ overview }: { overview: HomeOverview }) {
  const viewer = useViewer();
  const kpis = useHomeDriftKpis();
  const k = kpis.data?.driftOverview.kpis;
  return (
    <div className="stack home">
      <PageHeader
        title={`${greeting()}, ${firstNameOf(viewer.name)}`}
        description={`${viewer.organization.name} · ${viewer.roles.map((r) => ROLE_LABELS[r]).join(', ')}`}
        actions={<ButtonLink to="/dashboard" variant="primary">Open the drift dashboard</ButtonLink>}
      />
      <SetupGuide organizationId={viewer.organization.id} />
      <section aria-labelledby="home-visible">
        <h2 id="home-visible" className="home__section-title">
          Your organisation
        </h2>
        <div className="grid-stats">
          <Stat label={overview.programs.length === 1 ? 'program' : 'programs'} value={overview.programs.length} to="/teams" />
          <Stat label={overview.teams.length === 1 ? 'team' : 'teams'} value={overview.teams.length} to="/teams" />
          <Stat label={overview.people.totalCount === 1 ? 'active person' : 'active people'} value={overview.people.totalCount} to="/people" />
          {k ? (
            <Stat
              label={k.teamsWithAlerts === 1 ? 'team with a drift alert' : 'teams with drift alerts'}
              value={k.teamsWithAlerts}
              to="/dashboard"
              detail={`${k.teamsOnWatch} more on watch`}
            />
          ) : null}
        </div>
      </section>
      <div className="grid-2">
        <AdminOnboardCard />
        <section className="card" aria-labelledby="home-admin-tools">
          <h2 id="home-admin-tools" className="card-title">
            Set up and look after
          </h2>
          <ul className="plain-list">
            <li><Link to="/teams">Teams and programs</Link> <span className="muted small">· structure and supervision policy</span></li>
            <li><Link to="/admin/instruments">Instruments</Link> <span className="muted small">· the fidelity checklist and its versions</span></li>
            <li><Link to="/settings">Organisation settings</Link></li>
            <li><Link to="/audit">Audit log</Link> <span className="muted small">· who changed what, and who read notes</span></li>
            <li><Link to="/dashboard">Drift dashboard</Link> <span className="muted small">· every team’s trends and signals</span></li>
          </ul>
        </section>
        <AboutYouCard overview={overview} />
      </div>
    </div>
  );
}
