import { scoreChecklist } from '@tandem/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { answer, gqlError, stubGraphQL, type GraphQLResponseStub } from '../../test/graphql-stub';
import { ChecklistListQueryDocument, ChecklistQueryDocument, SaveChecklistAnswersMutationDocument, SubmitChecklistMutationDocument } from './checklists.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { formatIndex, formatScore } from './checklist-wording';
import { answersFor, checklistFixture, DEFINITION, SELF_ITEMS } from './testing/fixtures';
import type { ChecklistDetail } from './use-checklists';

const SAVE_WAIT = { timeout: 10_000 };

function stubForm(checklist: ChecklistDetail, handlers: Record<string, (v: Record<string, unknown>) => GraphQLResponseStub | Promise<GraphQLResponseStub>> = {}) {
  let version = checklist.version;
  return stubGraphQL({
    Me: () => meResponse(['STAFF'], { id: 'person-me', name: 'Jordan Lee' }),
    Checklist: () => answer(ChecklistQueryDocument, { checklist }),
    SaveChecklistAnswers: () => {
      version += 1;
      return answer(SaveChecklistAnswersMutationDocument, { saveChecklistAnswers: { id: checklist.id, version, updatedAt: '2026-03-05T12:04:00.000Z' } });
    },
    ChecklistList: () => answer(ChecklistListQueryDocument, { checklists: { totalCount: 0, totalCountCapped: false, pageInfo: { endCursor: null, hasNextPage: false }, items: [] } }),
    ...handlers,
  });
}

