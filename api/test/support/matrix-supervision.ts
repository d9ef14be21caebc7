import { DAY_MS, formatRRuleDate, HOUR_MS, MINUTE_MS } from '@tandem/shared';
import type { TestOrg } from './factories';
import { unique, type MatrixEntry, type MatrixEnv } from './matrix';
import type { TestApp } from './test-app';
import { testClock } from './clock';

/** A whole minute, `days` from now (negative = past). */
export const minutesFromNow = (days: number) => new Date(Math.floor((testClock.nowMs() + days * DAY_MS) / MINUTE_MS) * MINUTE_MS);
export const occurrenceIdOf = (sessionId: string, originalStart: Date) => `${sessionId}_${formatRRuleDate(originalStart)}`;

export interface InsertedSession {
  sessionId: string;
  startsAt: Date;
  occurrenceId: string;
}

/**
 * A session written straight into the database (owner connection): `org.people.supervisor` with `org.people.staff`,
 * in UTC, 60 minutes. A one-off by default; `recurrence` makes it a series (open-ended unless the rule ends).
 */
export async function insertSession(
  app: Pick<TestApp, 'owner'>, org: TestOrg,
  opts: { startsAt?: Date; recurrence?: string | null; supervisorId?: string; superviseeIds?: string[]; modality?: string; adHoc?: boolean } = {},
): Promise<InsertedSession> {
  const startsAt = opts.startsAt ?? minutesFromNow(-2);
  const recurrence = opts.recurrence ?? null;
  const [row] = await app.owner.query(
    `INSERT INTO supervision_session (organization_id, supervisor_id, modality, channel, duration_minutes, time_zone, starts_local, starts_at,
       recurrence, series_ends_at, ad_hoc)
     VALUES ($1, $2, $3, 'VIDEO', 60, 'UTC', ($4::timestamptz AT TIME ZONE 'UTC'), $4, $5, $6, $7) RETURNING id`,
    [org.id, opts.supervisorId ?? org.people.supervisor.id, opts.modality ?? 'INDIVIDUAL', startsAt, recurrence,
      recurrence ? null : new Date(startsAt.getTime() + HOUR_MS), opts.adHoc ?? false],
  );
  for (const id of opts.superviseeIds ?? [org.people.staff.id]) {
    await app.owner.query('INSERT INTO supervision_session_supervisee (organization_id, session_id, supervisee_id) VALUES ($1, $2, $3)', [org.id, row.id, id]);
  }
  return { sessionId: row.id, startsAt, occurrenceId: occurrenceIdOf(row.id, startsAt) };
}

export interface InsertedNote extends InsertedSession {
  noteId: string;
  actionItemId: string;
}

/**
 * A held session with a note (supervisor `org.people.supervisor`, supervisee `org.people.staff`): a DRAFT with a
 * supervision type, text and one open action owned by the staff member, or a LOCKED note signed by both.
 */
