import { auditRowsOf, call, callRaw, ok, uniq } from './support/admin-helpers';
import { startTwoOrgs } from './support/checklist-helpers';
import { inOnePeriod, isoDaysAgo, testClock, utcDayOf } from './support/clock';
import type { RoleKey, TestOrg } from './support/factories';
import { codeOf } from './support/graphql';
import { insertNote } from './support/matrix-supervision';
import type { TestApp } from './support/test-app';
import { graphql } from './gql';
import type { ActionsPageInput, CreateActionInput } from './gql/graphql';

// Issue 13: actions as a first-class list — team, caseload and person actions, one open action per signal, the
// Actions page with before/after from the dashboard's figures, overdue, CSV, and "you can only complete what you can read".

export const FIELDS = graphql(`fragment ActionFields on Action { id scope status overdue textVisible description canUpdate source team { id name } person { id name } groupSession supervisor { id name }
  owner { id name } dueOn createdOn metric metricLabel worseDirection signalId signalPeriod signalRule signalDirection
  before { period value } after { period value } change }`);
const CREATE = graphql(`mutation CreateAction($i: CreateActionInput!) { createAction(input: $i) { ...ActionFields } }`);
const LIST = graphql(`query Actions($i: ActionsPageInput) { actions(input: $i) { total overdue offset limit items { ...ActionFields } } }`);
const UPDATE = graphql(`mutation UpdateActionItem($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status } }`);
const AGENDA = graphql(`query SupervisionAgenda($id: ID!) { supervisionAgenda(superviseeId: $id) { olderOpenActionCount openActionItems { id } } }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
let foreignAdmin: string;
const due = (days: number) => isoDaysAgo(-days);
/**
 * The one "now" the figures are seeded from; their months (and the signals named after them) are counted from it, so a
 * new month starting between the setup and a test does not rename the months the test expects.
 */
let setupNow = testClock.nowMs();
/** The month label `k` months before the setup's month. */
const monthsAgo = (k: number) => {
  const d = new Date(setupNow);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - k, 1)).toISOString().slice(0, 7);
};
const signal = (team: string, period = monthsAgo(2), metric = 'MFI') => `${team}:SELF:${metric}:${period}:CUSUM`;
const page = async (input: ActionsPageInput = {}, token = t.manager) => (await ok(app, LIST, { i: input }, { token })).actions;
const create = (i: CreateActionInput, token = t.manager) => call(app, CREATE, { i }, { token });

/** Rollup cells for team A2 (what the dashboard reads): the MFI at 50 two months ago and 70 this month, 4 ratings each. */
async function seedFigures(): Promise<void> {
  for (const [month, value] of [[monthsAgo(2), 50], [monthsAgo(0), 70]] as const) {
    await app.owner.query(
      `INSERT INTO metric_rollup (organization_id, team_id, period_type, period_start, rater_type, metric, count, sum, sum_sq)
       VALUES ($1, $2, 'MONTH', $3::date, 'SELF', 'MFI', 4, $4, $5)`,
      [org.id, org.teams.a2, `${month}-01`, 4 * value, 4 * value * value],
    );
  }
}

beforeAll(async () => {
  ({ app, org, t, foreignAdmin } = await startTwoOrgs('Actions'));
  setupNow = testClock.nowMs();
  await seedFigures();
}, 120_000);
afterAll(async () => app.close());

describe('createAction', () => {
  it('turns a team-level signal into a team action that names nobody, with the figure before and after', async () => {
    const res = await create({
      scope: 'TEAM', teamId: org.teams.a2, ownerId: org.people.manager.id, dueOn: due(30), signalId: signal(org.teams.a2), signalDirection: 'worse',
      description: `Team day on mutuality ${uniq()}`,
    });
    expect(res.errors).toBeUndefined();
    const a = res.data!.createAction;
    expect(a).toMatchObject({
      scope: 'TEAM', status: 'OPEN', overdue: false, person: null, source: 'SIGNAL', team: { id: org.teams.a2, name: 'Team A2' },
      metric: 'MFI', metricLabel: 'Mutuality Fidelity Index', worseDirection: 'down', signalPeriod: monthsAgo(2), signalRule: 'CUSUM',
      signalDirection: 'worse', before: { period: monthsAgo(2), value: 50 }, after: { period: monthsAgo(0), value: 70 }, change: 'better', canUpdate: true,
    });
    const rows = await auditRowsOf(app, res.requestId);
    expect(rows.map((r) => r.action)).toEqual(['drift_action.created']);
  });

  it('refuses a second open action on the same signal, pointing to the first; once that is done a new one is welcome', async () => {
    const sig = signal(org.teams.a1, monthsAgo(1), 'DIM:D3');
    const first = await create({ scope: 'TEAM', teamId: org.teams.a1, ownerId: org.people.manager.id, dueOn: due(20), signalId: sig, description: 'Reflect together on D3' });
    expect(first.errors).toBeUndefined();
    const again = await create({ scope: 'PERSON', teamId: org.teams.a1, superviseeId: org.people.staff.id, ownerId: org.people.staff.id, dueOn: due(20), signalId: sig, description: 'The same again' }, t.supervisor);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toMatch(/already an open action for this signal/);
    expect(again.errors![0]!.extensions).toMatchObject({ existingActionId: first.data!.createAction.id, existingActionPath: `/actions?id=${first.data!.createAction.id}` });
    await ok(app, UPDATE, { i: { actionItemId: first.data!.createAction.id, status: 'DONE' } }, { token: t.manager });
    const later = await create({ scope: 'TEAM', teamId: org.teams.a1, ownerId: org.people.manager.id, dueOn: due(20), signalId: sig, description: 'A second round' });
    expect(later.errors).toBeUndefined();
  });

  it('makes a person action by hand (a supervisor for their supervisee) and a caseload action (a manager for a supervisor)', async () => {
    const person = await create({ scope: 'PERSON', teamId: org.teams.a1, superviseeId: org.people.staff.id, ownerId: org.people.staff.id, dueOn: due(10), metric: 'HDI', description: 'Ask what would help before suggesting' }, t.supervisor);
    expect(person.errors).toBeUndefined();
    expect(person.data!.createAction).toMatchObject({ scope: 'PERSON', source: 'HAND', person: { id: org.people.staff.id }, metricLabel: 'Hierarchical drift', worseDirection: 'up', signalPeriod: null });
    const caseload = await create({ scope: 'CASELOAD', supervisorId: org.people.supervisor.id, ownerId: org.people.supervisor.id, dueOn: due(40), description: 'Co-reflection for the whole caseload' });
    expect(caseload.errors).toBeUndefined();
    expect(caseload.data!.createAction).toMatchObject({ scope: 'CASELOAD', supervisor: { id: org.people.supervisor.id }, team: null, person: null, before: null });
  });

  it('answers bad input with a clear BAD_USER_INPUT', async () => {
    const base = { scope: 'TEAM', teamId: org.teams.a1, ownerId: org.people.manager.id, dueOn: due(10), description: 'Something useful' };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ dueOn: isoDaysAgo(1) }, /due date is in the past/],
      [{ dueOn: due(900) }, /within two years/],
      [{ description: 'x' }, /at least 3 characters/],
      [{ signalId: 'not-a-signal' }, /not a drift signal/],
      [{ signalId: signal(org.teams.a2) }, /another team/],
      [{ scope: 'PERSON' }, /person it is for/],
      [{ superviseeId: org.people.staff.id }, /Only an action for one person/],
      [{ scope: 'CASELOAD', teamId: undefined }, /supervisor whose caseload/],
      [{ scope: 'CASELOAD', teamId: undefined, supervisorId: org.people.staff.id }, /has a caseload/],
      [{ metric: 'XYZ' }, /metric must be/],
      [{ ownerId: org.people.staff2.id }, /owner must be someone you can see/],
      [{ signalDirection: 'sideways' }, /signalDirection must be/],
    ];
    for (const [change, message] of cases) {
      const res = await callRaw(app, CREATE, { i: { ...base, ...change } }, { token: t.manager }); // wrong on purpose
      expect({ change, code: codeOf(res) }).toEqual({ change, code: 'BAD_USER_INPUT' });
      expect(res.errors![0]!.message).toMatch(message);
    }
  });

  it('is for supervisors, program managers and admins, each within what they may see', async () => {
    const input: CreateActionInput = { scope: 'TEAM', teamId: org.teams.a1, ownerId: org.people.staff.id, dueOn: due(10), description: 'Staff may not' };
    expect(codeOf(await create(input, t.staff))).toBe('FORBIDDEN');
    expect(codeOf(await create({ ...input, teamId: org.teams.b1, ownerId: org.people.manager.id }))).toBe('NOT_FOUND');
    expect(codeOf(await create({ ...input, ownerId: org.people.admin.id }, foreignAdmin))).toBe('NOT_FOUND');
    expect(codeOf(await create({ ...input, teamId: org.teams.b1, ownerId: org.people.supervisor.id }, t.supervisor))).toBe('NOT_FOUND');
  });
});

describe('actions (the Actions page)', () => {
  let overdueId: string;
  let noteItemId: string;

  beforeAll(async () => {
    const [row] = await app.owner.query(
      `INSERT INTO supervision_action_item (organization_id, team_id, supervisee_id, description, owner_id, due_on, scope, metric, created_by, created_at)
       VALUES ($1, $2, $3, 'Long past due', $4, app_now()::date - 70, 'PERSON', 'MFI', $5, app_now() - interval '100 days') RETURNING id`,
      [org.id, org.teams.a1, org.people.staff.id, org.people.supervisor.id, org.people.manager.id],
    );
    overdueId = row.id;
    noteItemId = (await insertNote(app, org, { locked: true })).actionItemId;
  });

  it('lists what the viewer may see, overdue first, with the overdue count; filters combine', async () => {
    const all = await page({ limit: 100 });
    expect(all.total).toBe(all.items.length);
    expect(all.items[0]).toMatchObject({ id: overdueId, overdue: true });
    expect(all.overdue).toBe(1);
    expect((await page({ overdue: true })).items.map((a) => a.id)).toEqual([overdueId]);
    expect((await page({ scope: 'TEAM' })).items.every((a) => a.scope === 'TEAM')).toBe(true);
    expect((await page({ teamId: org.teams.a2 })).items.map((a) => a.team?.id)).toEqual([org.teams.a2]);
    expect((await page({ status: 'DONE' })).items.map((a) => a.status)).toEqual(['DONE']);
    expect((await page({ ownerId: org.people.staff.id })).items.every((a) => a.owner.id === org.people.staff.id)).toBe(true);
    expect((await page({ actionId: overdueId })).items.map((a) => a.id)).toEqual([overdueId]);
  });

  it('pages on the server', async () => {
    const all = await page({ limit: 100 });
    const second = await page({ offset: 1, limit: 2 });
    expect(second).toMatchObject({ total: all.total, offset: 1, limit: 2 });
    expect(second.items.map((a) => a.id)).toEqual(all.items.slice(1, 3).map((a) => a.id));
    expect(codeOf(await call(app, LIST, { i: { limit: 0 } }, { token: t.manager }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, LIST, { i: { limit: 101 } }, { token: t.manager }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, LIST, { i: { offset: -1 } }, { token: t.manager }))).toBe('BAD_USER_INPUT');
    // An explicit null is the default, as when the field is left out (found by the bad-input property run).
    expect(await page({ offset: null, limit: null })).toMatchObject({ total: all.total, offset: 0, limit: 25 });
  });

  it('shows a note’s action to a manager without its text, and refuses to let them complete it', async () => {
    const item = (await page({ actionId: noteItemId })).items[0]!;
    expect(item).toMatchObject({ source: 'NOTE', textVisible: false, description: null, canUpdate: false, person: { id: org.people.staff.id }, groupSession: false });
    const refused = await call(app, UPDATE, { i: { actionItemId: noteItemId, status: 'DONE' } }, { token: t.manager });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toMatch(/only update an action you can read/);
    const bySupervisor = (await page({ actionId: noteItemId }, t.supervisor)).items[0]!;
    expect(bySupervisor).toMatchObject({ textVisible: true, description: 'Share one story with purpose', canUpdate: true });
    expect((await ok(app, UPDATE, { i: { actionItemId: noteItemId, status: 'DONE' } }, { token: t.supervisor })).updateActionItem.status).toBe('DONE');
  });

  it('keeps other scopes and other organisations out, and is not for staff', async () => {
    const foreign = await ok(app, LIST, { i: { limit: 100 } }, { token: foreignAdmin });
    expect(foreign.actions.total).toBe(0);
    const other = await page({ limit: 100 }, t.supervisor2);
    expect(other.items.map((a) => a.id)).not.toContain(overdueId);
    expect(codeOf(await call(app, LIST, {}, { token: t.staff }))).toBe('FORBIDDEN');
    expect(codeOf(await call(app, UPDATE, { i: { actionItemId: overdueId, status: 'DONE' } }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
  });

  it('leaves an action off the agenda once it is long past due, and says how many', async () => {
    const agenda = (await ok(app, AGENDA, { id: org.people.staff.id }, { token: t.supervisor })).supervisionAgenda;
    expect(agenda.openActionItems.map((a: { id: string }) => a.id)).not.toContain(overdueId);
    expect(agenda.olderOpenActionCount).toBe(1);
  });
});

describe('GET /reports/actions.csv', () => {
  const get = (query: string, token?: string) => fetch(`${app.url}/reports/actions.csv?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  // The file is named after the API's today: checked within one day (inOnePeriod) with the test's.
  it('exports the filtered list, formula-escaped, with the figure before and after', async () => {
    await create({ scope: 'TEAM', teamId: org.teams.a2, ownerId: org.people.manager.id, dueOn: due(5), description: '=HYPERLINK("http://x") plan' });
    await inOnePeriod(async (now) => {
      const res = await get(`teamId=${org.teams.a2}`, t.manager);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="actions-${utcDayOf(now)}.csv"`);
      const text = (await res.text()).replace(/^\ufeff/, '');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toMatch(/^Status,Overdue,For,Team,Person or caseload,Owner,Due,/);
      expect(lines).toHaveLength(3);
      expect(text).toContain(`"'=HYPERLINK(""http://x"") plan"`);
      expect(text).toMatch(/Open,no,Team,Team A2,,.*Mutuality Fidelity Index,.*,50,.*,70,.*,better,Team day on mutuality/);
    });
  });

  it('refuses staff, anonymous callers and unknown or bad filters', async () => {
    expect((await get('', t.staff)).status).toBe(403);
    expect((await get('')).status).toBe(401);
    const bad = await get('colour=red', t.manager);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/Unknown filter colour/);
    expect((await get('overdue=maybe', t.manager)).status).toBe(400);
    expect((await get('teamId=nope', t.manager)).status).toBe(400);
    const foreign = await get('', foreignAdmin);
    expect((await foreign.text()).trim().split('\r\n')).toHaveLength(1);
  });
});
