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
}

/** "Showing 26–50 of 123 people" with previous/next. Pages are 1-based. */
export function Pagination({ page, pageSize, totalCount, onPageChange, noun }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  if (totalCount === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(totalCount, page * pageSize);
  return (
    <nav className="pagination" aria-label={`Pages of ${noun}`}>
      <p className="pagination__summary" aria-live="polite">
        Showing {formatNumber(from)}–{formatNumber(to)} of {formatNumber(totalCount)} {noun}
      </p>
      {pages > 1 ? (
        <div className="pagination__buttons">
          <Button size="sm" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
            Previous
          </Button>
          <span className="pagination__page">
            Page {page} of {pages}
          </span>
          <Button size="sm" onClick={() => onPageChange(page + 1)} disabled={page >= pages}>
            Next
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
