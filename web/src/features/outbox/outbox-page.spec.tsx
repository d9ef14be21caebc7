import { screen, within } from '@testing-library/react';
import { stubGraphQL } from '../../test/graphql-stub';
import { meResponse, renderApp } from '../../test/render-app';

const RESET_URL = 'http://localhost:3000/reset-password/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const messages = {
  data: {
    outboxMessages: {
      totalCount: 2,
      items: [
        {
          id: 'm-2', kind: 'PASSWORD_RESET', createdAt: '2026-03-02T10:00:00.000Z', toAddress: 'sam@example.org',
          subject: 'Choose a new password for Riverbend on Tandem', actionUrl: RESET_URL,
          bodyText: `Hello Sam Rivera,\n\nTo choose a new password, open this link:\n${RESET_URL}\n\n— Tandem for Riverbend`,
          recipient: { id: 'p-sam', name: 'Sam Rivera' },
        },
        {
          id: 'm-1', kind: 'INVITATION', createdAt: '2026-03-01T10:00:00.000Z', toAddress: 'kim@example.org',
          subject: 'You’re invited to Riverbend on Tandem', actionUrl: 'http://localhost:3000/invite/tok',
          bodyText: 'Hello Kim Lee,\n\nhttp://localhost:3000/invite/tok', recipient: { id: 'p-kim', name: 'Kim Lee' },
        },
      ],
    },
  },
};

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
});
