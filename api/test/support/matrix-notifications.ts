import type { MatrixEntry } from './matrix';
import { insertOutboxMessage } from './matrix';

/** Inbox, preferences and mail delivery. Inbox operations are about the caller only: there is no one else's to reach. */
export const NOTIFICATION_MATRIX: Record<string, MatrixEntry> = {
  notifications: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: '{ notifications { totalCount unreadCount items { id } } }' }) },
  unreadNotificationCount: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: '{ unreadNotificationCount }' }) },
  notificationPreferences: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: '{ notificationPreferences { kind channel } }' }) },
  notificationSettings: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: '{ notificationSettings { timeZone } }' }) },
  outboxSummary: { access: ['ADMIN'], foreign: 'DATA', sample: () => ({ query: '{ outboxSummary { mailConfigured held } }' }) },
  markNotificationRead: {
    // Your own entry is yours to mark; another organisation's person's entry does not exist for you.
    access: 'signed-in',
    sample: async ({ app, caller, scope, target }) => {
      const recipient = scope === 'foreign' || !caller ? target.person : caller;
      const [row] = await app.owner.query(
        `INSERT INTO notification (organization_id, recipient_id, kind, title, body, message_key) SELECT organization_id, id, 'CHECKLIST_DUE', 'Due', '', gen_random_uuid()::text FROM person WHERE id = $1 RETURNING id`,
        [recipient.id],
      );
      return { query: 'mutation($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id } }', variables: { i: { id: row.id } }, listed: row.id };
    },
  },
  markAllNotificationsRead: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: 'mutation { markAllNotificationsRead }' }) },
  setNotificationPreference: {
    access: 'signed-in', foreign: 'DATA',
    sample: () => ({ query: 'mutation($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind } }', variables: { i: { kind: 'CHECKLIST_DUE', channel: 'IN_APP' } } }),
  },
  updateNotificationSettings: {
    access: 'signed-in', foreign: 'DATA',
    sample: () => ({
      query: 'mutation($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }',
      variables: { i: { timeZone: 'Europe/Berlin', digestWeekday: 1, digestTime: '08:00' } },
    }),
  },
  retryOutboxMessage: {
    // Admins only; without a mail server (as here) a message cannot be retried.
    access: ['ADMIN'], own: { ADMIN: 'CONFLICT' },
    sample: async ({ app, target }) => ({
      query: 'mutation($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id } }',
      variables: { i: { id: await insertOutboxMessage(app, target.org.id, target.person.id) } },
    }),
  },
};
