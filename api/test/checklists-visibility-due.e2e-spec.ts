// Checklists: who sees which checklist, what is due, and the per-program checklist policy.
import { randomUUID } from 'node:crypto';
import { DAY_MS } from '@tandem/shared';
import { inOnePeriod } from './support/clock';
import { login, type RoleKey, type TestPerson } from './support/factories';
import { codeOf, expectCode, gql } from './support/graphql';
import { addPerson, auditRowsOf, uniq } from './support/admin-helpers';
import { fillAndSubmit, GET, saveAnswers, startChecklist, submit, uniformAnswers } from './support/checklist-helpers';
import {
  LIST, DUE, POLICY, UPDATE_POLICY, addDays, app, org, t, foreignAdmin, as, data, freshStaff, freshTeam, useChecklistsApp,
} from './support/checklists-setup';
import { graphql } from './gql';

useChecklistsApp();

// ── checklist / checklists (visibility) ───────────────────────────────────────────────────────────

describe('checklist and checklists visibility', () => {
  let me: TestPerson & { token: string };
  let selfDone: { id: string };
  let selfDraft: { id: string };
  let supervisorDone: { id: string };
  let supervisorDraft: { id: string };
  beforeAll(async () => {
    me = await freshStaff();
    selfDone = await fillAndSubmit(app, me.token, me.id, 'SELF', uniformAnswers('SELF', 4));
    selfDraft = await startChecklist(app, me.token, me.id, 'SELF');
    supervisorDone = await fillAndSubmit(app, t.supervisor, me.id, 'SUPERVISOR', uniformAnswers('SUPERVISOR', 4));
    supervisorDraft = await startChecklist(app, t.supervisor, me.id, 'SUPERVISOR');
  });
  const read = (token: string, id: string) => as(token, graphql(`query ChecklistInChecklistsVisibilityDue($id: ID!) { checklist(id: $id) { id status rater { id } } }`), { id });

  it('the subject reads their own drafts and submissions, and their supervisor’s submitted rating — not the supervisor’s draft', async () => {
    for (const c of [selfDone, selfDraft, supervisorDone]) expect(data(await read(me.token, c.id), 'checklist').id).toBe(c.id);
    expect(data(await read(me.token, supervisorDone.id), 'checklist').rater).toEqual({ id: org.people.supervisor.id });
    expectCode(await read(me.token, supervisorDraft.id), 'NOT_FOUND');
  });

  it('another staff member gets NOT_FOUND for every one of them', async () => {
    for (const c of [selfDone, selfDraft, supervisorDone, supervisorDraft]) expectCode(await read(t.staff2, c.id), 'NOT_FOUND');
  });

  it('supervisor, manager of the program and admin read submitted checklists in scope, never someone else’s draft', async () => {
    for (const token of [t.supervisor, t.manager, t.admin]) {
      expect(data(await read(token, selfDone.id), 'checklist').status).toBe('SUBMITTED');
      expectCode(await read(token, selfDraft.id), 'NOT_FOUND');
    }
    expect(data(await read(t.supervisor, supervisorDraft.id), 'checklist').status).toBe('DRAFT');
    // Outside scope: supervisor2 (not their supervisee) and a manager of another program.
    expectCode(await read(t.supervisor2, selfDone.id), 'NOT_FOUND');
    const managerB = await addPerson(app, org.id, 'ManagerB', ['PROGRAM_MANAGER'], { managerProgramId: org.programs.b });
    expectCode(await read(await login(app, managerB.email), selfDone.id), 'NOT_FOUND');
  });

  it('another organisation’s admin gets NOT_FOUND; an unknown id NOT_FOUND; a malformed id BAD_USER_INPUT', async () => {
    expectCode(await read(foreignAdmin, selfDone.id), 'NOT_FOUND');
    expectCode(await read(t.admin, randomUUID()), 'NOT_FOUND');
    expect(codeOf(await read(t.admin, 'nope'))).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
    expect(codeOf(await gql(app, GET, { id: selfDone.id }))).toBe('UNAUTHENTICATED');
  });

  it('checklists lists what the viewer may see, with filters', async () => {
    const ids = async (token: string, f: Record<string, unknown> = {}) =>
      (data(await as(token, LIST, { f: { subjectId: me.id, ...f } }), 'checklists').items as { id: string }[]).map((c) => c.id).sort();
    const sorted = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
    expect(await ids(me.token)).toEqual(sorted([selfDone, selfDraft, supervisorDone]));
    expect(await ids(me.token, { status: 'DRAFT' })).toEqual([selfDraft.id]);
    expect(await ids(me.token, { raterType: 'SUPERVISOR' })).toEqual([supervisorDone.id]);
    expect(await ids(me.token, { mine: true })).toEqual(sorted([selfDone, selfDraft]));
    expect(await ids(t.supervisor)).toEqual(sorted([selfDone, supervisorDone, supervisorDraft]));
    expect(await ids(t.manager)).toEqual(sorted([selfDone, supervisorDone]));
    expect(await ids(t.staff2)).toEqual([]);
    expect(await ids(t.supervisor2)).toEqual([]);
    expect(await ids(foreignAdmin)).toEqual([]);
    const page = data(await as(me.token, LIST, { f: { subjectId: me.id }, p: { skip: 0, take: 1 } }), 'checklists');
    expect(page.totalCount).toBe(3);
    expect(page.items).toHaveLength(1);
  });

  it.each([
    ['an unknown status', { status: 'ARCHIVED' }],
    ['a malformed date', { from: '2025-13-01' }],
    ['a malformed subject id', { subjectId: 'x' }],
  ])('checklists rejects %s with BAD_USER_INPUT', async (_label, f) => {
    expectCode(await as(t.admin, LIST, { f }), 'BAD_USER_INPUT');
  });
});