const stepTitle = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('Filling in a checklist', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows one dimension per step, resumes at the first unanswered step, and moves with Back and Next', async () => {
    stubForm(checklistFixture({ answerList: answersFor(4) }));
    const { user, location } = renderApp('/checklists/c-1');
    expect(await screen.findByText('Step 2 of 7')).toBeInTheDocument();
    expect(stepTitle()).toBe('Reciprocity and co-learning');
    expect(screen.getByRole('progressbar', { name: /4 of 24 questions answered/ })).toHaveAttribute('aria-valuenow', '4');
    expect(screen.getAllByRole('radio', { name: 'Usually' })).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepTitle()).toBe('Shared power and equality');
    expect(location().search).toBe('?step=1');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
    // The saved answers are there.
    const first = screen.getByRole('group', { name: SELF_ITEMS[0]!.prompts.SELF });
    expect(within(first).getByRole('radio', { name: 'Usually' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    expect(stepTitle()).toBe('Lived experience and purposeful self-disclosure');
    expect(screen.getByText('Step 3 of 7')).toBeInTheDocument();
  });

  it('offers “not applicable” only where the item allows it, and the scale works with arrow keys', async () => {
    stubForm(checklistFixture());
    const { user } = renderApp('/checklists/c-1');
    await screen.findByText('Step 1 of 7');
    const noNa = screen.getByRole('group', { name: SELF_ITEMS[0]!.prompts.SELF });
    const withNa = screen.getByRole('group', { name: SELF_ITEMS[1]!.prompts.SELF });
    expect(SELF_ITEMS[0]!.naAllowed).toBe(false);
    expect(within(noNa).getAllByRole('radio')).toHaveLength(5);
    expect(within(noNa).queryByRole('radio', { name: DEFINITION.scale.naLabel })).not.toBeInTheDocument();
    expect(within(withNa).getAllByRole('radio')).toHaveLength(6);
    expect(within(withNa).getByRole('radio', { name: DEFINITION.scale.naLabel })).toBeInTheDocument();

    await user.click(within(noNa).getByRole('radio', { name: 'Occasionally' }));
    await user.keyboard('{ArrowRight}');
    expect(within(noNa).getByRole('radio', { name: 'About half the time' })).toBeChecked();
    expect(within(noNa).getByRole('radio', { name: 'About half the time' })).toHaveFocus();

    // Help is a disclosure.
    expect(within(noNa).getByText('What to look for').closest('details')).not.toHaveAttribute('open');
  });

  it('autosaves changes with the version it read and says when they are saved', async () => {
    const api = stubForm(checklistFixture());
    const { user } = renderApp('/checklists/c-1');
    await screen.findByText('Step 1 of 7');
    expect(screen.getByText('Your answers save as you go')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: SELF_ITEMS[1]!.prompts.SELF });
    await user.click(within(group).getByRole('radio', { name: DEFINITION.scale.naLabel }));
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: /Add a comment/ }));
    await user.type(within(group).getByLabelText(/Comment/), 'No disagreements this month');
    expect(await screen.findByText(/^Saved \d{2}:\d{2}$/, undefined, SAVE_WAIT)).toBeInTheDocument();
    const saves = api.callsOf('SaveChecklistAnswers');
    expect(saves[0]?.variables).toEqual({
      input: { checklistId: 'c-1', version: 3, answers: [{ itemCode: SELF_ITEMS[1]!.code, value: null, comment: 'No disagreements this month' }] },
    });
    expect(saves).toHaveLength(1);

    // The next save sends the version the server returned.
    await user.click(within(group).getByRole('radio', { name: 'Usually' }));
    await waitFor(() => expect(api.callsOf('SaveChecklistAnswers')).toHaveLength(2), SAVE_WAIT);
    expect(api.callsOf('SaveChecklistAnswers')[1]?.variables).toMatchObject({ input: { version: 4, answers: [{ itemCode: SELF_ITEMS[1]!.code, value: 4 }] } });
  });

  it('on a conflict reloads the server copy, keeps the answers not saved yet, and tells the person', async () => {
    const first = SELF_ITEMS[0]!;
    const second = SELF_ITEMS[1]!;
    const elsewhere = checklistFixture({ version: 9, answerList: [{ itemCode: second.code, value: 5 }] });
    let checklistCalls = 0;
    let saveCalls = 0;
    const api = stubForm(checklistFixture(), {
      Checklist: () => {
        checklistCalls += 1;
        return answer(ChecklistQueryDocument, { checklist: checklistCalls === 1 ? checklistFixture() : elsewhere });
      },
      SaveChecklistAnswers: () => {
        saveCalls += 1;
        return saveCalls === 1
          ? gqlError('CONFLICT', 'This checklist was changed elsewhere (another tab or device).')
          : answer(SaveChecklistAnswersMutationDocument, { saveChecklistAnswers: { id: 'c-1', version: 10, updatedAt: '2026-03-05T12:04:00.000Z' } });
      },
    });
    const { user } = renderApp('/checklists/c-1');
    await screen.findByText('Step 1 of 7');
    await user.click(within(screen.getByRole('group', { name: first.prompts.SELF })).getByRole('radio', { name: 'Almost always' }));

    expect(await screen.findByText(/kept the answer you hadn’t saved yet — nothing is lost/, undefined, SAVE_WAIT)).toBeInTheDocument();
    await screen.findByText(/^Saved \d{2}:\d{2}$/, undefined, SAVE_WAIT);
    // Your answer survived, and the one made elsewhere arrived.
    expect(within(screen.getByRole('group', { name: first.prompts.SELF })).getByRole('radio', { name: 'Almost always' })).toBeChecked();
    expect(within(screen.getByRole('group', { name: second.prompts.SELF })).getByRole('radio', { name: 'Almost always' })).toBeChecked();
    const saves = api.callsOf('SaveChecklistAnswers');
    expect(saves).toHaveLength(2);
    expect(saves[1]?.variables).toEqual({ input: { checklistId: 'c-1', version: 9, answers: [{ itemCode: first.code, value: 5, comment: '' }] } });
  });

  it('keeps trying when saving fails, without losing the answer', async () => {
    let saveCalls = 0;
    stubForm(checklistFixture(), {
      SaveChecklistAnswers: () => {
        saveCalls += 1;
        return saveCalls === 1
          ? gqlError('INTERNAL_SERVER_ERROR', 'Something went wrong')
          : answer(SaveChecklistAnswersMutationDocument, { saveChecklistAnswers: { id: 'c-1', version: 4, updatedAt: '2026-03-05T12:04:00.000Z' } });
      },
    });
    const { user } = renderApp('/checklists/c-1');
    await screen.findByText('Step 1 of 7');
    await user.click(within(screen.getByRole('group', { name: SELF_ITEMS[0]!.prompts.SELF })).getByRole('radio', { name: 'Usually' }));
    expect(await screen.findByText('Couldn’t save — retrying', undefined, SAVE_WAIT)).toBeInTheDocument();
    expect(await screen.findByText(/^Saved \d{2}:\d{2}$/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(saveCalls).toBe(2);
  }, 10_000);

  it('shows an answer the server refuses at the question itself', async () => {
    const item = SELF_ITEMS[1]!;
    stubForm(checklistFixture(), {
      SaveChecklistAnswers: () => ({
        data: null,
        errors: [{ message: `Item ${item.code} cannot be marked not applicable.`, extensions: { code: 'BAD_USER_INPUT', itemCode: item.code } }],
      }),
    });
    const { user } = renderApp('/checklists/c-1');
    await screen.findByText('Step 1 of 7');
    const group = screen.getByRole('group', { name: item.prompts.SELF });
    await user.click(within(group).getByRole('radio', { name: DEFINITION.scale.naLabel }));
    expect(await screen.findByText(`Not saved: Item ${item.code} cannot be marked not applicable.`, undefined, SAVE_WAIT)).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription(`Item ${item.code} cannot be marked not applicable.`);
  });

  it('lists what is unanswered and blocks submitting until every dimension has enough answers', async () => {
    const api = stubForm(checklistFixture({ answerList: answersFor(10) }));
    const { user } = renderApp('/checklists/c-1?step=review');
    await screen.findByRole('heading', { level: 2, name: 'Review and submit' });
    expect(screen.getByRole('heading', { name: '14 questions not answered yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit checklist' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not quite ready to submit');
    expect(alert).toHaveTextContent(/Lived experience and purposeful self-disclosure \(D3\): 2 of 4 answered; please answer at least 1 question more/);
    expect(api.callsOf('SubmitChecklist')).toHaveLength(0);

    // "Answer" jumps to the question.
    const d3Missing = SELF_ITEMS[10]!;
    await user.click(screen.getByRole('button', { name: `Answer question ${d3Missing.code}` }));
    expect(stepTitle()).toBe('Lived experience and purposeful self-disclosure');
    await waitFor(() => expect(screen.getByRole('group', { name: d3Missing.prompts.SELF }).querySelector('input')).toHaveFocus());
  });

  it('previews the scores exactly as the shared scoring computes them', async () => {
    const answers = answersFor(24, [4, 2, 5, 3, null, 1, 4]);
    stubForm(checklistFixture({ answerList: answers }));
    renderApp('/checklists/c-1?step=review');
    const table = await screen.findByRole('table', { name: 'Score preview by dimension' });
    const expected = scoreChecklist(DEFINITION, answers, { raterType: 'SELF' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(expected.dimensions.length);
    expected.dimensions.forEach((d, i) => {
      const title = DEFINITION.dimensions.find((x) => x.code === d.dimensionCode)!.shortTitle;
      expect(within(rows[i]!).getByRole('rowheader')).toHaveTextContent(title);
      expect(within(rows[i]!).getByRole('cell')).toHaveTextContent(d.score === null ? 'needs more answers' : formatScore(d.score));
    });
    expect(expected.mutualityIndex).not.toBeNull();
    expect(screen.getByTestId('preview-index')).toHaveTextContent(formatIndex(expected.mutualityIndex, expected.mutualityIndex100));
  });

  it('submits exactly once per key: a retry after a failure sends the same idempotency key', async () => {
    const answers = answersFor(24);
    const submitted = checklistFixture({ status: 'SUBMITTED', answerList: answers });
    let submits = 0;
    const api = stubForm(checklistFixture({ answerList: answers }), {
      SubmitChecklist: () => {
        submits += 1;
        return submits === 1 ? gqlError('SERVICE_UNAVAILABLE', 'The database is busy. Please try again.') : answer(SubmitChecklistMutationDocument, { submitChecklist: submitted });
      },
    });
    const { user, location } = renderApp('/checklists/c-1?step=review');
    await user.click(await screen.findByRole('button', { name: 'Submit checklist' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Couldn’t submit — please try again');
    expect(screen.getByRole('alert')).toHaveTextContent('The database is busy');
    const key = sessionStorage.getItem('tandem.checklist-submit.c-1');
    expect(key).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Submit checklist' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mutuality Fidelity Index' })).toBeInTheDocument();
    const calls = api.callsOf('SubmitChecklist');
    expect(calls.map((c) => c.variables)).toEqual([
      { input: { checklistId: 'c-1', idempotencyKey: key } },
      { input: { checklistId: 'c-1', idempotencyKey: key } },
    ]);
    expect(sessionStorage.getItem('tandem.checklist-submit.c-1')).toBeNull();
    expect(location().search).toBe('');
  });

  it('shows the server’s reasons in place when it refuses the submission', async () => {
    stubForm(checklistFixture({ answerList: answersFor(24) }), {
      SubmitChecklist: () => ({
        data: null,
        errors: [{
          message: 'Not ready to submit: Listening for meaning (D4): 2 of 4 answered.',
          extensions: { code: 'BAD_USER_INPUT', problems: ['Listening for meaning (D4): 2 of 4 answered; please answer at least 1 question more.'] },
        }],
      }),
    });
    const { user } = renderApp('/checklists/c-1?step=review');
    await user.click(await screen.findByRole('button', { name: 'Submit checklist' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This checklist can’t be submitted yet');
    expect(alert).toHaveTextContent('Listening for meaning (D4): 2 of 4 answered; please answer at least 1 question more.');
  });

  it('uses the observer wording for a supervisor’s rating, including organisational conditions', async () => {
    stubGraphQL({
      Me: () => meResponse(['SUPERVISOR'], { id: 'sup-1', name: 'Sam Okafor' }),
      Checklist: () => answer(ChecklistQueryDocument, { checklist: checklistFixture({ raterType: 'SUPERVISOR', raterId: 'sup-1', rater: { id: 'sup-1', name: 'Sam Okafor' } }) }),
    });
    renderApp('/checklists/c-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Observation rating of Jordan Lee' })).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 8')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: DEFINITION.items[0]!.prompts.SUPERVISOR })).toBeInTheDocument();
  });
});
