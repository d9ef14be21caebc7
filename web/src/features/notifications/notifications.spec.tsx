import { screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import type { NotificationsQuery, SetNotificationPreferenceInput, UpdateNotificationSettingsMutation } from '../../gql/graphql';
import { MarkAllNotificationsReadMutationDocument, MarkNotificationReadMutationDocument, NotificationPreferencesQueryDocument, NotificationsQueryDocument, SetNotificationPreferenceMutationDocument, UnreadNotificationCountQueryDocument, UpdateNotificationSettingsMutationDocument } from './notifications.graphql';
import { meResponse, renderApp } from '../../test/render-app';

const entries: NotificationsQuery['notifications']['items'] = [
  {
    id: 'n-2', kind: 'NOTE_READY_TO_SIGN', title: 'A note is ready to sign', body: 'Jordan Lee finished the note of 3 March.',
    link: '/supervision/notes/s-1', createdAt: '2026-03-04T09:00:00.000Z', readAt: null,
  },
  {
    id: 'n-1', kind: 'SUPERVISION_SCHEDULED', title: 'Supervision scheduled', body: 'On 10 March at 10:00 (Europe/London).',
    link: '/supervision', createdAt: '2026-03-01T09:00:00.000Z', readAt: '2026-03-01T10:00:00.000Z',
  },
];

function inbox(unread: number, items = entries) {
  return answer(NotificationsQueryDocument, { notifications: { totalCount: items.length, unreadCount: unread, items } });
}

describe('Notification bell', () => {
  it('names the unread count and leads to the inbox', async () => {
    stubGraphQL({
      Me: () => meResponse(['STAFF']),
      UnreadNotificationCount: () => answer(UnreadNotificationCountQueryDocument, { unreadNotificationCount: 3 }),
      Notifications: () => inbox(3),
    });
    const { user, location } = renderApp('/profile');
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    await user.click(bell);
    expect(location().pathname).toBe('/notifications');
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
  });

  it('is just “Notifications” when nothing is unread', async () => {
    stubGraphQL({ Me: () => meResponse(['STAFF']), UnreadNotificationCount: () => answer(UnreadNotificationCountQueryDocument, { unreadNotificationCount: 0 }) });
    renderApp('/profile');
    expect(await screen.findByRole('link', { name: 'Notifications' })).toHaveAttribute('href', '/notifications');
  });
});

describe('Inbox', () => {
  it('lists entries with deep links, marks one read and then all read', async () => {
    let unread = 1;
    const api = stubGraphQL({
      Me: () => meResponse(['STAFF']),
      UnreadNotificationCount: () => answer(UnreadNotificationCountQueryDocument, { unreadNotificationCount: unread }),
      Notifications: () => inbox(unread, unread ? entries : entries.map((e) => ({ ...e, readAt: e.readAt ?? '2026-03-05T00:00:00.000Z' }))),
      MarkNotificationRead: () => {
        unread = 0;
        return answer(MarkNotificationReadMutationDocument, { markNotificationRead: { id: 'n-2', readAt: '2026-03-05T00:00:00.000Z' } });
      },
      MarkAllNotificationsRead: () => answer(MarkAllNotificationsReadMutationDocument, { markAllNotificationsRead: 0 }),
    });
    const { user } = renderApp('/notifications');
    const list = await screen.findByRole('list', { name: 'Notifications' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: 'A note is ready to sign' })).toHaveAttribute('href', '/supervision/notes/s-1');
    expect(within(items[0]!).getByText('(unread)')).toBeInTheDocument();
    expect(within(items[1]!).queryByRole('button', { name: /Mark .* read/ })).not.toBeInTheDocument();
    expect(screen.getByText('1 unread entry')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();

    await user.click(within(items[0]!).getByRole('button', { name: 'Mark “A note is ready to sign” read' }));
    await waitFor(() => expect(api.callsOf('MarkNotificationRead')[0]?.variables).toEqual({ input: { id: 'n-2' } }));
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    expect(await screen.findByText('All read')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });

  it('marks all read', async () => {
    const api = stubGraphQL({
      Me: () => meResponse(['STAFF']),
      Notifications: () => inbox(1),
      MarkAllNotificationsRead: () => answer(MarkAllNotificationsReadMutationDocument, { markAllNotificationsRead: 1 }),
    });
    const { user } = renderApp('/notifications');
    await screen.findByRole('list', { name: 'Notifications' });
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(api.callsOf('MarkAllNotificationsRead')).toHaveLength(1));
    await waitFor(() => expect(api.callsOf('Notifications').length).toBeGreaterThan(1));
  });

  it('following a deep link marks the entry read', async () => {
    const api = stubGraphQL({
      Me: () => meResponse(['STAFF']),
      Notifications: () => inbox(1),
      MarkNotificationRead: () => answer(MarkNotificationReadMutationDocument, { markNotificationRead: { id: 'n-2', readAt: '2026-03-05T00:00:00.000Z' } }),
    });
    const { user, location } = renderApp('/notifications');
    await user.click(await screen.findByRole('link', { name: 'A note is ready to sign' }));
    expect(location().pathname).toBe('/supervision/notes/s-1');
    await waitFor(() => expect(api.callsOf('MarkNotificationRead')[0]?.variables).toEqual({ input: { id: 'n-2' } }));
  });

  it('shows only unread entries from the URL, and says so when there are none', async () => {
    const api = stubGraphQL({ Me: () => meResponse(['STAFF']), Notifications: () => inbox(0, []) });
    renderApp('/notifications?show=unread');
    expect(await screen.findByText('Nothing unread')).toBeInTheDocument();
    expect(api.callsOf('Notifications')[0]?.variables).toEqual({ input: { unreadOnly: true, page: { skip: 0, take: 20 } } });
    expect(screen.getByRole('button', { name: 'Unread' })).toHaveAttribute('aria-pressed', 'true');
  });
});

const preferences = answer(NotificationPreferencesQueryDocument, {
  notificationPreferences: [
    { kind: 'NOTE_READY_TO_SIGN', channel: 'EMAIL', label: 'A note is ready to sign' },
    { kind: 'SUPERVISION_REMINDER', channel: 'IN_APP', label: 'Supervision tomorrow (reminder)' },
  ],
  notificationSettings: { timeZone: 'Europe/London', digestWeekday: 1, digestTime: '08:00', digestWhenQuiet: false },
});

describe('Notification settings', () => {
  it('changes one kind’s channel and keeps security messages locked', async () => {
    const api = stubGraphQL({
      Me: () => meResponse(['STAFF']),
      NotificationPreferences: () => preferences,
      SetNotificationPreference: (v) => answer(SetNotificationPreferenceMutationDocument, { setNotificationPreference: { ...(v.input as SetNotificationPreferenceInput), label: 'A note is ready to sign' } }),
    });
    const { user } = renderApp('/notifications/preferences');
    expect(await screen.findByRole('heading', { level: 1, name: 'Notification settings' })).toBeInTheDocument();
    const sign = await screen.findByRole('combobox', { name: 'A note is ready to sign' });
    expect(sign).toHaveValue('EMAIL');
    expect(screen.getByRole('combobox', { name: 'Supervision tomorrow (reminder)' })).toHaveValue('IN_APP');
    expect(screen.getByRole('combobox', { name: /Password reset links/ })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: /Invitations/ })).toBeDisabled();

    await user.selectOptions(sign, 'Off');
    await waitFor(() =>
      expect(api.callsOf('SetNotificationPreference')[0]?.variables).toEqual({ input: { kind: 'NOTE_READY_TO_SIGN', channel: 'OFF' } }),
    );
  });

  it('saves the digest day, time and time zone, and refuses a malformed time', async () => {
    const api = stubGraphQL({
      Me: () => meResponse(['PROGRAM_MANAGER']),
      NotificationPreferences: () => preferences,
      UpdateNotificationSettings: (v) => answer(UpdateNotificationSettingsMutationDocument, { updateNotificationSettings: v.input as UpdateNotificationSettingsMutation['updateNotificationSettings'] }),
    });
    const { user } = renderApp('/notifications/preferences');
    await screen.findByRole('heading', { level: 2, name: 'Time zone and weekly digest' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Digest day' }), 'Friday');
    const time = screen.getByLabelText('Digest time');
    await user.clear(time);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.type(time, '17:30');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Time zone/ }), 'America/New_York');
    const quiet = screen.getByRole('checkbox', { name: /all quiet/ });
    expect(quiet).not.toBeChecked();
    await user.click(quiet);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.callsOf('UpdateNotificationSettings')[0]?.variables).toEqual({
        input: { digestWeekday: 5, digestTime: '17:30', timeZone: 'America/New_York', digestWhenQuiet: true },
      }),
    );
  });
});
