import type { ReactNode } from 'react';
import { BrandMark } from '../shell/brand-mark';
import './auth.css';

/** The signed-out frame: brand, one card, and whatever sits under it. */
export function AuthLayout({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="auth">
      <header className="auth__brand">
        <BrandMark />
        <p className="auth__tagline">Fidelity and supervision for peer-support programmes</p>
      </header>
      <main id="main" className="auth__main" tabIndex={-1}>
        <div className="auth__card card">{children}</div>
        {aside}
      </main>
    </div>
  );
}
