import { addDaysIso } from '@tandem/shared';
import type { ParsedMail } from 'mailparser';
import { Client } from 'pg';
import { createLogger } from '../src/common/logger';
import { ReminderSweep } from '../src/modules/notifications/reminder-sweep';
import { createServer, type Server } from '../src/server';
import { ok } from './support/admin-helpers';
import { insertSubmittedChecklist, uniformAnswers } from './support/checklist-helpers';
import { DAY_MS } from '@tandem/shared';
import { dayIn, inOnePeriod, testClock, todayIso, utcDayOf } from './support/clock';
import { createOrg, insertPerson, login, type TestOrg, type TestPerson } from './support/factories';
import { PUBLIC_URL, startMailApp, type MailApp, type SmtpListener } from './support/smtp';
import type { TestApp } from './support/test-app';
import { graphql } from './gql';

// Checklist and action-item reminders (issue 12): made by the reminder sweep from the business clock, once per person,
// cycle and kind, in the person's own time zone; mailed over real SMTP and listed in the bell with a deep link.

const SET_PREFERENCE = graphql(`mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }`);

let mail: MailApp;
let smtp: SmtpListener;
let app: TestApp;
let org: TestOrg;
let other: TestOrg;

beforeAll(async () => {
  mail = await startMailApp({ MAIL_RETRY_DELAY_SECONDS: '1' });
  ({ smtp, app } = mail);
  org = await createOrg(app, 'Reminders');
  other = await createOrg(app, 'Elsewhere');
});
afterAll(async () => {
  await mail?.close();
});

const sweep = () => app.server.app.get(ReminderSweep).runAll();
/** Today in Pago Pago (UTC−11), whose midnight is the one the time-zone test depends on. */
const pagoDayOf = dayIn('Pacific/Pago_Pago');

interface Entry { kind: string; title: string; body: string; link: string | null }
interface Mail { kind: string; subject: string; body_text: string; status: string }

const entriesOf = (personId: string, kind: string): Promise<Entry[]> =>
  app.owner.query(`SELECT kind, title, body, link FROM notification WHERE recipient_id = $1 AND kind = $2 ORDER BY created_at`, [personId, kind]);
const mailsOf = (personId: string, kind: string): Promise<Mail[]> =>
  app.owner.query(`SELECT kind, subject, body_text, status FROM outbox_message WHERE recipient_id = $1 AND kind = $2 ORDER BY created_at`, [personId, kind]);
const to = (address: string) => (m: ParsedMail) => JSON.stringify(m.to).includes(address);

/** A staff member of team A1 whose last self-assessment was submitted so that the next is due on `dueDate`. */
async function staffDueOn(dueDate: string, label: string, timeZone?: string): Promise<TestPerson> {
  const person = await insertPerson(app.owner, org.id, label, ['STAFF'], { teamId: org.teams.a1 });
  await insertSubmittedChecklist(app, org, {
    subjectId: person.id, raterType: 'SELF', raterId: person.id, teamId: org.teams.a1, answers: uniformAnswers('SELF', 4),
    submittedAt: new Date(`${addDaysIso(dueDate, -30)}T12:00:00Z`),
  });
  if (timeZone) {
    await app.owner.query(`INSERT INTO notification_setting (organization_id, person_id, time_zone) VALUES ($1, $2, $3)`, [org.id, person.id, timeZone]);
  }
  return person;
}

