import { SETUP_STEPS } from '@tandem/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { SetupChecklist, type SetupStepProgress } from './setup-guide';

const steps = (done: Partial<Record<(typeof SETUP_STEPS)[number], number>>): SetupStepProgress[] =>
  SETUP_STEPS.map((key) => ({ key, done: (done[key] ?? 0) > 0, count: done[key] ?? 0 }));

function renderGuide(s: SetupStepProgress[], organizationId = 'org-1') {
  return render(
    <MemoryRouter>
      <SetupChecklist organizationId={organizationId} steps={s} />
    </MemoryRouter>,
  );
}

describe('SetupChecklist', () => {
  afterEach(() => window.localStorage.clear());

  it('lists the five steps in order, ticks the done ones and links each to where it is done', () => {
    renderGuide(steps({ PROGRAMS: 2, TEAMS: 1 }));
    const guide = screen.getByRole('region', { name: 'Set up your organisation' });
    expect(within(guide).getByRole('progressbar', { name: /2 of 5 steps done/ })).toHaveAttribute('aria-valuenow', '2');
    const items = within(guide).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Add your programs (done)', 'Add teams to a program (done)', 'Bring your people in (to do)', 'Start the first checklist cycle (to do)',
      'Choose a supervision policy (to do)',
    ]);
    expect(items[0]).toHaveTextContent('2 programs');
    expect(items[1]).toHaveTextContent('1 team');
    expect(within(items[2]!).getByRole('link', { name: 'Invite people or import a roster' })).toHaveAttribute('href', '/people');
    expect(within(items[4]!).getByRole('link', { name: 'Choose a supervision policy' })).toHaveAttribute('href', '/admin/supervision-policy');
    // Not finished: it cannot be put away yet.
    expect(within(guide).queryByRole('button', { name: 'Hide this guide' })).not.toBeInTheDocument();
  });

  it('can be hidden once every step is done, and stays hidden for that organisation', async () => {
    const all = steps({ PROGRAMS: 1, TEAMS: 1, PEOPLE: 4, CHECKLIST_CYCLE: 1, SUPERVISION_POLICY: 1 });
    const { unmount } = renderGuide(all);
    const guide = screen.getByRole('region', { name: 'Your organisation is set up' });
    expect(within(guide).getByText('4 people besides you')).toBeInTheDocument();
    await userEvent.click(within(guide).getByRole('button', { name: 'Hide this guide' }));
    expect(screen.queryByRole('region', { name: /organisation/ })).not.toBeInTheDocument();
    unmount();

    renderGuide(all);
    expect(screen.queryByRole('region', { name: /organisation/ })).not.toBeInTheDocument();
    // Another organisation's guide is its own.
    renderGuide(all, 'org-2');
    expect(screen.getByRole('region', { name: 'Your organisation is set up' })).toBeInTheDocument();
  });

  it('comes back if a step is undone after it was hidden (an archived only program)', () => {
    window.localStorage.setItem('tandem.setup-guide.dismissed.org-1', '1');
    renderGuide(steps({ TEAMS: 1, PEOPLE: 2, CHECKLIST_CYCLE: 3, SUPERVISION_POLICY: 1 }));
    expect(screen.getByRole('region', { name: 'Set up your organisation' })).toBeInTheDocument();
  });
});
