import { randomUUID } from 'node:crypto';
import { DAY_MS, type RaterType } from '@tandem/shared';
import { login, type RoleKey, type TestOrg, type TestPerson } from './support/factories';
import { codeOf, dataOf, expectCode, gql } from './support/graphql';
import { addPerson, auditRowsOf, call, uniq } from './support/admin-helpers';
import {
  AMEND, answersFor, CHECKLIST_FIELDS, fillAndSubmit, GET, idempotencyKey, itemsOf, periodKeys, rollupOf, SAVE, saveAnswers,
  START, startChecklist, startTwoOrgs, submit, SUBMIT, uniformAnswers, type Answer,
} from './support/checklist-helpers';
import type { TestApp } from './support/test-app';
import { isoDaysAgo, testClock } from './support/clock';

// ── operations ────────────────────────────────────────────────────────────────────────────────────
const LIST = `query($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }`;
const DUE = `query($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }`;
const POLICY = 'query($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }';
const UPDATE_POLICY = `mutation($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }`;
const CREATE_LINK = 'mutation($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }';
const FORM = 'query($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }';
const SUBMIT_FEEDBACK = 'mutation($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }';
const INSTRUMENTS = '{ instruments { id key title currentVersion { version status items { code } dimensions { code } } } }';
const INSTRUMENT = 'query($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }';

const addDays = (iso: string, n: number) => new Date(new Date(`${iso}T00:00:00Z`).getTime() + n * DAY_MS).toISOString().slice(0, 10);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
let foreignAdmin: string;

beforeAll(async () => {
  ({ app, org, t, foreignAdmin } = await startTwoOrgs('Checklists'));
});
afterAll(async () => app.close());

const as = (token: string, query: string, variables: Record<string, unknown> = {}) => call(app, query, variables, { token });

const data = dataOf;

/** A fresh staff member in `teamId` under `supervisorId`, signed in. */
async function freshStaff(teamId = org.teams.a1, supervisorId: string | undefined = org.people.supervisor.id): Promise<TestPerson & { token: string }> {
  const p = await addPerson(app, org.id, 'Staff', ['STAFF'], { teamId, supervisorId });
  return { ...p, token: await login(app, p.email) };
}

async function freshTeam(programId = org.programs.a): Promise<string> {
  const [row] = await app.owner.query('INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, $3) RETURNING id', [org.id, programId, `Team ${uniq()}`]);
  return row.id as string;
}

const checklistRow = async (id: string) => (await app.owner.query('SELECT * FROM checklist WHERE id = $1', [id]))[0];
const checklistCount = async (subjectId: string) =>
  (await app.owner.query('SELECT count(*)::int AS n FROM checklist WHERE subject_id = $1', [subjectId]))[0].n as number;
const auditFor = async (entityId: string, action: string) =>
  app.owner.query('SELECT actor_id, action, summary, request_id FROM audit_event WHERE entity_id = $1 AND action = $2', [entityId, action]);

// ── instruments (read) ────────────────────────────────────────────────────────────────────────────

