import { auditRowsOf, call } from './support/admin-helpers';
import { isoDaysAgo } from './support/clock';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf, gql, gqlRaw } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const INBOX = graphql(`query Notifications($i: NotificationsInput) { notifications(input: $i) { totalCount unreadCount items { id kind title link readAt } } }`);
const UNREAD = graphql(`query UnreadNotificationCount { unreadNotificationCount }`);
const MARK = graphql(`mutation MarkNotificationRead($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }`);
const MARK_ALL = graphql(`mutation MarkAllNotificationsRead { markAllNotificationsRead }`);
const PREFS = graphql(`query NotificationPreferences { notificationPreferences { kind label channel } }`);
const SET_PREF = graphql(`mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }`);
const SETTINGS = graphql(`query NotificationSettingsInNotificationsInbox { notificationSettings { timeZone digestWeekday digestTime } }`);
const UPDATE_SETTINGS = graphql(`mutation UpdateNotificationSettingsInNotificationsInbox($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime } }`);
const SCHEDULE = graphql(`mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }`);

let app: TestApp;
let org: TestOrg;
let other: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp();
  org = await createOrg(app, 'Inbox');
  other = await createOrg(app, 'Other');
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

const schedule = (daysAhead: number) => call(app, SCHEDULE, { i: {
  supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt: `${isoDaysAgo(-daysAhead)}T10:00`, durationMinutes: 60,
  timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'IN_PERSON', recurrence: null, location: 'Room 1',
} }, { token: t.supervisor });

describe('inbox (no mail server: messages are held in the outbox, the bell still works)', () => {
  it('lists new entries with an unread count, marks one and then all read', async () => {
    expect((await schedule(4)).errors).toBeUndefined();
    expect((await schedule(6)).errors).toBeUndefined();
    const inbox = await call(app, INBOX, {}, { token: t.staff });
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data!.notifications).toMatchObject({ totalCount: 2, unreadCount: 2 });
    expect(inbox.data!.notifications.items[0]).toMatchObject({ kind: 'SUPERVISION_SCHEDULED', link: '/supervision', readAt: null });
    expect((await call(app, UNREAD, {}, { token: t.staff })).data).toEqual({ unreadNotificationCount: 2 });
    // The supervisor, who scheduled it, has nothing; the mails are HELD in the outbox.
    expect((await call(app, UNREAD, {}, { token: t.supervisor })).data).toEqual({ unreadNotificationCount: 0 });
    expect(await app.owner.query(`SELECT DISTINCT status FROM outbox_message WHERE recipient_id = $1 AND kind = 'SUPERVISION_SCHEDULED'`, [org.people.staff.id]))
      .toEqual([{ status: 'HELD' }]);

    const first = inbox.data!.notifications.items[0]!.id;
    const marked = await call(app, MARK, { i: { id: first } }, { token: t.staff });
    expect(marked.data!.markNotificationRead).toMatchObject({ id: first, readAt: expect.any(String) });
    expect((await call(app, INBOX, { i: { unreadOnly: true } }, { token: t.staff })).data!.notifications).toMatchObject({ totalCount: 1, unreadCount: 1 });
    expect((await call(app, MARK_ALL, {}, { token: t.staff })).data).toEqual({ markAllNotificationsRead: 1 });
    expect((await call(app, UNREAD, {}, { token: t.staff })).data).toEqual({ unreadNotificationCount: 0 });
  });

  it('refuses another person’s entry (NOT_FOUND), a malformed id (BAD_USER_INPUT) and anonymous callers (UNAUTHENTICATED)', async () => {
    const [{ id }] = await app.owner.query(`SELECT id FROM notification WHERE recipient_id = $1 LIMIT 1`, [org.people.staff.id]);
    expect(codeOf(await gql(app, MARK, { i: { id } }, { token: t.supervisor }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, MARK, { i: { id } }, { token: (await tokensFor(app, other)).staff }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app, MARK, { i: { id: 'nope' } }, { token: t.staff }))).toBe('BAD_USER_INPUT');
    for (const q of [INBOX, UNREAD, PREFS, SETTINGS, MARK_ALL]) expect(codeOf(await gqlRaw(app, q))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(app, INBOX, { i: { page: { take: 1000 } } }, { token: t.staff }))).toBe('BAD_USER_INPUT');
  });
});