export async function insertNote(
  app: Pick<TestApp, 'owner'>, org: TestOrg,
  opts: { locked?: boolean; finalized?: boolean; superviseeSigned?: boolean; startsAt?: Date; supervisorId?: string; superviseeId?: string; teamId?: string } = {},
): Promise<InsertedNote> {
  const supervisorId = opts.supervisorId ?? org.people.supervisor.id;
  const superviseeId = opts.superviseeId ?? org.people.staff.id;
  const s = await insertSession(app, org, { startsAt: opts.startsAt, supervisorId, superviseeIds: [superviseeId] });
  await app.owner.query(
    `INSERT INTO supervision_occurrence (organization_id, session_id, original_start, starts_at, duration_minutes, status)
     VALUES ($1, $2, $3, $3, 60, 'COMPLETED')`,
    [org.id, s.sessionId, s.startsAt],
  );
  const locked = !!opts.locked;
  const [note] = await app.owner.query(
    `INSERT INTO supervision_note (organization_id, session_id, original_start, held_at, team_id, status, session_types, dimensions, drift_codes,
       strengths, concerns, supervisor_note, supervisor_signed_at, supervisor_signed_by, locked_at, finalized_at, finalized_by)
     VALUES ($1, $2, $3, $3, $4, $5, '{SUPPORTIVE}', '{D3}', '{M6}', 'Shares purposefully', 'Less sharing lately', 'We talked about sharing lived experience.',
       $6, $7, $6, $8, $9) RETURNING id`,
    [
      org.id, s.sessionId, s.startsAt, opts.teamId ?? org.teams.a1, locked ? 'LOCKED' : opts.superviseeSigned ? 'SIGNED_BY_SUPERVISEE' : 'DRAFT', locked ? testClock.now() : null,
      locked ? supervisorId : null, locked || opts.finalized || opts.superviseeSigned ? testClock.now() : null, locked || opts.finalized || opts.superviseeSigned ? supervisorId : null,
    ],
  );
  await app.owner.query(
    `INSERT INTO supervision_note_supervisee (organization_id, note_id, supervisee_id, reflection, signed_at) VALUES ($1, $2, $3, 'I noticed it too.', $4)`,
    [org.id, note.id, superviseeId, locked || opts.superviseeSigned ? testClock.now() : null],
  );
  const [item] = await app.owner.query(
    `INSERT INTO supervision_action_item (organization_id, note_id, description, owner_id, due_on, dimension) VALUES ($1, $2, 'Share one story with purpose', $3, app_now()::date + 14, 'D3') RETURNING id`,
    [org.id, note.id, superviseeId],
  );
  return { ...s, noteId: note.id, actionItemId: item.id };
}

const range = () => ({ from: minutesFromNow(-30).toISOString(), to: minutesFromNow(30).toISOString() });

/** A session (or note) between the target and their supervisor, in the target's organisation. */
const sessionOf = (env: MatrixEnv, opts: { startsAt?: Date; recurrence?: string } = {}) =>
  insertSession(env.app, env.target.org, { ...opts, supervisorId: env.target.supervisor.id, superviseeIds: [env.target.person.id] });
const noteOf = (env: MatrixEnv, opts: { locked?: boolean; finalized?: boolean; superviseeSigned?: boolean } = {}) =>
  insertNote(env.app, env.target.org, { ...opts, supervisorId: env.target.supervisor.id, superviseeId: env.target.person.id, teamId: env.target.team });

/** 'YYYY-MM-DDT10:00', `days` from the business today. */
const localDay = (days: number) => `${new Date(testClock.nowMs() + days * DAY_MS).toISOString().slice(0, 10)}T10:00`;

/**
 * Isolation-matrix entries for supervision. Samples are sessions and notes between the target and their supervisor,
 * fresh per call. Seeing a session follows the people in it (a supervisor their supervisees', a manager their programs',
 * staff their own; admins all); changing it is for its supervisor and admins; its note is written, signed and amended
 * by its supervisor and supervisees only. Out of scope, a session is NOT_FOUND (it is not even visible).
 */
const SESSION_WRITERS: MatrixEntry['access'] = ['ADMIN', 'SUPERVISOR'];
const NOTE_WRITERS: MatrixEntry['access'] = ['SUPERVISOR', 'STAFF'];

