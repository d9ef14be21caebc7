import { ACTION_AGENDA_RULE } from '@tandem/shared';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { ErrorState } from '../../components/ui/error-state';
import { Skeleton } from '../../components/ui/spinner';
import { formatDate } from '../../lib/format';
import { dimensionLabel } from './labels';
import { ActionDoneButton } from './note/note-read-view';
import { formatStart } from './time';
import { useAgenda } from './use-notes';
import './supervision.css';

export interface SupervisionAgendaCardProps {
  superviseeId: string;
  /** Offer "Mark done" on the actions (the people of the session may; others get a polite no from the API). */
  canUpdateActions?: boolean;
  /** Heading level inside the page (default h2). */
  headingLevel?: 2 | 3;
  /** Default "Agenda with <name>"; e.g. "Your agenda" for the supervisee. */
  title?: string;
  /** On a session's own page, leave out the actions agreed in that session (they are in its note). */
  excludeOccurrenceId?: string;
}

/**
 * What to bring to a supervisee's next session: open actions (including ones created from drift signals on the
 * dashboard), drift codes and dimensions from recent notes, and when the next session is.
 */
export function SupervisionAgendaCard({ superviseeId, canUpdateActions = true, headingLevel = 2, title, excludeOccurrenceId }: SupervisionAgendaCardProps) {
  const agenda = useAgenda(superviseeId);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = `agenda-${superviseeId}`;
  const data = agenda.data;
  const actions = (data?.openActionItems ?? []).filter((a) => !excludeOccurrenceId || a.occurrenceId !== excludeOccurrenceId);
  return (
    <section className="card agenda-card" aria-labelledby={titleId}>
      <Heading id={titleId} className="card-title">
        {title ?? (data ? `Agenda with ${data.supervisee.name}` : 'Agenda')}
      </Heading>
      {agenda.isPending ? (
        <Skeleton lines={3} label="Loading the agenda" />
      ) : agenda.isError ? (
        <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : (
        <>
          <p className="muted small">
            Next session:{' '}
            {data!.nextOccurrence ? (
              <Link to={`/supervision/occurrences/${encodeURIComponent(data!.nextOccurrence.id)}`}>
                {formatStart(data!.nextOccurrence.startsAt)}
              </Link>
            ) : (
              'none scheduled'
            )}
          </p>
          <h4 className="agenda-card__heading">Open actions</h4>
          {actions.length === 0 ? (
            <p className="muted small">No open actions.</p>
          ) : (
            <ul className="plain-list agenda-card__actions">
              {actions.map((a) => (
                <li key={a.id}>
                  <span>{a.textVisible && a.description ? a.description : 'An agreed action (details in the note)'}</span>
                  <span className="muted small">
                    {a.owner.name}
                    {a.dueOn ? ` · by ${formatDate(a.dueOn)}` : ''}
                    {a.dimension ? ` · ${dimensionLabel(a.dimension, true)}` : ''}
                  </span>
                  <span className="row agenda-card__tags">
                    {a.driftSignalId ? <Badge tone="accent">From the drift dashboard</Badge> : null}
                    {canUpdateActions ? <ActionDoneButton item={a} /> : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {data!.olderOpenActionCount > 0 ? (
            <p className="muted small">
              {data!.olderOpenActionCount === 1 ? '1 older open action is' : `${data!.olderOpenActionCount} older open actions are`} not shown: {ACTION_AGENDA_RULE}{' '}
              <Link to="/actions?overdue=1">Overdue actions</Link>
            </p>
          ) : null}
          <h4 className="agenda-card__heading">Recently discussed drift</h4>
          {data!.recentDriftCodes.length === 0 ? (
            <p className="muted small">No drift codes in notes since {formatDate(data!.since)}.</p>
          ) : (
            <ul className="inline-list agenda-card__codes">
              {data!.recentDriftCodes.map((c) => (
                <li key={c.code}>
                  <Badge tone="neutral">
                    {c.code} {c.label} · {c.count}×
                  </Badge>
                </li>
              ))}
            </ul>
          )}
          {data!.recentDimensions.length ? (
            <p className="muted small agenda-card__dims">
              Dimensions talked about lately: {data!.recentDimensions.map((d) => dimensionLabel(d.code, true)).join(', ')}.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