describe('preferences', () => {
  it('lists every kind (security kinds are not offered), sets one to off, and off means no entry and no message', async () => {
    const prefs = await call(app, PREFS, {}, { token: t.staff });
    const kinds = prefs.data!.notificationPreferences.map((p: { kind: string }) => p.kind);
    expect(kinds).toContain('SUPERVISION_REMINDER');
    expect(kinds).not.toContain('PASSWORD_RESET');
    expect(prefs.data!.notificationPreferences.every((p: { channel: string }) => p.channel === 'EMAIL')).toBe(true);

    const set = await call(app, SET_PREF, { i: { kind: 'SUPERVISION_SCHEDULED', channel: 'OFF' } }, { token: t.staff });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setNotificationPreference).toEqual({ kind: 'SUPERVISION_SCHEDULED', channel: 'OFF' });
    expect((await auditRowsOf(app, set.requestId)).map((r) => r.action)).toEqual(['notification.preference_set']);
    const before = (await call(app, INBOX, {}, { token: t.staff })).data!.notifications.totalCount;
    const outboxBefore = (await app.owner.query(`SELECT count(*)::int AS n FROM outbox_message WHERE recipient_id = $1`, [org.people.staff.id]))[0].n;
    expect((await schedule(8)).errors).toBeUndefined();
    expect((await call(app, INBOX, {}, { token: t.staff })).data!.notifications.totalCount).toBe(before);
    // The reminder (its own kind, still on) is made; the "scheduled" message is not.
    const made = await app.owner.query(`SELECT kind FROM outbox_message WHERE recipient_id = $1 ORDER BY created_at OFFSET $2`, [org.people.staff.id, outboxBefore]);
    expect(made).toEqual([{ kind: 'SUPERVISION_REMINDER' }]);
  });

  it('refuses security kinds and unknown channels (BAD_USER_INPUT) and anonymous callers', async () => {
    expect(codeOf(await gqlRaw(app, SET_PREF, { i: { kind: 'PASSWORD_RESET', channel: 'OFF' } }, { token: t.staff }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gqlRaw(app, SET_PREF, { i: { kind: 'CHECKLIST_DUE', channel: 'PIGEON' } }, { token: t.staff }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app, SET_PREF, { i: { kind: 'CHECKLIST_DUE', channel: 'OFF' } }))).toBe('UNAUTHENTICATED');
  });

  it('keeps a time zone and digest time per person, validated', async () => {
    expect((await call(app, SETTINGS, {}, { token: t.manager })).data!.notificationSettings).toEqual({ timeZone: 'UTC', digestWeekday: 1, digestTime: '08:00' });
    const res = await call(app, UPDATE_SETTINGS, { i: { timeZone: 'Europe/Berlin', digestWeekday: 5, digestTime: '16:30' } }, { token: t.manager });
    expect(res.data!.updateNotificationSettings).toEqual({ timeZone: 'Europe/Berlin', digestWeekday: 5, digestTime: '16:30' });
    expect((await call(app, SETTINGS, {}, { token: t.manager })).data!.notificationSettings.timeZone).toBe('Europe/Berlin');
    expect((await call(app, SETTINGS, {}, { token: t.staff })).data!.notificationSettings.timeZone).toBe('UTC');
    for (const bad of [{ timeZone: 'Mars/Olympus', digestWeekday: 1, digestTime: '08:00' }, { timeZone: 'UTC', digestWeekday: 8, digestTime: '08:00' }, { timeZone: 'UTC', digestWeekday: 1, digestTime: '25:00' }]) {
      expect(codeOf(await gql(app, UPDATE_SETTINGS, { i: bad }, { token: t.manager }))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await gql(app, UPDATE_SETTINGS, { i: { timeZone: 'UTC', digestWeekday: 1, digestTime: '08:00' } }))).toBe('UNAUTHENTICATED');
  });
});
