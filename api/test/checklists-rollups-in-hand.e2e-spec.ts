import { randomUUID } from 'node:crypto';
import { ensureDefaultInstruments } from '@tandem/database';
import { uniformAnswers } from './support/checklist-helpers';
import { createOrg, login, type TestOrg } from './support/factories';
import { gql } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { testClock } from './support/clock';
import { expectSameAfterRebuild, rollupCells } from './support/rollup-cells';
import { statementsOf } from './support/statements';
import { graphql } from './gql';

/**
 * Amendments and feedback-link responses update the rollups from the rows they hold (the locked row, the answers before
 * and after) instead of reading them back. The rollups must still equal a from-scratch rebuild — also when the subject
 * moved team after submitting — and the writes send no statement to read the checklist or its answers back.
 */
let app: TestApp;
let org: TestOrg;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  org = await createOrg(app);
  await app.owner.transaction((em) => ensureDefaultInstruments(em, org.id));
  for (const key of ['admin', 'staff', 'supervisor'] as const) tokens[key] = await login(app, org.people[key].email);
});
afterAll(async () => app.close());

const START = graphql(`mutation StartChecklistInRollupsInHand($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }`);
const SAVE = graphql(`mutation SaveChecklistAnswersInRollupsInHand($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }`);
const SUBMIT = graphql(`mutation SubmitChecklistInRollupsInHand($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version } }`);
const AMEND = graphql(`mutation AmendChecklistInRollupsInHand($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision mutualityIndex } }`);
const MOVE = graphql(`mutation AssignTeamInRollupsInHand($i: AssignTeamInput!) { assignTeam(input: $i) { id } }`);
const CREATE_LINK = graphql(`mutation CreatePersonServedLinkInRollupsInHand($s: ID!) { createPersonServedLink(subjectId: $s) { url } }`);
const SUBMIT_FEEDBACK = graphql(`mutation SubmitPersonServedFeedbackInRollupsInHand($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }`);

async function submitted(raterType: 'SELF' | 'SUPERVISOR', token: string, value: number): Promise<{ id: string; version: number }> {
  const c = (await gql(app, START, { i: { subjectId: org.people.staff.id, raterType } }, { token })).data!.startChecklist;
  const saved = await gql(app, SAVE, { i: { checklistId: c.id, version: c.version, answers: uniformAnswers(raterType, value) } }, { token });
  expect(saved.errors).toBeUndefined();
  const done = await gql(app, SUBMIT, { i: { checklistId: c.id, idempotencyKey: randomUUID() } }, { token });
  expect(done.errors).toBeUndefined();
  return done.data!.submitChecklist;
}

it('amending (also after a team move) and feedback through a link keep the rollups equal to a rebuild, without reading rows back', async () => {
  const self = await submitted('SELF', tokens.staff!, 4);
  const rating = await submitted('SUPERVISOR', tokens.supervisor!, 3);

  const amendSent = await statementsOf(async () => {
    const res = await gql(app, AMEND, { i: { checklistId: self.id, version: self.version, reason: 'Typo', answers: [{ itemCode: 'D1.1', value: 1 }] } }, { token: tokens.staff });
    expect(res.errors).toBeUndefined();
    expect(res.data!.amendChecklist.revision).toBe(2);
  });
  // Read with access, answers, version bump, revision, answer upsert, rescore, two crosswalk reads, one rollup upsert and
  // the drop of emptied cells, audit — and no read of the checklist or its answers after the first two.
  expect(amendSent.filter((t) => /FROM "?checklist_answer"?/.test(t) && !/^INSERT/.test(t))).toHaveLength(1);
  expect(amendSent.filter((t) => /INSERT INTO metric_rollup/.test(t))).toHaveLength(1);
  expect(amendSent.length).toBeLessThanOrEqual(14);

  // The subject moves team after both were submitted (back-dated to before them): the amendment must take its cells
  // out of the team the rollups now hold it under.
  const moved = await gql(app, MOVE, { i: { personId: org.people.staff.id, teamId: org.teams.a2, startsOn: new Date(testClock.nowMs() - 86_400_000).toISOString().slice(0, 10) } }, { token: tokens.admin });
  expect(moved.errors).toBeUndefined();
  const again = await gql(app, AMEND, { i: { checklistId: rating.id, version: rating.version, reason: 'Second look', answers: [{ itemCode: 'D2.2', value: 5 }] } }, { token: tokens.supervisor });
  expect(again.errors).toBeUndefined();

  for (const value of [2, 5]) {
    const url = (await gql(app, CREATE_LINK, { s: org.people.staff.id }, { token: tokens.staff })).data!.createPersonServedLink.url;
    const token = url.slice(url.lastIndexOf('/') + 1);
    const sent = await statementsOf(async () => {
      const res = await gql(app, SUBMIT_FEEDBACK, { i: { token, answers: uniformAnswers('PERSON_SERVED', value) } });
      expect(res.errors).toBeUndefined();
    });
    expect(sent.filter((t) => /FROM "?checklist_answer"?/.test(t))).toHaveLength(0);
  }

  const incremental = await rollupCells(app.owner, org.id);
  expect([...incremental.keys()].some((k) => k.includes('|PERSON_SERVED|'))).toBe(true);
  expect([...incremental.keys()].some((k) => k.startsWith(org.teams.a2))).toBe(true);
  await expectSameAfterRebuild(app.owner, org.id, incremental);
});

it('a submission on an older version counts its items under the newest published version’s codes (crosswalks cached per version), as a rebuild does', async () => {
  const other = await createOrg(app);
  await app.owner.transaction((em) => ensureDefaultInstruments(em, other.id));
  const token = await login(app, other.people.staff.email);
  const c = (await gql(app, START, { i: { subjectId: other.people.staff.id, raterType: 'SELF' } }, { token })).data!.startChecklist;
  // The save reads and caches the version's definition.
  expect((await gql(app, SAVE, { i: { checklistId: c.id, version: c.version, answers: uniformAnswers('SELF', 4) } }, { token })).errors).toBeUndefined();
  // A newer version is published meanwhile, renaming D1.1 to D1.9: the submission must see it, though its own version is cached.
  await app.owner.query(
    `INSERT INTO instrument_version (organization_id, instrument_id, version, status, definition, published_at)
     SELECT organization_id, instrument_id, version + 1, 'PUBLISHED',
       jsonb_set(definition, '{crosswalk}', '[{"fromItemCode":"D1.1","toItemCode":"D1.9"}]'), now()
     FROM instrument_version WHERE organization_id = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`,
    [other.id],
  );
  const done = await gql(app, SUBMIT, { i: { checklistId: c.id, idempotencyKey: randomUUID() } }, { token });
  expect(done.errors).toBeUndefined();
  const incremental = await rollupCells(app.owner, other.id);
  expect([...incremental.keys()].some((k) => k.endsWith('|ITEM:D1.9'))).toBe(true);
  expect([...incremental.keys()].some((k) => k.endsWith('|ITEM:D1.1'))).toBe(false);
  expect([...incremental.keys()].some((k) => k.endsWith('|ITEM:D1.2'))).toBe(true);
  await expectSameAfterRebuild(app.owner, other.id, incremental);
});
