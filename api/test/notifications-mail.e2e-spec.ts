import ICAL from 'ical.js';
import { createLogger } from '../src/common/logger';
import { createServer, type Server } from '../src/server';
import { addPerson, call, inviteToken, uniq } from './support/admin-helpers';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { startSmtpListener, type SmtpListener } from './support/smtp';
import { startTestApp, type TestApp } from './support/test-app';
import { DAY_MS } from '@tandem/shared';
import { isoDaysAgo, testClock } from './support/clock';
import { graphql } from './gql';

const INVITE = graphql(`mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }`);
const ACCEPT = graphql(`mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`);
const SEND_RESET = graphql(`mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }`);
const RETRY = graphql(`mutation RetryOutboxMessage($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id status attempts lastError } }`);
const SUMMARY = graphql(`query OutboxSummary { outboxSummary { mailConfigured held queued sending sent failed } }`);
const OUTBOX = graphql(`query OutboxMessages($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id kind status attempts lastError sentAt } } }`);

const PUBLIC_URL = 'https://tandem.example.org';
const MAIL_FROM = 'Tandem <tandem@example.org>';

let smtp: SmtpListener;
let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  smtp = await startSmtpListener();
  app = await startTestApp({
    SMTP_URL: smtp.url, MAIL_FROM, PUBLIC_URL, JOBS_POLL_SECONDS: '0.5', MAIL_RETRY_DELAY_SECONDS: '1', MAIL_RETRY_LIMIT: '2',
  });
  org = await createOrg(app, 'Mail');
  t = await tokensFor(app, org);
});
afterAll(async () => {
  await app.close();
  await smtp.close();
});

const to = (address: string) => (m: { to?: unknown }) => JSON.stringify(m.to).includes(address);
/** A link of the mail, followed on the test server (the mail points at PUBLIC_URL). */
const onTestServer = (url: string) => url.replace(PUBLIC_URL, app.url);
const statusOf = async (id: string) => (await app.owner.query('SELECT status, attempts, last_error FROM outbox_message WHERE id = $1', [id]))[0];

async function invite(label: string): Promise<{ id: string; email: string }> {
  const email = `${label}-${uniq()}@example.org`;
  const res = await call(app, INVITE, { i: { name: `Invited ${label}`, email, roles: ['STAFF'] } }, { token: t.admin });
  expect(res.errors).toBeUndefined();
  return { id: res.data!.invitePerson.person.id, email };
}