// A reminder's wording ("due in 3 days", "due tomorrow", three days late) depends on the day the sweep runs: each such test
// builds its due dates from one "now" and is checked within that day (inOnePeriod), whatever midnight falls in between.
describe('checklist due', () => {
  it('reminds a person whose self-assessment is due within the week, once, by mail (with List-Unsubscribe) and in the bell', () => inOnePeriod(async (now) => {
    const person = await staffDueOn(addDaysIso(utcDayOf(now), 3), 'duesoon');
    await sweep();
    await sweep();

    const entries = await entriesOf(person.id, 'CHECKLIST_DUE');
    expect(entries).toEqual([expect.objectContaining({ link: '/checklists', title: 'Your self-assessment is due in 3 days' })]);
    const mails = await mailsOf(person.id, 'CHECKLIST_DUE');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body_text).toContain(`${PUBLIC_URL}/checklists`);
    expect(mails[0]!.body_text).toContain('(UTC)');

    const [mail] = (await smtp.waitFor((ms) => ms.some(to(person.email)))).filter(to(person.email));
    expect(mail!.subject).toBe('Your self-assessment is due in 3 days');
    expect(mail!.text).toContain(`— Tandem for ${org.name}`);
    expect(mail!.html).toContain(`<a href="${PUBLIC_URL}/checklists"`);
    expect(mail!.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter(to(person.email))).toHaveLength(1);
  }));

  it('does not remind a week or more ahead', async () => {
    const person = await staffDueOn(addDaysIso(todayIso(), 8), 'later');
    await sweep();
    expect(await entriesOf(person.id, 'CHECKLIST_DUE')).toEqual([]);
    expect(await mailsOf(person.id, 'CHECKLIST_DUE')).toEqual([]);
  });

  it('reminds the supervisor when a supervisee’s supervisor checklist is due, linking to their supervisees’ checklists', () => inOnePeriod(async (now) => {
    const supervisor = await insertPerson(app.owner, org.id, 'sup', ['SUPERVISOR'], { teamId: org.teams.a1 });
    const supervisee = await insertPerson(app.owner, org.id, 'supee', ['STAFF'], { teamId: org.teams.a1, supervisorId: supervisor.id });
    await insertSubmittedChecklist(app, org, {
      subjectId: supervisee.id, raterType: 'SUPERVISOR', raterId: supervisor.id, teamId: org.teams.a1, answers: uniformAnswers('SUPERVISOR', 4),
      submittedAt: new Date(`${addDaysIso(utcDayOf(now), 1 - 91)}T12:00:00Z`),
    });
    await sweep();
    const entries = await entriesOf(supervisor.id, 'CHECKLIST_DUE');
    expect(entries).toEqual([expect.objectContaining({ link: '/checklists/supervisees', title: `Checklist for ${supervisee.name} due tomorrow` })]);
  }));

  it('“due within N days” is counted in calendar days of the person’s own time zone', () => inOnePeriod(async (now) => {
    // UTC−11 and UTC+14 are always on different calendar days: the same due date is 7 days off for one (no reminder
    // yet) and at most 6 for the other.
    const dueDate = addDaysIso(pagoDayOf(now), 7);
    const behind = await staffDueOn(dueDate, 'pago', 'Pacific/Pago_Pago');
    const ahead = await staffDueOn(dueDate, 'kiri', 'Pacific/Kiritimati');
    await sweep();
    expect(await mailsOf(behind.id, 'CHECKLIST_DUE')).toEqual([]);
    const [mail, ...more] = await mailsOf(ahead.id, 'CHECKLIST_DUE');
    expect(more).toEqual([]);
    expect(mail!.body_text).toContain('(Pacific/Kiritimati)');
  }, pagoDayOf));

  it('sends nothing for a kind the person switched off, and only in the bell for in-app', async () => {
    const off = await staffDueOn(addDaysIso(todayIso(), 2), 'quiet');
    const inApp = await staffDueOn(addDaysIso(todayIso(), 2), 'bellonly');
    await ok(app, SET_PREFERENCE, { i: { kind: 'CHECKLIST_DUE', channel: 'OFF' } }, { token: await login(app, off.email) });
    await ok(app, SET_PREFERENCE, { i: { kind: 'CHECKLIST_DUE', channel: 'IN_APP' } }, { token: await login(app, inApp.email) });
    await sweep();
    expect(await entriesOf(off.id, 'CHECKLIST_DUE')).toEqual([]);
    expect(await mailsOf(off.id, 'CHECKLIST_DUE')).toEqual([]);
    expect(await entriesOf(inApp.id, 'CHECKLIST_DUE')).toHaveLength(1);
    expect(await mailsOf(inApp.id, 'CHECKLIST_DUE')).toEqual([]);
  });
});

