import { randomUUID } from 'node:crypto';
import { auditRowsOf, call, callRaw, ok, uniq } from './support/admin-helpers';
import { insertSubmittedChecklist, startTwoOrgs, uniformAnswers } from './support/checklist-helpers';
import { inOnePeriod, testClock, utcDayOf } from './support/clock';
import type { RoleKey, TestOrg } from './support/factories';
import { codeOf } from './support/graphql';
import type { TestApp } from './support/test-app';
import { graphql } from './gql';

// Issue 13: an audit log people can use — named records, views, filters, keyset pages, CSV export.

const EVENTS = graphql(`query AuditEvents($i: AuditEventsInput) { auditEvents(input: $i) {
  totalCount totalCountCapped pageInfo { endCursor hasNextPage }
  items { id action actionLabel category entity entityId subject actorId actorName readAs createdAt } } }`);
const INVITE = graphql(`mutation InvitePerson($i: InvitePersonInput!) { invitePerson(input: $i) { person { id name } } }`);

interface Item { id: string; action: string; actionLabel: string; category: string; entity: string; entityId: string | null; subject: string; actorId: string | null; actorName: string | null; readAs: string | null; createdAt: string }
interface Page { totalCount: number; totalCountCapped: boolean; pageInfo: { endCursor: string | null; hasNextPage: boolean }; items: Item[] }

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
let foreignAdmin: string;
let invitedId: string;
let checklistId: string;
/** The one "now" the setup's checklist and events are dated from. */
let setupNow = testClock.nowMs();
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

