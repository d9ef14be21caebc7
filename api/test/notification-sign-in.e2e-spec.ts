import type { ParsedMail } from 'mailparser';
import { ok } from './support/admin-helpers';
import { createOrg, insertPerson, TEST_PASSWORD, type TestOrg, type TestPerson } from './support/factories';
import { gql, gqlRaw } from './support/graphql';
import { PUBLIC_URL, startMailApp, type MailApp, type SmtpListener } from './support/smtp';
import type { TestApp } from './support/test-app';
import { graphql } from './gql';

// "A new sign-in to your account" (issue 12): the first device is remembered quietly; a later sign-in from a browser or
// system not seen before for that person tells them once, by their preference (e-mail by default).

const LOGIN = graphql(`mutation Login($i: LoginInput!) { login(input: $i) { token } }`);
const SET_PREFERENCE = graphql(`mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }`);
const PREFERENCES = graphql(`query NotificationPreferences { notificationPreferences { kind label channel } }`);

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const FIREFOX_LINUX_NEWER = 'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0';
const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let mail: MailApp;
let smtp: SmtpListener;
let app: TestApp;
let org: TestOrg;
let other: TestOrg;

beforeAll(async () => {
  mail = await startMailApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  ({ smtp, app } = mail);
  org = await createOrg(app, 'Devices');
  other = await createOrg(app, 'Otherplace');
});
afterAll(async () => {
  await mail?.close();
});

let ip = 0;
async function signIn(person: TestPerson, userAgent: string, password = TEST_PASSWORD): Promise<string | null> {
  ip += 1;
  const res = await gql(app, LOGIN, { i: { email: person.email, password } }, { headers: { 'user-agent': userAgent, 'x-forwarded-for': `10.9.0.${ip}` } });
  return res.data?.login.token ?? null;
}
const noticesOf = (personId: string): Promise<{ title: string; body: string; link: string }[]> =>
  app.owner.query(`SELECT title, body, link FROM notification WHERE recipient_id = $1 AND kind = 'NEW_DEVICE_SIGN_IN'`, [personId]);
const mailsOf = (personId: string): Promise<{ subject: string; body_text: string; security: boolean }[]> =>
  app.owner.query(`SELECT subject, body_text, security FROM outbox_message WHERE recipient_id = $1 AND kind = 'NEW_DEVICE_SIGN_IN'`, [personId]);
const to = (address: string) => (m: ParsedMail) => JSON.stringify(m.to).includes(address);

describe('sign-in from a new device', () => {
  it('remembers the first device quietly, then tells the person once about a new one, with the time in their zone and a way to act', async () => {
    const person = await insertPerson(app.owner, org.id, 'traveller', ['STAFF'], { teamId: org.teams.a1 });
    await app.owner.query(`INSERT INTO notification_setting (organization_id, person_id, time_zone) VALUES ($1, $2, 'Europe/Berlin')`, [org.id, person.id]);
    expect(await signIn(person, FIREFOX_LINUX)).not.toBeNull();
    expect(await signIn(person, FIREFOX_LINUX_NEWER)).not.toBeNull(); // a browser update is not a new device
    expect(await noticesOf(person.id)).toEqual([]);

    expect(await signIn(person, CHROME_WINDOWS)).not.toBeNull();
    expect(await signIn(person, CHROME_WINDOWS)).not.toBeNull();
    expect(await noticesOf(person.id)).toEqual([{ title: `A new sign-in to your ${org.name} account on Tandem`, body: 'Chrome on Windows', link: '/profile' }]);
    const [row, ...more] = await mailsOf(person.id);
    expect(more).toEqual([]);
    expect(row!.body_text).toContain('(Europe/Berlin)');

    const [mail] = (await smtp.waitFor((ms) => ms.some(to(person.email)))).filter(to(person.email));
    expect(mail!.subject).toBe(`A new sign-in to your ${org.name} account on Tandem`);
    expect(mail!.text).toContain('from Chrome on Windows');
    expect(mail!.text).toContain(`${PUBLIC_URL}/profile`);
    expect(mail!.text).toContain(`— Tandem for ${org.name}`);
    expect(mail!.text).not.toContain(other.name);
    // Optional per person, so it carries one-click unsubscribe like other preference mail.
    expect(mail!.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter(to(person.email))).toHaveLength(1);
  });

  it('keeps only a per-person hash of the device: no user agent, no IP address', async () => {
    const a = await insertPerson(app.owner, org.id, 'hasha', ['STAFF']);
    const b = await insertPerson(app.owner, other.id, 'hashb', ['STAFF']);
    await signIn(a, SAFARI_IPHONE);
    await signIn(b, SAFARI_IPHONE);
    const rows = await app.owner.query<{ person_id: string; fingerprint_hash: string }[]>(
      `SELECT person_id, fingerprint_hash FROM known_device WHERE person_id = ANY($1::uuid[])`, [[a.id, b.id]],
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.fingerprint_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.fingerprint_hash).not.toBe(rows[1]!.fingerprint_hash);
    const columns = await app.owner.query<{ column_name: string }[]>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'known_device'`);
    expect(columns.map((c) => c.column_name).sort()).toEqual(['fingerprint_hash', 'first_seen_at', 'last_seen_at', 'organization_id', 'person_id']);
  });

  it('is a preference (e-mail by default) a person can switch off; then a new device says nothing', async () => {
    const person = await insertPerson(app.owner, org.id, 'private', ['STAFF']);
    const token = (await signIn(person, FIREFOX_LINUX))!;
    const prefs = (await ok(app, PREFERENCES, {}, { token })).notificationPreferences as { kind: string; channel: string }[];
    expect(prefs).toContainEqual(expect.objectContaining({ kind: 'NEW_DEVICE_SIGN_IN', channel: 'EMAIL' }));
    await ok(app, SET_PREFERENCE, { i: { kind: 'NEW_DEVICE_SIGN_IN', channel: 'OFF' } }, { token });
    await signIn(person, SAFARI_IPHONE);
    expect(await noticesOf(person.id)).toEqual([]);
    expect(await mailsOf(person.id)).toEqual([]);
  });

  it('a failed sign-in from a new device neither tells anyone nor remembers the device', async () => {
    const person = await insertPerson(app.owner, org.id, 'guarded', ['STAFF']);
    await signIn(person, FIREFOX_LINUX);
    expect(await signIn(person, CHROME_WINDOWS, 'not-the-password')).toBeNull();
    expect(await noticesOf(person.id)).toEqual([]);
    const [n] = await app.owner.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM known_device WHERE person_id = $1`, [person.id]);
    expect(n!.n).toBe(1);
  });

  it('an unknown kind of preference is refused with BAD_USER_INPUT', async () => {
    const person = await insertPerson(app.owner, org.id, 'typo', ['STAFF']);
    const token = (await signIn(person, FIREFOX_LINUX))!;
    const res = await gqlRaw(app, SET_PREFERENCE, { i: { kind: 'NEW_DEVICE', channel: 'OFF' } }, { token });
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});
