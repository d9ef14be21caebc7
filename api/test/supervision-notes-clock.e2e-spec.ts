import { systemClock } from '@tandem/shared';
import './support/pin-clock';
import { ok } from './support/admin-helpers';
import { testClock } from './support/clock';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { insertSession, minutesFromNow } from './support/matrix-supervision';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

/**
 * Note writes go through TypeORM, which stamps `updated_at` with CURRENT_TIMESTAMP unless told otherwise: every
 * timestamp a note path writes must come from the business clock (app_now()), never the wall clock.
 */
export const FIELDS = graphql(`fragment NoteClockFields on SupervisionNote { id version actionItems { id } reflections { signedAt } }`);
const RECORD = graphql(`mutation RecordSupervisionNoteInNotesClock($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteClockFields } }`);
const FINALIZE = graphql(`mutation FinalizeSupervisionNoteInNotesClock($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteClockFields } }`);
const SIGN = graphql(`mutation SignSupervisionNoteInNotesClock($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteClockFields } }`);
const UPDATE_ITEM = graphql(`mutation UpdateActionItemInNotesClock($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id completedAt } }`);
const LEXICON = graphql(`mutation UpsertLexiconEntryInNotesClock($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'NoteClock');
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

/** Whether a stored instant is on the business clock (written during this test, give or take a few minutes). */
const onBusinessClock = (at: Date | null) => at !== null && Math.abs(at.getTime() - testClock.nowMs()) < 10 * 60_000;

it('the pin is far from the wall clock, so a wall-clock stamp would show', () => {
  expect(Math.abs(testClock.nowMs() - systemClock.nowMs())).toBeGreaterThan(24 * 3_600_000);
});

it('recording, reflecting, finalising, withdrawing, signing and completing stamp business time', async () => {
  const { occurrenceId } = await insertSession(app, org, { startsAt: minutesFromNow(-1) });
  const created = (await ok(app, RECORD, {
    i: { occurrenceId, types: ['SUPPORTIVE'], supervisorNote: 'A note.', actionItems: [{ description: 'One thing', ownerId: org.people.staff.id }] },
  }, { token: t.supervisor })).recordSupervisionNote;
  const reflected = (await ok(app, RECORD, { i: { noteId: created.id, version: created.version, superviseeReflection: 'Mine.' } }, { token: t.staff }))
    .recordSupervisionNote;
  const finalised = (await ok(app, FINALIZE, { i: { noteId: created.id, version: reflected.version } }, { token: t.supervisor })).finalizeSupervisionNote;
  const signed = (await ok(app, SIGN, { i: { noteId: created.id, version: finalised.version } }, { token: t.staff })).signSupervisionNote;
  // The supervisor edits the record: the finalisation and the supervisee's signature are withdrawn.
  await ok(app, RECORD, { i: { noteId: created.id, version: signed.version, supervisorNote: 'Edited.' } }, { token: t.supervisor });
  const done = (await ok(app, UPDATE_ITEM, { i: { actionItemId: created.actionItems[0]!.id, status: 'DONE' } }, { token: t.staff })).updateActionItem;
  expect(onBusinessClock(new Date(done.completedAt!))).toBe(true);

  const [note] = await app.owner.query('SELECT created_at, updated_at FROM supervision_note WHERE id = $1', [created.id]);
  const [reflection] = await app.owner.query('SELECT updated_at FROM supervision_note_supervisee WHERE note_id = $1', [created.id]);
  const [item] = await app.owner.query('SELECT created_at, updated_at, completed_at FROM supervision_action_item WHERE note_id = $1', [created.id]);
  const withdrawals = await app.owner.query('SELECT kind, created_at FROM supervision_signature_withdrawal WHERE note_id = $1 ORDER BY kind', [created.id]);
  expect(withdrawals.map((w: { kind: string }) => w.kind)).toEqual(['FINALIZED', 'SUPERVISEE_SIGNATURE']);
  for (const at of [note.created_at, note.updated_at, reflection.updated_at, item.created_at, item.updated_at, item.completed_at, ...withdrawals.map((w: { created_at: Date }) => w.created_at)]) {
    expect(onBusinessClock(at)).toBe(true);
  }
});

it('changing a lexicon entry stamps business time on insert and on update', async () => {
  await ok(app, LEXICON, { i: { phrase: 'treatment team', pattern: 'MEDICAL_MODEL', weight: 1 } }, { token: t.admin });
  await ok(app, LEXICON, { i: { phrase: 'Treatment  team', pattern: 'MEDICAL_MODEL', weight: 2 } }, { token: t.admin });
  const [entry] = await app.owner.query(`SELECT weight, created_at, updated_at FROM lexicon_entry WHERE organization_id = $1 AND phrase_key = 'treatment team'`, [org.id]);
  expect(entry.weight).toBe(2);
  expect(onBusinessClock(entry.created_at) && onBusinessClock(entry.updated_at)).toBe(true);
});
