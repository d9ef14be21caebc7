import { formatNumber } from '../../lib/format';
import { Button } from './button';
import './pagination.css';

export interface PaginationProps {
  page: number;
  pageSize: number;
  totalCount: number;
  onPageChange: (page: number) => void;
  /** "people", "events". */
  noun: string;
  /** The count stopped counting at `totalCount` ("of 1,000+"). */
  totalCountCapped?: boolean;
  /** From a keyset page's `pageInfo`: whether Next has anything (otherwise worked out from the count). */
  hasNextPage?: boolean;
}

/** "Showing 26–50 of 123 people" with previous/next. Pages are 1-based. */
export function Pagination({ page, pageSize, totalCount, onPageChange, noun, totalCountCapped = false, hasNextPage }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  if (totalCount === 0) return null;
  const hasNext = hasNextPage ?? page < pages;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(totalCount, page * pageSize);
  return (
    <nav className="pagination" aria-label={`Pages of ${noun}`}>
      <p className="pagination__summary" aria-live="polite">
        Showing {formatNumber(from)}–{formatNumber(totalCountCapped ? page * pageSize : to)} of {formatNumber(totalCount)}{totalCountCapped ? '+' : ''} {noun}
      </p>
      {pages > 1 || (hasNextPage !== undefined && (hasNext || page > 1)) ? (
        <div className="pagination__buttons">
          <Button size="sm" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
            Previous
          </Button>
          <span className="pagination__page">
            {totalCountCapped ? `Page ${page}` : `Page ${page} of ${pages}`}
          </span>
          <Button size="sm" onClick={() => onPageChange(page + 1)} disabled={!hasNext}>
            Next
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
