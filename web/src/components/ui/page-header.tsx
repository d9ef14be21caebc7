import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../lib/use-document-title';

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Links above the title ("People /"). */
  breadcrumb?: ReactNode;
}

/** The page's one h1, its intro line and its main actions; also sets the document title. */
export function PageHeader({ title, description, actions, breadcrumb }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <div className="page-header__text">
        {breadcrumb ? <div className="breadcrumb">{breadcrumb}</div> : null}
        <h1>{title}</h1>
        {description ? <p>{description}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
