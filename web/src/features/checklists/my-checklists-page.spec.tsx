import { itemsForRater } from '@tandem/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL, type OperationHandler } from '../../test/graphql-stub';
import type { ChecklistsDueQuery } from '../../gql/graphql';
import { ChecklistListQueryDocument, ChecklistQueryDocument, ChecklistsDueQueryDocument, CreatePersonServedLinkMutationDocument, OwnTrendQueryDocument, SaveChecklistAnswersMutationDocument, StartChecklistMutationDocument, SubmitChecklistMutationDocument } from './checklists.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { checklistFixture, DEFINITION } from './testing/fixtures';

const due: ChecklistsDueQuery['checklistsDue'] = [
  { subjectId: 'person-me', subjectName: 'Jordan Lee', raterType: 'SELF', instrumentKey: 'mutuality-fidelity', dueDate: '2026-03-01', status: 'OVERDUE', lastSubmittedAt: '2026-01-30T10:00:00.000Z', draftId: null },
  { subjectId: 'person-me', subjectName: 'Jordan Lee', raterType: 'PERSON_SERVED', instrumentKey: 'mutuality-fidelity', dueDate: '2026-03-20', status: 'DUE', lastSubmittedAt: null, draftId: null },
];

const history = [
  checklistFixture({ id: 'c-old', status: 'SUBMITTED', submittedAt: '2026-01-30T10:00:00.000Z', band: 'HIGH', mutualityIndex: 4.38, mutualityIndex100: 84.4 }),
  checklistFixture({ id: 'c-sup', status: 'SUBMITTED', raterType: 'SUPERVISOR', raterId: 'sup-1', rater: { id: 'sup-1', name: 'Sam Okafor' }, submittedAt: '2026-01-12T10:00:00.000Z', band: 'MODERATE', mutualityIndex: 3.62 }),
];

const trend = {
  from: '2025-04-01', to: '2026-03-10',
  metrics: [{
    metric: 'MFI', label: 'Mutuality Fidelity Index',
    points: [
      { period: '2026-01', periodStart: '2026-01-01', n: 1, suppressed: false, value: 80.25 },
      { period: '2026-02', periodStart: '2026-02-01', n: 0, suppressed: false, value: null },
      { period: '2026-03', periodStart: '2026-03-01', n: 1, suppressed: false, value: 75 },
    ],
  }],
};

function stubPage(extra: Record<string, OperationHandler> = {}) {
  return stubGraphQL({
    Me: () => meResponse(['STAFF'], { id: 'person-me', name: 'Jordan Lee' }),
    ChecklistsDue: () => answer(ChecklistsDueQueryDocument, { checklistsDue: due }),
    ChecklistList: (v: Record<string, unknown>) => {
      const filter = (v.filter ?? {}) as { status?: string };
      const items = filter.status === 'DRAFT' ? [] : history;
      return answer(ChecklistListQueryDocument, {
        checklists: { totalCount: items.length, totalCountCapped: false, pageInfo: { endCursor: items.at(-1)?.id ?? null, hasNextPage: false }, items },
      });
    },
    OwnTrend: () => answer(OwnTrendQueryDocument, { personDrift: trend }),
    ...extra,
  });
}

