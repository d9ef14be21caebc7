import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button, ButtonLink } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { errorMessage } from '../../lib/graphql-client';
import { hasRole, useViewer } from '../auth/use-auth';
import { AskFeedbackCard } from './ask-feedback-card';
import { ChecklistHistory, DraftsCard } from './checklist-lists';
import { DueChecklistsCard } from './due-checklists-card';
import { OwnTrend } from './own-trend';
import { useStartChecklist } from './use-checklists';
import './checklists.css';

/** A peer specialist's checklists: what is due, drafts, feedback from people they support, their trend and history. */
export function MyChecklistsPage() {
  const viewer = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const start = useStartChecklist();
  const staff = hasRole(viewer, 'STAFF');

  // "Ask for feedback" links here with #ask-feedback.
  useEffect(() => {
    if (location.hash !== '#ask-feedback') return;
    const target = document.getElementById('ask-feedback');
    target?.scrollIntoView?.({ block: 'start' });
    target?.focus();
  }, [location.hash]);

  const startSelf = () =>
    start.mutate({ raterType: 'SELF', subjectId: viewer.id }, { onSuccess: (c) => navigate(`/checklists/${c.id}`) });

  return (
    <>
      <PageHeader
        title="My checklists"
        description="Self-assessments and feedback from the people you support — data for reflection, not blame."
        actions={
          staff ? (
            <>
              <Button onClick={startSelf} loading={start.isPending}>
                Start a self-assessment
              </Button>
              {hasRole(viewer, 'SUPERVISOR') ? <ButtonLink to="/checklists/supervisees">Supervisee ratings</ButtonLink> : null}
            </>
          ) : null
        }
      />
      {start.isError ? (
        <div className="page-alert">
          <Alert tone="danger" title="Couldn’t start the self-assessment">
            {errorMessage(start.error)}
          </Alert>
        </div>
      ) : null}
      {staff ? (
        <div className="stack">
          <div className="grid-2">
            <DueChecklistsCard
              title="Due for you"
              withinDays={30}
              raterTypes={['SELF', 'PERSON_SERVED']}
              emptyText="Nothing due in the next 30 days. You can start a self-assessment whenever it would help."
            />
            <section className="card" aria-labelledby="own-trend-title">
              <h2 id="own-trend-title" className="card-title">
                Your trend
              </h2>
              <OwnTrend personId={viewer.id} />
            </section>
          </div>
          <DraftsCard />
          <AskFeedbackCard subjectId={viewer.id} />
          <section className="card" aria-labelledby="history-title">
            <h2 id="history-title" className="card-title">
              Submitted
            </h2>
            <ChecklistHistory subjectId={viewer.id} />
          </section>
        </div>
      ) : (
        <div className="stack">
          <DraftsCard />
          <Alert tone="info" title="Self-assessments are for peer specialists">
            {hasRole(viewer, 'SUPERVISOR') ? (
              <>Your observation ratings of supervisees are under <Link to="/checklists/supervisees">Supervisee ratings</Link>.</>
            ) : 'Nothing to fill in here for your role.'}
          </Alert>
        </div>
      )}
    </>
  );
}
