import { ROLE_LABELS } from '@tandem/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { initials } from '../../lib/initials';
import { useLogout, type Viewer } from '../auth/use-auth';

/** The signed-in person: who they are, their profile, and sign out. */
export function PersonMenu({ viewer }: { viewer: Viewer }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();

  useEffect(() => {
    setOpen(false);
  }, [location.pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: MouseEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  return (
    <div
      className="person-menu"
      ref={wrapRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="person-menu__button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="person-menu__avatar" aria-hidden="true">
          {initials(viewer.name)}
        </span>
        <span className="visually-hidden">Account menu for </span>
        <span className="person-menu__name">{viewer.name}</span>
      </button>
      <div id={`${id}-panel`} className="person-menu__panel" hidden={!open}>
        <div className="person-menu__who">
          <strong>{viewer.name}</strong>
          <span className="muted small">{viewer.email}</span>
          <span className="muted small">{viewer.roles.map((r) => ROLE_LABELS[r]).join(' · ')}</span>
        </div>
        <ul>
          <li>
            <Link to="/profile" className="person-menu__item">
              Your profile
            </Link>
          </li>
          <li>
            <Link to="/notifications/preferences" className="person-menu__item">
              Notification settings
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="person-menu__item"
              disabled={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) })}
            >
              {logout.isPending ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
