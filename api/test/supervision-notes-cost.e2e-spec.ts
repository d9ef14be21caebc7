import { call, countStatements, ok } from './support/admin-helpers';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { insertSession, minutesFromNow } from './support/matrix-supervision';
import type { TypedDocumentNode, VariablesArgs } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

/**
 * What the supervision note paths cost the database, counted statement by statement (BEGIN, COMMIT and the session
 * lookup included). With positional SQL they sent 29 / 27 / 11 / 32 / 33 (record new, record again, read, finalise,
 * sign) and 4 / 7 / 8 / 7 (actions, update an action, agenda, lexicon); on the entities a write hands the reflections
 * it has just read to the view and the signing checks instead of reading them again.
 */
export const NOTE_FIELDS = graphql(`fragment NoteCostFields on SupervisionNote { id status version supervisorNote reflections { superviseeId reflection signedAt }
  signatureWithdrawals { kind } amendments { id } actionItems { id description status dueOn } language { wordCount } }`);
const RECORD = graphql(`mutation RecordSupervisionNoteInNotesCost($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteCostFields } }`);
const FINALIZE = graphql(`mutation FinalizeSupervisionNoteInNotesCost($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteCostFields } }`);
const SIGN = graphql(`mutation SignSupervisionNoteInNotesCost($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteCostFields } }`);
const NOTE = graphql(`query SupervisionNoteInNotesCost($id: ID!) { supervisionNote(id: $id) { ...NoteCostFields } }`);
const ITEMS = graphql(`query ActionItemsInNotesCost($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible } }`);
const UPDATE_ITEM = graphql(`mutation UpdateActionItemInNotesCost($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt } }`);
const AGENDA = graphql(`query SupervisionAgendaInNotesCost($id: ID!) { supervisionAgenda(superviseeId: $id) { superviseeId openActionItems { id }
  recentDriftCodes { code count } lastNote { id actionItemCount openActionItemCount } } }`);
const LEXICON = graphql(`mutation UpsertLexiconEntryInNotesCost($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source } }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'NoteCost');
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

// Every call passes variables, so the generic tuple is always the [variables, options] form.
async function cost<R, V>(document: TypedDocumentNode<R, V>, variables: NoInfer<V>, token: string): Promise<{ data: R; count: number }> {
  const { result, statements } = await countStatements(app, () => ok(app, document, ...([variables, { token }] as VariablesArgs<V>)));
  return { data: result, count: statements.length };
}

it('recording, reading, finalising and signing a note send no more statements than before', async () => {
  const { occurrenceId } = await insertSession(app, org, { startsAt: minutesFromNow(-1) });
  const created = await cost(RECORD, {
    i: {
      occurrenceId, types: ['SUPPORTIVE'], driftCodes: ['M1'], supervisorNote: 'We talked about the patient language in the notes.',
      actionItems: [{ description: 'Rewrite two notes', ownerId: org.people.staff.id, dueOn: '2031-01-15' }],
    },
  }, t.supervisor);
  const note = created.data.recordSupervisionNote;
  expect(note).toMatchObject({ status: 'DRAFT', version: 1, actionItems: [{ description: 'Rewrite two notes', status: 'OPEN' }] });
  expect(created.count).toBeLessThanOrEqual(28);

  const edited = await cost(RECORD, {
    i: { noteId: note.id, version: 1, supervisorNote: 'Edited.', actionItems: [{ id: note.actionItems[0]!.id, description: 'Rewrite three notes', ownerId: org.people.staff.id }] },
  }, t.supervisor);
  expect(edited.data.recordSupervisionNote).toMatchObject({ version: 2, supervisorNote: 'Edited.', actionItems: [{ description: 'Rewrite three notes', dueOn: null }] });
  expect(edited.count).toBeLessThanOrEqual(26);

  const read = await cost(NOTE, { id: note.id }, t.staff);
  expect(read.data.supervisionNote).toMatchObject({ id: note.id, version: 2 });
  expect(read.count).toBeLessThanOrEqual(11);

  const finalised = await cost(FINALIZE, { i: { noteId: note.id, version: 2 } }, t.supervisor);
  expect(finalised.data.finalizeSupervisionNote).toMatchObject({ version: 3, status: 'DRAFT' });
  expect(finalised.count).toBeLessThanOrEqual(30);

  const signed = await cost(SIGN, { i: { noteId: note.id, version: 3 } }, t.staff);
  expect(signed.data.signSupervisionNote).toMatchObject({ version: 4, status: 'SIGNED_BY_SUPERVISEE', reflections: [{ signedAt: expect.any(String) }] });
  expect(signed.count).toBeLessThanOrEqual(30);

  const stale = await countStatements(app, () => call(app, RECORD, { i: { noteId: note.id, version: 1, supervisorNote: 'late' } }, { token: t.supervisor }));
  expect(stale.result.errors?.[0]?.extensions?.reason).toBe('STALE_VERSION');
});

it('listing and updating actions and reading the agenda send no more statements than before', async () => {
  const list = await cost(ITEMS, { f: { superviseeId: org.people.staff.id } }, t.supervisor);
  expect(list.data.actionItems.length).toBeGreaterThan(0);
  expect(list.count).toBeLessThanOrEqual(4);

  const id = list.data.actionItems[0]!.id;
  const updated = await cost(UPDATE_ITEM, { i: { actionItemId: id, status: 'DONE' } }, t.staff);
  expect(updated.data.updateActionItem).toMatchObject({ id, status: 'DONE', completedAt: expect.any(String) });
  expect(updated.count).toBeLessThanOrEqual(7);

  const agenda = await cost(AGENDA, { id: org.people.staff.id }, t.supervisor);
  expect(agenda.data.supervisionAgenda.lastNote).toMatchObject({ actionItemCount: 1, openActionItemCount: 0 });
  expect(agenda.count).toBeLessThanOrEqual(8);
});

it('changing the lexicon sends no more statements than before', async () => {
  const upserted = await cost(LEXICON, { i: { phrase: 'Care   plan', pattern: 'MEDICAL_MODEL', weight: 2 } }, t.admin);
  expect(upserted.data.upsertLexiconEntry).toMatchObject({ phrase: 'Care plan', weight: 2, source: 'ORGANIZATION' });
  expect(upserted.count).toBeLessThanOrEqual(7);
});
