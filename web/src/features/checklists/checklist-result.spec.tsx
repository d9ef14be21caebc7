import type { ChecklistAnswer } from '@tandem/shared';
import { screen, within } from '@testing-library/react';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import { AmendChecklistMutationDocument, ChecklistListQueryDocument, ChecklistQueryDocument } from './checklists.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { checklistFixture, DEFINITION, SELF_ITEMS } from './testing/fixtures';

/** D1 at its best, D6 at its hardest (its drift items rated 5), everything else "usually". */
function storyAnswers(): ChecklistAnswer[] {
  return SELF_ITEMS.map((item) => {
    const drift = item.polarity === 'DRIFT';
    if (item.dimensionCode === 'D1') return { itemCode: item.code, value: drift ? 1 : 5 };
    if (item.dimensionCode === 'D6') return { itemCode: item.code, value: drift ? 5 : 1 };
    return { itemCode: item.code, value: drift ? 2 : 4 };
  });
}

const dimension = (code: string) => DEFINITION.dimensions.find((d) => d.code === code)!;

function stubResult(extra: Record<string, () => unknown> = {}) {
  const checklist = checklistFixture({
    status: 'SUBMITTED',
    answerList: storyAnswers(),
    revision: 2,
    revisions: [{ revision: 1, submittedAt: '2026-03-05T09:00:00.000Z', amendedByName: 'Jordan Lee', reason: 'I mixed up two answers', mutualityIndex: 3.5, createdAt: '2026-03-06T09:00:00.000Z' }],
  });
  const supervisor = checklistFixture({
    id: 'c-sup',
    status: 'SUBMITTED',
    raterType: 'SUPERVISOR',
    raterId: 'sup-1',
    rater: { id: 'sup-1', name: 'Sam Okafor' },
    submittedAt: '2026-02-20T09:00:00.000Z',
    answerList: DEFINITION.items.map((i) => ({ itemCode: i.code, value: i.polarity === 'DRIFT' ? 2 : 3 })),
  });
  const api = stubGraphQL({
    Me: () => meResponse(['STAFF'], { id: 'person-me', name: 'Jordan Lee' }),
    Checklist: () => answer(ChecklistQueryDocument, { checklist }),
    ChecklistList: () => answer(ChecklistListQueryDocument, { checklists: { totalCount: 1, totalCountCapped: false, pageInfo: { endCursor: supervisor.id, hasNextPage: false }, items: [supervisor] } }),
    ...extra,
  });
  return { api, checklist };
}

describe('A submitted checklist’s result', () => {
  it('speaks in strengths first and frames low dimensions as where to grow next', async () => {
    stubResult();
    renderApp('/checklists/c-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your self-assessment' })).toBeInTheDocument();
    const index = screen.getByRole('region', { name: 'Mutuality Fidelity Index' });
    expect(index).toHaveTextContent('66.7/100'); // 3.67 of 5, on the one scale people see
    expect(index).not.toHaveTextContent('of 5');
    expect(index).toHaveTextContent('Moderate');
    expect(index).toHaveTextContent('Mutual practice is there much of the time, with a few clear places to grow.');

    const going = screen.getByRole('region', { name: 'What’s going well' });
    expect(going).toHaveTextContent(dimension('D1').strengthText);
    expect(going).not.toHaveTextContent(dimension('D6').title);
    const grow = screen.getByRole('region', { name: 'Where to grow next' });
    expect(grow).toHaveTextContent(dimension('D6').title);
    expect(grow).toHaveTextContent(dimension('D6').growthText);
    expect(grow).not.toHaveTextContent(dimension('D6').strengthText);

    // Drift items rated 4–5 become questions to take to supervision.
    const topics = screen.getByRole('region', { name: 'To bring to supervision' });
    const d6Drift = SELF_ITEMS.filter((i) => i.dimensionCode === 'D6' && i.polarity === 'DRIFT');
    for (const item of d6Drift) expect(topics).toHaveTextContent(item.reflectionPrompt!);
    expect(screen.getByRole('main')).not.toHaveTextContent(/fail/i);
  });

  it('sets the supervisor’s rating from a similar time beside the self-assessment, per dimension', async () => {
    const { api } = stubResult();
    renderApp('/checklists/c-1');
    const table = await screen.findByRole('table', { name: 'Self-assessment and supervisor’s rating by dimension' });
    expect(api.callsOf('ChecklistList')[0]?.variables).toMatchObject({
      filter: { subjectId: 'person-me', raterType: 'SUPERVISOR', status: 'SUBMITTED' },
    });
    const d1 = within(table).getByRole('row', { name: /Shared power/ });
    expect(within(d1).getAllByRole('cell').map((c) => c.textContent)).toEqual(['100.0', '62.5']); // 5.00 and 3.50 of 5
    expect(screen.getByText(/^Self-ratings run higher than the supervisor’s here, by \d+ points on average./)).toBeInTheDocument();
  });

  it('keeps the revision history and lets the rater change answers as a new revision', async () => {
    const { checklist, api } = stubResult({
      AmendChecklist: () => answer(AmendChecklistMutationDocument, { amendChecklist: { ...checklistFixture({ status: 'SUBMITTED', answerList: storyAnswers() }), revision: 3 } }),
    });
    const { user, location } = renderApp('/checklists/c-1');
    const history = await screen.findByRole('region', { name: 'Changes since first submitted' });
    expect(history).toHaveTextContent('Revision 1');
    expect(history).toHaveTextContent('I mixed up two answers');
    expect(history).toHaveTextContent('Revision 2');

    await user.click(screen.getByRole('link', { name: 'Change answers' }));
    expect(location().pathname).toBe('/checklists/c-1/amend');
    await screen.findByText('Step 1 of 7');
    const first = screen.getByRole('group', { name: SELF_ITEMS[0]!.prompts.SELF });
    await user.click(within(first).getByRole('radio', { name: 'Usually' }));
    expect(screen.getByText('1 answer changed — saved when you confirm below')).toBeInTheDocument();
    for (let i = 0; i < 6; i += 1) await user.click(screen.getByRole('button', { name: /^Next/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes as a new revision' }));
    expect(screen.getByLabelText('Why are the answers changing?')).toHaveAccessibleDescription(/Say briefly why/);
    await user.type(screen.getByLabelText('Why are the answers changing?'), 'Re-read the first question');
    await user.click(screen.getByRole('button', { name: 'Save changes as a new revision' }));
    expect(await screen.findByText('Changes saved as revision 3.')).toBeInTheDocument();
    expect(api.callsOf('AmendChecklist')[0]?.variables).toEqual({
      input: { checklistId: 'c-1', version: checklist.version, reason: 'Re-read the first question', answers: [{ itemCode: SELF_ITEMS[0]!.code, value: 4, comment: '' }] },
    });
    expect(location().pathname).toBe('/checklists/c-1');
  });
});