// ── checklistsDue ─────────────────────────────────────────────────────────────────────────────────

describe('checklistsDue', () => {
  const startedOn = async (id: string) => (await app.owner.query('SELECT started_on::text AS d FROM person WHERE id = $1', [id]))[0].d as string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- due rows are asserted field by field
  const due = async (token: string, withinDays = 14): Promise<any[]> => data(await as(token, DUE, { w: withinDays }), 'checklistsDue');

  it('lists an overdue SELF (and person-served) checklist for a staff member who never submitted one', async () => {
    const me = await freshStaff();
    await app.owner.query('UPDATE person SET started_on = app_now()::date - 100 WHERE id = $1', [me.id]);
    const start = await startedOn(me.id);
    const items = await due(me.token);
    expect(items.find((d) => d.raterType === 'SELF')).toEqual({
      subjectId: me.id, subjectName: me.name, raterType: 'SELF', instrumentKey: 'mutuality-fidelity',
      dueDate: addDays(start, 30), status: 'OVERDUE', lastSubmittedAt: null, draftId: null,
    });
    // Person-served feedback every 182 days: due in 82 days, outside the default 14-day window …
    expect(items.filter((d) => d.raterType === 'PERSON_SERVED')).toEqual([]);
    // … but listed as UPCOMING when looking further ahead.
    expect((await due(me.token, 100)).find((d) => d.raterType === 'PERSON_SERVED')).toMatchObject({ dueDate: addDays(start, 182), status: 'UPCOMING' });
  });

  // Submitted today, due on day 30: outside "the next 30 days" only when asked on the day of the submission, so the
  // submission and the questions happen within one day (inOnePeriod).
  it('shows the open draft to resume, and after submitting the next one is due 30 days on', () => inOnePeriod(async () => {
    const me = await freshStaff();
    await app.owner.query('UPDATE person SET started_on = app_now()::date - 100 WHERE id = $1', [me.id]);
    const draft = await startChecklist(app, me.token, me.id, 'SELF');
    expect((await due(me.token)).find((d) => d.raterType === 'SELF')).toMatchObject({ status: 'OVERDUE', draftId: draft.id });
    await saveAnswers(app, me.token, draft, uniformAnswers('SELF', 4));
    const done = await submit(app, me.token, draft.id);
    expect((await due(me.token)).filter((d) => d.raterType === 'SELF')).toEqual([]);
    // "The next 30 days" runs from today to the 29th day after it, at any hour: the one due on day 30 is not in it.
    expect((await due(me.token, 30)).filter((d) => d.raterType === 'SELF')).toEqual([]);
    const next = (await due(me.token, 31)).find((d) => d.raterType === 'SELF');
    expect(next).toMatchObject({ status: 'UPCOMING', draftId: null, lastSubmittedAt: done.submittedAt });
    expect(next.dueDate).toBe(new Date(new Date(done.submittedAt!).getTime() + 30 * DAY_MS).toISOString().slice(0, 10));
  }));

  it('lists SUPERVISOR ratings due for a supervisor’s supervisees, and none for people they do not supervise', async () => {
    const me = await freshStaff();
    const start = await startedOn(me.id);
    const items = await due(t.supervisor, 120);
    expect(items.find((d) => d.subjectId === me.id)).toEqual({
      subjectId: me.id, subjectName: me.name, raterType: 'SUPERVISOR', instrumentKey: 'mutuality-fidelity',
      dueDate: addDays(start, 91), status: 'UPCOMING', lastSubmittedAt: null, draftId: null,
    });
    // The factory's staff member started 400 days ago: their supervisor rating is long overdue.
    expect(items.find((d) => d.subjectId === org.people.staff.id && d.raterType === 'SUPERVISOR')?.status).toBe('OVERDUE');
    expect(items.every((d) => d.raterType === 'SUPERVISOR')).toBe(true);
    expect(items.some((d) => d.subjectId === org.people.staff2.id)).toBe(false);
    expect((await due(t.supervisor2, 120)).map((d) => d.subjectId)).toEqual([org.people.staff2.id]);
    // Neither admins nor managers have checklists of their own due.
    expect(await due(t.admin)).toEqual([]);
    expect(await due(t.manager)).toEqual([]);
  });

  it('rejects a window outside 0–366 days', async () => {
    expectCode(await as(t.staff, DUE, { w: -1 }), 'BAD_USER_INPUT');
    expectCode(await as(t.staff, DUE, { w: 367 }), 'BAD_USER_INPUT');
    expect(codeOf(await gql(app, DUE, { w: 14 }))).toBe('UNAUTHENTICATED');
  });
});