export const SUPERVISION_MATRIX: Record<string, MatrixEntry> = {
  // ── queries ──
  supervisionSessions: {
    access: 'signed-in', outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: async (env) => ({
      query: 'query($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }',
      variables: { f: range() }, listed: (await sessionOf(env)).occurrenceId,
    }),
  },
  supervisionOccurrence: {
    access: 'signed-in', outOfScope: 'NOT_FOUND',
    sample: async (env) => ({ query: 'query($id: ID!) { supervisionOccurrence(id: $id) { id status } }', variables: { id: (await sessionOf(env)).occurrenceId } }),
  },
  supervisionNote: {
    access: 'signed-in', outOfScope: 'NOT_FOUND',
    sample: async (env) => ({ query: 'query($id: ID!) { supervisionNote(id: $id) { id textVisible } }', variables: { id: (await noteOf(env)).noteId } }),
  },
  actionItems: {
    access: 'signed-in', outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: async (env) => ({
      query: 'query($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status } }',
      variables: { f: { superviseeId: env.target.person.id } }, listed: (await noteOf(env, { locked: true })).actionItemId,
    }),
  },
  supervisionAgenda: {
    access: 'signed-in', outOfScope: 'NOT_FOUND',
    sample: ({ target }) => ({ query: 'query($id: ID!) { supervisionAgenda(superviseeId: $id) { since } }', variables: { id: target.person.id } }),
  },
  supervisorWeek: {
    // Your own week only: another supervisor's notes never show (HIDDEN), whatever the scope.
    access: ['SUPERVISOR'], outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: async (env) => ({ query: '{ supervisorWeek { notesAwaiting { noteId step } } }', listed: (await noteOf(env)).noteId }),
  },
  supervisionDriftCodes: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: '{ supervisionDriftCodes { code } }' }) },
  supervisionCompliance: {
    access: 'signed-in', outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: ({ target }) => ({ query: '{ supervisionCompliance { supervisees { supervisee { id } } total { supervisees required recorded } } }', listed: target.person.id }),
  },
  supervisionPolicy: {
    // A program's supervision policy is organisation configuration that everyone may read.
    access: 'signed-in',
    sample: ({ target }) => ({ query: 'query($id: ID!) { supervisionPolicy(programId: $id) { preset } }', variables: { id: target.program } }),
  },
  reflectLanguage: {
    access: 'signed-in', foreign: 'DATA',
    sample: () => ({ query: 'query($t: String!) { reflectLanguage(text: $t) { wordCount balance } }', variables: { t: 'We explored what matters to them.' } }),
  },
  lexicon: {
    access: 'signed-in', foreign: 'HIDDEN',
    sample: async ({ app, target }) => ({ query: '{ lexicon { phrase weight } }', listed: await insertLexiconPhrase(app, target.org.id, 'listed') }),
  },
  languageDensitySeries: {
    // teamIds narrows the caller's own teams: a team outside them is simply not in the answer.
    access: ['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR'], outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: ({ target }) => ({
      query: 'query($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes } } }',
      variables: { f: { teamIds: [target.team], from: minutesFromNow(-90).toISOString().slice(0, 10), to: minutesFromNow(0).toISOString().slice(0, 10) } }, listed: target.team,
    }),
  },
  calendarFeed: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: '{ calendarFeed { active createdAt } }' }) },
  // ── mutations ──
  scheduleSupervision: {
    // Supervisors schedule their own sessions with their own supervisees; admins for anyone.
    access: SESSION_WRITERS, outOfScope: 'FORBIDDEN',
    sample: ({ target }) => ({
      query: 'mutation($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } warnings } }',
      variables: {
        i: {
          supervisorId: target.supervisor.id, superviseeIds: [target.person.id], startsAt: localDay(30), durationMinutes: 60,
          timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'VIDEO', recurrence: 'FREQ=WEEKLY;COUNT=3',
        },
      },
    }),
  },
  updateSupervisionSession: {
    access: SESSION_WRITERS, outOfScope: 'NOT_FOUND',
    sample: async (env) => ({
      query: 'mutation($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }',
      variables: { i: { sessionId: (await sessionOf(env, { startsAt: minutesFromNow(10) })).sessionId, version: 1, location: `Room ${unique()}` } },
    }),
  },
  cancelSupervisionOccurrence: {
    access: SESSION_WRITERS, outOfScope: 'NOT_FOUND',
    sample: async (env) => ({
      query: 'mutation($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }',
      variables: { i: { occurrenceId: (await sessionOf(env, { startsAt: minutesFromNow(5) })).occurrenceId, reason: 'Illness' } },
    }),
  },
  moveSupervisionOccurrence: {
    access: SESSION_WRITERS, outOfScope: 'NOT_FOUND',
    sample: async (env) => ({
      query: 'mutation($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { moved } } }',
      variables: { i: { occurrenceId: (await sessionOf(env, { startsAt: minutesFromNow(5) })).occurrenceId, startsAt: minutesFromNow(6).toISOString() } },
    }),
  },
  endSupervisionSeries: {
    access: SESSION_WRITERS, outOfScope: 'NOT_FOUND',
    sample: async (env) => ({
      query: 'mutation($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }',
      variables: { i: { sessionId: (await sessionOf(env, { startsAt: minutesFromNow(-21), recurrence: 'FREQ=WEEKLY' })).sessionId, from: minutesFromNow(1).toISOString() } },
    }),
  },
  markSupervisionOccurrence: {
    access: SESSION_WRITERS, outOfScope: 'NOT_FOUND',
    sample: async (env) => ({
      query: 'mutation($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }',
      variables: { i: { occurrenceId: (await sessionOf(env)).occurrenceId, status: 'COMPLETED' } },
    }),
  },
  recordSupervisionNote: {
    // No content fields: the supervisor and the supervisee may both open the draft of their session.
    access: NOTE_WRITERS, outOfScope: 'NOT_FOUND',
    sample: async (env) => ({
      query: 'mutation($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id status } }',
      variables: { i: { occurrenceId: (await sessionOf(env)).occurrenceId } },
    }),
  },
  signSupervisionNote: {
    access: NOTE_WRITERS, outOfScope: 'NOT_FOUND',
    sample: async (env) => ({
      // A note at the step where the caller signs: finalised for a supervisee, signed by the supervisee for the supervisor.
      query: 'mutation($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }',
      variables: { i: { noteId: (await noteOf(env, env.role === 'SUPERVISOR' ? { superviseeSigned: true } : { finalized: true })).noteId, version: 1 } },
    }),
  },
  finalizeSupervisionNote: {
    // Only the session's supervisor finalises: its supervisee (the STAFF caller) is refused.
    access: NOTE_WRITERS, outOfScope: 'NOT_FOUND', own: { STAFF: 'FORBIDDEN' },
    sample: async (env) => ({
      query: 'mutation($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { status finalizedAt } }',
      variables: { i: { noteId: (await noteOf(env)).noteId, version: 1 } },
    }),
  },
  amendSupervisionNote: {
    access: NOTE_WRITERS, outOfScope: 'NOT_FOUND',
    sample: async (env) => ({
      query: 'mutation($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { amendments { createdAt } } }',
      variables: { i: { noteId: (await noteOf(env, { locked: true })).noteId, text: 'A correction.' } },
    }),
  },
  updateActionItem: {
    // A note's action is completed by whoever can read it: managers and admins cannot (the note's text is not theirs).
    access: 'signed-in', own: { ADMIN: 'FORBIDDEN', PROGRAM_MANAGER: 'FORBIDDEN' },
    outOfScope: { ADMIN: 'FORBIDDEN', PROGRAM_MANAGER: 'NOT_FOUND', SUPERVISOR: 'NOT_FOUND', STAFF: 'NOT_FOUND' },
    sample: async (env) => ({
      query: 'mutation($i: UpdateActionItemInput!) { updateActionItem(input: $i) { status } }',
      variables: { i: { actionItemId: (await noteOf(env, { locked: true })).actionItemId, status: 'DONE' } },
    }),
  },
  updateSupervisionPolicy: {
    access: ['ADMIN'],
    sample: ({ target }) => ({
      query: 'mutation($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }',
      variables: { i: { programId: target.program, preset: 'WEEKLY_6M_THEN_BIWEEKLY' } },
    }),
  },
  upsertLexiconEntry: {
    access: ['ADMIN'], foreign: 'DATA',
    sample: () => ({
      query: 'mutation($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase source } }',
      variables: { i: { phrase: `matrix phrase ${unique()}`, pattern: 'HIERARCHICAL', weight: 1 } },
    }),
  },
  deleteLexiconEntry: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => ({
      query: 'mutation($p: String!) { deleteLexiconEntry(phrase: $p) }', variables: { p: await insertLexiconPhrase(app, target.org.id, 'delete') },
    }),
  },
  createCalendarFeed: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: 'mutation { createCalendarFeed }' }) },
  revokeCalendarFeed: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: 'mutation { revokeCalendarFeed }' }) },
};

/** A lexicon phrase of `orgId` only; returns it. */
async function insertLexiconPhrase(app: Pick<TestApp, 'owner'>, orgId: string, label: string): Promise<string> {
  const phrase = `matrix ${label} ${unique()}`;
  await app.owner.query(`INSERT INTO lexicon_entry (organization_id, phrase, phrase_key, pattern, weight) VALUES ($1, $2, $2, 'ERRAND', 1)`, [orgId, phrase]);
  return phrase;
}
