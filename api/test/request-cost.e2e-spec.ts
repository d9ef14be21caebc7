import { ensureDefaultInstruments } from '@tandem/database';
import { createOrg, login, type TestOrg } from './support/factories';
import { gql, type GqlResult, type ResultOf } from './support/graphql';
import { statementsOf } from './support/statements';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

/** What a request costs the database: statements a hot path no longer needs to send. */
let app: TestApp;
let org: TestOrg;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  org = await createOrg(app);
  await app.owner.transaction((em) => ensureDefaultInstruments(em, org.id));
  token = await login(app, org.people.staff.email);
});
afterAll(async () => app.close());

const START = graphql(`mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }`);
const SAVE = graphql(`mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }`);
const SCORE = graphql(`query ChecklistInRequestCost($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }`);

it('a published instrument definition is read once, then served from memory, and the preview still uses it', async () => {
  const started = (await gql(app, START, { i: { subjectId: org.people.staff.id, raterType: 'SELF' } }, { token })).data!.startChecklist;
  const answers = [1, 2, 3, 4, 5, 6].flatMap((d) => [1, 2, 3, 4].map((i) => ({ itemCode: `D${d}.${i}`, value: 4 })));
  const first = await statementsOf(async () => {
    const res = await gql(app, SAVE, { i: { checklistId: started.id, version: started.version, answers } }, { token });
    expect(res.errors).toBeUndefined();
  });
  const reads = (sent: string[]) => sent.filter((t) => /FROM "?instrument_version"?/.test(t)).length;
  expect(reads(first)).toBe(1);
  const again = await statementsOf(async () => {
    const res = await gql(app, SAVE, { i: { checklistId: started.id, version: started.version + 1, answers } }, { token });
    expect(res.errors).toBeUndefined();
  });
  const scored = await gql(app, SCORE, { id: started.id }, { token });
  // Every SELF item is answered, so it can be submitted: the saved answers were checked against the cached definition.
  expect(scored.data?.checklist.completeness).toEqual({ canSubmit: true, problems: [] });
  expect(again.length).toBeGreaterThan(0);
  expect(reads(again)).toBe(0);
});

