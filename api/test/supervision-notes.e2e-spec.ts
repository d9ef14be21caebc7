import { call, callRaw, ok } from './support/admin-helpers';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf } from './support/graphql';
import { insertSession, minutesFromNow } from './support/matrix-supervision';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

export const NOTE_FIELDS = graphql(`fragment NoteFields on SupervisionNote { id occurrenceId sessionId status version types dimensions driftCodes textVisible strengths concerns supervisorNote viewerParty
  reflections { superviseeId reflection signedAt supervisee { id } } supervisorSignedAt lockedAt finalizedAt signingOrder
  signatureWithdrawals { kind signedAt withdrawnAt person { id name } changedBy { id } }
  amendments { id text createdAt author { id } }
  actionItems { id description textVisible status dueOn dimension owner { id } checklistId }
  language { wordCount balance totals { medicalModel hierarchical errand mutuality } densities { medicalModel mutuality } } }`);
const RECORD = graphql(`mutation RecordSupervisionNoteInSupervisionNotes($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteFields } }`);
const SIGN = graphql(`mutation SignSupervisionNoteInSupervisionNotes($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteFields } }`);
const FINALIZE = graphql(`mutation FinalizeSupervisionNoteInSupervisionNotes($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteFields } }`);
const AMEND = graphql(`mutation AmendSupervisionNote($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { ...NoteFields } }`);
const NOTE = graphql(`query SupervisionNote($id: ID!) { supervisionNote(id: $id) { ...NoteFields occurrence { id status } } }`);
const UPDATE_ITEM = graphql(`mutation UpdateActionItemInSupervisionNotes($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt description } }`);
const ITEMS = graphql(`query ActionItems($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible owner { id } } }`);
const AGENDA = graphql(`query SupervisionAgendaInSupervisionNotes($id: ID!) { supervisionAgenda(superviseeId: $id) {
  superviseeId supervisee { id } openActionItems { id description } recentDriftCodes { code label count } recentDimensions { code count }
  lastNote { id status driftCodes actionItemCount openActionItemCount } nextOccurrence { id startsAt } } }`);
