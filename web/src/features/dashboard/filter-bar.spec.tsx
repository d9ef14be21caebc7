import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router-dom';
import { parseFilters, rangeDates, toDriftFilter, useDashboardFilters, writeFilters } from './dashboard-filters';
import { FilterBar } from './filter-bar';

const programs = [{ id: 'p-community', name: 'Community Peer Support' }, { id: 'p-bridge', name: 'Hospital Bridge' }];
const teams = [
  { id: 't-north', name: 'Northside Peers', programId: 'p-community' },
  { id: 't-inpatient', name: 'Inpatient Bridge', programId: 'p-bridge' },
  { id: 't-ed', name: 'ED Navigators', programId: 'p-bridge' },
];

function Page() {
  const { filters, setFilters } = useDashboardFilters();
  const location = useLocation();
  return (
    <>
      <FilterBar filters={filters} onChange={setFilters} programs={programs} teams={teams} />
      <span data-testid="search">{location.search}</span>
    </>
  );
}

function renderBar(path = '/dashboard') {
  const router = createMemoryRouter([{ path: '/dashboard', element: <Page /> }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return { router, user: userEvent.setup(), search: () => screen.getByTestId('search').textContent };
}

describe('FilterBar and the URL', () => {
  it('starts from defaults that are not written into the URL', () => {
    const { search } = renderBar();
    expect(search()).toBe('');
    expect(screen.getByLabelText('Date range')).toHaveValue('24m');
    expect(screen.getByLabelText('Program')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Self-assessment' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Monthly' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Showing self-assessment ratings only');
  });

  it('reads every filter back from a shared link', () => {
    renderBar('/dashboard?range=12m&program=p-bridge&teams=t-inpatient&raters=SELF,SUPERVISOR&by=week');
    expect(screen.getByLabelText('Date range')).toHaveValue('12m');
    expect(screen.getByLabelText('Program')).toHaveValue('p-bridge');
    expect(screen.getByText('Inpatient Bridge', { selector: 'summary' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Supervisor' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Weekly' })).toBeChecked();
  });

  it('writes each change to the URL, and Back undoes it', async () => {
    const { router, user, search } = renderBar();
    await user.selectOptions(screen.getByLabelText('Program'), 'p-bridge');
    expect(search()).toBe('?program=p-bridge');

    // The team list is drawn when opened (an organisation may have hundreds), and offers only the program's teams.
    expect(screen.queryByRole('group', { name: 'Teams to show' })).not.toBeInTheDocument();
    await user.click(screen.getByText('All teams (2)', { selector: 'summary' }));
    const panel = screen.getByRole('group', { name: 'Teams to show' });
    expect(within(panel).getAllByRole('checkbox').map((c) => c.closest('.checkbox')?.textContent)).toEqual(['Inpatient Bridge', 'ED Navigators']);
    await user.click(within(panel).getByRole('checkbox', { name: 'Inpatient Bridge' }));
    expect(search()).toBe('?program=p-bridge&teams=t-inpatient');

    await user.click(screen.getByRole('radio', { name: 'Weekly' }));
    expect(search()).toBe('?program=p-bridge&teams=t-inpatient&by=week');
    // A click elsewhere closed the list, and it is no longer drawn.
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Teams to show' })).not.toBeInTheDocument());

    await act(() => router.navigate(-1));
    expect(search()).toBe('?program=p-bridge&teams=t-inpatient');
    expect(screen.getByRole('radio', { name: 'Monthly' })).toBeChecked();
    await act(() => router.navigate(-1));
    await act(() => router.navigate(-1));
    expect(search()).toBe('');
    expect(screen.getByLabelText('Program')).toHaveValue('');
    await act(() => router.navigate(1));
    expect(screen.getByLabelText('Program')).toHaveValue('p-bridge');
  });

  it('never mixes rater types silently: pooling is shown, and the last type cannot be removed', async () => {
    const { user, search } = renderBar();
    await user.click(screen.getByRole('checkbox', { name: 'Supervisor' }));
    expect(search()).toBe('?raters=SELF%2CSUPERVISOR');
    expect(screen.getByRole('status')).toHaveTextContent('Pooled on purpose: self-assessment + supervisor ratings are combined into one series');
    await user.click(screen.getByRole('checkbox', { name: 'Self-assessment' }));
    expect(search()).toBe('?raters=SUPERVISOR');
    expect(screen.getByRole('status')).toHaveTextContent('Showing supervisor ratings only');
    await user.click(screen.getByRole('checkbox', { name: 'Supervisor' }));
    expect(search()).toBe('?raters=SUPERVISOR');
    expect(screen.getByRole('checkbox', { name: 'Supervisor' })).toBeChecked();
  });

  it('switches to custom dates and keeps them in the URL', async () => {
    const { user, search } = renderBar();
    await user.selectOptions(screen.getByLabelText('Date range'), 'custom');
    expect(search()).toMatch(/^\?range=custom&from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByLabelText('From')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(search()).toBe('');
  });
});

describe('dashboard filter helpers', () => {
  it('round-trips filters through the URL and ignores what it does not know', () => {
    const f = parseFilters(new URLSearchParams('range=6m&raters=REVIEWER,BOGUS,SELF&teams=a,,b&by=day&metric=MDI'));
    expect(f).toEqual({ range: '6m', from: null, to: null, programId: null, teamIds: ['a', 'b'], raterTypes: ['SELF', 'REVIEWER'], granularity: 'MONTH' });
    expect(writeFilters(f, new URLSearchParams('metric=MDI')).toString()).toBe('metric=MDI&range=6m&teams=a%2Cb&raters=SELF%2CREVIEWER');
  });

  it('turns presets into dates that start on a period boundary', () => {
    const monthly = parseFilters(new URLSearchParams('range=12m'));
    expect(rangeDates(monthly, '2026-11-21')).toEqual({ from: '2025-12-01', to: '2026-11-21' });
    expect(rangeDates(parseFilters(new URLSearchParams('range=6m&by=week')), '2026-11-21')).toEqual({ from: '2026-05-30', to: '2026-11-21' });
    expect(toDriftFilter(parseFilters(new URLSearchParams('program=p1')), '2026-11-21')).toEqual({
      from: '2024-12-01', to: '2026-11-21', granularity: 'MONTH', programId: 'p1', teamIds: undefined, raterTypes: ['SELF'],
    });
  });
});
