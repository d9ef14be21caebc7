import type { Role } from '@tandem/shared';

export interface NavItem {
  to: string;
  label: string;
  /** Match the path exactly (Home) rather than as a prefix. */
  end?: boolean;
}

/**
 * What each role needs to reach, in one order. A person with several roles gets the union; a path appears once,
 * labelled for the widest role that needs it.
 */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  const has = (r: Role) => roles.includes(r);
  const admin = has('ADMIN');
  const manager = has('PROGRAM_MANAGER');
  const items: (NavItem | false)[] = [
    { to: '/', label: 'Home', end: true },
    has('SUPERVISOR') && { to: '/supervision/week', label: 'My week' },
    // A program manager's home is the drift dashboard; admins and supervisors reach it here.
    (admin || has('SUPERVISOR')) && !manager && { to: '/dashboard', label: 'Drift dashboard' },
    (admin || manager) && { to: '/people', label: 'People', end: true },
    admin ? { to: '/teams', label: 'Teams & programs' } : manager && { to: '/teams', label: 'Teams' },
    admin && { to: '/people/import', label: 'Import roster' },
    has('SUPERVISOR') && { to: '/supervisees', label: 'My supervisees' },
    has('STAFF') && { to: '/checklists', label: 'My checklists', end: true },
    has('SUPERVISOR') && { to: '/checklists/supervisees', label: 'Supervisee ratings' },
    (admin || has('SUPERVISOR') || has('STAFF')) && { to: '/supervision', label: 'Supervision', end: true },
    (admin || manager || has('SUPERVISOR')) && { to: '/supervision/compliance', label: 'Supervision compliance' },
    (admin || manager || has('SUPERVISOR')) && { to: '/actions', label: 'Actions' },
    admin && { to: '/admin/instruments', label: 'Instruments' },
    admin && { to: '/admin/supervision-policy', label: 'Supervision policy' },
    admin && { to: '/admin/lexicon', label: 'Language lexicon' },
    admin && { to: '/outbox', label: 'Outbox' },
    admin && { to: '/audit', label: 'Audit log' },
    admin && { to: '/settings', label: 'Organisation settings' },
    has('STAFF') && { to: '/profile', label: 'My profile' },
  ];
  return items.filter((i): i is NavItem => Boolean(i));
}