describe('mail over SMTP', () => {
  it('delivers an invitation to the invited person: multipart text + HTML, the organisation’s name, a link that works', async () => {
    const person = await invite('ada');
    const [mail] = (await smtp.waitFor((ms) => ms.some(to(person.email)))).filter(to(person.email));
    expect(mail!.from?.value[0]).toMatchObject({ name: 'Tandem', address: 'tandem@example.org' });
    expect(mail!.subject).toContain(org.name);
    expect(mail!.text).toContain(`Hello Invited ada`);
    expect(mail!.html).toContain(`<a href="${PUBLIC_URL}/invite/`);
    // A security/account message carries no List-Unsubscribe.
    expect(mail!.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false);
    expect(mail!.messageId).toMatch(/@tandem\.example\.org>$/);
    const link = mail!.text!.match(/https:\/\/\S+\/invite\/\S+/)![0];
    const accepted = await gql(app, ACCEPT, { i: { token: inviteToken(onTestServer(link)), password: 'a-long-enough-passphrase-42' } });
    expect(accepted.errors).toBeUndefined();
    const [row] = await app.owner.query(`SELECT status, sent_at, attempts FROM outbox_message WHERE recipient_id = $1`, [person.id]);
    expect(row).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(row.sent_at).not.toBeNull();
  });

  it('sends a password reset (security: no unsubscribe) and shows delivery to admins', async () => {
    const person = await addPerson(app, org.id, `reset${uniq()}`, ['STAFF']);
    expect((await call(app, SEND_RESET, { id: person.id }, { token: t.admin })).errors).toBeUndefined();
    const [mail] = (await smtp.waitFor((ms) => ms.some(to(person.email)))).filter(to(person.email));
    expect(mail!.subject).toBe(`Choose a new password for ${org.name} on Tandem`);
    expect(mail!.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false);
    const summary = await call(app, SUMMARY, {}, { token: t.admin });
    expect(summary.data!.outboxSummary).toMatchObject({ mailConfigured: true, held: 0, failed: 0 });
    expect(summary.data!.outboxSummary.sent).toBeGreaterThanOrEqual(2);
    const listed = await call(app, OUTBOX, { f: { recipientId: person.id, status: 'SENT' } }, { token: t.admin });
    expect(listed.data!.outboxMessages.items).toEqual([expect.objectContaining({ kind: 'PASSWORD_RESET', status: 'SENT', attempts: 1, lastError: null })]);
  });

  it('keeps messages while SMTP is down and delivers each once when it returns', async () => {
    smtp.setDown(true);
    const people = [await invite('down1'), await invite('down2')];
    const ids = (await app.owner.query(`SELECT id FROM outbox_message WHERE recipient_id = ANY($1)`, [people.map((p) => p.id)])).map((r: { id: string }) => r.id);
    // The first attempt fails with the server's answer and the message waits for its retry.
    for (let i = 0; i < 100; i += 1) {
      const rows = await Promise.all(ids.map(statusOf));
      if (rows.every((r) => r.attempts >= 1 && r.status === 'QUEUED')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const failed = await statusOf(ids[0]);
    expect(failed).toMatchObject({ status: 'QUEUED' });
    expect(failed.last_error).toContain('451');
    smtp.setDown(false);
    await smtp.waitFor((ms) => people.every((p) => ms.some(to(p.email))), 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    for (const p of people) expect(smtp.received.filter(to(p.email))).toHaveLength(1);
    for (const id of ids) expect(await statusOf(id)).toMatchObject({ status: 'SENT', last_error: null });
  });

  it('marks a message FAILED with the reason when every retry fails, and “retry now” sends it', async () => {
    smtp.setDown(true);
    const person = await invite('fail');
    const [{ id }] = await app.owner.query(`SELECT id FROM outbox_message WHERE recipient_id = $1`, [person.id]);
    for (let i = 0; i < 200 && (await statusOf(id)).status !== 'FAILED'; i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(await statusOf(id)).toMatchObject({ status: 'FAILED', attempts: 3 });
    smtp.setDown(false);

    expect(codeOf(await gql(app, RETRY, { i: { id } }, { token: t.supervisor }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app, RETRY, { i: { id: 'not-a-uuid' } }, { token: t.admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app, RETRY, { i: { id: '00000000-0000-4000-8000-000000000000' } }, { token: t.admin }))).toBe('NOT_FOUND');
    const retried = await call(app, RETRY, { i: { id } }, { token: t.admin });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.retryOutboxMessage).toMatchObject({ id, status: 'QUEUED' });
    await smtp.waitFor((ms) => ms.some(to(person.email)));
    for (let i = 0; i < 50 && (await statusOf(id)).status !== 'SENT'; i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(await statusOf(id)).toMatchObject({ status: 'SENT' });
    // A sent message is not sent again.
    expect(codeOf(await gql(app, RETRY, { i: { id } }, { token: t.admin }))).toBe('CONFLICT');
  });

  it('sends each message exactly once with two API processes working one database', async () => {
    const second: Server = await createServer(app.config, app.appDbUrl, createLogger('silent'));
    try {
      const before = smtp.received.length;
      const people: { id: string; email: string }[] = [];
      for (let i = 0; i < 12; i += 1) people.push(await invite(`two${i}`));
      await smtp.waitFor((ms) => people.every((p) => ms.some(to(p.email))), 30_000);
      await new Promise((r) => setTimeout(r, 1500));
      for (const p of people) expect(smtp.received.filter(to(p.email))).toHaveLength(1);
      expect(smtp.received.length - before).toBe(12);
    } finally {
      await second.close();
    }
  });
});

describe('supervision scheduled: invitation with .ics, reminder the day before, one-click unsubscribe', () => {
  const SCHEDULE = graphql(`mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }`);
  const SETTINGS = graphql(`mutation UpdateNotificationSettingsInNotificationsMail($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }`);
  const INBOX = graphql(`query NotificationsInNotificationsMail { notifications { unreadCount items { kind title link } } }`);
  const schedule = (daysAhead: number) => call(app, SCHEDULE, { i: {
    supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt: `${isoDaysAgo(-daysAhead)}T10:00`, durationMinutes: 60,
    timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'IN_PERSON', recurrence: null, location: 'Room 1',
  } }, { token: t.supervisor });

  it('mails the supervisee in their own time zone with a METHOD:REQUEST calendar of the feed’s UID, and queues tomorrow’s reminder', async () => {
    expect((await call(app, SETTINGS, { i: { timeZone: 'America/New_York', digestWeekday: 1, digestTime: '08:00' } }, { token: t.staff })).errors).toBeUndefined();
    const res = await schedule(3);
    expect(res.errors).toBeUndefined();
    const sessionId = res.data!.scheduleSupervision.session!.id;
    const staffEmail = org.people.staff.email;
    const [mail] = (await smtp.waitFor((ms) => ms.some((m) => to(staffEmail)(m) && /Supervision with/.test(m.subject ?? '')))).filter(to(staffEmail));
    expect(mail!.text).toContain('(America/New_York)');
    expect(mail!.text).toContain(org.name);
    const calendar = mail!.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const ics = calendar!.content.toString('utf8');
    const parsed = new ICAL.Component(ICAL.parse(ics));
    expect(parsed.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(parsed.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe(`${sessionId}@tandem`);
    // Not a security message: one-click unsubscribe (RFC 8058).
    const header = (name: string) => mail!.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = header('list-unsubscribe')!.replace(/[<>]/g, '');
    expect(unsubscribe).toMatch(/^https:\/\/tandem\.example\.org\/mail\/unsubscribe\/[A-Za-z0-9_-]{43}$/);

    // The reminder is made now, due 24 hours before the session by the business clock; the queue waits that long.
    const [reminder] = await app.owner.query(
      `SELECT m.id, m.status, m.send_after, s.starts_at FROM outbox_message m JOIN supervision_session s ON s.id = $1
        WHERE m.kind = 'SUPERVISION_REMINDER' AND m.recipient_id = $2`, [sessionId, org.people.staff.id]);
    expect(reminder.status).toBe('QUEUED');
    expect(reminder.starts_at.getTime() - reminder.send_after.getTime()).toBe(DAY_MS);
    const [job] = await app.owner.query(`SELECT extract(epoch FROM start_after - now())::int AS wait FROM pgboss.job WHERE data->>'messageId' = $1`, [reminder.id]);
    // The wait is the reminder's distance from the business clock (a pinned TANDEM_NOW included), whatever the hour of day.
    const dueInSeconds = (reminder.send_after.getTime() - testClock.nowMs()) / 1000;
    expect(dueInSeconds).toBeGreaterThan(DAY_MS / 1000);
    expect(Math.abs(job.wait - dueInSeconds)).toBeLessThan(60);
    // In the inbox: the scheduled session now, the reminder only when it is due.
    const inbox = await call(app, INBOX, {}, { token: t.staff });
    expect(inbox.data!.notifications.items.map((n: { kind: string }) => n.kind)).toEqual(['SUPERVISION_SCHEDULED']);

    // GET shows a page and changes nothing; POST (one click) turns these e-mails off, in-app stays.
    const page = await fetch(unsubscribe.replace(PUBLIC_URL, app.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Stop these e-mails?');
    expect(await app.owner.query(`SELECT * FROM notification_preference WHERE person_id = $1`, [org.people.staff.id])).toEqual([]);
    const post = await fetch(unsubscribe.replace(PUBLIC_URL, app.url), { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(post.status).toBe(200);
    expect(await app.owner.query(`SELECT kind, channel FROM notification_preference WHERE person_id = $1`, [org.people.staff.id]))
      .toEqual([{ kind: 'SUPERVISION_SCHEDULED', channel: 'IN_APP' }]);
    const before = smtp.received.filter(to(staffEmail)).length;
    expect((await schedule(5)).errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter(to(staffEmail))).toHaveLength(before);
    const after = await call(app, INBOX, {}, { token: t.staff });
    expect(after.data!.notifications.items.map((n: { kind: string }) => n.kind)).toEqual(['SUPERVISION_SCHEDULED', 'SUPERVISION_SCHEDULED']);
    expect((await fetch(`${app.url}/mail/unsubscribe/not-a-real-token-at-all-000`, { method: 'POST' })).status).toBe(404);
  });
});

describe('without SMTP_URL', () => {
  it('holds every message in the outbox; “retry now” says no mail server is configured', async () => {
    const plain = await startTestApp({ PUBLIC_URL });
    try {
      const o = await createOrg(plain, 'Held');
      const tk = await tokensFor(plain, o);
      const res = await call(plain, INVITE, { i: { name: 'Held Person', email: `held-${uniq()}@example.org`, roles: ['STAFF'] } }, { token: tk.admin });
      const [row] = await plain.owner.query(`SELECT id, status FROM outbox_message WHERE recipient_id = $1`, [res.data!.invitePerson.person.id]);
      expect(row.status).toBe('HELD');
      expect((await call(plain, SUMMARY, {}, { token: tk.admin })).data!.outboxSummary).toMatchObject({ mailConfigured: false, held: 1, queued: 0 });
      expect(codeOf(await gql(plain, RETRY, { i: { id: row.id } }, { token: tk.admin }))).toBe('CONFLICT');
      expect(await plain.owner.query(`SELECT count(*)::int AS n FROM pgboss.job`)).toEqual([{ n: 0 }]);
    } finally {
      await plain.close();
    }
  });
});
