import { randomUUID } from 'node:crypto';
import { DEMO_ORGANIZATION, seedDemoOrganization } from '@tandem/database';
import { ReminderSweep } from '../src/modules/notifications/reminder-sweep';
import { call } from './support/admin-helpers';
import { DAY_MS } from '@tandem/shared';
import { dayIn, inOnePeriod, testClock, utcDayOf } from './support/clock';
import { createOrg, insertPerson, login, type TestOrg, type TestPerson } from './support/factories';
import { codeOf, gql, gqlRaw } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// The weekly digest for program managers (issue 12): per program they manage, at their digest day and time in their
// own time zone; new alerts and improvements (each told once), overdue supervision, actions due; nothing when there
// is nothing to say unless they asked for an "all quiet" line.

const UPDATE_SETTINGS = graphql(`mutation UpdateNotificationSettings($i: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime digestWhenQuiet } }`);
const SETTINGS = graphql(`query NotificationSettings { notificationSettings { timeZone digestWeekday digestTime digestWhenQuiet } }`);

let app: TestApp;
let org: TestOrg;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  // The demo seeds only an empty database: first the demo organisation (with its drifting and recovering teams).
  await seedDemoOrganization(app.owner, testClock.now());
  org = await createOrg(app, 'Digest');
}, 180_000);
afterAll(async () => app.close());

const sweep = () => app.server.app.get(ReminderSweep).runAll();
const lastMinuteOfUtcDay = (ms: number) => new Date(ms).toISOString().slice(11, 16) >= '23:59';

/** ISO weekday (1 = Monday) in `timeZone` at `nowMs`, `plusDays` later. */
function weekdayIn(timeZone: string, nowMs: number, plusDays = 0): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(new Date(nowMs + plusDays * DAY_MS));
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name) + 1;
}

async function setDigest(orgId: string, personId: string, timeZone: string, weekday: number, time: string, whenQuiet = false): Promise<void> {
  await app.owner.query(
    `INSERT INTO notification_setting (organization_id, person_id, time_zone, digest_weekday, digest_time, digest_when_quiet) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (organization_id, person_id) DO UPDATE SET time_zone = $3, digest_weekday = $4, digest_time = $5, digest_when_quiet = $6`,
    [orgId, personId, timeZone, weekday, time, whenQuiet],
  );
}

const digestsOf = (personId: string): Promise<{ subject: string; body_text: string; action_url: string }[]> =>
  app.owner.query(`SELECT subject, body_text, action_url FROM outbox_message WHERE recipient_id = $1 AND kind = 'WEEKLY_DIGEST' ORDER BY created_at`, [personId]);
const entriesOf = (personId: string): Promise<{ title: string; link: string; body: string }[]> =>
  app.owner.query(`SELECT title, link, body FROM notification WHERE recipient_id = $1 AND kind = 'WEEKLY_DIGEST' ORDER BY created_at`, [personId]);

async function demoPerson(email: string): Promise<{ id: string; organization_id: string }> {
  const [row] = await app.owner.query(`SELECT id, organization_id FROM person WHERE email = $1`, [email]);
  return row;
}

/** A manager of a program of their own, with one team and nobody in it: a quiet week. */
async function quietManager(label: string): Promise<TestPerson & { programId: string }> {
  const programId = randomUUID();
  await app.owner.query(`INSERT INTO program (id, organization_id, name) VALUES ($1, $2, $3)`, [programId, org.id, `Quiet ${label}`]);
  await app.owner.query(`INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, $3)`, [org.id, programId, `Empty ${label}`]);
  const person = await insertPerson(app.owner, org.id, label, ['PROGRAM_MANAGER'], { managerProgramId: programId });
  return { ...person, programId };
}

/**
 * A digest is due on its day in the person's zone: each test sets "today" as the digest day from one "now" and sweeps
 * within that same day there (inOnePeriod), so a midnight between the setting and the sweep cannot make it not due.
 * A test run again after such a midnight first forgets the digests (and what they told) of the demo people it reuses.
 */
async function forgetDigests(personId: string): Promise<void> {
  await app.owner.query(`DELETE FROM notification WHERE recipient_id = $1 AND kind = 'WEEKLY_DIGEST'`, [personId]);
  await app.owner.query(`DELETE FROM outbox_message WHERE recipient_id = $1 AND kind = 'WEEKLY_DIGEST'`, [personId]);
  await app.owner.query(`DELETE FROM digest_reported_signal WHERE person_id = $1`, [personId]);
}

