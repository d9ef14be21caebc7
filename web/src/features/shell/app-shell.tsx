import { useEffect, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import type { Viewer } from '../auth/use-auth';
import { NotificationBell } from '../notifications/notification-bell';
import { BrandMark } from './brand-mark';
import { navItemsFor } from './nav-items';
import { PersonMenu } from './person-menu';
import './shell.css';

/** Header (brand, organisation, person menu), role-based navigation and the main landmark. */
export function AppShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const items = navItemsFor(viewer.roles);

  // Following a link closes the phone menu.
  useEffect(() => {
    setNavOpen(false);
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="shell__header">
        <button
          type="button"
          className="shell__menu-button"
          aria-expanded={navOpen}
          aria-controls="primary-nav"
          onClick={() => setNavOpen((o) => !o)}
        >
          <span className="shell__menu-icon" aria-hidden="true" />
          Menu
        </button>
        <Link to="/" className="shell__brand" aria-label="Tandem home">
          <BrandMark compact />
        </Link>
        <span className="shell__org" title={viewer.organization.name}>
          {viewer.organization.name}
        </span>
        <span className="spacer" />
        <NotificationBell />
        <PersonMenu viewer={viewer} />
      </header>
      <div className="shell__body">
        <nav
          id="primary-nav"
          className={navOpen ? 'shell__nav shell__nav--open' : 'shell__nav'}
          aria-label="Main"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && navOpen) {
              setNavOpen(false);
              document.querySelector<HTMLButtonElement>('.shell__menu-button')?.focus();
            }
          }}
        >
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="shell__main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
