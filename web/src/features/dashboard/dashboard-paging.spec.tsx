import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { destroyIntersectionMocking, setupIntersectionMocking } from 'react-intersection-observer/test-utils';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import { LanguageDensityQueryDocument } from './dashboard.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { homeOverviewResponse, largeOverviewResponse, teamDriftResponse, teamOptionsResponse } from './test-fixtures';

// Issue 14: the dashboard asks for one page of teams at a time, searches and orders on the server, and says how many
// teams it shows of how many.

function stubLarge(count: number) {
  return stubGraphQL({
    Me: () => meResponse(['PROGRAM_MANAGER'], { name: 'Morgan Reyes' }),
    HomeOverview: () => homeOverviewResponse(),
    TeamOptions: () => teamOptionsResponse(),
    DriftOverview: (v) => largeOverviewResponse(count, v),
    TeamDrift: () => teamDriftResponse(),
    DriftLanguageDensity: () => answer(LanguageDensityQueryDocument, { languageDensitySeries: [] }),
  });
}

// The list is under test, not the charts: small charts stay as placeholders (nothing scrolls in jsdom), which keeps
// 24 cards of Recharts from making the test slow on a busy machine.
beforeEach(() => setupIntersectionMocking(jest.fn));
afterEach(() => destroyIntersectionMocking());

/** The small multiples: one card per team on screen. */
const cards = () => [...document.querySelectorAll<HTMLElement>('li.small-multiple')];
const pageOf = (call: { variables: Record<string, unknown> }) => call.variables.page as Record<string, unknown>;

describe('Dashboard team list, one page at a time', () => {
  it('shows the first 24 teams of 61 in concern order, and appends the next page on “Show more teams”', async () => {
    const api = stubLarge(60);
    renderApp('/');
    expect(await screen.findByText('Showing 24 of 61 teams; the charts below show these teams.')).toBeInTheDocument();
    expect(pageOf(api.callsOf('DriftOverview')[0]!)).toMatchObject({ first: 24, after: null });
    expect(cards()).toHaveLength(24);
    // The alerting team leads the page and the first screen; the rest are counted, not listed.
    expect(within(cards()[0]!).getByRole('link', { name: 'Inpatient Bridge' })).toBeInTheDocument();
    const attention = screen.getByRole('region', { name: 'Where to look first' });
    expect(attention).toHaveTextContent('Steady: 60 teams with no signal in force.');
    expect(within(attention).queryByRole('link', { name: 'Team 001' })).not.toBeInTheDocument();
    // The heat map draws the teams on screen only (right after the first screen is painted).
    expect(await screen.findByRole('img', { name: /^Team 023, D1 / })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^Team 024, D1 / })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show more teams (24 more of 37)' }));
    expect(await screen.findByText('Showing 48 of 61 teams; the charts below show these teams.')).toBeInTheDocument();
    expect(pageOf(api.callsOf('DriftOverview').at(-1)!)).toMatchObject({ first: 24, after: '24' });
    expect(cards()).toHaveLength(48);
    expect(screen.getByRole('img', { name: /^Team 047, D1 / })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show more teams (13 more of 13)' }));
    expect(await screen.findByText('Showing 61 of 61 teams; the charts below show these teams.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show more teams/ })).not.toBeInTheDocument();
  });

  it('searches by team name on the server and orders by name on request, keeping the key figures for the whole selection', async () => {
    const api = stubLarge(60);
    renderApp('/');
    await screen.findByText('Showing 24 of 61 teams; the charts below show these teams.');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a team' }), 'team 05{Enter}');
    expect(await screen.findByText('Showing 10 of 10 teams; the charts below show these teams.')).toBeInTheDocument();
    expect(pageOf(api.callsOf('DriftOverview').at(-1)!)).toMatchObject({ search: 'team 05', after: null });
    expect(cards().map((li) => within(li).getAllByRole('link')[0]!.textContent)).toEqual(
      ['Team 050', 'Team 051', 'Team 052', 'Team 053', 'Team 054', 'Team 055', 'Team 056', 'Team 057', 'Team 058', 'Team 059'],
    );
    // The key figures keep the whole selection.
    expect(within(screen.getByRole('region', { name: 'Key figures' })).getByText('Teams').parentElement).toHaveTextContent('61');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Name (A–Z)');
    await waitFor(() => expect(pageOf(api.callsOf('DriftOverview').at(-1)!)).toMatchObject({ sort: 'NAME', search: 'team 05' }));

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Find a team' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a team' }), 'nothing like it{Enter}');
    expect(await screen.findByText('No team matches.')).toBeInTheDocument();
  });
});