describe('weekly digest', () => {
  it('on their day, after their time, in their zone: one digest per program with its new alerts and improvements', () => inOnePeriod(async (now) => {
    const morgan = await demoPerson('manager@tandem.demo');
    await forgetDigests(morgan.id);
    await setDigest(morgan.organization_id, morgan.id, 'Asia/Tokyo', weekdayIn('Asia/Tokyo', now), '00:00');
    await sweep();
    await sweep();

    const digests = await digestsOf(morgan.id);
    // Morgan manages two programs: one digest each, once.
    expect(digests.map((d) => d.subject.split(' this week')[0]).sort()).toEqual(['Community Peer Support', 'Hospital Bridge']);
    const bridge = digests.find((d) => d.subject.startsWith('Hospital Bridge'))!;
    expect(bridge.subject).toMatch(/new alerts?/);
    expect(bridge.body_text).toContain('New drift alerts');
    expect(bridge.body_text).toMatch(/Inpatient Bridge: /);
    expect(bridge.body_text).toContain(`— Tandem for ${DEMO_ORGANIZATION.name}`);
    expect(bridge.body_text).not.toContain(org.name);
    const community = digests.find((d) => d.subject.startsWith('Community Peer Support'))!;
    expect(community.body_text).toContain('Improvements:');
    expect(community.body_text).toMatch(/Harbor House: /);
    // Teams of the other program are not in this one.
    expect(community.body_text).not.toContain('Inpatient Bridge');

    const entries = await entriesOf(morgan.id);
    expect(entries).toHaveLength(2);
    const [program] = await app.owner.query(`SELECT id FROM program WHERE name = 'Hospital Bridge'`);
    expect(entries.map((e) => e.link)).toContain(`/dashboard?program=${program.id}`);
    // What was told is remembered, so next week lists only what is new.
    const [told] = await app.owner.query(`SELECT count(*)::int AS n FROM digest_reported_signal WHERE person_id = $1`, [morgan.id]);
    expect(told.n).toBeGreaterThan(0);
  }, dayIn('Asia/Tokyo')));

  it('lists only the programs a manager manages, and signals already told are not new again', () => inOnePeriod(async (now) => {
    const priya = await demoPerson('priya.natarajan@tandem.demo');
    const morgan = await demoPerson('manager@tandem.demo');
    await forgetDigests(priya.id);
    await setDigest(priya.organization_id, priya.id, 'UTC', weekdayIn('UTC', now), '00:00');
    await sweep();
    const [digest, ...more] = await digestsOf(priya.id);
    expect(more).toEqual([]);
    expect(digest!.subject).toMatch(/^Hospital Bridge this week/);
    // Priya has not been told before, so Bridge's alerts are new to her too.
    expect(digest!.body_text).toContain('New drift alerts');

    // Morgan's next digest (a week on is simulated by a new local date key): nothing told twice.
    const [before] = await app.owner.query(`SELECT count(*)::int AS n FROM digest_reported_signal WHERE person_id = $1`, [morgan.id]);
    await app.owner.query(`DELETE FROM notification WHERE recipient_id = $1 AND kind = 'WEEKLY_DIGEST'`, [morgan.id]);
    await app.owner.query(`DELETE FROM outbox_message WHERE recipient_id = $1 AND kind = 'WEEKLY_DIGEST'`, [morgan.id]);
    await sweep();
    for (const d of await digestsOf(morgan.id)) expect(d.body_text).not.toContain('New drift alerts');
    const [after] = await app.owner.query(`SELECT count(*)::int AS n FROM digest_reported_signal WHERE person_id = $1`, [morgan.id]);
    expect(after.n).toBe(before.n);
  }));

  // Tomorrow in Auckland and 23:59 today in UTC: neither has come unless the sweep runs in UTC's last minute, which the
  // period says (with both days), so the sweep and the expectation see the same side of every edge.
  it('not before their day and time', () => inOnePeriod(async (now) => {
    const early = await quietManager('early');
    await setDigest(org.id, early.id, 'Pacific/Auckland', weekdayIn('Pacific/Auckland', now, 1), '00:00', true);
    const late = await quietManager('late');
    await setDigest(org.id, late.id, 'UTC', weekdayIn('UTC', now), '23:59', true);
    await sweep();
    expect(await digestsOf(early.id)).toEqual([]);
    // 23:59 UTC could be now; only then may it come.
    expect(await digestsOf(late.id)).toHaveLength(lastMinuteOfUtcDay(now) ? 1 : 0);
  }, (ms) => `${dayIn('Pacific/Auckland')(ms)} ${utcDayOf(ms)} ${lastMinuteOfUtcDay(ms)}`));

  it('a quiet week sends nothing by default; an "all quiet" line for those who asked', () => inOnePeriod(async (now) => {
    const silent = await quietManager('silent');
    const reassured = await quietManager('reassured');
    await setDigest(org.id, silent.id, 'UTC', weekdayIn('UTC', now), '00:00');
    await setDigest(org.id, reassured.id, 'UTC', weekdayIn('UTC', now), '00:00', true);
    await sweep();
    expect(await digestsOf(silent.id)).toEqual([]);
    expect(await entriesOf(silent.id)).toEqual([]);
    const [quiet] = await digestsOf(reassured.id);
    expect(quiet!.subject).toBe(`Quiet reassured this week: all quiet`);
    expect(quiet!.body_text).toContain('All quiet');
    expect(quiet!.body_text).toContain(`— Tandem for ${org.name}`);
    expect(quiet!.body_text).not.toContain(DEMO_ORGANIZATION.name);
  }));

  it('overdue supervision and actions due in the manager’s programs', () => inOnePeriod(async (now) => {
    const manager = await quietManager('busy');
    const [team] = await app.owner.query(`SELECT id FROM team WHERE program_id = $1`, [manager.programId]);
    const peer = await insertPerson(app.owner, org.id, 'unsupervised', ['STAFF'], { teamId: team.id, startedDaysAgo: 200 });
    await app.owner.query(
      `INSERT INTO supervision_action_item (organization_id, team_id, supervisee_id, description, owner_id, due_on) VALUES ($1, $2, $3, 'Follow up', $3, app_now()::date + 2)`,
      [org.id, team.id, peer.id],
    );
    await setDigest(org.id, manager.id, 'UTC', weekdayIn('UTC', now), '00:00');
    await sweep();
    const [digest] = await digestsOf(manager.id);
    expect(digest!.body_text).toContain('Overdue for supervision:');
    expect(digest!.body_text).toContain(`${peer.name} (Empty busy)`);
    expect(digest!.body_text).toContain('Action items: 0 past due, 1 due in the coming week.');
  }));

  it('switched off: no digest', () => inOnePeriod(async (now) => {
    const manager = await quietManager('optout');
    await setDigest(org.id, manager.id, 'UTC', weekdayIn('UTC', now), '00:00', true);
    await app.owner.query(`INSERT INTO notification_preference (organization_id, person_id, kind, channel) VALUES ($1, $2, 'WEEKLY_DIGEST', 'OFF')`, [org.id, manager.id]);
    await sweep();
    expect(await digestsOf(manager.id)).toEqual([]);
    expect(await entriesOf(manager.id)).toEqual([]);
  }));
});