describe('instruments and instrument(key)', () => {
  it('every signed-in role reads the default instrument: 7 dimensions, 28 items (D1.1–D7.4), version 1 published', async () => {
    for (const role of ['admin', 'manager', 'supervisor', 'staff'] as RoleKey[]) {
      const list = data(await as(t[role], INSTRUMENTS), 'instruments');
      const mf = list.find((i: { key: string }) => i.key === 'mutuality-fidelity');
      expect({ role, version: mf?.currentVersion.version, status: mf?.currentVersion.status }).toEqual({ role, version: 1, status: 'PUBLISHED' });
      expect(mf.currentVersion.items).toHaveLength(28);
      expect(mf.currentVersion.items[0].code).toBe('D1.1');
      expect(mf.currentVersion.items[27].code).toBe('D7.4');
      expect(mf.currentVersion.dimensions.map((d: { code: string }) => d.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7']);
      const one = data(await as(t[role], INSTRUMENT, { k: 'mutuality-fidelity' }), 'instrument');
      expect(one).toEqual({ id: mf.id, key: 'mutuality-fidelity', title: mf.title, currentVersion: { version: 1 } });
    }
  });

  it('an unknown key is NOT_FOUND, anonymous callers are UNAUTHENTICATED, and each organisation has its own copy', async () => {
    expectCode(await as(t.staff, INSTRUMENT, { k: 'no-such-instrument' }), 'NOT_FOUND');
    expect(codeOf(await gql(app, INSTRUMENTS))).toBe('UNAUTHENTICATED');
    const own = data(await as(t.admin, INSTRUMENT, { k: 'mutuality-fidelity' }), 'instrument');
    const theirs = data(await as(foreignAdmin, INSTRUMENT, { k: 'mutuality-fidelity' }), 'instrument');
    expect(theirs.id).not.toBe(own.id);
  });
});

// ── startChecklist ────────────────────────────────────────────────────────────────────────────────

describe('startChecklist', () => {
  it('starts a SELF draft for the subject (default 30-day window, current instrument version) and audits it', async () => {
    const me = await freshStaff();
    const res = await as(me.token, START, { i: { subjectId: me.id, raterType: 'SELF' } });
    const c = data(res, 'startChecklist');
    expect(c).toMatchObject({
      status: 'DRAFT', raterType: 'SELF', version: 1, revision: 0, submittedAt: null, subjectId: me.id, raterId: me.id, teamId: null,
      observationStart: isoDaysAgo(30), observationEnd: isoDaysAgo(0), mutualityIndex: null, band: null,
      rater: { id: me.id }, subject: { id: me.id }, instrumentVersion: { version: 1 }, answers: [], revisions: [],
      completeness: { canSubmit: false, answered: 0, expected: 24 },
    });
    const audit = await auditRowsOf(app, res.requestId);
    expect(audit.map((a) => [a.action, a.entity_id, a.actor_id])).toEqual([['checklist.started', c.id, me.id]]);
  });

  it('resumes the open draft instead of starting a second one', async () => {
    const me = await freshStaff();
    const first = await startChecklist(app, me.token, me.id, 'SELF');
    const saved = await saveAnswers(app, me.token, first, [{ itemCode: 'D1.1', value: 4 }]);
    const again = await startChecklist(app, me.token, me.id, 'SELF');
    expect(again).toMatchObject({ id: first.id, version: saved.version, answers: [{ itemCode: 'D1.1', value: 4, comment: '' }] });
    expect(await checklistCount(me.id)).toBe(1);
    // Once submitted, starting again opens a new draft.
    await saveAnswers(app, me.token, saved, uniformAnswers('SELF', 4));
    await submit(app, me.token, first.id);
    const next = await startChecklist(app, me.token, me.id, 'SELF');
    expect(next.id).not.toBe(first.id);
    expect(next.status).toBe('DRAFT');
    expect(await checklistCount(me.id)).toBe(2);
  });

  it('SELF is only for the person themselves: FORBIDDEN for anyone else, nothing created', async () => {
    const me = await freshStaff();
    for (const role of ['admin', 'manager', 'supervisor', 'staff'] as RoleKey[]) {
      expect({ role, code: codeOf(await as(t[role], START, { i: { subjectId: me.id, raterType: 'SELF' } })) }).toEqual({ role, code: 'FORBIDDEN' });
    }
    expect(await checklistCount(me.id)).toBe(0);
  });

  it('SUPERVISOR only by the current supervisor: admin, manager, another supervisor and the subject get FORBIDDEN', async () => {
    const me = await freshStaff();
    const ok = data(await as(t.supervisor, START, { i: { subjectId: me.id, raterType: 'SUPERVISOR' } }), 'startChecklist');
    expect(ok).toMatchObject({ raterType: 'SUPERVISOR', raterId: org.people.supervisor.id, subjectId: me.id, completeness: { expected: 28 } });
    for (const token of [t.admin, t.manager, t.supervisor2, me.token]) {
      expectCode(await as(token, START, { i: { subjectId: me.id, raterType: 'SUPERVISOR' } }), 'FORBIDDEN');
    }
    expect(await checklistCount(me.id)).toBe(1);
  });

  it('a supervisor whose supervision has ended can no longer rate as SUPERVISOR', async () => {
    const me = await freshStaff();
    await app.owner.query('UPDATE supervision_assignment SET ends_on = app_now()::date - 1 WHERE supervisee_id = $1', [me.id]);
    expectCode(await as(t.supervisor, START, { i: { subjectId: me.id, raterType: 'SUPERVISOR' } }), 'FORBIDDEN');
  });

  it('REVIEWER by a program manager for people in their programs, and by admins; never about oneself', async () => {
    const mgr = data(await as(t.manager, START, { i: { subjectId: org.people.staff.id, raterType: 'REVIEWER' } }), 'startChecklist');
    expect(mgr).toMatchObject({ raterType: 'REVIEWER', raterId: org.people.manager.id, completeness: { expected: 28 } });
    const adm = data(await as(t.admin, START, { i: { subjectId: org.people.staff2.id, raterType: 'REVIEWER' } }), 'startChecklist');
    expect(adm).toMatchObject({ raterType: 'REVIEWER', raterId: org.people.admin.id });
    // staff2 is in program B, outside the manager's program A.
    expectCode(await as(t.manager, START, { i: { subjectId: org.people.staff2.id, raterType: 'REVIEWER' } }), 'FORBIDDEN');
    expectCode(await as(t.supervisor, START, { i: { subjectId: org.people.staff.id, raterType: 'REVIEWER' } }), 'FORBIDDEN');
    expectCode(await as(t.staff, START, { i: { subjectId: org.people.staff2.id, raterType: 'REVIEWER' } }), 'FORBIDDEN');
    expectCode(await as(t.admin, START, { i: { subjectId: org.people.admin.id, raterType: 'REVIEWER' } }), 'FORBIDDEN');
  });

  it('PERSON_SERVED (hand the tablet) is opened by the subject or their supervisor, stores no rater', async () => {
    const me = await freshStaff();
    const mine = data(await as(me.token, START, { i: { subjectId: me.id, raterType: 'PERSON_SERVED' } }), 'startChecklist');
    expect(mine).toMatchObject({ raterType: 'PERSON_SERVED', raterId: null, rater: null, completeness: { expected: 10 } });
    expect((await checklistRow(mine.id)).opened_by).toBe(me.id);
    const bySupervisor = data(await as(t.supervisor, START, { i: { subjectId: me.id, raterType: 'PERSON_SERVED' } }), 'startChecklist');
    expect(bySupervisor).toMatchObject({ raterType: 'PERSON_SERVED', raterId: null });
    expect(bySupervisor.id).not.toBe(mine.id);
    expectCode(await as(t.admin, START, { i: { subjectId: me.id, raterType: 'PERSON_SERVED' } }), 'FORBIDDEN');
    expectCode(await as(t.staff, START, { i: { subjectId: me.id, raterType: 'PERSON_SERVED' } }), 'FORBIDDEN');
  });

  it.each([
    ['an unknown subject', () => ({ subjectId: randomUUID(), raterType: 'SELF' }), 'NOT_FOUND'],
    ['an unknown instrument', () => ({ subjectId: org.people.staff.id, raterType: 'SELF', instrumentKey: 'no-such-instrument' }), 'NOT_FOUND'],
    ['a subject id that is not an id', () => ({ subjectId: 'not-an-id', raterType: 'SELF' }), 'BAD_USER_INPUT'],
    ['an observation window that ends before it starts', () => ({
      subjectId: org.people.staff.id, raterType: 'REVIEWER', observationStart: isoDaysAgo(1), observationEnd: isoDaysAgo(10),
    }), 'BAD_USER_INPUT'],
    ['an impossible date', () => ({ subjectId: org.people.staff.id, raterType: 'REVIEWER', observationStart: '2025-02-30' }), 'BAD_USER_INPUT'],
  ])('rejects %s', async (_label, input, code) => {
    const before = await checklistCount(org.people.staff.id);
    expectCode(await as(t.admin, START, { i: input() }), code);
    expect(await checklistCount(org.people.staff.id)).toBe(before);
  });

  it('is UNAUTHENTICATED without a session, and another organisation’s admin cannot reach this organisation’s people', async () => {
    expect(codeOf(await gql(app, START, { i: { subjectId: org.people.staff.id, raterType: 'SELF' } }))).toBe('UNAUTHENTICATED');
    expectCode(await as(foreignAdmin, START, { i: { subjectId: org.people.staff.id, raterType: 'REVIEWER' } }), 'NOT_FOUND');
  });
});

// ── saveChecklistAnswers ──────────────────────────────────────────────────────────────────────────

describe('saveChecklistAnswers', () => {
  it('saves answers (merging with earlier ones), bumps the version and previews completeness', async () => {
    const me = await freshStaff();
    const c = await startChecklist(app, me.token, me.id, 'SELF');
    const first = await saveAnswers(app, me.token, c, answersFor('SELF', ['D1'], 4));
    expect(first.version).toBe(2);
    expect(first.completeness).toMatchObject({ canSubmit: false, answered: 4, expected: 24 });
    const second = await saveAnswers(app, me.token, first, [{ itemCode: 'D1.1', value: 5, comment: '  Asked first  ' }, { itemCode: 'D1.2', value: null }]);
    expect(second.version).toBe(3);
    expect(second.answers).toEqual([
      { itemCode: 'D1.1', value: 5, comment: 'Asked first' },
      { itemCode: 'D1.2', value: null, comment: '' },
      { itemCode: 'D1.3', value: 4, comment: '' },
      { itemCode: 'D1.4', value: 4, comment: '' },
    ]);
    // D1 preview: 5, NA, 6−4 = 2, 6−4 = 2 → (5 + 2 + 2) / 3 = 3.
    expect(second.scores.find((s: { dimensionCode: string }) => s.dimensionCode === 'D1')).toEqual({ dimensionCode: 'D1', score: 3, insufficient: false, answered: 4, expected: 4 });
  });

  it('a stale version gets CONFLICT (STALE_VERSION) and nothing is saved', async () => {
    const me = await freshStaff();
    const c = await startChecklist(app, me.token, me.id, 'SELF');
    const saved = await saveAnswers(app, me.token, c, [{ itemCode: 'D1.1', value: 3 }]);
    const res = await as(me.token, SAVE, { i: { checklistId: c.id, version: c.version, answers: [{ itemCode: 'D1.1', value: 5 }] } });
    expectCode(res, 'CONFLICT');
    expect(res.errors?.[0]?.extensions?.reason).toBe('STALE_VERSION');
    const row = await checklistRow(c.id);
    expect(row.version).toBe(saved.version);
    expect(await app.owner.query('SELECT item_code, value FROM checklist_answer WHERE checklist_id = $1', [c.id])).toEqual([{ item_code: 'D1.1', value: 3 }]);
  });

  it('50 concurrent editors of one draft: one save per version wins, the rest get STALE_VERSION, and retries lose no edit', async () => {
    const me = await freshStaff();
    const c = await startChecklist(app, me.token, me.id, 'SELF');
    const items = itemsOf('SELF');
    const EDITORS = 50;
    const LEAN_SAVE = 'mutation($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { version } }';
    const READ = 'query($id: ID!) { checklist(id: $id) { version answers { itemCode value comment } } }';
    // Editor e appends its tag to the comment of item e mod 13 (several editors share an item), re-reading on conflict.
    const itemOf = (e: number) => items[e % 13]!.code;
    const saveAs = (e: number, version: number, comment: string) =>
      as(me.token, LEAN_SAVE, { i: { checklistId: c.id, version, answers: [{ itemCode: itemOf(e), value: 3, comment }] } });
    const tag = (e: number) => `[e${e}]`;

    // First wave: all 50 send against the same version at once; exactly one wins.
    const wave = await Promise.all(Array.from({ length: EDITORS }, (_, e) => saveAs(e, c.version, tag(e))));
    const codes = wave.map((r) => codeOf(r) ?? 'ok');
    expect({ ok: codes.filter((x) => x === 'ok').length, conflicts: codes.filter((x) => x === 'CONFLICT').length }).toEqual({ ok: 1, conflicts: EDITORS - 1 });
    expect(wave.filter((r) => codeOf(r) === 'CONFLICT').every((r) => r.errors?.[0]?.extensions?.reason === 'STALE_VERSION')).toBe(true);
    const winner = codes.indexOf('ok');

    // The others retry as a client would: read the current version and comment, append their tag, save; until it
    // sticks, backing off a random while (up to 50 ms × 2^tries, at most 3.2 s) after each conflict.
    let attempts = 0;
    await Promise.all(Array.from({ length: EDITORS }, async (_, e) => {
      if (e === winner) return;
      for (let tries = 0; ; tries++) {
        await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** Math.min(tries, 6)));
        attempts++;
        const current = data(await as(me.token, READ, { id: c.id }), 'checklist');
        const comment = current.answers.find((a: { itemCode: string }) => a.itemCode === itemOf(e))?.comment ?? '';
        const res = await saveAs(e, current.version, `${comment}${tag(e)}`);
        if (!res.errors) return;
        expect(res.errors[0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      }
    }));
    expect(attempts).toBeGreaterThanOrEqual(EDITORS - 1);
    // Every edit is there, once; the version counted every successful save.
    const rows: { item_code: string; comment: string }[] = await app.owner.query('SELECT item_code, comment FROM checklist_answer WHERE checklist_id = $1', [c.id]);
    const tags = rows.flatMap((r) => r.comment.match(/\[e\d+\]/g) ?? []);
    expect(tags.sort()).toEqual(Array.from({ length: EDITORS }, (_, e) => tag(e)).sort());
    for (const r of rows) for (const t of r.comment.match(/\[e(\d+)\]/g) ?? []) expect(itemOf(Number(t.slice(2, -1)))).toBe(r.item_code);
    expect((await checklistRow(c.id)).version).toBe(c.version + EDITORS);
    process.stdout.write(`lost update: ${EDITORS} editors landed every edit in ${attempts} retries\n`);
  }, 120_000);

  describe('bad input', () => {
    let me: TestPerson & { token: string };
    let c: { id: string; version: number };
    beforeAll(async () => {
      me = await freshStaff();
      c = await startChecklist(app, me.token, me.id, 'SELF');
    });

    it.each([
      ['value 0', [{ itemCode: 'D1.1', value: 0 }]],
      ['value 6', [{ itemCode: 'D1.1', value: 6 }]],
      ['a fractional value', [{ itemCode: 'D1.1', value: 2.5 }]],
      ['an unknown item code', [{ itemCode: 'D9.9', value: 3 }]],
      ['a malformed item code', [{ itemCode: 'D1.1; DROP TABLE', value: 3 }]],
      ['an item not asked of SELF raters (D7)', [{ itemCode: 'D7.1', value: 3 }]],
      ['"not applicable" on an item that does not allow it (D1.1)', [{ itemCode: 'D1.1', value: null }]],
      ['a comment over 2000 characters', [{ itemCode: 'D1.2', value: 3, comment: 'x'.repeat(2001) }]],
    ])('rejects %s with BAD_USER_INPUT and saves nothing', async (_label, answers) => {
      const res = await as(me.token, SAVE, { i: { checklistId: c.id, version: c.version, answers } });
      expectCode(res, 'BAD_USER_INPUT');
      const row = await checklistRow(c.id);
      expect(row.version).toBe(c.version);
      expect(await app.owner.query('SELECT 1 FROM checklist_answer WHERE checklist_id = $1', [c.id])).toEqual([]);
    });

    it('names the item and the reason for scoring-rule violations', async () => {
      const res = await as(me.token, SAVE, { i: { checklistId: c.id, version: c.version, answers: [{ itemCode: 'D4.1', value: null }] } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', itemCode: 'D4.1', reason: 'NA_NOT_ALLOWED' });
      const unknown = await as(me.token, SAVE, { i: { checklistId: c.id, version: c.version, answers: [{ itemCode: 'D8.1', value: 3 }] } });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', itemCode: 'D8.1', reason: 'UNKNOWN_ITEM' });
    });

    it('"not applicable" is accepted on items that allow it', async () => {
      const [row] = await app.owner.query('SELECT version FROM checklist WHERE id = $1', [c.id]);
      const saved = await saveAnswers(app, me.token, { id: c.id, version: row.version }, [{ itemCode: 'D1.2', value: null }]);
      expect(saved.answers).toEqual([{ itemCode: 'D1.2', value: null, comment: '' }]);
      c = saved;
    });

    it('rejects the same item twice in one request with BAD_USER_INPUT (not a server error)', async () => {
      const res = await as(me.token, SAVE, {
        i: { checklistId: c.id, version: c.version, answers: [{ itemCode: 'D2.1', value: 3 }, { itemCode: 'D2.1', value: 4 }] },
      });
      expectCode(res, 'BAD_USER_INPUT');
    });
  });

  it('staff cannot touch someone else’s checklist: NOT_FOUND when invisible, FORBIDDEN when only readable', async () => {
    const me = await freshStaff();
    const draft = await startChecklist(app, me.token, me.id, 'SELF');
    // Another staff member cannot even see the draft.
    expectCode(await as(t.staff2, SAVE, { i: { checklistId: draft.id, version: draft.version, answers: [{ itemCode: 'D1.1', value: 1 }] } }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, SAVE, { i: { checklistId: draft.id, version: draft.version, answers: [] } }), 'NOT_FOUND');
    expect((await checklistRow(draft.id)).version).toBe(draft.version);
    // The subject can read the supervisor's submitted rating about them, but not change it.
    const rating = await fillAndSubmit(app, t.supervisor, me.id, 'SUPERVISOR', uniformAnswers('SUPERVISOR', 4));
    expectCode(await as(me.token, SAVE, { i: { checklistId: rating.id, version: rating.version, answers: [{ itemCode: 'D1.1', value: 1 }] } }), 'FORBIDDEN');
    // The supervisor sees the submitted self-assessment of a supervisee, but cannot change it.
    const self = await fillAndSubmit(app, me.token, me.id, 'SELF', uniformAnswers('SELF', 4));
    expectCode(await as(t.supervisor, SAVE, { i: { checklistId: self.id, version: self.version, answers: [{ itemCode: 'D1.1', value: 1 }] } }), 'FORBIDDEN');
    expect((await checklistRow(self.id)).version).toBe(self.version);
    expect((await checklistRow(rating.id)).version).toBe(rating.version);
  });

  it('a submitted checklist cannot be saved as a draft: CONFLICT', async () => {
    const me = await freshStaff();
    const done = await fillAndSubmit(app, me.token, me.id, 'SELF', uniformAnswers('SELF', 4));
    expectCode(await as(me.token, SAVE, { i: { checklistId: done.id, version: done.version, answers: [{ itemCode: 'D1.1', value: 1 }] } }), 'CONFLICT');
  });
});

// ── submitChecklist ───────────────────────────────────────────────────────────────────────────────

describe('submitChecklist', () => {
  it('stores scores equal to a hand computation (SELF, every item rated 4) and audits the submission', async () => {
    const me = await freshStaff();
    const c = await startChecklist(app, me.token, me.id, 'SELF');
    await saveAnswers(app, me.token, c, uniformAnswers('SELF', 4));
    const res = await as(me.token, SUBMIT, { i: { checklistId: c.id, idempotencyKey: idempotencyKey() } });
    const done = data(res, 'submitChecklist');
    /*
     * Every answer is 4. Core items score 4, drift items are reversed: 6 − 4 = 2.
     *   D1 (C C D D) = (4 + 4 + 2 + 2) / 4 = 3.00
     *   D2 … D5 (C C C D) = (4 + 4 + 4 + 2) / 4 = 3.50 each
     *   D6 (D D D C) = (2 + 2 + 2 + 4) / 4 = 2.50
     *   MFI = (3 + 3.5 × 4 + 2.5) / 6 = 19.5 / 6 = 3.25 → MODERATE (3.0–3.99); on 0–100: (3.25 − 1) / 4 × 100 = 56.25 → 56.3
     *   HDI (D1.3 D1.4 D2.4 D6.3, raw 4) = (4 − 1) / 4 × 100 = 75; MDI (D3.4 D4.4 D5.4 D6.1 D6.2, raw 4) = 75
     *   errand index: no errand item in D1–D6 → null; ODI: SELF is not asked D7 → null
     *   development areas: D6 (< 3.0); item alerts: the 9 drift items of D1–D6, each rated 4.
     */
    expect(done).toMatchObject({
      status: 'SUBMITTED', revision: 1, version: c.version + 2, teamId: org.teams.a1, team: { id: org.teams.a1 },
      mutualityIndex: 3.25, mutualityIndex100: 56.3, band: 'MODERATE',
      hierarchicalDriftIndex: 75, medicalModelDriftIndex: 75, errandDriftIndex: null, organisationalDriftIndex: null,
      developmentAreas: ['D6'], completeness: { canSubmit: true, answered: 24, expected: 24 },
    });
    expect(done.submittedAt).toEqual(expect.any(String));
    expect(done.scores.map((s: { dimensionCode: string; score: number }) => [s.dimensionCode, s.score])).toEqual([
      ['D1', 3], ['D2', 3.5], ['D3', 3.5], ['D4', 3.5], ['D5', 3.5], ['D6', 2.5],
    ]);
    expect(done.itemAlerts.map((a: { itemCode: string }) => a.itemCode)).toEqual(['D1.3', 'D1.4', 'D2.4', 'D3.4', 'D4.4', 'D5.4', 'D6.1', 'D6.2', 'D6.3']);
    const row = await checklistRow(c.id);
    expect({
      mi: Number(row.mutuality_index), mi100: Number(row.mutuality_index_100), hdi: Number(row.hierarchical_drift_index),
      mdi: Number(row.medical_model_drift_index), edi: row.errand_drift_index, odi: row.organisational_drift_index, band: row.band,
    }).toEqual({ mi: 3.25, mi100: 56.3, hdi: 75, mdi: 75, edi: null, odi: null, band: 'MODERATE' });
    expect(row.scores.mutualityIndex).toBe(3.25);
    const audit = await auditRowsOf(app, res.requestId);
    expect(audit.map((a) => [a.action, a.entity_id, a.actor_id])).toEqual([['checklist.submitted', c.id, me.id]]);
    expect(audit[0]!.summary).toMatchObject({ after: { raterType: 'SELF', mutualityIndex: 3.25, band: 'MODERATE' } });
  });

  it('scores a SUPERVISOR rating including organisational conditions (D7) by hand', async () => {
    const me = await freshStaff();
    /*
     * Core items 5, drift items raw 2 (→ 6 − 2 = 4):
     *   D1 = (5 + 5 + 4 + 4) / 4 = 4.5; D2 … D5 = (5 + 5 + 5 + 4) / 4 = 4.75; D6 = (4 + 4 + 4 + 5) / 4 = 4.25
     *   MFI = (4.5 + 4.75 × 4 + 4.25) / 6 = 27.75 / 6 = 4.625 → 4.63 HIGH; 0–100: 3.625 / 4 × 100 = 90.625 → 90.6
     *   HDI = MDI = (2 − 1) / 4 × 100 = 25; D7 = (5 + 5 + 4 + 4) / 4 = 4.5 → ODI = (5 − 4.5) / 4 × 100 = 12.5
     *   errand index: D7.3 is outside the index dimensions → null. No alerts (no drift item rated 4–5).
     */
    const done = await fillAndSubmit(app, t.supervisor, me.id, 'SUPERVISOR', uniformAnswers('SUPERVISOR', 5, 2));
    expect(done).toMatchObject({
      raterType: 'SUPERVISOR', raterId: org.people.supervisor.id, mutualityIndex: 4.63, mutualityIndex100: 90.6, band: 'HIGH',
      hierarchicalDriftIndex: 25, medicalModelDriftIndex: 25, errandDriftIndex: null, organisationalDriftIndex: 12.5,
      developmentAreas: [], itemAlerts: [], completeness: { canSubmit: true, answered: 28, expected: 28 },
    });
    expect(done.scores.map((s: { dimensionCode: string; score: number }) => [s.dimensionCode, s.score])).toEqual([
      ['D1', 4.5], ['D2', 4.75], ['D3', 4.75], ['D4', 4.75], ['D5', 4.75], ['D6', 4.25], ['D7', 4.5],
    ]);
  });

  it('an incomplete checklist gets BAD_USER_INPUT naming each dimension that is missing answers, and stays a draft', async () => {
    const me = await freshStaff();
    const c = await startChecklist(app, me.token, me.id, 'SELF');
    // D1 complete, D2 with 2 of 4 (3 needed), D3–D6 empty.
    const saved = await saveAnswers(app, me.token, c, [...answersFor('SELF', ['D1']), { itemCode: 'D2.1', value: 3 }, { itemCode: 'D2.2', value: 3 }]);
    const res = await as(me.token, SUBMIT, { i: { checklistId: c.id, idempotencyKey: idempotencyKey() } });
    expectCode(res, 'BAD_USER_INPUT');
    const message = res.errors![0]!.message;
    expect(message).toContain('Reciprocity and co-learning (D2): 2 of 4 answered');
    for (const code of ['D2', 'D3', 'D4', 'D5', 'D6']) expect(message).toContain(`(${code})`);
    expect(message).not.toContain('(D1)');
    expect(res.errors![0]!.extensions!.problems).toHaveLength(5);
    expect(await checklistRow(c.id)).toMatchObject({ status: 'DRAFT', version: saved.version, submitted_at: null, idempotency_key: null });
    expect(await auditFor(c.id, 'checklist.submitted')).toEqual([]);
  });

  it('1,000 clients sending the same idempotency key at once, retrying until answered, create exactly one submission', async () => {
    const team = await freshTeam();
    const me = await freshStaff(team);
    const c = await startChecklist(app, me.token, me.id, 'SELF');
    await saveAnswers(app, me.token, c, uniformAnswers('SELF', 4));
    const key = idempotencyKey();
    const LEAN_SUBMIT = 'mutation($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }';
    // All at once: more than the server and its pool take in at one time, so a connection may be refused or a request
    // told SERVICE_UNAVAILABLE; that client retries with the same key, as clients do.
    const seen = new Map<string, number>();
    const count = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);
    const results = await Promise.all(Array.from({ length: 1_000 }, async () => {
      for (let tries = 0; ; tries++) {
        const r = await as(me.token, LEAN_SUBMIT, { i: { checklistId: c.id, idempotencyKey: key } }).catch(() => null);
        count(r ? (codeOf(r) ?? 'ok') : 'connection refused');
        if (r && codeOf(r) !== 'SERVICE_UNAVAILABLE') return r;
        await new Promise((done) => setTimeout(done, Math.random() * 100 * 2 ** Math.min(tries, 4)));
      }
    }));
    expect(results.map((r) => codeOf(r) ?? 'ok').filter((x) => x !== 'ok')).toEqual([]);
    expect([...seen.keys()].filter((k) => !['ok', 'SERVICE_UNAVAILABLE', 'connection refused'].includes(k))).toEqual([]);
    process.stdout.write(`exactly once: 1,000 concurrent clients, ${[...seen].map(([k, n]) => `${n} ${k}`).join(', ')}\n`);
    const submitted = results.map((r) => r.data!.submitChecklist);
    expect(new Set(submitted.map((s) => s.id))).toEqual(new Set([c.id]));
    expect(new Set(submitted.map((s) => s.submittedAt)).size).toBe(1);
    expect(new Set(submitted.map((s) => s.version)).size).toBe(1);
    expect(submitted.every((s) => s.status === 'SUBMITTED' && s.revision === 1)).toBe(true);
    expect(await app.owner.query('SELECT id, status, idempotency_key FROM checklist WHERE subject_id = $1', [me.id])).toEqual([
      { id: c.id, status: 'SUBMITTED', idempotency_key: key },
    ]);
    expect(await auditFor(c.id, 'checklist.submitted')).toHaveLength(1);
    // Counted once in the dashboard rollups.
    const row = await checklistRow(c.id);
    const rollup = await rollupOf(app, team);
    expect(rollup.get(`MONTH|${periodKeys(row.submitted_at).MONTH}|SELF|MFI`)).toEqual({ count: 1, sum: 56.3 });
    expect(rollup.get(`WEEK|${periodKeys(row.submitted_at).WEEK}|SELF|MFI`)).toEqual({ count: 1, sum: 56.3 });
  }, 120_000);

  it('a retry with the same key returns the stored submission; another key, or the key on another checklist, is CONFLICT', async () => {
    const me = await freshStaff();
    const key = idempotencyKey();
    const c = await startChecklist(app, me.token, me.id, 'SELF');
    await saveAnswers(app, me.token, c, uniformAnswers('SELF', 4));
    const first = await submit(app, me.token, c.id, key);
    const retry = await submit(app, me.token, c.id, key);
    expect(retry).toMatchObject({ id: first.id, submittedAt: first.submittedAt, version: first.version, revision: 1 });
    expectCode(await as(me.token, SUBMIT, { i: { checklistId: c.id, idempotencyKey: idempotencyKey() } }), 'CONFLICT');
    const other = await startChecklist(app, me.token, me.id, 'PERSON_SERVED');
    await saveAnswers(app, me.token, other, uniformAnswers('PERSON_SERVED', 4));
    expectCode(await as(me.token, SUBMIT, { i: { checklistId: other.id, idempotencyKey: key } }), 'CONFLICT');
    expect((await checklistRow(other.id)).status).toBe('DRAFT');
    expect(await auditFor(c.id, 'checklist.submitted')).toHaveLength(1);
  });

  it('rejects a too short idempotency key and an unknown checklist', async () => {
    const me = await freshStaff();
    const c = await startChecklist(app, me.token, me.id, 'SELF');
    expectCode(await as(me.token, SUBMIT, { i: { checklistId: c.id, idempotencyKey: 'short' } }), 'BAD_USER_INPUT');
    expectCode(await as(me.token, SUBMIT, { i: { checklistId: randomUUID(), idempotencyKey: idempotencyKey() } }), 'NOT_FOUND');
  });

  it('only the rater submits: others get NOT_FOUND (cannot see the draft) or FORBIDDEN', async () => {
    const me = await freshStaff();
    const c = await startChecklist(app, t.supervisor, me.id, 'SUPERVISOR');
    await saveAnswers(app, t.supervisor, c, uniformAnswers('SUPERVISOR', 4));
    for (const token of [me.token, t.staff2, t.manager, t.admin, foreignAdmin]) {
      expectCode(await as(token, SUBMIT, { i: { checklistId: c.id, idempotencyKey: idempotencyKey() } }), 'NOT_FOUND');
    }
    // A supervisee's draft self-assessment is invisible to the supervisor as well.
    const self = await startChecklist(app, me.token, me.id, 'SELF');
    await saveAnswers(app, me.token, self, uniformAnswers('SELF', 4));
    expectCode(await as(t.supervisor, SUBMIT, { i: { checklistId: self.id, idempotencyKey: idempotencyKey() } }), 'NOT_FOUND');
    expect((await checklistRow(c.id)).status).toBe('DRAFT');
    expect((await checklistRow(self.id)).status).toBe('DRAFT');
  });

  it('PERSON_SERVED through the tablet: the subject submits the 10-item short form, no rater is stored', async () => {
    const me = await freshStaff();
    const c = await startChecklist(app, me.token, me.id, 'PERSON_SERVED');
    expectCode(await as(me.token, SAVE, { i: { checklistId: c.id, version: c.version, answers: [{ itemCode: 'D1.2', value: 3 }] } }), 'BAD_USER_INPUT');
    await saveAnswers(app, me.token, c, uniformAnswers('PERSON_SERVED', 4));
    const done = await submit(app, me.token, c.id);
    /*
     * Short form, every answer 4 (drift items → 2): D1 (D1.1 C, D1.3 D) = (4 + 2) / 2 = 3; D2 (D2.2) = 4; D3 (D3.1) = 4;
     * D4 (D4.1 C, D4.4 D) = 3; D5 (D5.1, D5.2) = 4; D6 (D6.1 D, D6.4 C) = 3 → MFI = 21 / 6 = 3.5, 0–100: 62.5.
     */
    // The person rated sees neither the answers nor anything scored from this one response (person-served-policy.ts);
    // their supervisor sees the scores. All ten answers are stored.
    expect(done).toMatchObject({
      status: 'SUBMITTED', raterType: 'PERSON_SERVED', raterId: null, rater: null, mutualityIndex: null, mutualityIndex100: null,
      answers: [], scores: [], completeness: { answered: 0, expected: 0 },
    });
    expect(data(await as(t.supervisor, GET, { id: c.id }), 'checklist')).toMatchObject({
      mutualityIndex: 3.5, mutualityIndex100: 62.5, answers: [], completeness: { answered: 10, expected: 10 },
    });
    const stored = await app.owner.query('SELECT item_code FROM checklist_answer WHERE checklist_id = $1 ORDER BY item_code', [c.id]);
    expect(itemsOf('PERSON_SERVED').map((i) => i.code).sort()).toEqual(stored.map((r: { item_code: string }) => r.item_code));
    expect((await checklistRow(c.id)).rater_id).toBeNull();
    // Person-served responses are never amended.
    expectCode(await as(me.token, AMEND, { i: { checklistId: c.id, version: done.version, answers: [], reason: 'Typo' } }), 'FORBIDDEN');
  });
});

// ── amendChecklist ────────────────────────────────────────────────────────────────────────────────

describe('amendChecklist', () => {
  it('creates a new revision, keeps the history, rescores, moves the rollup contribution and audits checklist.amended', async () => {
    const team = await freshTeam();
    const me = await freshStaff(team);
    const done = await fillAndSubmit(app, me.token, me.id, 'SELF', uniformAnswers('SELF', 4));
    const periods = periodKeys((await checklistRow(done.id)).submitted_at);
    // All 3s: every item scores 3 → MFI 3.00 (50 on 0–100).
    const res = await as(me.token, AMEND, { i: { checklistId: done.id, version: done.version, answers: uniformAnswers('SELF', 3), reason: '  Misread the scale  ' } });
    const amended = data(res, 'amendChecklist');
    expect(amended).toMatchObject({
      id: done.id, status: 'SUBMITTED', revision: 2, version: done.version + 1, submittedAt: done.submittedAt,
      mutualityIndex: 3, mutualityIndex100: 50, band: 'MODERATE', hierarchicalDriftIndex: 50, medicalModelDriftIndex: 50,
    });
    expect(amended.revisions).toEqual([
      { revision: 1, submittedAt: done.submittedAt, amendedByName: me.name, reason: 'Misread the scale', mutualityIndex: 3.25, createdAt: expect.any(String) },
    ]);
    expect(amended.answers.every((a: Answer) => a.value === 3)).toBe(true);
    const audit = await auditRowsOf(app, res.requestId);
    expect(audit.map((a) => [a.action, a.entity_id, a.actor_id])).toEqual([['checklist.amended', done.id, me.id]]);
    expect(audit[0]!.summary).toEqual({ reason: 'Misread the scale', before: { revision: 1, mutualityIndex: 3.25 }, after: { revision: 2, mutualityIndex: 3 } });
    const rollup = await rollupOf(app, team);
    expect(rollup.get(`MONTH|${periods.MONTH}|SELF|MFI`)).toEqual({ count: 1, sum: 50 });
    expect(rollup.get(`MONTH|${periods.MONTH}|SELF|ITEM:D1.1`)).toEqual({ count: 1, sum: 50 });

    const again = data(await as(me.token, AMEND, {
      i: { checklistId: done.id, version: amended.version, answers: [{ itemCode: 'D1.1', value: 5 }], reason: 'One more fix' },
    }), 'amendChecklist');
    expect(again.revision).toBe(3);
    expect(again.revisions.map((r: { revision: number; mutualityIndex: number }) => [r.revision, r.mutualityIndex])).toEqual([[1, 3.25], [2, 3]]);
    expect(await app.owner.query('SELECT revision FROM checklist_revision WHERE checklist_id = $1 ORDER BY revision', [done.id])).toEqual([{ revision: 1 }, { revision: 2 }]);
  });

  it('amending a draft is CONFLICT', async () => {
    const me = await freshStaff();
    const c = await startChecklist(app, me.token, me.id, 'SELF');
    const saved = await saveAnswers(app, me.token, c, uniformAnswers('SELF', 4));
    expectCode(await as(me.token, AMEND, { i: { checklistId: c.id, version: saved.version, answers: [], reason: 'Changed my mind' } }), 'CONFLICT');
    expect((await checklistRow(c.id)).revision).toBe(0);
  });

  it('a stale version is CONFLICT and nothing changes', async () => {
    const me = await freshStaff();
    const done = await fillAndSubmit(app, me.token, me.id, 'SELF', uniformAnswers('SELF', 4));
    expectCode(await as(me.token, AMEND, { i: { checklistId: done.id, version: done.version - 1, answers: uniformAnswers('SELF', 2), reason: 'Stale tab' } }), 'CONFLICT');
    expect(await checklistRow(done.id)).toMatchObject({ revision: 1, version: done.version });
    expect(await app.owner.query('SELECT 1 FROM checklist_revision WHERE checklist_id = $1', [done.id])).toEqual([]);
  });

  it.each([
    ['value 6', { answers: [{ itemCode: 'D1.1', value: 6 }], reason: 'Fix' }],
    ['an unknown item', { answers: [{ itemCode: 'D0.1', value: 3 }], reason: 'Fix' }],
    ['"not applicable" where not allowed', { answers: [{ itemCode: 'D2.2', value: null }], reason: 'Fix' }],
    ['a reason shorter than 3 characters', { answers: [{ itemCode: 'D1.1', value: 3 }], reason: 'x' }],
  ])('rejects %s with BAD_USER_INPUT', async (_label, input) => {
    const me = await freshStaff();
    const done = await fillAndSubmit(app, me.token, me.id, 'SELF', uniformAnswers('SELF', 4));
    expectCode(await as(me.token, AMEND, { i: { checklistId: done.id, version: done.version, ...input } }), 'BAD_USER_INPUT');
    expect(await checklistRow(done.id)).toMatchObject({ revision: 1, version: done.version });
  });

  it('rejects the same item twice in one amendment with BAD_USER_INPUT (not a server error)', async () => {
    const me = await freshStaff();
    const done = await fillAndSubmit(app, me.token, me.id, 'SELF', uniformAnswers('SELF', 4));
    const answers = [{ itemCode: 'D1.1', value: 2 }, { itemCode: 'D1.1', value: 5 }];
    expectCode(await as(me.token, AMEND, { i: { checklistId: done.id, version: done.version, answers, reason: 'Double entry' } }), 'BAD_USER_INPUT');
    expect(await checklistRow(done.id)).toMatchObject({ revision: 1, version: done.version });
  });

  it('only the rater amends: the subject of a supervisor rating gets FORBIDDEN, others NOT_FOUND', async () => {
    const me = await freshStaff();
    const rating = await fillAndSubmit(app, t.supervisor, me.id, 'SUPERVISOR', uniformAnswers('SUPERVISOR', 4));
    const input = { checklistId: rating.id, version: rating.version, answers: [{ itemCode: 'D1.1', value: 1 }], reason: 'I disagree' };
    expectCode(await as(me.token, AMEND, { i: input }), 'FORBIDDEN');
    expectCode(await as(t.manager, AMEND, { i: input }), 'FORBIDDEN');
    expectCode(await as(t.staff2, AMEND, { i: input }), 'NOT_FOUND');
    expectCode(await as(t.supervisor2, AMEND, { i: input }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, AMEND, { i: input }), 'NOT_FOUND');
    expect((await checklistRow(rating.id)).revision).toBe(1);
  });
});

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
  const read = (token: string, id: string) => as(token, `query($id: ID!) { checklist(id: $id) { id status rater { id } } }`, { id });

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

  it('shows the open draft to resume, and after submitting the next one is due 30 days on', async () => {
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
    expect(next.dueDate).toBe(new Date(new Date(done.submittedAt).getTime() + 30 * DAY_MS).toISOString().slice(0, 10));
  });

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

// ── person-served links ───────────────────────────────────────────────────────────────────────────

describe('person-served feedback through a one-time link', () => {
  const tokenOf = (url: string) => {
    const m = /\/feedback\/([A-Za-z0-9_-]+)$/.exec(url);
    if (!m) throw new Error(`Not a feedback URL: ${url}`);
    return m[1]!;
  };
  const newLink = async (token: string, subjectId: string) => tokenOf(data(await as(token, CREATE_LINK, { s: subjectId }), 'createPersonServedLink').url);

  it('the supervisor (or the peer specialist) creates a link valid for 14 days; creating it is audited', async () => {
    const me = await freshStaff();
    const res = await as(t.supervisor, CREATE_LINK, { s: me.id });
    const link = data(res, 'createPersonServedLink');
    expect(link.url).toMatch(/\/feedback\/[A-Za-z0-9_-]{43}$/);
    const days = (new Date(link.expiresAt).getTime() - testClock.nowMs()) / DAY_MS;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThan(14.1);
    const [audit] = await auditRowsOf(app, res.requestId);
    expect(audit).toMatchObject({ action: 'person_served_link.created', actor_id: org.people.supervisor.id, summary: { after: { subjectId: me.id } } });
    expect(JSON.stringify(audit!.summary)).not.toContain(tokenOf(link.url));
    // Only the token's hash is stored.
    expect(await app.owner.query('SELECT 1 FROM person_served_link WHERE token_hash = $1', [tokenOf(link.url)])).toEqual([]);
    expect(data(await as(me.token, CREATE_LINK, { s: me.id }), 'createPersonServedLink').url).toMatch(/\/feedback\//);
  });

  it('only the subject or their supervisor may create one', async () => {
    const me = await freshStaff();
    for (const token of [t.admin, t.manager, t.supervisor2, t.staff]) expectCode(await as(token, CREATE_LINK, { s: me.id }), 'FORBIDDEN');
    expectCode(await as(t.supervisor, CREATE_LINK, { s: randomUUID() }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, CREATE_LINK, { s: me.id }), 'NOT_FOUND');
    expect(codeOf(await gql(app, CREATE_LINK, { s: me.id }))).toBe('UNAUTHENTICATED');
    expect(await app.owner.query('SELECT 1 FROM person_served_link WHERE subject_id = $1', [me.id])).toEqual([]);
  });

  it('the public form shows the peer’s first name and the short form; a submission is stored once, without a rater', async () => {
    const me = await freshStaff();
    const token = await newLink(t.supervisor, me.id);
    const form = data(await gql(app, FORM, { t: token }), 'personServedForm');
    expect(form.peerFirstName).toBe(me.name.split(' ')[0]);
    expect(form.organizationName).toBe(org.name);
    const def = JSON.parse(form.definitionJson);
    expect(def.key).toBe('mutuality-fidelity');
    expect(def.items.filter((i: { inShortForm: boolean }) => i.inShortForm)).toHaveLength(10);

    const res = await call(app, SUBMIT_FEEDBACK, { i: { token, answers: uniformAnswers('PERSON_SERVED', 4) } });
    expect(data(res, 'submitPersonServedFeedback')).toBe(true);
    const rows = await app.owner.query(`SELECT * FROM checklist WHERE subject_id = $1 AND rater_type = 'PERSON_SERVED'`, [me.id]);
    expect(rows).toHaveLength(1);
    const c = rows[0];
    // Short form, every answer 4: MFI 3.5 (62.5), see the hand computation in submitChecklist above.
    expect(c).toMatchObject({ status: 'SUBMITTED', rater_id: null, opened_by: null, team_id: org.teams.a1, revision: 1, band: 'MODERATE' });
    expect(Number(c.mutuality_index_100)).toBe(62.5);
    expect(await app.owner.query('SELECT count(*)::int AS n FROM checklist_answer WHERE checklist_id = $1', [c.id])).toEqual([{ n: 10 }]);
    expect(await app.owner.query('SELECT used_at IS NOT NULL AS used, checklist_id FROM person_served_link WHERE subject_id = $1', [me.id])).toEqual([{ used: true, checklist_id: c.id }]);
    const audit = await auditRowsOf(app, res.requestId);
    expect(audit.map((a) => [a.action, a.entity_id, a.actor_id])).toEqual([['checklist.person_served_submitted', c.id, null]]);
    // The subject and the supervisor see it, with no rater.
    for (const viewer of [me.token, t.supervisor]) {
      expect(data(await as(viewer, `query($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }`, { id: c.id }), 'checklist'))
        .toEqual({ raterType: 'PERSON_SERVED', rater: null, raterId: null });
    }

    // One time only: a second submission and the form are NOT_FOUND; nothing more is stored.
    expectCode(await gql(app, SUBMIT_FEEDBACK, { i: { token, answers: uniformAnswers('PERSON_SERVED', 5) } }), 'NOT_FOUND');
    expectCode(await gql(app, FORM, { t: token }), 'NOT_FOUND');
    expect(await app.owner.query(`SELECT count(*)::int AS n FROM checklist WHERE subject_id = $1`, [me.id])).toEqual([{ n: 1 }]);
  });

  it('two concurrent submissions through the same link store exactly one response', async () => {
    const me = await freshStaff();
    const token = await newLink(me.token, me.id);
    const results = await Promise.all([1, 2, 3].map(() => gql(app, SUBMIT_FEEDBACK, { i: { token, answers: uniformAnswers('PERSON_SERVED', 4) } })));
    expect(results.filter((r) => r.data?.submitPersonServedFeedback === true)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'NOT_FOUND')).toHaveLength(2);
    expect(await app.owner.query(`SELECT count(*)::int AS n FROM checklist WHERE subject_id = $1`, [me.id])).toEqual([{ n: 1 }]);
  });

  it.each([
    ['an incomplete form', () => answersFor('PERSON_SERVED', ['D1', 'D2'])],
    ['an item not on the short form', () => [...uniformAnswers('PERSON_SERVED', 4), { itemCode: 'D1.2', value: 3 }]],
    ['value 0', () => uniformAnswers('PERSON_SERVED', 4).map((a, i) => (i === 0 ? { ...a, value: 0 } : a))],
    ['value 6', () => uniformAnswers('PERSON_SERVED', 4).map((a, i) => (i === 0 ? { ...a, value: 6 } : a))],
    ['"not applicable" on D1.1', () => uniformAnswers('PERSON_SERVED', 4).map((a) => (a.itemCode === 'D1.1' ? { ...a, value: null } : a))],
  ])('rejects %s with BAD_USER_INPUT and leaves the link usable', async (_label, answers) => {
    const me = await freshStaff();
    const token = await newLink(t.supervisor, me.id);
    expectCode(await gql(app, SUBMIT_FEEDBACK, { i: { token, answers: answers() } }), 'BAD_USER_INPUT');
    expect(data(await gql(app, FORM, { t: token }), 'personServedForm').peerFirstName).toBe(me.name.split(' ')[0]);
    expect(data(await gql(app, SUBMIT_FEEDBACK, { i: { token, answers: uniformAnswers('PERSON_SERVED', 4) } }), 'submitPersonServedFeedback')).toBe(true);
  });

  it('unknown, malformed and expired tokens are NOT_FOUND (or BAD_USER_INPUT for a malformed one)', async () => {
    expectCode(await gql(app, FORM, { t: 'a'.repeat(43) }), 'NOT_FOUND');
    expectCode(await gql(app, SUBMIT_FEEDBACK, { i: { token: 'b'.repeat(43), answers: uniformAnswers('PERSON_SERVED', 4) } }), 'NOT_FOUND');
    expect(codeOf(await gql(app, SUBMIT_FEEDBACK, { i: { token: 'short', answers: [] } }))).toBe('BAD_USER_INPUT');
    const me = await freshStaff();
    const token = await newLink(t.supervisor, me.id);
    await app.owner.query(`UPDATE person_served_link SET expires_at = app_now() - interval '1 minute' WHERE subject_id = $1`, [me.id]);
    expectCode(await gql(app, FORM, { t: token }), 'NOT_FOUND');
    expectCode(await gql(app, SUBMIT_FEEDBACK, { i: { token, answers: uniformAnswers('PERSON_SERVED', 4) } }), 'NOT_FOUND');
  });
});

// Keeps the shared selection honest: every field in CHECKLIST_FIELDS resolves for every rater type.
describe('checklist fields', () => {
  it.each(['SELF', 'SUPERVISOR', 'REVIEWER', 'PERSON_SERVED'] as RaterType[])('resolve for a %s draft', async (raterType) => {
    const me = await freshStaff();
    const token = raterType === 'SELF' || raterType === 'PERSON_SERVED' ? me.token : raterType === 'SUPERVISOR' ? t.supervisor : t.manager;
    const c = data(await as(token, START, { i: { subjectId: me.id, raterType } }), 'startChecklist');
    const res = await as(token, `query($id: ID!) { checklist(id: $id) { ${CHECKLIST_FIELDS} } }`, { id: c.id });
    expect(data(res, 'checklist').id).toBe(c.id);
  });
});
