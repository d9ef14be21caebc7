import { screen, within } from '@testing-library/react';
import type { Role } from '@tandem/shared';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import { LogoutMutationDocument } from '../auth/auth.graphql';
import { HomeOverviewQueryDocument } from '../home/home.graphql';
import { meResponse, renderApp } from '../../test/render-app';

function homeOverview(roles: Role[]) {
  return answer(HomeOverviewQueryDocument, {
    me: {
      id: 'person-me', name: 'Alex Admin', jobTitle: 'Peer specialist', roles, startedOn: '2025-03-01',
      roleGrants: roles.map((role) => ({ role, programId: null })),
      team: { id: 'team-1', name: 'Northside Peers', program: { id: 'program-1', name: 'Community Peer Support' } },
      supervisor: roles.includes('STAFF') ? { id: 'sup-1', name: 'Dana Whitfield', email: 'dana@example.org' } : null,
      supervisees: roles.includes('SUPERVISOR') ? [{ id: 'p-2', name: 'Sam Rivera', invitationPending: false, team: null }] : [],
    },
    programs: [{ id: 'program-1', name: 'Community Peer Support' }],
    teams: [{ id: 'team-1' }, { id: 'team-2' }],
    people: { totalCount: 12 },
  });
}

function renderHomeAs(roles: Role[]) {
  stubGraphQL({ Me: () => meResponse(roles), HomeOverview: () => homeOverview(roles), Logout: () => answer(LogoutMutationDocument, { logout: true }) });
  return renderApp('/');
}

const navLinks = () => within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('link').map((a) => a.textContent);

describe('App shell navigation', () => {
  it('shows a peer specialist only their own places', async () => {
    renderHomeAs(['STAFF']);
    await screen.findByRole('navigation', { name: 'Main' });
    expect(navLinks()).toEqual(['Home', 'My checklists', 'Supervision', 'My profile']);
    // Home shows their real team and supervisor.
    expect(await screen.findByText('Dana Whitfield')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Northside Peers' })).toHaveAttribute('href', '/teams/team-1');
  });

  it('shows an administrator the organisation’s tools', async () => {
    renderHomeAs(['ADMIN']);
    await screen.findByRole('navigation', { name: 'Main' });
    expect(navLinks()).toEqual(['Home', 'Drift dashboard', 'People', 'Teams & programs', 'Import roster', 'Supervision', 'Supervision compliance', 'Actions', 'Instruments', 'Supervision policy', 'Language lexicon', 'Outbox', 'Audit log', 'Organisation settings']);
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('active people')).toBeInTheDocument();
  });

  it('shows a supervising manager people, teams and supervisees', async () => {
    renderHomeAs(['PROGRAM_MANAGER', 'SUPERVISOR']);
    await screen.findByRole('navigation', { name: 'Main' });
    expect(navLinks()).toEqual(['Home', 'My week', 'People', 'Teams', 'My supervisees', 'Supervisee ratings', 'Supervision', 'Supervision compliance', 'Actions']);
  });

  it('has landmarks, a skip link and a menu button for small screens', async () => {
    const { user } = renderHomeAs(['STAFF']);
    await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.getByRole('banner')).toHaveTextContent('Riverbend Recovery Collaborative');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');

    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('link', { name: 'My profile' }));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('signs out from the person menu', async () => {
    const { user, location } = renderHomeAs(['STAFF']);
    await user.click(await screen.findByRole('button', { name: 'Account menu for Alex Admin' }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');
  });
});
