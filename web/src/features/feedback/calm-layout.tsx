import type { ReactNode } from 'react';
import { BrandMark } from '../shell/brand-mark';
import './feedback.css';

/**
 * A quiet full-screen frame for the person-served form: no staff navigation, no account menu, large type. Used by
 * the public link and by the hand-the-tablet mode.
 */
export function CalmLayout({ children, organizationName }: { children: ReactNode; organizationName?: string }) {
  return (
    <div className="calm">
      <header className="calm__header">
        <BrandMark compact />
        {organizationName ? <span className="calm__org">{organizationName}</span> : null}
      </header>
      <main id="main" className="calm__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