const OCCURRENCES = graphql(`query SupervisionSessionsInSupervisionNotes($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status adHoc note { id status types driftCodes actionItemCount } } }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'Notes');
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

const readAudits = async (noteId: string) =>
  (await app.owner.query(`SELECT actor_id, action FROM audit_event WHERE entity_id = $1 AND action = 'supervision_note.read' ORDER BY created_at`, [noteId])) as {
    actor_id: string; action: string;
  }[];

describe('a note from draft to locked', () => {
  let occurrenceId: string;
  let noteId: string;
  let version: number;
  let itemId: string;

  beforeAll(async () => {
    occurrenceId = (await insertSession(app, org, { startsAt: minutesFromNow(-1) })).occurrenceId;
  });

  it('the supervisor records the draft: the occurrence becomes COMPLETED and language totals are stored', async () => {
    const res = await ok(app, RECORD, {
      i: {
        occurrenceId, types: ['SUPPORTIVE', 'EDUCATIONAL'], dimensions: ['D3', 'D5'], driftCodes: ['M1', 'H1'],
        strengths: 'We explored what matters to them, together we decided the next step.',
        concerns: 'The patient language crept in; my client was non-compliant with the plan.',
        supervisorNote: 'Talked about the diagnosis framing and about sharing lived experience with purpose.',
        actionItems: [{ description: 'Rewrite two notes in the person’s own words', ownerId: org.people.staff.id, dueOn: '2031-01-15', dimension: 'D5' }],
      },
    }, { token: t.supervisor });
    const n = res.recordSupervisionNote;
    ({ id: noteId, version } = n);
    itemId = n.actionItems[0]!.id;
    expect(n).toMatchObject({
      occurrenceId, status: 'DRAFT', version: 1, types: ['SUPPORTIVE', 'EDUCATIONAL'], dimensions: ['D3', 'D5'], driftCodes: ['M1', 'H1'], textVisible: true,
      viewerParty: 'SUPERVISOR', reflections: [{ superviseeId: org.people.staff.id, reflection: '', signedAt: null, supervisee: { id: org.people.staff.id } }],
      actionItems: [{ description: 'Rewrite two notes in the person’s own words', status: 'OPEN', dueOn: '2031-01-15', dimension: 'D5', owner: { id: org.people.staff.id } }],
    });
    expect(n.language.wordCount).toBeGreaterThan(20);
    expect(n.language.totals.medicalModel).toBeGreaterThanOrEqual(3); // patient (1) + non-compliant (2) + diagnosis (1)
    expect(n.language.totals.hierarchical).toBeGreaterThanOrEqual(2); // my client
    expect(n.language.totals.mutuality).toBeGreaterThanOrEqual(4);
    const [stored] = await app.owner.query('SELECT language_totals, language_word_count FROM supervision_note WHERE id = $1', [noteId]);
    expect(stored.language_word_count).toBe(n.language.wordCount);
    const occ = await ok(app, OCCURRENCES, { f: { from: minutesFromNow(-2).toISOString(), to: minutesFromNow(1).toISOString() } }, { token: t.manager });
    expect(occ.supervisionSessions.find((o: { id: string }) => o.id === occurrenceId)).toMatchObject({
      status: 'COMPLETED', note: { id: noteId, status: 'DRAFT', types: ['SUPPORTIVE', 'EDUCATIONAL'], driftCodes: ['M1', 'H1'], actionItemCount: 1 },
    });
  });

  it('a second save for the same occurrence without the version is a CONFLICT naming the note', async () => {
    const res = await call(app, RECORD, { i: { occurrenceId, supervisorNote: 'again' } }, { token: t.supervisor });
    expect({ code: codeOf(res), noteId: res.errors?.[0]?.extensions?.noteId }).toEqual({ code: 'CONFLICT', noteId });
  });

  it('only the supervisee writes their reflection, and only the supervisor writes the record', async () => {
    const theirs = await call(app, RECORD, { i: { noteId, version, supervisorNote: 'I would rather say…' } }, { token: t.staff });
    expect(codeOf(theirs)).toBe('FORBIDDEN');
    const mine = await call(app, RECORD, { i: { noteId, version, superviseeReflection: 'Writing this for them' } }, { token: t.supervisor });
    expect(codeOf(mine)).toBe('FORBIDDEN');
    const res = await ok(app, RECORD, { i: { noteId, version, superviseeReflection: 'I noticed I stopped sharing my own story on the ward.' } }, { token: t.staff });
    expect(res.recordSupervisionNote).toMatchObject({ version: version + 1, viewerParty: 'SUPERVISEE', reflections: [{ reflection: 'I noticed I stopped sharing my own story on the ward.' }] });
    version = res.recordSupervisionNote.version;
  });

  it('a stale version gets CONFLICT and nothing is lost', async () => {
    const stale = await call(app, RECORD, { i: { noteId, version: version - 1, supervisorNote: 'Overwrites the other save' } }, { token: t.supervisor });
    expect({ code: codeOf(stale), reason: stale.errors?.[0]?.extensions?.reason }).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const now = (await ok(app, NOTE, { id: noteId }, { token: t.supervisor })).supervisionNote;
    expect(now).toMatchObject({ version, supervisorNote: 'Talked about the diagnosis framing and about sharing lived experience with purpose.' });
    expect(now.reflections[0]!.reflection).toBe('I noticed I stopped sharing my own story on the ward.');
  });

  it('another supervisor cannot read or write the note; staff of another team cannot either', async () => {
    expect(codeOf(await call(app, NOTE, { id: noteId }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, NOTE, { id: noteId }, { token: t.staff2 }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, RECORD, { i: { noteId, version, supervisorNote: 'x' } }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, SIGN, { i: { noteId, version } }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, RECORD, { i: { noteId, version, supervisorNote: 'x' } }, { token: t.admin }))).toBe('FORBIDDEN');
  });

  it('managers see that it happened and its codes, not its text, unless the organisation allows it; text reads are audited', async () => {
    const before = await readAudits(noteId);
    const hidden = (await ok(app, NOTE, { id: noteId }, { token: t.manager })).supervisionNote;
    expect(hidden).toMatchObject({
      textVisible: false, strengths: null, concerns: null, supervisorNote: null, viewerParty: null, types: ['SUPPORTIVE', 'EDUCATIONAL'], driftCodes: ['M1', 'H1'],
      reflections: [{ reflection: null }], actionItems: [{ description: null, textVisible: false, status: 'OPEN' }],
    });
    expect(hidden.language.totals.medicalModel).toBeGreaterThan(0);
    const adminHidden = (await ok(app, NOTE, { id: noteId }, { token: t.admin })).supervisionNote;
    expect(adminHidden.textVisible).toBe(false);
    expect(await readAudits(noteId)).toEqual(before); // nothing was read

    await ok(app, graphql(`mutation UpdateOrganization { updateOrganization(input: { managersReadNotes: true }) { managersReadNotes } }`), {}, { token: t.admin });
    try {
      const shown = (await ok(app, NOTE, { id: noteId }, { token: t.manager })).supervisionNote;
      expect(shown).toMatchObject({ textVisible: true, supervisorNote: 'Talked about the diagnosis framing and about sharing lived experience with purpose.' });
      expect(shown.reflections[0]!.reflection).toContain('stopped sharing');
      const after = await readAudits(noteId);
      expect(after.slice(before.length)).toEqual([{ actor_id: org.people.manager.id, action: 'supervision_note.read' }]);
    } finally {
      await ok(app, graphql(`mutation UpdateOrganizationInSupervisionNotes { updateOrganization(input: { managersReadNotes: false }) { managersReadNotes } }`), {}, { token: t.admin });
    }
    await ok(app, NOTE, { id: noteId }, { token: t.supervisor });
    expect((await readAudits(noteId)).at(-1)).toEqual({ actor_id: org.people.supervisor.id, action: 'supervision_note.read' });
  });

  it('a supervisee cannot sign as the supervisor', async () => {
    const res = await call(app, SIGN, { i: { noteId, version, as: 'SUPERVISOR' } }, { token: t.staff });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('a supervisee cannot sign while the supervisor is still writing; the supervisor cannot sign before finalising', async () => {
    const early = await call(app, SIGN, { i: { noteId, version } }, { token: t.staff });
    expect({ code: codeOf(early), reason: early.errors?.[0]?.extensions?.reason }).toEqual({ code: 'BAD_USER_INPUT', reason: 'SIGNING_ORDER' });
    expect(early.errors?.[0]?.message).toMatch(/still writing this note/);
    const supervisorFirst = await call(app, SIGN, { i: { noteId, version } }, { token: t.supervisor });
    expect(codeOf(supervisorFirst)).toBe('BAD_USER_INPUT');
    expect(supervisorFirst.errors?.[0]?.message).toMatch(/Finalise the note first/);
    const theirFinalise = await call(app, FINALIZE, { i: { noteId, version } }, { token: t.staff });
    expect(codeOf(theirFinalise)).toBe('FORBIDDEN');
    expect(codeOf(await call(app, FINALIZE, { i: { noteId, version } }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, FINALIZE, { i: { noteId, version: 0 } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, FINALIZE, { i: { noteId: 'not-an-id', version } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    expect((await app.owner.query('SELECT finalized_at, version FROM supervision_note WHERE id = $1', [noteId]))[0]).toEqual({ finalized_at: null, version });
  });

  it('the supervisor finalises; the supervisee signs; the supervisor cannot counter-sign before them', async () => {
    const finalised = (await ok(app, FINALIZE, { i: { noteId, version } }, { token: t.supervisor })).finalizeSupervisionNote;
    expect(finalised).toMatchObject({ status: 'DRAFT', version: version + 1, signingOrder: 'SUPERVISEES_FIRST' });
    expect(finalised.finalizedAt).toBeTruthy();
    expect(codeOf(await call(app, FINALIZE, { i: { noteId, version: finalised.version } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    const tooSoon = await call(app, SIGN, { i: { noteId, version: finalised.version } }, { token: t.supervisor });
    expect(codeOf(tooSoon)).toBe('BAD_USER_INPUT');
    expect(tooSoon.errors?.[0]?.message).toMatch(new RegExp(`Counter-sign after ${org.people.staff.name} has reflected and signed`));
    const signed = (await ok(app, SIGN, { i: { noteId, version: finalised.version } }, { token: t.staff })).signSupervisionNote;
    expect(signed).toMatchObject({ status: 'SIGNED_BY_SUPERVISEE', version: finalised.version + 1 });
    version = signed.version;
  });

  it('editing the record after a signature withdraws it visibly and asks for finalising and signing again', async () => {
    const edited = (await ok(app, RECORD, { i: { noteId, version, concerns: 'Some clinical wording crept in.' } }, { token: t.supervisor })).recordSupervisionNote;
    expect(edited).toMatchObject({ status: 'DRAFT', finalizedAt: null, reflections: [{ signedAt: null }] });
    expect(edited.signatureWithdrawals.map((w: { kind: string; person: { id: string }; changedBy: { id: string } }) => [w.kind, w.person.id, w.changedBy.id])).toEqual([
      ['FINALIZED', org.people.supervisor.id, org.people.supervisor.id],
      ['SUPERVISEE_SIGNATURE', org.people.staff.id, org.people.supervisor.id],
    ]);
    const staffView = (await ok(app, NOTE, { id: noteId }, { token: t.staff })).supervisionNote;
    expect(staffView.signatureWithdrawals).toHaveLength(2);
    expect(new Date(staffView.signatureWithdrawals[1]!.withdrawnAt).getTime()).toBeGreaterThanOrEqual(new Date(staffView.signatureWithdrawals[1]!.signedAt).getTime());
    const [notice] = await app.owner.query(
      `SELECT recipient_id FROM notification WHERE kind = 'NOTE_SIGNATURE_REMOVED' AND link LIKE '%' || $1 || '%'`, [occurrenceId.slice(0, 36)],
    );
    expect(notice).toEqual({ recipient_id: org.people.staff.id });
    const refinalised = (await ok(app, FINALIZE, { i: { noteId, version: edited.version } }, { token: t.supervisor })).finalizeSupervisionNote;
    version = refinalised.version;
  });

  it('both signatures lock the note: edits are CONFLICT, amendments are appended with author and time', async () => {
    const bySupervisee = (await ok(app, SIGN, { i: { noteId, version, as: 'SUPERVISEE' } }, { token: t.staff })).signSupervisionNote;
    expect(bySupervisee).toMatchObject({ status: 'SIGNED_BY_SUPERVISEE', lockedAt: null });
    const twice = await call(app, SIGN, { i: { noteId, version: bySupervisee.version } }, { token: t.staff });
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    const earlyAmend = await call(app, AMEND, { i: { noteId, text: 'Too early' } }, { token: t.supervisor });
    expect(codeOf(earlyAmend)).toBe('CONFLICT');
    const locked = (await ok(app, SIGN, { i: { noteId, version: bySupervisee.version, as: 'SUPERVISOR' } }, { token: t.supervisor })).signSupervisionNote;
    expect(locked.status).toBe('LOCKED');
    expect(locked.lockedAt).toBeTruthy();
    expect(locked.supervisorSignedAt).toBeTruthy();
    version = locked.version;

    const edit = await call(app, RECORD, { i: { noteId, version, supervisorNote: 'Changing history' } }, { token: t.supervisor });
    expect({ code: codeOf(edit), reason: edit.errors?.[0]?.extensions?.reason }).toEqual({ code: 'CONFLICT', reason: 'LOCKED' });
    expect(codeOf(await call(app, RECORD, { i: { noteId, version, superviseeReflection: 'Changing mine' } }, { token: t.staff }))).toBe('CONFLICT');
    expect(codeOf(await call(app, SIGN, { i: { noteId, version } }, { token: t.supervisor }))).toBe('CONFLICT');
    // The database refuses too.
    await expect(app.owner.query(`UPDATE supervision_note SET supervisor_note = 'x' WHERE id = $1`, [noteId])).rejects.toThrow(/immutable/);

    const first = (await ok(app, AMEND, { i: { noteId, text: 'Correction: the team meeting was on Tuesday.' } }, { token: t.supervisor })).amendSupervisionNote;
    const second = (await ok(app, AMEND, { i: { noteId, text: 'Adding: I would like to revisit this in a month.' } }, { token: t.staff })).amendSupervisionNote;
    expect(first.amendments).toHaveLength(1);
    expect(second.amendments.map((a) => [a.author.id, a.text])).toEqual([
      [org.people.supervisor.id, 'Correction: the team meeting was on Tuesday.'],
      [org.people.staff.id, 'Adding: I would like to revisit this in a month.'],
    ]);
    expect(new Date(second.amendments[0]!.createdAt).getTime()).toBeLessThanOrEqual(new Date(second.amendments[1]!.createdAt).getTime());
    expect(second.supervisorNote).toBe('Talked about the diagnosis framing and about sharing lived experience with purpose.');
    expect(second.status).toBe('LOCKED');
    expect(codeOf(await call(app, AMEND, { i: { noteId, text: '' } }, { token: t.staff }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, AMEND, { i: { noteId, text: 'Not mine' } }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
    const hidden = (await ok(app, NOTE, { id: noteId }, { token: t.manager })).supervisionNote;
    expect(hidden.amendments.map((a: { text: string | null }) => a.text)).toEqual([null, null]);
  });

  it('action items stay editable after the lock, by their owner and the session’s people, audited', async () => {
    const done = (await ok(app, UPDATE_ITEM, { i: { actionItemId: itemId, status: 'DONE' } }, { token: t.staff })).updateActionItem;
    expect(done).toMatchObject({ id: itemId, status: 'DONE', description: 'Rewrite two notes in the person’s own words' });
    expect(done.completedAt).toBeTruthy();
    const reopened = (await ok(app, UPDATE_ITEM, { i: { actionItemId: itemId, status: 'OPEN', dueOn: '2031-02-01' } }, { token: t.supervisor })).updateActionItem;
    expect(reopened).toMatchObject({ status: 'OPEN', completedAt: null });
    const audits = await app.owner.query(`SELECT actor_id, summary FROM audit_event WHERE entity_id = $1 AND action = 'supervision_action_item.updated' ORDER BY created_at`, [itemId]);
    expect(audits.map((a: { actor_id: string; summary: { before: { status: string }; after: { status: string } } }) => [a.actor_id, a.summary.before.status, a.summary.after.status])).toEqual([
      [org.people.staff.id, 'OPEN', 'DONE'], [org.people.supervisor.id, 'DONE', 'OPEN'],
    ]);
    expect(codeOf(await call(app, UPDATE_ITEM, { i: { actionItemId: itemId, status: 'DONE' } }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, UPDATE_ITEM, { i: { actionItemId: itemId, status: 'DONE' } }, { token: t.manager }))).toBe('FORBIDDEN');
    expect(codeOf(await callRaw(app, UPDATE_ITEM, { i: { actionItemId: itemId, status: 'FINISHED' } }, { token: t.staff }))).toBe('BAD_USER_INPUT');
  });

  it('lists action items and builds the agenda for the next session', async () => {
    const next = await insertSession(app, org, { startsAt: minutesFromNow(6) });
    const items = (await ok(app, ITEMS, { f: { superviseeId: org.people.staff.id, status: 'OPEN' } }, { token: t.staff })).actionItems;
    expect(items).toEqual([{ id: itemId, status: 'OPEN', description: 'Rewrite two notes in the person’s own words', textVisible: true, owner: { id: org.people.staff.id } }]);
    expect((await ok(app, ITEMS, { f: { status: 'OPEN' } }, { token: t.manager })).actionItems[0]).toMatchObject({ id: itemId, description: null, textVisible: false });
    expect((await ok(app, ITEMS, {}, { token: t.supervisor2 })).actionItems).toEqual([]);
    const agenda = (await ok(app, AGENDA, { id: org.people.staff.id }, { token: t.supervisor })).supervisionAgenda;
    expect(agenda).toMatchObject({
      superviseeId: org.people.staff.id, supervisee: { id: org.people.staff.id }, openActionItems: [{ id: itemId }],
      recentDriftCodes: [{ code: 'H1', count: 1 }, { code: 'M1', count: 1, label: 'Diagnostic framing' }],
      recentDimensions: [{ code: 'D3', count: 1 }, { code: 'D5', count: 1 }],
      lastNote: { id: noteId, status: 'LOCKED', actionItemCount: 1, openActionItemCount: 1 }, nextOccurrence: { id: next.occurrenceId },
    });
    expect(codeOf(await call(app, AGENDA, { id: org.people.staff.id }, { token: t.supervisor2 }))).toBe('NOT_FOUND');
  });
});

describe('recording rules', () => {
  it('records a session that was never scheduled together with its note (documented, not scheduled)', async () => {
    const res = await ok(app, RECORD, {
      i: {
        adHoc: { superviseeIds: [org.people.staff.id], startsAt: minutesFromNow(-1).toISOString(), durationMinutes: 45, timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'PHONE' },
        types: ['ADMINISTRATIVE'], supervisorNote: 'A quick call about the rota.',
      },
    }, { token: t.supervisor });
    const n = res.recordSupervisionNote;
    expect(n).toMatchObject({ status: 'DRAFT', types: ['ADMINISTRATIVE'] });
    const occ = await ok(app, OCCURRENCES, { f: { from: minutesFromNow(-2).toISOString(), to: minutesFromNow(1).toISOString() } }, { token: t.supervisor });
    expect(occ.supervisionSessions.find((o: { id: string }) => o.id === n.occurrenceId)).toMatchObject({ status: 'COMPLETED', adHoc: true, note: { id: n.id } });
    const staffAdHoc = await call(app, RECORD, {
      i: { adHoc: { superviseeIds: [org.people.supervisor.id], startsAt: minutesFromNow(-1).toISOString(), durationMinutes: 45, timeZone: 'UTC', modality: 'INDIVIDUAL', channel: 'PHONE' } },
    }, { token: t.staff });
    expect(codeOf(staffAdHoc)).toBe('FORBIDDEN');
  });

  it.each([
    ['nothing to attach the note to', {}],
    ['an unknown drift code', { driftCodes: ['Z9'] }],
    ['an unknown supervision type', { types: ['THERAPY'] }],
    ['an action owned by someone outside the session', { actionItems: [{ description: 'x', ownerId: 'STAFF2' }] }],
  ])('rejects %s with BAD_USER_INPUT', async (_label, extra) => {
    const { occurrenceId } = await insertSession(app, org);
    const i: Record<string, unknown> = { ...(Object.keys(extra).length ? { occurrenceId } : {}), ...extra };
    if (Array.isArray(i.actionItems)) i.actionItems = (i.actionItems as { ownerId: string }[]).map((a) => ({ ...a, ownerId: org.people.staff2.id }));
    expect(codeOf(await call(app, RECORD, { i }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
  });

  it('no note before the session has started, and none for a cancelled or missed one', async () => {
    const future = await insertSession(app, org, { startsAt: minutesFromNow(2) });
    expect(codeOf(await call(app, RECORD, { i: { occurrenceId: future.occurrenceId } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
    const missed = await insertSession(app, org);
    await ok(app, graphql(`mutation MarkSupervisionOccurrence($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }`), {
      i: { occurrenceId: missed.occurrenceId, status: 'MISSED' },
    }, { token: t.supervisor });
    expect(codeOf(await call(app, RECORD, { i: { occurrenceId: missed.occurrenceId } }, { token: t.supervisor }))).toBe('CONFLICT');
  });

  it('a supervisor cannot sign an empty record', async () => {
    const { occurrenceId } = await insertSession(app, org);
    const draft = (await ok(app, RECORD, { i: { occurrenceId } }, { token: t.staff })).recordSupervisionNote;
    expect(draft).toMatchObject({ status: 'DRAFT', viewerParty: 'SUPERVISEE' });
    expect(codeOf(await call(app, SIGN, { i: { noteId: draft.id, version: draft.version } }, { token: t.supervisor }))).toBe('BAD_USER_INPUT');
  });
});

describe('an organisation that lets either party sign first', () => {
  const SET_ORDER = graphql(`mutation UpdateOrganizationInSupervisionNotes2($o: NoteSigningOrder!) { updateOrganization(input: { noteSigningOrder: $o }) { noteSigningOrder } }`);
  afterAll(async () => {
    await ok(app, SET_ORDER, { o: 'SUPERVISEES_FIRST' }, { token: t.admin });
  });

  it('only an admin changes the order, and only to a known order', async () => {
    expect(codeOf(await call(app, SET_ORDER, { o: 'EITHER' }, { token: t.supervisor }))).toBe('FORBIDDEN');
    expect(codeOf(await callRaw(app, SET_ORDER, { o: 'WHOEVER' }, { token: t.admin }))).toBe('BAD_USER_INPUT');
    expect((await ok(app, SET_ORDER, { o: 'EITHER' }, { token: t.admin })).updateOrganization).toEqual({ noteSigningOrder: 'EITHER' });
  });

  it('the supervisor may sign first (which finalises the record); a later reflection change withdraws that signature and tells them', async () => {
    const occurrenceId = (await insertSession(app, org, { startsAt: minutesFromNow(-3) })).occurrenceId;
    const draft = (await ok(app, RECORD, { i: { occurrenceId, types: ['SUPPORTIVE'], supervisorNote: 'Planning the week together.' } }, { token: t.supervisor })).recordSupervisionNote;
    expect(codeOf(await call(app, SIGN, { i: { noteId: draft.id, version: draft.version } }, { token: t.staff }))).toBe('BAD_USER_INPUT');
    const first = (await ok(app, SIGN, { i: { noteId: draft.id, version: draft.version } }, { token: t.supervisor })).signSupervisionNote;
    expect(first).toMatchObject({ status: 'SIGNED_BY_SUPERVISOR', signingOrder: 'EITHER' });
    expect(first.finalizedAt).toBeTruthy();
    const reflected = (await ok(app, RECORD, { i: { noteId: draft.id, version: first.version, superviseeReflection: 'I want to plan more with people.' } }, { token: t.staff }))
      .recordSupervisionNote;
    expect(reflected).toMatchObject({ status: 'DRAFT', supervisorSignedAt: null });
    expect(reflected.finalizedAt).toBeTruthy();
    expect(reflected.signatureWithdrawals.map((w: { kind: string; person: { id: string } }) => [w.kind, w.person.id])).toEqual([['SUPERVISOR_SIGNATURE', org.people.supervisor.id]]);
    const told = await app.owner.query(`SELECT recipient_id FROM notification WHERE kind = 'NOTE_SIGNATURE_REMOVED' AND recipient_id = $1 AND link LIKE '%' || $2 || '%'`, [
      org.people.supervisor.id, occurrenceId.slice(0, 36),
    ]);
    expect(told).toHaveLength(1);
    const signed = (await ok(app, SIGN, { i: { noteId: draft.id, version: reflected.version } }, { token: t.staff })).signSupervisionNote;
    const locked = (await ok(app, SIGN, { i: { noteId: draft.id, version: signed.version } }, { token: t.supervisor })).signSupervisionNote;
    expect(locked.status).toBe('LOCKED');
  });
});
