// Checklists: submitting and amending, and person-served feedback through a one-time link.
import { randomUUID } from 'node:crypto';
import { DAY_MS } from '@tandem/shared';
import { codeOf, expectCode, gql } from './support/graphql';
import { auditRowsOf, call } from './support/admin-helpers';
import {
  AMEND, answersFor, fillAndSubmit, GET, idempotencyKey, itemsOf, periodKeys, rollupOf, SAVE, saveAnswers, startChecklist, submit, SUBMIT, uniformAnswers, type Answer,
} from './support/checklist-helpers';
import { testClock } from './support/clock';
import {
  CREATE_LINK, FORM, SUBMIT_FEEDBACK, app, org, t, foreignAdmin, as, data, freshStaff, freshTeam, checklistRow, auditFor, useChecklistsApp,
} from './support/checklists-setup';
import { graphql } from './gql';

useChecklistsApp();

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
    expect(done.scores.map((s) => [s.dimensionCode, s.score])).toEqual([
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
    expect(done.scores.map((s) => [s.dimensionCode, s.score])).toEqual([
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
    const LEAN_SUBMIT = graphql(`mutation SubmitChecklist($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }`);
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
    expect(again.revisions.map((r) => [r.revision, r.mutualityIndex])).toEqual([[1, 3.25], [2, 3]]);
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
      expect(data(await as(viewer, graphql(`query ChecklistInChecklistsResults($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }`), { id: c.id }), 'checklist'))
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
