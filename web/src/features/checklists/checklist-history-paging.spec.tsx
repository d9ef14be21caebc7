import { screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import { meResponse, renderApp } from '../../test/render-app';
import { ChecklistListQueryDocument } from './checklists.graphql';
import { checklistFixture } from './testing/fixtures';

// 25 submitted checklists, newest first, one a day; a cursor names the last row of a page.
const all = Array.from({ length: 25 }, (_, i) => checklistFixture({
  id: `c-${i + 1}`, status: 'SUBMITTED', submittedAt: new Date(Date.UTC(2026, 1, 28 - i, 10)).toISOString(), band: 'HIGH', mutualityIndex: 4,
}));
const cursorOf = (index: number) => `cursor-${index}`;

function stubHistory() {
  return stubGraphQL({
    Me: () => meResponse(['STAFF'], { id: 'person-me', name: 'Jordan Lee' }),
    ChecklistsDue: () => ({ data: { checklistsDue: [] } }),
    OwnTrend: () => ({ data: { personDrift: { from: '2025-04-01', to: '2026-03-10', metrics: [] } } }),
    ChecklistList: (v: Record<string, unknown>) => {
      const { filter, page, after } = v as { filter: { status?: string }; page: { skip: number; take: number }; after?: string | null };
      const rows = filter.status === 'DRAFT' ? [] : all;
      const start = (after ? Number(after.slice('cursor-'.length)) + 1 : 0) + page.skip;
      const items = rows.slice(start, start + page.take);
      return answer(ChecklistListQueryDocument, {
        checklists: {
          totalCount: rows.length, totalCountCapped: false, items,
          pageInfo: { endCursor: items.length ? cursorOf(start + items.length - 1) : null, hasNextPage: start + items.length < rows.length },
        },
      });
    },
  });
}

const historyCalls = (api: ReturnType<typeof stubHistory>) =>
  api.callsOf('ChecklistList').map((c) => c.variables as { filter: { status?: string }; page: { skip: number }; after?: string | null })
    .filter((v) => v.filter.status === 'SUBMITTED');

async function shownDays() {
  const submitted = screen.getByRole('region', { name: 'Submitted' });
  await waitFor(() => expect(within(submitted).getAllByRole('listitem').length).toBeGreaterThan(0));
  return within(submitted).getAllByRole('listitem').map((li) => within(li).getByRole('link').textContent!.split(':')[0]);
}

describe('Submitted checklists, paged by cursor', () => {
  it('reads on from the last row with Next, keeps page and cursor in the URL, and goes back by cursor', async () => {
    const api = stubHistory();
    const { user, location } = renderApp('/checklists');
    const submitted = await screen.findByRole('region', { name: 'Submitted' });
    expect(await within(submitted).findByText('Showing 1–10 of 25 checklists')).toBeInTheDocument();
    expect(await shownDays()).toHaveLength(10);
    expect((await shownDays())[0]).toBe('28 Feb 2026');

    await user.click(within(submitted).getByRole('button', { name: 'Next' }));
    expect(await within(submitted).findByText('Showing 11–20 of 25 checklists')).toBeInTheDocument();
    expect(historyCalls(api).at(-1)).toMatchObject({ page: { skip: 0, take: 10 }, after: cursorOf(9) });
    expect(new URLSearchParams(location().search).get('after')).toBe(cursorOf(9));
    expect((await shownDays())[0]).toBe('18 Feb 2026');

    await user.click(within(submitted).getByRole('button', { name: 'Next' }));
    expect(await within(submitted).findByText('Showing 21–25 of 25 checklists')).toBeInTheDocument();
    expect(historyCalls(api).at(-1)).toMatchObject({ page: { skip: 0 }, after: cursorOf(19) });
    expect(within(submitted).getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(within(submitted).getByRole('button', { name: 'Previous' }));
    expect(await within(submitted).findByText('Showing 11–20 of 25 checklists')).toBeInTheDocument();
    expect(new URLSearchParams(location().search).get('after')).toBe(cursorOf(9));
    await user.click(within(submitted).getByRole('button', { name: 'Previous' }));
    expect(await within(submitted).findByText('Showing 1–10 of 25 checklists')).toBeInTheDocument();
    expect(new URLSearchParams(location().search).has('after')).toBe(false);
    // Every page was read by cursor (or from the start): never by offset.
    expect(historyCalls(api).every((v) => v.page.skip === 0)).toBe(true);
  });

  it('reads a page linked without its cursor by offset once, then continues by cursor', async () => {
    const api = stubHistory();
    const { user } = renderApp('/checklists?page=2');
    const submitted = await screen.findByRole('region', { name: 'Submitted' });
    expect(await within(submitted).findByText('Showing 11–20 of 25 checklists')).toBeInTheDocument();
    expect(historyCalls(api).at(-1)).toMatchObject({ page: { skip: 10 }, after: null });
    await user.click(within(submitted).getByRole('button', { name: 'Next' }));
    expect(await within(submitted).findByText('Showing 21–25 of 25 checklists')).toBeInTheDocument();
    expect(historyCalls(api).at(-1)).toMatchObject({ page: { skip: 0 }, after: cursorOf(19) });
  });
});