describe('checklist overdue', () => {
  it('reminds once when a checklist is three days past its due date, not before', () => inOnePeriod(async (now) => {
    const late = await staffDueOn(addDaysIso(utcDayOf(now), -4), 'late');
    const justLate = await staffDueOn(addDaysIso(utcDayOf(now), -2), 'justlate');
    await sweep();
    await sweep();
    const [entry, ...more] = await entriesOf(late.id, 'CHECKLIST_OVERDUE');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ title: 'Your self-assessment is waiting', link: '/checklists' });
    expect(await mailsOf(late.id, 'CHECKLIST_OVERDUE')).toHaveLength(1);
    expect(await entriesOf(justLate.id, 'CHECKLIST_OVERDUE')).toEqual([]);
  }));
});

describe('first self-assessment', () => {
  it('welcomes someone who joins a team with the date their first self-assessment is due, once', () => inOnePeriod(async (now) => {
    const person = await insertPerson(app.owner, org.id, 'newcomer', ['STAFF'], { teamId: org.teams.a2, startedDaysAgo: 0 });
    await sweep();
    await sweep();
    const [entry, ...more] = await entriesOf(person.id, 'CHECKLIST_DUE');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ title: 'Welcome to Team A2: your first self-assessment', link: '/checklists' });
    const [mail] = await mailsOf(person.id, 'CHECKLIST_DUE');
    const due = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' })
      .format(new Date(`${addDaysIso(utcDayOf(now), 30)}T00:00:00Z`));
    expect(mail!.body_text).toContain(due);
  }));
});

describe('action item due', () => {
  const item = async (today: string, ownerId: string, supervisee: TestPerson, dueInDays: number, status = 'OPEN') =>
    (await app.owner.query(
      `INSERT INTO supervision_action_item (organization_id, team_id, supervisee_id, description, owner_id, due_on, status)
       VALUES ($1, $2, $3, 'Call the housing office about the tenancy', $4, $5, $6) RETURNING id`,
      [org.id, org.teams.a1, supervisee.id, ownerId, addDaysIso(today, dueInDays), status],
    ))[0].id as string;

  it('reminds the owner of an open item due today or tomorrow, once per item and due date; done items and later ones never', () => inOnePeriod(async (now) => {
    const owner = await insertPerson(app.owner, org.id, 'owner', ['STAFF'], { teamId: org.teams.a1, supervisorId: org.people.supervisor.id });
    const today = await item(utcDayOf(now), owner.id, owner, 0);
    const tomorrow = await item(utcDayOf(now), owner.id, owner, 1);
    await item(utcDayOf(now), owner.id, owner, 0, 'DONE');
    await item(utcDayOf(now), owner.id, owner, 3);
    await sweep();
    await sweep();
    const entries = await entriesOf(owner.id, 'ACTION_ITEM_DUE');
    expect(entries.map((e) => e.title).sort()).toEqual(['An action item is due today', 'An action item is due tomorrow']);
    expect(entries.every((e) => e.link === '/' && e.body === 'Call the housing office about the tenancy')).toBe(true);
    const mails = await mailsOf(owner.id, 'ACTION_ITEM_DUE');
    expect(mails).toHaveLength(2);
    // The item's own words stay in Tandem.
    for (const m of mails) expect(m.body_text).not.toContain('housing office');

    // Moved to a new date: reminded again for that date.
    await app.owner.query(`UPDATE supervision_action_item SET due_on = due_on + 1 WHERE id = $1`, [today]);
    await sweep();
    expect(await entriesOf(owner.id, 'ACTION_ITEM_DUE')).toHaveLength(3);
    expect(tomorrow).toBeDefined();
  }));
});

