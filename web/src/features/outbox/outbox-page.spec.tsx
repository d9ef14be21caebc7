import { screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import type { OutboxMessagesQuery } from '../../gql/graphql';
import { OutboxMessagesQueryDocument, OutboxSummaryQueryDocument, RetryOutboxMessageMutationDocument } from './outbox.graphql';
import { meResponse, renderApp } from '../../test/render-app';

const RESET_URL = 'http://localhost:3000/reset-password/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
type Message = OutboxMessagesQuery['outboxMessages']['items'][number];

const messages = answer(OutboxMessagesQueryDocument, {
    outboxMessages: {
      totalCount: 2,
      items: [
        {
          id: 'm-2', kind: 'PASSWORD_RESET', createdAt: '2026-03-02T10:00:00.000Z', toAddress: 'sam@example.org',
          subject: 'Choose a new password for Riverbend on Tandem', actionUrl: RESET_URL,
          bodyText: `Hello Sam Rivera,\n\nTo choose a new password, open this link:\n${RESET_URL}\n\n— Tandem for Riverbend`,
          recipient: { id: 'p-sam', name: 'Sam Rivera' },
          status: 'HELD', attempts: 0, lastError: null, sentAt: null, sendAfter: '2026-03-02T10:00:00.000Z',
        },
        {
          id: 'm-1', kind: 'INVITATION', createdAt: '2026-03-01T10:00:00.000Z', toAddress: 'kim@example.org',
          subject: 'You’re invited to Riverbend on Tandem', actionUrl: 'http://localhost:3000/invite/tok',
          bodyText: 'Hello Kim Lee,\n\nhttp://localhost:3000/invite/tok', recipient: { id: 'p-kim', name: 'Kim Lee' },
          status: 'HELD', attempts: 0, lastError: null, sentAt: null, sendAfter: '2026-03-01T10:00:00.000Z',
        },
      ],
    },
});

describe('Outbox', () => {
  it('is in an administrator’s menu and shows each message as it would be mailed, with its link', async () => {
    const api = stubGraphQL({ Me: () => meResponse(['ADMIN']), OutboxMessages: () => messages });
    const { user, location } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Outbox' }));
    expect(location().pathname).toBe('/outbox');
    expect(await screen.findByRole('heading', { level: 1, name: 'Outbox' })).toBeInTheDocument();

    const reset = screen.getByRole('article', { name: 'Choose a new password for Riverbend on Tandem' });
    expect(within(reset).getByText('Password reset')).toBeInTheDocument();
    expect(within(reset).getByRole('link', { name: 'Sam Rivera' })).toHaveAttribute('href', '/people/p-sam');
    expect(within(reset).getByText(/sam@example.org/)).toBeInTheDocument();
    expect(within(reset).getByRole('link', { name: RESET_URL })).toHaveAttribute('href', RESET_URL);
    await user.click(within(reset).getByRole('button', { name: 'Copy link from the message to Sam Rivera' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(RESET_URL);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(api.callsOf('OutboxMessages')[0]?.variables).toEqual({ filter: {}, page: { skip: 0, take: 20 } });
  });

  it('filters by kind and by person from the URL', async () => {
    const api = stubGraphQL({ Me: () => meResponse(['ADMIN']), OutboxMessages: () => messages });
    const { user } = renderApp('/outbox?recipient=p-sam');
    await screen.findByRole('heading', { level: 1, name: 'Outbox' });
    expect(api.callsOf('OutboxMessages')[0]?.variables).toEqual({ filter: { recipientId: 'p-sam' }, page: { skip: 0, take: 20 } });
    await user.selectOptions(screen.getByRole('combobox', { name: /Show/ }), 'Invitation');
    expect(api.callsOf('OutboxMessages').at(-1)?.variables).toEqual({ filter: { kind: 'INVITATION', recipientId: 'p-sam' }, page: { skip: 0, take: 20 } });
  });

  it('is not in the menu of anyone but an administrator', async () => {
    stubGraphQL({ Me: () => meResponse(['PROGRAM_MANAGER']) });
    renderApp('/');
    await screen.findByRole('navigation');
    expect(screen.queryByRole('link', { name: 'Outbox' })).not.toBeInTheDocument();
  });

  it('shows each message’s delivery status with the reason it failed, and retries it now', async () => {
    const failed: Message = {
      ...messages.data.outboxMessages.items[0]!, id: 'm-3', kind: 'SUPERVISION_MOVED', subject: 'Supervision moved to 12 March',
      actionUrl: null, status: 'FAILED', attempts: 5, lastError: '421 mail.example.org busy', sentAt: null, sendAfter: '2026-03-02T10:00:00.000Z',
    };
    const sent: Message = { ...messages.data.outboxMessages.items[1]!, status: 'SENT', attempts: 1, lastError: null, sentAt: '2026-03-01T10:01:00.000Z', sendAfter: '2026-03-01T10:00:00.000Z' };
    const api = stubGraphQL({
      Me: () => meResponse(['ADMIN']),
      OutboxSummary: () => answer(OutboxSummaryQueryDocument, { outboxSummary: { mailConfigured: true, held: 0, queued: 0, sending: 0, sent: 1, failed: 1 } }),
      OutboxMessages: () => answer(OutboxMessagesQueryDocument, { outboxMessages: { totalCount: 2, items: [failed, sent] } }),
      RetryOutboxMessage: () => answer(RetryOutboxMessageMutationDocument, { retryOutboxMessage: { id: 'm-3', status: 'QUEUED', attempts: 0, lastError: null } }),
    });
    const { user } = renderApp('/outbox');
    const moved = await screen.findByRole('article', { name: 'Supervision moved to 12 March' });
    expect(within(moved).getByText('Supervision moved')).toBeInTheDocument();
    expect(await within(moved).findByText('Failed')).toBeInTheDocument();
    expect(within(moved).getByText(/421 mail.example.org busy/)).toBeInTheDocument();
    const delivered = screen.getByRole('article', { name: 'You’re invited to Riverbend on Tandem' });
    expect(within(delivered).getByText('Sent')).toBeInTheDocument();
    expect(within(delivered).queryByRole('button', { name: /Retry now/ })).not.toBeInTheDocument();
    expect(screen.queryByText('E-mail isn’t sent yet')).not.toBeInTheDocument();

    await user.click(within(moved).getByRole('button', { name: 'Retry now: Supervision moved to 12 March' }));
    await waitFor(() => expect(api.callsOf('RetryOutboxMessage')[0]?.variables).toEqual({ input: { id: 'm-3' } }));
    await waitFor(() => expect(api.callsOf('OutboxMessages').length).toBeGreaterThan(1));

    await user.selectOptions(screen.getByRole('combobox', { name: /Status/ }), 'Failed');
    expect(api.callsOf('OutboxMessages').at(-1)?.variables).toEqual({ filter: { status: 'FAILED' }, page: { skip: 0, take: 20 } });
  });

  it('offers no retry while no mail server is configured (messages are held)', async () => {
    const held: Message = { ...messages.data.outboxMessages.items[0]!, status: 'HELD', attempts: 0, lastError: null, sentAt: null, sendAfter: '2026-03-02T10:00:00.000Z' };
    stubGraphQL({
      Me: () => meResponse(['ADMIN']),
      OutboxSummary: () => answer(OutboxSummaryQueryDocument, { outboxSummary: { mailConfigured: false, held: 1, queued: 0, sending: 0, sent: 0, failed: 0 } }),
      OutboxMessages: () => answer(OutboxMessagesQueryDocument, { outboxMessages: { totalCount: 1, items: [held] } }),
    });
    renderApp('/outbox');
    expect(await screen.findByText('E-mail isn’t sent yet')).toBeInTheDocument();
    const article = screen.getByRole('article');
    expect(within(article).getByText('Held')).toBeInTheDocument();
    expect(within(article).queryByRole('button', { name: /Retry now/ })).not.toBeInTheDocument();
  });
});
