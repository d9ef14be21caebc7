import { PINNED_NOW } from './support/pin-clock'; // first: pins TANDEM_NOW before the clock is loaded
import { systemClock } from '@tandem/shared';
import { call } from './support/admin-helpers';
import { isoDaysAgo, testClock } from './support/clock';
import { createOrg, login, TEST_PASSWORD, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

/**
 * Every stamp the notifications, outbox, auth and audit writes leave comes from the business clock (`app_now()`), never
 * from the wall clock (TypeORM's own CURRENT_TIMESTAMP for an update-date column would be one). The app runs pinned
 * years away from the wall clock (`pin-clock`), so a wall-clock stamp is off by years, not by milliseconds.
 */
const MINUTE_MS = 60_000;

const SET_PREF = graphql(`mutation SetNotificationPreferenceInBusinessTime($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }`);
const UPDATE_SETTINGS = graphql(`mutation UpdateNotificationSettingsInBusinessTime($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWhenQuiet } }`);
const SCHEDULE = graphql(`mutation ScheduleSupervisionInBusinessTime($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }`);
const INBOX = graphql(`query NotificationsInBusinessTime { notifications { items { id } } }`);
const MARK = graphql(`mutation MarkNotificationReadInBusinessTime($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }`);
const CHANGE_PASSWORD = graphql(`mutation ChangePasswordInBusinessTime($i: ChangePasswordInput!) { changePassword(input: $i) }`);
const SEND_RESET = graphql(`mutation SendPasswordResetInBusinessTime($id: ID!) { sendPasswordReset(personId: $id) }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
const businessNowMs = () => testClock.nowMs();

beforeAll(async () => {
  app = await startTestApp();
  org = await createOrg(app, 'Clock');
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

/** A stamp of the business clock: within minutes of the pinned "now", whatever the wall clock says. */
function expectBusinessTime(at: Date | null | undefined): void {
  expect(at).toBeInstanceOf(Date);
  expect(Math.abs(at!.getTime() - businessNowMs())).toBeLessThan(10 * MINUTE_MS);
}

const one = async <T>(sql: string, params: unknown[]): Promise<T> => ((await app.owner.query(sql, params)) as T[])[0]!;

describe('business time on every write', () => {
  it('is pinned far from the wall clock (so the checks below can tell the two apart)', () => {
    expect(Math.abs(businessNowMs() - new Date(PINNED_NOW).getTime())).toBeLessThan(10 * MINUTE_MS);
    expect(Math.abs(businessNowMs() - systemClock.nowMs())).toBeGreaterThan(24 * 60 * MINUTE_MS);
  });

  it('stamps preferences, settings (inserted and updated) and known devices', async () => {
    const staff = org.people.staff.id;
    expect((await call(app, SET_PREF, { i: { kind: 'SUPERVISION_SCHEDULED', channel: 'IN_APP' } }, { token: t.staff })).errors).toBeUndefined();
    expectBusinessTime((await one<{ updated_at: Date }>('SELECT updated_at FROM notification_preference WHERE person_id = $1', [staff])).updated_at);

    const settings = { timeZone: 'Europe/Berlin', digestWeekday: 2, digestTime: '07:30' };
    expect((await call(app, UPDATE_SETTINGS, { i: { ...settings, digestWhenQuiet: true } }, { token: t.staff })).errors).toBeUndefined();
    const again = await call(app, UPDATE_SETTINGS, { i: { ...settings, timeZone: 'Europe/Paris' } }, { token: t.staff });
    expect(again.data!.updateNotificationSettings).toEqual({ timeZone: 'Europe/Paris', digestWhenQuiet: true });
    expectBusinessTime((await one<{ updated_at: Date }>('SELECT updated_at FROM notification_setting WHERE person_id = $1', [staff])).updated_at);

    await login(app, org.people.staff.email);
    const device = await one<{ first_seen_at: Date; last_seen_at: Date }>('SELECT first_seen_at, last_seen_at FROM known_device WHERE person_id = $1', [staff]);
    expectBusinessTime(device.first_seen_at);
    expectBusinessTime(device.last_seen_at);
  });

  it('stamps an inbox entry when it is made and when it is read', async () => {
    const scheduled = await call(app, SCHEDULE, { i: {
      supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt: `${isoDaysAgo(-3)}T10:00`, durationMinutes: 60,
      timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'IN_PERSON', recurrence: null, location: 'Room 2',
    } }, { token: t.supervisor });
    expect(scheduled.errors).toBeUndefined();
    const [entry] = (await call(app, INBOX, {}, { token: t.staff })).data!.notifications.items as { id: string }[];
    const marked = await call(app, MARK, { i: { id: entry!.id } }, { token: t.staff });
    expectBusinessTime(new Date(marked.data!.markNotificationRead.readAt as string));
    const row = await one<{ created_at: Date; read_at: Date }>('SELECT created_at, read_at FROM notification WHERE id = $1', [entry!.id]);
    expectBusinessTime(row.created_at);
    expectBusinessTime(row.read_at);
  });

  it('stamps a password change, the sessions it ends, a reset link (open for an hour), its message and the audit rows', async () => {
    const person = org.people.staff2;
    await login(app, person.email); // a second session, which the change ends
    const changed = await call(app, CHANGE_PASSWORD, { i: { currentPassword: TEST_PASSWORD, newPassword: 'a-much-longer-passphrase' } }, { token: t.staff2 });
    expect(changed.errors).toBeUndefined();
    expectBusinessTime((await one<{ updated_at: Date }>('SELECT updated_at FROM person WHERE id = $1', [person.id])).updated_at);
    expectBusinessTime((await one<{ revoked_at: Date }>(
      'SELECT max(revoked_at) AS revoked_at FROM auth_session WHERE person_id = $1 AND revoked_at IS NOT NULL', [person.id],
    )).revoked_at);

    expect((await call(app, SEND_RESET, { id: person.id }, { token: t.admin })).errors).toBeUndefined();
    const reset = await one<{ created_at: Date; expires_at: Date }>(
      'SELECT created_at, expires_at FROM password_reset WHERE person_id = $1 AND used_at IS NULL', [person.id],
    );
    expectBusinessTime(reset.created_at);
    expect(reset.expires_at.getTime() - reset.created_at.getTime()).toBe(60 * MINUTE_MS);
    const message = await one<{ created_at: Date; send_after: Date }>(
      `SELECT created_at, send_after FROM outbox_message WHERE recipient_id = $1 AND kind = 'PASSWORD_RESET'`, [person.id],
    );
    expectBusinessTime(message.created_at);
    expectBusinessTime(message.send_after);
    const audits = await app.owner.query(
      `SELECT created_at FROM audit_event WHERE organization_id = $1 AND action IN ('auth.password_changed', 'person.password_reset_sent')`, [org.id],
    ) as { created_at: Date }[];
    expect(audits).toHaveLength(2);
    for (const a of audits) expectBusinessTime(a.created_at);
  });
});
