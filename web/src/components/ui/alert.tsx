import type { ReactNode } from 'react';
import './state.css';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** "alert" interrupts screen readers (errors); "status" waits politely; none for static notes. */
  live?: 'alert' | 'status' | 'none';
  id?: string;
}

/** An inline message box. */
export function Alert({ tone = 'info', title, children, live = tone === 'danger' ? 'alert' : 'none', id }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={live === 'none' ? undefined : live} id={id}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}