it('submitting sends what the write needs and nothing it already holds: lock with access then answers, one update, rollups and audit with COMMIT', async () => {
  const started = (await gql(app, START, { i: { subjectId: org.people.staff.id, raterType: 'SELF' } }, { token })).data!.startChecklist;
  const answers = [1, 2, 3, 4, 5, 6].flatMap((d) => [1, 2, 3, 4].map((i) => ({ itemCode: `D${d}.${i}`, value: 3 })));
  const saved = await gql(app, SAVE, { i: { checklistId: started.id, version: started.version, answers } }, { token });
  expect(saved.errors).toBeUndefined();
  const SUBMIT = graphql(`mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }`);
  const sent = await statementsOf(async () => {
    const res = await gql(app, SUBMIT, { i: { checklistId: started.id, idempotencyKey: `cost-${started.id}` } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitChecklist).toMatchObject({ status: 'SUBMITTED' });
  });
  // Viewer with BEGIN + tenant; the row lock with the access check, then (same round trip, after the lock) the answers and
  // the instrument's published versions; the update with the team stamped; the rollup upsert and the audit row with
  // COMMIT (so the organisation's analytics revision is locked for that round trip only). Nothing reads back the row
  // or the answers it just wrote, nor the crosswalks (cached per published version).
  expect(sent).toHaveLength(4);
  expect(sent[1]).toMatch(/^SELECT c\.\* FROM checklist c WHERE .* FOR UPDATE OF c;\nSELECT \* FROM checklist_answer WHERE /s);
  expect(sent.filter((t) => /FROM "?checklist_answer"?/.test(t))).toHaveLength(1);
  expect(sent[2]).toMatch(/^UPDATE checklist SET status = 'SUBMITTED'/);
  expect(sent.filter((t) => /FROM "?team_membership"?/.test(t) && t !== sent[2])).toHaveLength(0);
  expect(sent[3]).toMatch(/^INSERT INTO metric_rollup .*; INSERT INTO audit_event .*'checklist\.submitted'.*; COMMIT$/s);
  expect(sent.filter((t) => /metric_rollup/.test(t))).toEqual([sent[3]]);
  expect(sent.some((t) => /DELETE FROM metric_rollup/.test(t))).toBe(false);
  expect(sent.some((t) => /definition->'crosswalk'/.test(t))).toBe(false);
  // The subject's current team was stamped by the update itself.
  expect(await app.owner.query('SELECT team_id FROM checklist WHERE id = $1', [started.id])).toEqual([{ team_id: org.teams.a1 }]);
  // The rollups it wrote equal a fresh read of what was submitted: one self-assessment this month for the team.
  const [cell] = await app.owner.query(
    `SELECT count::int AS count FROM metric_rollup WHERE organization_id = $1 AND team_id = $2 AND metric = 'MFI' AND rater_type = 'SELF' AND period_type = 'MONTH'
     ORDER BY period_start DESC LIMIT 1`, [org.id, org.teams.a1],
  );
  expect(cell.count).toBeGreaterThanOrEqual(1);
});

it('a second checklist submitted with a key already used is a CONFLICT that names the key, and nothing changes', async () => {
  const key = `reuse-${org.id}`;
  const first = (await gql(app, START, { i: { subjectId: org.people.staff.id, raterType: 'SELF' } }, { token })).data!.startChecklist;
  const answers = [1, 2, 3, 4, 5, 6].flatMap((d) => [1, 2, 3, 4].map((i) => ({ itemCode: `D${d}.${i}`, value: 4 })));
  await gql(app, SAVE, { i: { checklistId: first.id, version: first.version, answers } }, { token });
  const SUBMIT = graphql(`mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }`);
  expect((await gql(app, SUBMIT, { i: { checklistId: first.id, idempotencyKey: key } }, { token })).errors).toBeUndefined();
  const second = (await gql(app, START, { i: { subjectId: org.people.staff.id, raterType: 'SELF' } }, { token })).data!.startChecklist;
  const saved = await gql(app, SAVE, { i: { checklistId: second.id, version: second.version, answers } }, { token });
  const res = await gql(app, SUBMIT, { i: { checklistId: second.id, idempotencyKey: key } }, { token });
  expect(res.errors?.[0]).toMatchObject({ message: 'This idempotency key was already used for another checklist', extensions: { code: 'CONFLICT' } });
  const [row] = await app.owner.query('SELECT status, version FROM checklist WHERE id = $1', [second.id]);
  expect(row).toEqual({ status: 'DRAFT', version: saved.data!.saveChecklistAnswers.version });
});

const ME = graphql(`query MeInRequestCost { me { id name email jobTitle livedExperience startedOn active invitationPending createdAt roles roleGrants { role programId } } }`);

describe('fixed cost per request', () => {
  it('`me` with its roles is answered from the one viewer lookup: no transaction, and the same answer the tables give', async () => {
    await app.owner.query(`UPDATE person SET job_title = 'Peer specialist', lived_experience = true, started_on = '2025-03-01' WHERE id = $1`, [org.people.staff.id]);
    let res!: GqlResult<ResultOf<typeof ME>>;
    const sent = await statementsOf(async () => {
      res = await gql(app, ME, {}, { token });
    });
    expect(res.errors).toBeUndefined();
    expect(sent).toEqual(['SELECT * FROM auth_find_viewer($1)']);
    const [p] = await app.owner.query('SELECT id, name, email, created_at FROM person WHERE id = $1', [org.people.staff.id]);
    expect(res.data!.me).toEqual({
      id: p.id, name: p.name, email: p.email, jobTitle: 'Peer specialist', livedExperience: true, startedOn: '2025-03-01', active: true,
      invitationPending: false, createdAt: (p.created_at as Date).toISOString(), roles: ['STAFF'], roleGrants: [{ role: 'STAFF', programId: null }],
    });
  });

  it('a read that needs the database opens its tenant transaction on first use: lookup, BEGIN with the tenant, the read, COMMIT', async () => {
    const sent = await statementsOf(async () => {
      const res = await gql(app, graphql(`query MeOrganizationInRequestCost { me { id organization { id name } } }`), {}, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data!.me.organization.id).toBe(org.id);
    });
    expect(sent).toHaveLength(4);
    expect(sent[1]).toBe(`START TRANSACTION; SELECT set_config('app.organization_id', '${org.id}', true)`);
    expect(sent[3]).toBe('COMMIT');
  });

  it('a write opens its transaction together with the viewer lookup and the tenant setting: start 3, save 4, submit 4 statements', async () => {
    let started!: { id: string; version: number };
    const start = await statementsOf(async () => {
      const res = await gql(app, START, { i: { subjectId: org.people.staff.id, raterType: 'SELF' } }, { token });
      expect(res.errors).toBeUndefined();
      started = res.data!.startChecklist;
    });
    expect(start[0]).toMatch(/^START TRANSACTION; SELECT v\.\*, set_config\('app\.organization_id', v\.organization_id::text, true\) AS tenant FROM auth_find_viewer\('[0-9a-f]{64}'\) v$/);
    expect(start.filter((t) => /auth_find_viewer|START TRANSACTION|set_config/.test(t))).toHaveLength(1);
    // Viewer; instrument, subject, current version and open draft read (and a self-assessment's draft inserted) in one
    // round trip; the audit row with COMMIT (a resumed draft, as here after the tests above, has no audit row).
    expect(start[1]).toMatch(/^SELECT i\.\* FROM instrument i WHERE .*;\nSELECT EXISTS .*;\nSELECT v\.\* FROM instrument_version .*;\nSELECT c\.\* FROM checklist c /s);
    expect(start.length).toBeLessThanOrEqual(3);
    const answers = [1, 2, 3, 4, 5, 6].flatMap((d) => [1, 2, 3, 4].map((i) => ({ itemCode: `D${d}.${i}`, value: 2 })));
    const save = await statementsOf(async () => {
      expect((await gql(app, SAVE, { i: { checklistId: started.id, version: started.version, answers } }, { token })).errors).toBeUndefined();
    });
    // Viewer; the checklist with its answers; the version bump with the answers upsert in one statement; COMMIT.
    expect(save).toHaveLength(4);
    const submit = await statementsOf(async () => {
      const res = await gql(app, graphql(`mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }`), { i: { checklistId: started.id, idempotencyKey: `fixed-${started.id}` } }, { token });
      expect(res.errors).toBeUndefined();
    });
    expect(submit).toHaveLength(4);
    // With nothing to resume, the self-assessment's draft is inserted in the reads' round trip: 3 statements.
    const fresh = await statementsOf(async () => {
      const res = await gql(app, START, { i: { subjectId: org.people.staff.id, raterType: 'SELF' } }, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data!.startChecklist.id).not.toBe(started.id);
    });
    expect(fresh).toHaveLength(3);
    expect(fresh[1]).toMatch(/;\nINSERT INTO checklist .* RETURNING \*$/s);
    expect(fresh[2]).toMatch(/^INSERT INTO audit_event .*'checklist\.started'.*; COMMIT$/s);
    // Each ends with its COMMIT; a write's audit row rides in the same round trip.
    expect([start, save, submit].map((s) => /(^|; )COMMIT$/.test(s.at(-1)!))).toEqual([true, true, true]);
    expect(submit.at(-1)!).toMatch(/^INSERT INTO metric_rollup .*; INSERT INTO audit_event [^;]*; COMMIT$/s);
    // Written under the viewer's tenant: the rows carry their organisation (RLS would have refused any other).
    expect(await app.owner.query('SELECT organization_id, status FROM checklist WHERE id = $1', [started.id])).toEqual([{ organization_id: org.id, status: 'SUBMITTED' }]);
  });
});
