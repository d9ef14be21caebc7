import type { RaterType } from '@tandem/shared';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ButtonLink } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { formatDate } from '../../lib/format';
import { useViewer } from '../auth/use-auth';
import { parseDefinition } from './checklist-definition';
import { ChecklistResult } from './checklist-result';
import { checklistTitle, raterLabel } from './checklist-wording';
import { DraftChecklistForm } from './draft-checklist-form';
import { useChecklist, type ChecklistDetail } from './use-checklists';
import './checklists.css';

function Breadcrumb({ checklist, viewerId }: { checklist: ChecklistDetail; viewerId: string }) {
  const mine = checklist.subjectId === viewerId;
  return mine || checklist.raterType !== 'SUPERVISOR' ? <Link to="/checklists">My checklists</Link> : <Link to="/checklists/supervisees">Supervisee ratings</Link>;
}

function windowText(c: ChecklistDetail): string | null {
  return c.observationStart && c.observationEnd ? `looking back on ${formatDate(c.observationStart)} – ${formatDate(c.observationEnd)}` : null;
}

/** Loads a checklist and shows the form while it is a draft, the result once it is submitted. */
export function ChecklistPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const query = useChecklist(id);
  const def = useMemo(() => (query.data ? parseDefinition(query.data.instrumentVersion.definitionJson) : null), [query.data]);

  if (query.isPending) {
    return (
      <>
        <PageHeader title="Checklist" />
        <div className="card">
          <Skeleton lines={6} label="Loading the checklist" />
        </div>
      </>
    );
  }
  if (query.isError || !def) {
    return (
      <>
        <PageHeader title="Checklist" breadcrumb={<Link to="/checklists">My checklists</Link>} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const c = query.data;
  const raterType = c.raterType as RaterType;
  const viewerIsSubject = c.subjectId === viewer.id;
  const title = checklistTitle(raterType, c.subject.name, viewerIsSubject);
  const viewerIsRater = c.raterId === viewer.id;

  if (c.status === 'SUBMITTED') {
    const parts = [
      `Submitted ${formatDate(c.submittedAt)}`,
      windowText(c),
      // The title already says whose it is when you rated yourself.
      viewerIsRater && raterType === 'SELF' ? null : raterLabel(raterType, c.rater?.name, viewerIsRater),
    ].filter(Boolean);
    return (
      <>
        <PageHeader
          title={title}
          description={parts.join(' · ')}
          breadcrumb={<Breadcrumb checklist={c} viewerId={viewer.id} />}
          actions={
            viewerIsRater && raterType !== 'PERSON_SERVED' ? <ButtonLink to={`/checklists/${c.id}/amend`}>Change answers</ButtonLink> : null
          }
        />
        {raterType === 'PERSON_SERVED' && viewerIsSubject ? (
          <div className="card stack">
            <p>
              Thank you for asking. What the person you support said stays theirs: you don’t see their answers or the scores
              from one form. Their views show in your trend once three people have given feedback, pooled together.
            </p>
          </div>
        ) : (
          <ChecklistResult checklist={c} def={def} viewerId={viewer.id} />
        )}
      </>
    );
  }

  if (raterType === 'PERSON_SERVED') {
    return (
      <>
        <PageHeader title={title} breadcrumb={<Breadcrumb checklist={c} viewerId={viewer.id} />} />
        <div className="card stack">
          <p>This short form is for someone you support to fill in on this device. Staff navigation is hidden while they answer.</p>
          <div>
            <ButtonLink variant="primary" to={`/checklists/${c.id}/hand-over`}>
              Hand the tablet over
            </ButtonLink>
          </div>
        </div>
      </>
    );
  }

  const intro = raterType === 'SUPERVISOR'
    ? `Rate what you have seen of ${c.subject.name}’s practice${windowText(c) ? `, ${windowText(c)}` : ''}, one dimension at a time.`
    : `Think about your own practice${windowText(c) ? `, ${windowText(c)}` : ''}. There are no right answers — honest ones help most.`;
  return (
    <>
      <PageHeader title={title} description={intro} breadcrumb={<Breadcrumb checklist={c} viewerId={viewer.id} />} />
      <DraftChecklistForm key={c.id} checklist={c} def={def} />
    </>
  );
}