describe('the "all quiet" setting', () => {
  it('is saved with the digest day and time, and left as it was when not given', async () => {
    const token = await login(app, org.people.manager.email);
    const set = await call(app, UPDATE_SETTINGS, { i: { timeZone: 'Europe/London', digestWeekday: 3, digestTime: '09:15', digestWhenQuiet: true } }, { token });
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateNotificationSettings).toEqual({ timeZone: 'Europe/London', digestWeekday: 3, digestTime: '09:15', digestWhenQuiet: true });
    const again = await call(app, UPDATE_SETTINGS, { i: { timeZone: 'Europe/London', digestWeekday: 4, digestTime: '09:15' } }, { token });
    expect(again.data!.updateNotificationSettings).toMatchObject({ digestWeekday: 4, digestWhenQuiet: true });
    expect((await call(app, SETTINGS, {}, { token })).data!.notificationSettings.digestWhenQuiet).toBe(true);
  });

  it('refuses a non-boolean (BAD_USER_INPUT) and anonymous callers', async () => {
    const token = await login(app, org.people.staff.email);
    const bad = await gqlRaw(app, UPDATE_SETTINGS, { i: { timeZone: 'UTC', digestWeekday: 1, digestTime: '08:00', digestWhenQuiet: 'yes' } }, { token });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app, UPDATE_SETTINGS, { i: { timeZone: 'UTC', digestWeekday: 1, digestTime: '08:00', digestWhenQuiet: false } }))).toBe('UNAUTHENTICATED');
  });
});
