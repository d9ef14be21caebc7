import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { ButtonLink } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { Pagination } from '../../components/ui/pagination';
import { Skeleton } from '../../components/ui/spinner';
import { formatDate, formatDateTime } from '../../lib/format';
import { useViewer } from '../auth/use-auth';
import { bandInfo, formatChecklistIndex, raterLabel } from './checklist-wording';
import { useChecklistList } from './use-checklists';

const HISTORY_PAGE = 10;

/** Open drafts the viewer started, to resume. Renders nothing when there are none. */
export function DraftsCard() {
  const viewer = useViewer();
  const drafts = useChecklistList({ mine: true, status: 'DRAFT' }, 20);
  if (drafts.isPending || drafts.isError || drafts.data.items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="drafts-title">
      <h2 id="drafts-title" className="card-title">
        Drafts to finish
      </h2>
      <ul className="due-list">
        {drafts.data.items.map((c) => {
          const what =
            c.raterType === 'SELF' ? 'Your self-assessment'
              : c.raterType === 'PERSON_SERVED' ? 'Feedback form on this device'
                : c.subjectId === viewer.id ? 'Checklist' : `Observation rating · ${c.subject.name}`;
          return (
            <li key={c.id} className="due-item">
              <div className="due-item__text">
                <p className="due-item__title">{what}</p>
                <p className="muted small">
                  {c.completeness.answered} of {c.completeness.expected} answered · last changed {formatDateTime(c.updatedAt)}
                </p>
              </div>
              <div className="due-item__actions">
                <ButtonLink to={c.raterType === 'PERSON_SERVED' ? `/checklists/${c.id}/hand-over` : `/checklists/${c.id}`}>
                  Resume<span className="visually-hidden"> {what.toLowerCase()}</span>
                </ButtonLink>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Submitted checklists about a person, newest first, with their index, band and who rated. The page and the cursor it
 * starts at are in the URL (`?page=3&after=…`), so a page reads on by keyset; a page linked without its cursor is read
 * by offset once, and then the pager continues by cursor.
 */
export function ChecklistHistory({ subjectId }: { subjectId: string }) {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const after = page > 1 ? params.get('after') : null;
  // Where each page seen on this visit starts, so Previous goes back by cursor too.
  const starts = useRef(new Map<number, string>());
  if (after) starts.current.set(page, after);
  const history = useChecklistList({ subjectId, status: 'SUBMITTED' }, HISTORY_PAGE, after ? { after } : { skip: (page - 1) * HISTORY_PAGE });
  const go = (p: number, cursor: string | null | undefined) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    if (p > 1 && cursor) next.set('after', cursor);
    else next.delete('after');
    setParams(next);
  };
  if (history.isPending) return <Skeleton lines={4} label="Loading submitted checklists" />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.totalCount === 0) {
    return <p className="muted">Nothing submitted yet. Your first self-assessment will show here with its scores.</p>;
  }
  return (
    <>
      <ul className="history-list">
        {history.data.items.map((c) => {
          const band = bandInfo(c.band);
          return (
            <li key={c.id} className="history-item">
              <div className="history-item__main">
                <Link to={`/checklists/${c.id}`} className="history-item__link">
                  {formatDate(c.submittedAt)}
                  <span className="visually-hidden">: {raterLabel(c.raterType, c.rater?.name, c.raterId === viewer.id)}</span>
                </Link>
                <span className="muted small">{raterLabel(c.raterType, c.rater?.name, c.raterId === viewer.id)}</span>
              </div>
              <div className="history-item__score">
                <span>
                  {c.mutualityIndex === null ? <span className="muted small">no index</span> : <strong>{formatChecklistIndex(c)}</strong>}
                </span>
                {band ? <Badge tone={band.tone}>{band.label}</Badge> : null}
                {c.revision > 1 ? <Badge>Revised</Badge> : null}
              </div>
            </li>
          );
        })}
      </ul>
      <Pagination
        page={page}
        pageSize={HISTORY_PAGE}
        totalCount={history.data.totalCount}
        totalCountCapped={history.data.totalCountCapped}
        hasNextPage={history.data.pageInfo.hasNextPage}
        noun="checklists"
        onPageChange={(p) => go(p, p > page ? history.data.pageInfo.endCursor : starts.current.get(p))}
      />
    </>
  );
}