async function insertEvent(action: string, entity: string, entityId: string | null, createdAt: string, summary: Record<string, unknown> = {}, actorId: string | null = org.people.admin.id) {
  await app.owner.query(
    `INSERT INTO audit_event (organization_id, actor_id, entity, entity_id, action, summary, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [org.id, actorId, entity, entityId, action, JSON.stringify(summary), createdAt],
  );
}

beforeAll(async () => {
  ({ app, org, t, foreignAdmin } = await startTwoOrgs('Audit'));
  setupNow = testClock.nowMs();
  const invited = await ok(app, INVITE, { i: { name: 'Grace Kim', email: `grace-${uniq()}@example.test`, roles: ['STAFF'] } }, { token: t.admin });
  invitedId = invited.invitePerson.person.id;
  checklistId = await insertSubmittedChecklist(app, org, {
    subjectId: org.people.staff.id, raterType: 'SELF', raterId: org.people.staff.id, teamId: org.teams.a1, answers: uniformAnswers('SELF', 4),
    submittedAt: new Date(setupNow),
  });
  await insertEvent('checklist.submitted', 'checklist', checklistId, `${utcDayOf(setupNow)}T08:00:00Z`, {}, org.people.staff.id);
  await insertEvent('supervision_note.read', 'supervision_note', randomUUID(), `${utcDayOf(setupNow)}T07:00:00Z`, { as: 'POLICY' }, org.people.manager.id);
  // Older history, for the date filter and paging.
  for (let i = 0; i < 5; i++) await insertEvent('team.updated', 'team', org.teams.a2, `2025-03-0${i + 1}T12:00:00Z`, { before: { name: 'Old' } });
  await insertEvent('person.updated', 'person', invitedId, '2025-04-10T12:00:00Z', { after: { jobTitle: '=HYPERLINK("http://x")' } });
}, 120_000);
afterAll(async () => app.close());

const page = async (input: Record<string, unknown> = {}, token = t.admin): Promise<Page> => (await ok(app, EVENTS, { i: input }, { token })).auditEvents;

describe('auditEvents', () => {
  it('names each record in words: the person, the checklist with its kind and month', async () => {
    const items = (await page({ first: 100 })).items;
    expect(items.find((e) => e.action === 'person.invited')).toMatchObject({
      subject: 'Person: Grace Kim', actionLabel: 'Invited a person', category: 'CHANGE', actorName: org.people.admin.name, entityId: invitedId,
    });
    // The checklist's month: the one it was submitted in (the setup's), not the month the test happens to read.
    const submittedOn = utcDayOf(setupNow);
    const month = `${MONTHS[Number(submittedOn.slice(5, 7)) - 1]} ${submittedOn.slice(0, 4)}`;
    expect(items.find((e) => e.action === 'checklist.submitted')).toMatchObject({
      subject: `Checklist: self-assessment, ${month} (${org.people.staff.name})`, actionLabel: 'Submitted a checklist', actorName: org.people.staff.name,
    });
    expect(items.find((e) => e.entity === 'team')?.subject).toBe('Team: Team A2');
  });

  it('keeps sign-ins and note reads in views of their own; a note read says who read it and as what', async () => {
    const changes = await page({ first: 100 });
    expect(changes.items.map((e) => e.category)).not.toContain('SIGN_IN');
    expect(changes.items.map((e) => e.action)).not.toContain('supervision_note.read');
    const signIns = await page({ view: 'SIGN_INS', first: 100 });
    expect(signIns.items.length).toBeGreaterThanOrEqual(6);
    expect(new Set(signIns.items.map((e) => e.actionLabel))).toEqual(new Set(['Signed in']));
    const reads = await page({ view: 'NOTE_READS' });
    expect(reads.items).toEqual([expect.objectContaining({
      actionLabel: 'Read the note text', category: 'NOTE_READ', actorName: org.people.manager.name, readAs: 'organisation policy (managers may read notes)',
    })]);
    const all = await page({ view: 'ALL', first: 100 });
    expect(all.totalCount).toBe(changes.totalCount + signIns.totalCount + reads.totalCount);
  });

  it('filters by person (who did it or whom it is about), action, kind of record and dates', async () => {
    const grace = await page({ personId: invitedId });
    expect(grace.items.map((e) => e.action).sort()).toEqual(['person.invited', 'person.updated']);
    const staff = await page({ personId: org.people.staff.id });
    expect(staff.items.map((e) => e.action)).toEqual(['checklist.submitted']);
    expect((await page({ action: 'team.updated' })).totalCount).toBe(5);
    expect((await page({ entity: 'checklist' })).items.map((e) => e.entityId)).toEqual([checklistId]);
    const march = await page({ from: '2025-03-02', to: '2025-03-04' });
    expect(march.items.map((e) => e.createdAt.slice(0, 10))).toEqual(['2025-03-04', '2025-03-03', '2025-03-02']);
    expect((await page({ from: '2025-03-01', to: '2025-03-01' }, t.admin)).totalCount).toBe(1);
  });

  it('pages by keyset, newest first: every event once, in order, however small the page', async () => {
    const whole = await page({ view: 'ALL', first: 100 });
    const seen: Item[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const p: Page = await page({ view: 'ALL', first: 3, ...(after ? { after } : {}) });
      expect(p.totalCount).toBe(whole.totalCount);
      seen.push(...p.items);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen.map((e) => e.id)).toEqual(whole.items.map((e) => e.id));
    const times = seen.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('is for admins only; another organisation sees none of these events', async () => {
    for (const role of ['manager', 'supervisor', 'staff'] as const) {
      for (const query of [EVENTS, graphql(`query AuditActions { auditActions { action } }`), graphql(`query AuditEntities { auditEntities { entity } }`)]) {
        const res = await callRaw(app, query, {}, { token: t[role] });
        expect({ role, query, code: codeOf(res) }).toEqual({ role, query, code: 'FORBIDDEN' });
      }
    }
    expect(codeOf(await call(app, EVENTS))).toBe('UNAUTHENTICATED');
    const theirs = await page({ personId: invitedId, view: 'ALL' }, foreignAdmin);
    expect(theirs.totalCount).toBe(0);
  });

  it.each([
    ['first 0', { first: 0 }],
    ['first 101', { first: 101 }],
    ['a cursor from elsewhere', { after: 'bm90LWEtY3Vyc29y' }],
    ['a day that does not exist', { from: '2026-02-30' }],
    ['a range that ends before it starts', { from: '2026-03-02', to: '2026-03-01' }],
    ['a malformed person id', { personId: 'grace' }],
    ['an over-long action', { action: 'x'.repeat(81) }],
    ['an unknown view', { view: 'EVERYTHING' }],
  ])('bad input (%s) is BAD_USER_INPUT', async (_label, input) => {
    const res = await callRaw(app, EVENTS, { i: input }, { token: t.admin });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });
});

describe('auditActions and auditEntities', () => {
  it('list every action with its words and view, and the kinds of record', async () => {
    const actions = (await ok(app, graphql(`query AuditActionsInAuditLog { auditActions { action label category } }`), {}, { token: t.admin })).auditActions;
    expect(actions).toContainEqual({ action: 'supervision_note.read', label: 'Read the note text', category: 'NOTE_READ' });
    expect(actions).toContainEqual({ action: 'auth.login', label: 'Signed in', category: 'SIGN_IN' });
    expect(actions).toContainEqual({ action: 'person.roles_changed', label: 'Changed roles', category: 'CHANGE' });
    const entities = (await ok(app, graphql(`query AuditEntitiesInAuditLog { auditEntities { entity label } }`), {}, { token: t.admin })).auditEntities;
    expect(entities).toContainEqual({ entity: 'checklist', label: 'Checklist' });
  });
});

describe('GET /reports/audit-log.csv', () => {
  const get = (query: string, token?: string, requestId = randomUUID()) =>
    fetch(`${app.url}/reports/audit-log.csv?${query}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-request-id': requestId } });

  // The file is named after the API's today: checked within one day (inOnePeriod) with the test's.
  it('exports the filtered rows with records named and formulas defused; the export is audited', () => inOnePeriod(async (now) => {
    const requestId = randomUUID();
    const res = await get(`personId=${invitedId}`, t.admin, requestId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="audit-log-${utcDayOf(now)}.csv"`);
    const text = await res.text();
    const lines = text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Time (UTC),Who,What happened,Record,View,Read as,Action code,Details,Request id');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`,${org.people.admin.name},Invited a person,Person: Grace Kim,Changes,,person.invited,`);
    // The summary cell holds the formula as text: quoted JSON, and nothing in the file starts a cell with "=".
    expect(lines[2]).toContain('Changed a person,Person: Grace Kim');
    expect(text).not.toMatch(/(^|,)=/m);
    expect((await auditRowsOf(app, requestId)).map((r) => [r.action, r.summary.rows])).toEqual([['audit_log.exported', 2]]);
  }));

  it('a cell that starts like a formula is written as text (a leading apostrophe), never run', async () => {
    const name = `=cmd|' /C calc'!A${uniq()}`;
    await app.owner.query('UPDATE person SET name = $2 WHERE id = $1', [org.people.supervisor2.id, name]);
    await insertEvent('team.updated', 'team', org.teams.b1, '2025-05-01T12:00:00Z', {}, org.people.supervisor2.id);
    const text = await (await get('entity=team&from=2025-05-01&to=2025-05-01', t.admin)).text();
    const row = text.split('\r\n')[1]!;
    expect(row).toBe(`2025-05-01T12:00:00.000Z,'${name},Changed a team,Team: Team B1,Changes,,team.updated,,`);
  });

  it('is for admins: 401 signed out, 403 for others, and nothing of another organisation', async () => {
    expect((await get('')).status).toBe(401);
    for (const role of ['manager', 'supervisor', 'staff'] as const) expect({ role, status: (await get('', t[role])).status }).toEqual({ role, status: 403 });
    const foreign = await (await get(`personId=${invitedId}&view=ALL`, foreignAdmin)).text();
    expect(foreign.replace(/^\ufeff/, '').trimEnd().split('\r\n')).toHaveLength(1);
  });

  it.each([
    ['a bad date', 'from=2026-13-01', 'from must be a date written YYYY-MM-DD'],
    ['an unknown view', 'view=EVERYTHING', 'view must be one of the following values: CHANGES, SIGN_INS, NOTE_READS, ALL'],
    ['a malformed person', 'personId=grace', 'personId must be a person id'],
    ['an unknown filter', 'colour=red', 'Unknown filter colour'],
    ['a repeated filter', 'action=a&action=b', 'Give action once, as plain text'],
  ])('bad input (%s) is 400 with a plain message', async (_label, query, message) => {
    const res = await get(query, t.admin);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(message);
  });
});