describe('My checklists', () => {
  it('shows what is due in kind words, the history with bands and who rated, and the own trend', async () => {
    stubPage();
    renderApp('/checklists');
    const dueCard = await screen.findByRole('region', { name: 'Due for you' });
    expect(await within(dueCard).findByText('Your self-assessment')).toBeInTheDocument();
    expect(within(dueCard).getByText('Ready when you are · was due 1 Mar 2026')).toBeInTheDocument();
    expect(within(dueCard).getByText('Due by 20 Mar 2026')).toBeInTheDocument();
    expect(within(dueCard).getByRole('link', { name: 'Ask for feedback' })).toHaveAttribute('href', '/checklists#ask-feedback');

    const submitted = screen.getByRole('region', { name: 'Submitted' });
    const rows = await within(submitted).findAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('30 Jan 2026');
    expect(rows[0]).toHaveTextContent('You (self-assessment)');
    // The stored 0–100 figure (from the unrounded score), not 4.38 of 5 converted again (84.5).
    expect(rows[0]).toHaveTextContent('84.4');
    expect(rows[0]).not.toHaveTextContent('84.5');
    expect(rows[0]).toHaveTextContent('High');
    expect(rows[1]).toHaveTextContent('Supervisor · Sam Okafor');
    expect(rows[1]).toHaveTextContent('Moderate');

    const trendCard = screen.getByRole('region', { name: 'Your trend' });
    // The trend reads on the same 0–100 scale as every other index (75 was "4.00 of 5" before).
    expect(await within(trendCard).findByText(/^Latest:/)).toHaveTextContent('Latest: 75.0 (Mar 26) · Jan 26: 80.3');
    const table = within(trendCard).getByRole('table', { name: /by month/ });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['MonthIndex (0–100)', 'Jan 2680.3', 'Mar 2675.0']);
  });

  it('starts the due self-assessment and opens it', async () => {
    const api = stubPage({
      StartChecklist: () => answer(StartChecklistMutationDocument, { startChecklist: { id: 'c-9', status: 'DRAFT', raterType: 'SELF' } }),
      Checklist: () => answer(ChecklistQueryDocument, { checklist: checklistFixture({ id: 'c-9' }) }),
    });
    const { user, location } = renderApp('/checklists');
    await user.click(await screen.findByRole('button', { name: 'Start your self-assessment' }));
    await waitFor(() => expect(location().pathname).toBe('/checklists/c-9'));
    expect(api.callsOf('StartChecklist')[0]?.variables).toEqual({
      input: { raterType: 'SELF', subjectId: 'person-me', instrumentKey: 'mutuality-fidelity' },
    });
    expect(await screen.findByText('Step 1 of 7')).toBeInTheDocument();
  });

  it('creates a one-time feedback link to copy', async () => {
    const api = stubPage({
      CreatePersonServedLink: () => answer(CreatePersonServedLinkMutationDocument, { createPersonServedLink: { url: 'http://localhost:3000/feedback/abcdefghijklmnopqrstuvwxyz', expiresAt: '2026-03-24T10:00:00.000Z' } }),
    });
    const { user } = renderApp('/checklists');
    const ask = await screen.findByRole('region', { name: 'Ask someone you support for feedback' });
    await user.click(within(ask).getByRole('button', { name: 'Create a feedback link' }));
    expect(await within(ask).findByText('http://localhost:3000/feedback/abcdefghijklmnopqrstuvwxyz')).toBeInTheDocument();
    expect(api.callsOf('CreatePersonServedLink')[0]?.variables).toEqual({ subjectId: 'person-me' });
    await user.click(within(ask).getByRole('button', { name: 'Copy link' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('http://localhost:3000/feedback/abcdefghijklmnopqrstuvwxyz');
  });

  it('hands the tablet over: a calm form with no staff navigation, then a thank-you that waits for the staff member', async () => {
    const draft = checklistFixture({ id: 'c-ps', raterType: 'PERSON_SERVED', raterId: null, rater: null, version: 1 });
    const api = stubPage({
      StartChecklist: () => answer(StartChecklistMutationDocument, { startChecklist: { id: 'c-ps', status: 'DRAFT', raterType: 'PERSON_SERVED' } }),
      Checklist: () => answer(ChecklistQueryDocument, { checklist: draft }),
      SaveChecklistAnswers: () => answer(SaveChecklistAnswersMutationDocument, { saveChecklistAnswers: { id: 'c-ps', version: 2, updatedAt: '2026-03-10T10:00:00.000Z' } }),
      SubmitChecklist: () => answer(SubmitChecklistMutationDocument, { submitChecklist: { ...draft, status: 'SUBMITTED', version: 3 } }),
    });
    const { user, location } = renderApp('/checklists');
    await user.click(await screen.findByRole('button', { name: 'Hand the tablet over' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'How are things going with Jordan?' })).toBeInTheDocument();
    expect(location().pathname).toBe('/checklists/c-ps/hand-over');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Account menu/ })).not.toBeInTheDocument();

    for (const item of itemsForRater(DEFINITION, 'PERSON_SERVED')) {
      await user.click(within(screen.getByRole('group', { name: item.prompts.PERSON_SERVED! })).getByRole('radio', { name: 'Almost always' }));
    }
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you' })).toBeInTheDocument();
    expect(screen.getByText('Please hand the device back to Jordan now.')).toBeInTheDocument();
    expect(api.callsOf('SaveChecklistAnswers')[0]?.variables).toMatchObject({ input: { checklistId: 'c-ps', version: 1 } });
    expect((api.callsOf('SaveChecklistAnswers')[0]?.variables as { input: { answers: unknown[] } }).input.answers).toHaveLength(10);
    expect(api.callsOf('SubmitChecklist')).toHaveLength(1);
    // Nothing of the answers or scores is shown on the thank-you screen.
    expect(screen.queryByText(/Mutuality Fidelity Index/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Return to my account' }));
    expect(location().pathname).toBe('/checklists');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
