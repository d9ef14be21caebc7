import type { ReactNode, TableHTMLAttributes } from 'react';
import './table.css';

export interface TableProps extends TableHTMLAttributes<HTMLTableElement> {
  /** Names the table for screen readers; shown unless `captionHidden`. */
  caption: ReactNode;
  captionHidden?: boolean;
  children: ReactNode;
}

/**
 * A data table in a horizontally scrollable, keyboard-focusable region (so wide tables work on a phone and the
 * scroll region is reachable without a mouse).
 */
export function Table({ caption, captionHidden = true, className, children, ...rest }: TableProps) {
  return (
    <div className="table-wrap" role="region" aria-label={typeof caption === 'string' ? caption : undefined} tabIndex={0}>
      <table className={['table', className ?? ''].filter(Boolean).join(' ')} {...rest}>
        <caption className={captionHidden ? 'visually-hidden' : 'table__caption'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
