import { Client } from 'pg';
import { ensureDefaultInstruments, JOB_SCHEMA } from '@tandem/database';
import { createOrg, login, type TestOrg } from './support/factories';
import { gql } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';

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

async function statementsOf(fn: () => Promise<void>): Promise<string[]> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await fn();
    return spy.mock.calls.map(([q]) => String(typeof q === 'object' && q !== null ? (q as { text: string }).text : q)).filter((t) => !t.includes(JOB_SCHEMA));
  } finally {
    spy.mockRestore();
  }
}

const START = 'mutation($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }';
const SAVE = 'mutation($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }';
const SCORE = 'query($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }';

it('a published instrument definition is read once, then served from memory, and the preview still uses it', async () => {
  const started = (await gql(app, START, { i: { subjectId: org.people.staff.id, raterType: 'SELF' } }, { token })).data!.startChecklist;
  const answers = [1, 2, 3, 4, 5, 6].flatMap((d) => [1, 2, 3, 4].map((i) => ({ itemCode: `D${d}.${i}`, value: 4 })));
  const first = await statementsOf(async () => {
    const res = await gql(app, SAVE, { i: { checklistId: started.id, version: started.version, answers } }, { token });
    expect(res.errors).toBeUndefined();
  });
  const reads = (sent: string[]) => sent.filter((t) => /FROM instrument_version WHERE id = \$1/.test(t)).length;
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
