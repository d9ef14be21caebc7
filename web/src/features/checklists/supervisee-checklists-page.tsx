import { Link, useNavigate } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Badge } from '../../components/ui/badge';
import { Button, ButtonLink } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import type { ChecklistSummaryFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-client';
import { bandInfo, dueWording, formatChecklistIndex } from './checklist-wording';
import { DueChecklistsCard } from './due-checklists-card';
import { useChecklistList, useChecklistsDue, useChecklistSupervisees, useStartChecklist } from './use-checklists';
import './checklists.css';

function LastRating({ label, checklist }: { label: string; checklist: ChecklistSummaryFragment | undefined }) {
  const band = bandInfo(checklist?.band);
  return (
    <div className="supervisee-card__rating">
      <dt>{label}</dt>
      <dd>
        {checklist ? (
          <>
            <Link to={`/checklists/${checklist.id}`}>{formatDate(checklist.submittedAt)}</Link>
            {' · '}
            {checklist.mutualityIndex === null ? <span className="muted">no index</span> : formatChecklistIndex(checklist)}
            {band ? <> <Badge tone={band.tone}>{band.label}</Badge></> : null}
          </>
        ) : (
          <span className="muted">None yet</span>
        )}
      </dd>
    </div>
  );
}

function SuperviseeCard({ person, start }: {
  person: { id: string; name: string; jobTitle: string; team: { name: string } | null };
  start: ReturnType<typeof useStartChecklist>;
}) {
  const navigate = useNavigate();
  const recent = useChecklistList({ subjectId: person.id, status: 'SUBMITTED' }, 20);
  const due = useChecklistsDue(366);
  const mine = due.data?.find((d) => d.raterType === 'SUPERVISOR' && d.subjectId === person.id);
  const wording = mine ? dueWording(mine.status, mine.dueDate) : null;
  const lastSelf = recent.data?.items.find((c) => c.raterType === 'SELF');
  const lastObservation = recent.data?.items.find((c) => c.raterType === 'SUPERVISOR');
  const starting = start.isPending && start.variables?.subjectId === person.id;
  return (
    <li className="card supervisee-card">
      <div className="supervisee-card__head">
        <h2 className="card-title">{person.name}</h2>
        <span className="muted small">{[person.jobTitle, person.team?.name].filter(Boolean).join(' · ')}</span>
      </div>
      {wording && mine?.status !== 'UPCOMING' ? <Badge tone={wording.tone}>Observation rating: {wording.badge}</Badge> : null}
      {recent.isPending ? (
        <Skeleton lines={2} label={`Loading ratings of ${person.name}`} />
      ) : recent.isError ? (
        <p className="muted small">{errorMessage(recent.error)}</p>
      ) : (
        <dl className="supervisee-card__ratings">
          <LastRating label="Their last self-assessment" checklist={lastSelf} />
          <LastRating label="Your last observation rating" checklist={lastObservation} />
        </dl>
      )}
      <div className="form-actions">
        {mine?.draftId ? (
          <ButtonLink variant="primary" to={`/checklists/${mine.draftId}`}>
            Resume your rating<span className="visually-hidden"> of {person.name}</span>
          </ButtonLink>
        ) : (
          <Button
            variant="primary"
            loading={starting}
            onClick={() => start.mutate({ raterType: 'SUPERVISOR', subjectId: person.id }, { onSuccess: (c) => navigate(`/checklists/${c.id}`) })}
          >
            Start an observation rating<span className="visually-hidden"> of {person.name}</span>
          </Button>
        )}
      </div>
    </li>
  );
}

/** A supervisor's view: observation ratings due, and each supervisee's latest self-assessment and rating. */
export function SuperviseeChecklistsPage() {
  const supervisees = useChecklistSupervisees();
  const start = useStartChecklist();
  return (
    <>
      <PageHeader
        title="Supervisee ratings"
        description="Observation ratings of your supervisees’ practice, beside their own self-assessments. Rater types are never pooled."
      />
      <div className="stack">
        <DueChecklistsCard title="Observation ratings due" withinDays={30} raterTypes={['SUPERVISOR']} emptyText="No observation ratings due in the next 30 days." />
        {start.isError ? (
          <Alert tone="danger" title="Couldn’t start the rating">
            {errorMessage(start.error)}
          </Alert>
        ) : null}
        {supervisees.isPending ? (
          <div className="card">
            <Skeleton lines={4} label="Loading your supervisees" />
          </div>
        ) : supervisees.isError ? (
          <ErrorState error={supervisees.error} onRetry={() => void supervisees.refetch()} />
        ) : supervisees.data.length === 0 ? (
          <EmptyState title="You don’t supervise anyone yet">An administrator assigns supervisors on each person’s page.</EmptyState>
        ) : (
          <ul className="supervisee-grid" aria-label="Supervisees">
            {supervisees.data.map((p) => (
              <SuperviseeCard key={p.id} person={p} start={start} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