// ── checklistPolicy / updateChecklistPolicy ───────────────────────────────────────────────────────

describe('checklistPolicy and updateChecklistPolicy', () => {
  it('a program without its own policy uses the defaults (30 / 91 / 182 days)', async () => {
    for (const token of [t.admin, t.staff]) {
      expect(data(await as(token, POLICY, { id: org.programs.b }), 'checklistPolicy')).toEqual({
        programId: org.programs.b, selfEveryDays: 30, supervisorEveryDays: 91, personServedEveryDays: 182,
      });
    }
  });

  it('an admin changes a program’s policy (audited), and the due dates follow', async () => {
    const [program] = await app.owner.query('INSERT INTO program (organization_id, name) VALUES ($1, $2) RETURNING id', [org.id, `Policy ${uniq()}`]);
    const team = await freshTeam(program.id);
    const me = await freshStaff(team);
    // Started 25 days ago: with the default 30 days the self-assessment is due in 5 days (DUE, within a week).
    await app.owner.query('UPDATE person SET started_on = app_now()::date - 25 WHERE id = $1', [me.id]);
    const [{ d: start }] = await app.owner.query('SELECT started_on::text AS d FROM person WHERE id = $1', [me.id]);
    const selfDue = async (w = 60) => (data(await as(me.token, DUE, { w }), 'checklistsDue') as { raterType: string; dueDate: string; status: string }[])
      .find((d) => d.raterType === 'SELF');
    expect(await selfDue()).toMatchObject({ dueDate: addDays(start, 30), status: 'DUE' });

    const input = { programId: program.id, selfEveryDays: 7, supervisorEveryDays: 60, personServedEveryDays: 90 };
    const res = await as(t.admin, UPDATE_POLICY, { i: input });
    expect(data(res, 'updateChecklistPolicy')).toEqual(input);
    expect(data(await as(me.token, POLICY, { id: program.id }), 'checklistPolicy')).toEqual(input);
    expect((await auditRowsOf(app, res.requestId)).map((a) => [a.action, a.entity_id])).toEqual([['checklist_policy.updated', program.id]]);
    expect(await selfDue()).toMatchObject({ dueDate: addDays(start, 7), status: 'OVERDUE' });
    const supervisorItem = (data(await as(t.supervisor, DUE, { w: 60 }), 'checklistsDue') as { subjectId: string; dueDate: string }[]).find((d) => d.subjectId === me.id);
    expect(supervisorItem?.dueDate).toBe(addDays(start, 60));

    const relaxed = { ...input, selfEveryDays: 45 };
    expect(data(await as(t.admin, UPDATE_POLICY, { i: relaxed }), 'updateChecklistPolicy')).toEqual(relaxed);
    expect(await selfDue()).toMatchObject({ dueDate: addDays(start, 45), status: 'UPCOMING' });
    // Other programs keep the defaults.
    expect(data(await as(t.admin, POLICY, { id: org.programs.b }), 'checklistPolicy').selfEveryDays).toBe(30);
  });

  it('is FORBIDDEN for non-admins', async () => {
    const input = { programId: org.programs.a, selfEveryDays: 14, supervisorEveryDays: 30, personServedEveryDays: 60 };
    for (const role of ['manager', 'supervisor', 'staff'] as RoleKey[]) expectCode(await as(t[role], UPDATE_POLICY, { i: input }), 'FORBIDDEN');
    expect(await app.owner.query('SELECT 1 FROM checklist_policy WHERE program_id = $1', [org.programs.a])).toEqual([]);
  });

  it.each([
    ['fewer than 7 days', { selfEveryDays: 6 }],
    ['more than 730 days', { personServedEveryDays: 731 }],
    ['an unknown program', { programId: randomUUID() }],
    ['a malformed program id', { programId: 'nope' }],
  ])('rejects %s with BAD_USER_INPUT', async (_label, patch) => {
    const input = { programId: org.programs.b, selfEveryDays: 30, supervisorEveryDays: 91, personServedEveryDays: 182, ...patch };
    expectCode(await as(t.admin, UPDATE_POLICY, { i: input }), 'BAD_USER_INPUT');
    expect(await app.owner.query('SELECT 1 FROM checklist_policy WHERE program_id = $1', [org.programs.b])).toEqual([]);
  });

  it('another organisation’s admin cannot change this organisation’s policy', async () => {
    const input = { programId: org.programs.b, selfEveryDays: 7, supervisorEveryDays: 7, personServedEveryDays: 7 };
    expectCode(await as(foreignAdmin, UPDATE_POLICY, { i: input }), 'BAD_USER_INPUT');
    expect(await app.owner.query('SELECT 1 FROM checklist_policy WHERE program_id = $1', [org.programs.b])).toEqual([]);
  });

  it('reading the policy of a program that does not exist (or is another organisation’s) is NOT_FOUND', async () => {
    expectCode(await as(foreignAdmin, POLICY, { id: org.programs.a }), 'NOT_FOUND');
    expectCode(await as(t.admin, POLICY, { id: randomUUID() }), 'NOT_FOUND');
  });
});
