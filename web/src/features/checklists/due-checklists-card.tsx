import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Badge } from '../../components/ui/badge';
import { Button, ButtonLink } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { Skeleton } from '../../components/ui/spinner';
import type { ChecklistsDueQuery, RaterType } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-client';
import { useViewer } from '../auth/use-auth';
import { dueWording } from './checklist-wording';
import { useChecklistsDue, useStartChecklist } from './use-checklists';
import './checklists.css';

type Due = ChecklistsDueQuery['checklistsDue'][number];

export interface DueChecklistsCardProps {
  title?: string;
  /** Look this many days ahead (the API's default is 14). */
  withinDays?: number;
  /** Only these kinds (e.g. SELF and PERSON_SERVED on a staff page, SUPERVISOR on a supervisor's). */
  raterTypes?: RaterType[];
  /** Shown when nothing is due. */
  emptyText?: string;
}

function whatIsDue(d: Due, viewerId: string): string {
  switch (d.raterType) {
    case 'SELF':
      return 'Your self-assessment';
    case 'SUPERVISOR':
      return `Observation rating · ${d.subjectName}`;
    case 'PERSON_SERVED':
      return d.subjectId === viewerId ? 'Feedback from someone you support' : `Feedback about ${d.subjectName}`;
    default:
      return `${d.raterType} · ${d.subjectName}`;
  }
}

/**
 * Due, overdue and upcoming checklists (checklistsDue) with Start / Resume. Self-contained: usable on the role home
 * pages as well as on My checklists.
 */
export function DueChecklistsCard({ title = 'Due soon', withinDays = 14, raterTypes, emptyText }: DueChecklistsCardProps) {
  const headingId = useId();
  const viewer = useViewer();
  const due = useChecklistsDue(withinDays);
  const start = useStartChecklist();
  const navigate = useNavigate();

  const begin = (d: Due) =>
    start.mutate(
      { raterType: d.raterType, subjectId: d.subjectId, instrumentKey: d.instrumentKey },
      { onSuccess: (c) => navigate(d.raterType === 'PERSON_SERVED' ? `/checklists/${c.id}/hand-over` : `/checklists/${c.id}`) },
    );

  const items = due.data?.filter((d) => !raterTypes || raterTypes.includes(d.raterType)) ?? [];
  return (
    <section className="card due-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {title}
      </h2>
      {due.isPending ? (
        <Skeleton lines={2} label="Loading what is due" />
      ) : due.isError ? (
        <ErrorState error={due.error} onRetry={() => void due.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{emptyText ?? `Nothing due in the next ${withinDays} days.`}</p>
      ) : (
        <ul className="due-list">
          {items.map((d) => {
            const what = whatIsDue(d, viewer.id);
            const wording = dueWording(d.status, d.dueDate);
            const starting = start.isPending && start.variables?.subjectId === d.subjectId && start.variables.raterType === d.raterType;
            return (
              <li key={`${d.raterType}:${d.subjectId}`} className="due-item">
                <div className="due-item__text">
                  <p className="due-item__title">{what}</p>
                  <p className="due-item__meta">
                    <Badge tone={wording.tone}>{wording.badge}</Badge>
                    <span className="muted small">{d.lastSubmittedAt ? `Last one ${formatDate(d.lastSubmittedAt)}` : 'The first one'}</span>
                  </p>
                </div>
                <div className="due-item__actions">
                  {d.draftId ? (
                    <ButtonLink variant="primary" to={d.raterType === 'PERSON_SERVED' ? `/checklists/${d.draftId}/hand-over` : `/checklists/${d.draftId}`}>
                      Resume<span className="visually-hidden"> {what.toLowerCase()}</span>
                    </ButtonLink>
                  ) : d.raterType === 'PERSON_SERVED' ? (
                    <ButtonLink to="/checklists#ask-feedback">
                      Ask for feedback
                    </ButtonLink>
                  ) : (
                    <Button variant="primary" onClick={() => begin(d)} loading={starting}>
                      Start<span className="visually-hidden"> {what.toLowerCase()}</span>
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {start.isError ? (
        <Alert tone="danger" title="Couldn’t start the checklist">
          {errorMessage(start.error)}
        </Alert>
      ) : null}
    </section>
  );
}
