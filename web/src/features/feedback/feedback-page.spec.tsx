import { itemsForRater } from '@tandem/shared';
import { screen, within } from '@testing-library/react';
import { answer, gqlError, stubGraphQL, type GraphQLResponseStub } from '../../test/graphql-stub';
import { PersonServedFormQueryDocument, SubmitPersonServedFeedbackMutationDocument } from './feedback.graphql';
import { renderApp } from '../../test/render-app';
import { DEFINITION } from '../checklists/testing/fixtures';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';
const SHORT_FORM = itemsForRater(DEFINITION, 'PERSON_SERVED');

function stubFeedback(submit: () => GraphQLResponseStub = () => answer(SubmitPersonServedFeedbackMutationDocument, { submitPersonServedFeedback: true })) {
  return stubGraphQL({
    PersonServedForm: () => answer(PersonServedFormQueryDocument, { personServedForm: { peerFirstName: 'Jordan', organizationName: 'Riverbend Recovery Collaborative', definitionJson: JSON.stringify(DEFINITION) } }),
    SubmitPersonServedFeedback: submit,
  });
}

describe('The person-served feedback form (public link)', () => {
  it('asks the short form in plain language, with “doesn’t apply” only where allowed, and no staff navigation', async () => {
    const api = stubFeedback();
    renderApp(`/feedback/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'How are things going with Jordan?' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(api.callsOf('Me')).toHaveLength(0);
    expect(screen.getByText(/We don’t ask for your name and we don’t keep it/)).toBeInTheDocument();
    const groups = SHORT_FORM.map((item) => screen.getByRole('group', { name: item.prompts.PERSON_SERVED! }));
    expect(groups).toHaveLength(10);
    SHORT_FORM.forEach((item, i) => {
      expect(within(groups[i]!).queryByRole('radio', { name: 'Doesn’t apply to me' }) !== null).toBe(item.naAllowed);
      expect(within(groups[i]!).queryByRole('button', { name: /comment/i })).not.toBeInTheDocument();
    });
  });

  it('needs every question answered, sends only the answers, and thanks the person', async () => {
    const api = stubFeedback();
    const { user } = renderApp(`/feedback/${TOKEN}`);
    await screen.findByRole('heading', { level: 1, name: /How are things going/ });
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('10 questions still need an answer');
    expect(api.callsOf('SubmitPersonServedFeedback')).toHaveLength(0);

    for (const item of SHORT_FORM) {
      const group = screen.getByRole('group', { name: item.prompts.PERSON_SERVED! });
      await user.click(within(group).getByRole('radio', { name: item.naAllowed && item.code === 'D4.4' ? 'Doesn’t apply to me' : 'Usually' }));
    }
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you' })).toHaveFocus();
    const sent = api.callsOf('SubmitPersonServedFeedback')[0]?.variables as { input: { token: string; answers: { itemCode: string; value: number | null }[] } };
    expect(sent.input.token).toBe(TOKEN);
    expect(sent.input.answers).toHaveLength(10);
    expect(sent.input.answers).toContainEqual({ itemCode: 'D4.4', value: null });
    expect(sent.input.answers.every((a) => Object.keys(a).sort().join() === 'itemCode,value')).toBe(true);
    expect(localStorage.length).toBe(0);
  });

  it('explains kindly when the link was used or has expired', async () => {
    stubGraphQL({ PersonServedForm: () => gqlError('NOT_FOUND', 'Feedback link (it may have been used or expired) not found') });
    const { location } = renderApp(`/feedback/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link can’t be used any more' })).toBeInTheDocument();
    expect(screen.getByText(/If you have just sent your answers, they arrived safely/)).toBeInTheDocument();
    expect(location().pathname).toBe(`/feedback/${TOKEN}`);
  });

  it('shows the server’s message in place when answers are refused', async () => {
    stubFeedback(() => gqlError('BAD_USER_INPUT', 'Please answer a few more questions: Shared power (D1): 1 of 2 answered.'));
    const { user } = renderApp(`/feedback/${TOKEN}`);
    await screen.findByRole('heading', { level: 1, name: /How are things going/ });
    for (const item of SHORT_FORM) {
      await user.click(within(screen.getByRole('group', { name: item.prompts.PERSON_SERVED! })).getByRole('radio', { name: 'Occasionally' }));
    }
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please answer a few more questions');
  });
});