describe('exactly once and tenant scoping', () => {
  it('two API processes sweeping at the same time make each reminder once', async () => {
    const person = await staffDueOn(addDaysIso(todayIso(), 1), 'twice');
    const second: Server = await createServer(app.config, app.appDbUrl, createLogger('silent'));
    try {
      await Promise.all([sweep(), second.app.get(ReminderSweep).runAll(), sweep()]);
    } finally {
      await second.close();
    }
    expect(await entriesOf(person.id, 'CHECKLIST_DUE')).toHaveLength(1);
    expect(await mailsOf(person.id, 'CHECKLIST_DUE')).toHaveLength(1);
    await smtp.waitFor((ms) => ms.some(to(person.email)));
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter(to(person.email))).toHaveLength(1);
  });

  it('a sweep finds the lock another process holds and leaves the work to it', async () => {
    const sweeper = app.server.app.get(ReminderSweep);
    const holder = app.owner.createQueryRunner();
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtext('tandem:reminder-sweep'))`);
      expect(await sweeper.runLocked()).toBeNull();
      await holder.query(`SELECT pg_advisory_unlock(hashtext('tandem:reminder-sweep'))`);
      expect(await sweeper.runLocked()).toMatchObject({ organizations: 2 });
    } finally {
      await holder.release();
    }
  });

  it('never mentions another organisation: each message names its own organisation and none of the other’s people', async () => {
    await staffDueOn(addDaysIso(todayIso(), 2), 'scoped');
    await sweep();
    const mine = await app.owner.query<{ body_text: string }[]>(
      `SELECT body_text FROM outbox_message WHERE organization_id = $1 AND kind IN ('CHECKLIST_DUE', 'CHECKLIST_OVERDUE', 'ACTION_ITEM_DUE')`, [org.id],
    );
    expect(mine.length).toBeGreaterThan(3);
    const foreignNames = [other.name, ...Object.values(other.people).map((p) => p.name)];
    for (const m of mine) {
      expect(m.body_text).toContain(`— Tandem for ${org.name}`);
      for (const name of foreignNames) expect(m.body_text).not.toContain(name);
    }
    // The other organisation's own reminders stay with its own people.
    const theirs = await app.owner.query<{ recipient_org: string }[]>(
      `SELECT p.organization_id AS recipient_org FROM notification n JOIN person p ON p.id = n.recipient_id WHERE n.organization_id = $1`, [other.id],
    );
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((r) => r.recipient_org === other.id)).toBe(true);
  });

  it('follows the business clock: a reminder made at a pinned "today" is dated then', async () => {
    const person = await staffDueOn(addDaysIso(todayIso(), 4), 'clocked');
    await sweep();
    const [row] = await app.owner.query<{ created_at: Date }[]>(
      `SELECT created_at FROM notification WHERE recipient_id = $1 AND kind = 'CHECKLIST_DUE'`, [person.id],
    );
    expect(Math.abs(row!.created_at.getTime() - testClock.nowMs())).toBeLessThan(DAY_MS / 24);
  });

  it('reads the due lists of a whole organisation in one statement, however many people it has', async () => {
    const dueReads = async (): Promise<number> => {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        await sweep();
        return spy.mock.calls.map(([q]) => String(typeof q === 'object' && q !== null ? (q as { text: string }).text : q))
          .filter((text) => text.includes('FROM checklist_policy') || text.includes('checklist_policy cp')).length;
      } finally {
        spy.mockRestore();
      }
    };
    const [counted] = await app.owner.query<{ n: number }[]>('SELECT count(*)::int AS n FROM organization');
    const before = await dueReads();
    for (let i = 0; i < 5; i++) await staffDueOn(addDaysIso(todayIso(), 5), `many${i}`);
    const after = await dueReads();
    expect(after).toBe(before);
    expect(after).toBeLessThanOrEqual(counted!.n);
    expect(after).toBeGreaterThan(0);
  });
});
