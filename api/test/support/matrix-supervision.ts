import { randomBytes } from 'node:crypto';
import { formatRRuleDate } from '@tandem/shared';
import type { TestOrg } from './factories';
import type { MatrixEntry } from './matrix';
import type { TestApp } from './test-app';
import { testClock } from './clock';

const DAY_MS = 86_400_000;
const unique = () => randomBytes(3).toString('hex');
/** A whole minute, `days` from now (negative = past). */
export const minutesFromNow = (days: number) => new Date(Math.floor((testClock.nowMs() + days * DAY_MS) / 60_000) * 60_000);
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
      recurrence ? null : new Date(startsAt.getTime() + 3_600_000), opts.adHoc ?? false],
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
export async function insertNote(app: Pick<TestApp, 'owner'>, org: TestOrg, opts: { locked?: boolean; startsAt?: Date } = {}): Promise<InsertedNote> {
  const s = await insertSession(app, org, { startsAt: opts.startsAt });
  await app.owner.query(
    `INSERT INTO supervision_occurrence (organization_id, session_id, original_start, starts_at, duration_minutes, status)
     VALUES ($1, $2, $3, $3, 60, 'COMPLETED')`,
    [org.id, s.sessionId, s.startsAt],
  );
  const locked = !!opts.locked;
  const [note] = await app.owner.query(
    `INSERT INTO supervision_note (organization_id, session_id, original_start, held_at, team_id, status, session_types, dimensions, drift_codes,
       strengths, concerns, supervisor_note, supervisor_signed_at, supervisor_signed_by, locked_at)
     VALUES ($1, $2, $3, $3, $4, $5, '{SUPPORTIVE}', '{D3}', '{M6}', 'Shares purposefully', 'Less sharing lately', 'We talked about sharing lived experience.',
       $6, $7, $6) RETURNING id`,
    [org.id, s.sessionId, s.startsAt, org.teams.a1, locked ? 'LOCKED' : 'DRAFT', locked ? testClock.now() : null, locked ? org.people.supervisor.id : null],
  );
  await app.owner.query(
    `INSERT INTO supervision_note_supervisee (organization_id, note_id, supervisee_id, reflection, signed_at) VALUES ($1, $2, $3, 'I noticed it too.', $4)`,
    [org.id, note.id, org.people.staff.id, locked ? testClock.now() : null],
  );
  const [item] = await app.owner.query(
    `INSERT INTO supervision_action_item (organization_id, note_id, description, owner_id, due_on, dimension) VALUES ($1, $2, 'Share one story with purpose', $3, app_now()::date + 14, 'D3') RETURNING id`,
    [org.id, note.id, org.people.staff.id],
  );
  return { ...s, noteId: note.id, actionItemId: item.id };
}

const range = () => ({ from: minutesFromNow(-30).toISOString(), to: minutesFromNow(30).toISOString() });

/**
 * Authorization-matrix entries for supervision. Samples target records every allowed role of `org` may act on:
 * sessions between `org.people.supervisor` and `org.people.staff` (the supervisor, the staff member, admins, and the
 * manager of program A all see them), fresh per call, so the samples can be repeated against the same organisation.
 * Who-may-do-what inside those roles (another supervisor's notes, signing as the other party …) is tested in
 * supervision*.e2e-spec.ts.
 */
export const SUPERVISION_MATRIX: Record<string, MatrixEntry> = {
  // ── queries ──
  supervisionSessions: {
    access: 'signed-in',
    sample: () => ({ query: 'query($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }', variables: { f: range() } }),
  },
  supervisionOccurrence: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'query($id: ID!) { supervisionOccurrence(id: $id) { id status } }',
      variables: { id: (await insertSession(app, org)).occurrenceId },
    }),
  },
  supervisionNote: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'query($id: ID!) { supervisionNote(id: $id) { id textVisible } }', variables: { id: (await insertNote(app, org)).noteId },
    }),
  },
  actionItems: { access: 'signed-in', sample: () => ({ query: '{ actionItems { id status } }' }) },
  supervisionAgenda: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({ query: 'query($id: ID!) { supervisionAgenda(superviseeId: $id) { since } }', variables: { id: org.people.staff.id } }),
  },
  supervisionDriftCodes: { access: 'signed-in', sample: () => ({ query: '{ supervisionDriftCodes { code } }' }) },
  supervisionCompliance: { access: 'signed-in', sample: () => ({ query: '{ supervisionCompliance { total { supervisees required recorded } } }' }) },
  supervisionPolicy: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({ query: 'query($id: ID!) { supervisionPolicy(programId: $id) { preset } }', variables: { id: org.programs.a } }),
  },
  reflectLanguage: {
    access: 'signed-in',
    sample: () => ({ query: 'query($t: String!) { reflectLanguage(text: $t) { wordCount balance } }', variables: { t: 'We explored what matters to them.' } }),
  },
  lexicon: { access: 'signed-in', sample: () => ({ query: '{ lexicon { phrase weight } }' }) },
  languageDensitySeries: {
    access: ['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR'],
    sample: ({ org }) => ({
      query: 'query($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { points { month notes } } }',
      variables: { f: { teamIds: [org.teams.a1], from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' } },
    }),
  },
  calendarFeedUrl: { access: 'signed-in', sample: () => ({ query: '{ calendarFeedUrl }' }) },
  // ── mutations ──
  scheduleSupervision: {
    access: ['ADMIN', 'SUPERVISOR'], foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({
      query: 'mutation($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } warnings } }',
      variables: {
        i: {
          supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt: '2031-03-04T10:00', durationMinutes: 60,
          timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'VIDEO', recurrence: 'FREQ=WEEKLY;COUNT=3',
        },
      },
    }),
  },
  updateSupervisionSession: {
    access: ['ADMIN', 'SUPERVISOR'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'mutation($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }',
      variables: { i: { sessionId: (await insertSession(app, org, { startsAt: minutesFromNow(10) })).sessionId, version: 1, location: `Room ${unique()}` } },
    }),
  },
  cancelSupervisionOccurrence: {
    access: ['ADMIN', 'SUPERVISOR'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'mutation($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }',
      variables: { i: { occurrenceId: (await insertSession(app, org, { startsAt: minutesFromNow(5) })).occurrenceId, reason: 'Illness' } },
    }),
  },
  moveSupervisionOccurrence: {
    access: ['ADMIN', 'SUPERVISOR'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => {
      const s = await insertSession(app, org, { startsAt: minutesFromNow(5) });
      return {
        query: 'mutation($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { moved } } }',
        variables: { i: { occurrenceId: s.occurrenceId, startsAt: minutesFromNow(6).toISOString() } },
      };
    },
  },
  endSupervisionSeries: {
    access: ['ADMIN', 'SUPERVISOR'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'mutation($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }',
      variables: {
        i: { sessionId: (await insertSession(app, org, { startsAt: minutesFromNow(-21), recurrence: 'FREQ=WEEKLY' })).sessionId, from: minutesFromNow(1).toISOString() },
      },
    }),
  },
  markSupervisionOccurrence: {
    access: ['ADMIN', 'SUPERVISOR'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'mutation($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }',
      variables: { i: { occurrenceId: (await insertSession(app, org)).occurrenceId, status: 'COMPLETED' } },
    }),
  },
  recordSupervisionNote: {
    access: ['SUPERVISOR', 'STAFF'], foreignCodes: ['NOT_FOUND'],
    // No content fields: the supervisor and the supervisee may both open the draft of their session.
    sample: async ({ app, org }) => ({
      query: 'mutation($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id status } }',
      variables: { i: { occurrenceId: (await insertSession(app, org)).occurrenceId } },
    }),
  },
  signSupervisionNote: {
    access: ['SUPERVISOR', 'STAFF'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'mutation($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }',
      variables: { i: { noteId: (await insertNote(app, org)).noteId, version: 1 } },
    }),
  },
  amendSupervisionNote: {
    access: ['SUPERVISOR', 'STAFF'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'mutation($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { amendments { createdAt } } }',
      variables: { i: { noteId: (await insertNote(app, org, { locked: true })).noteId, text: 'A correction.' } },
    }),
  },
  updateActionItem: {
    access: ['SUPERVISOR', 'STAFF'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'mutation($i: UpdateActionItemInput!) { updateActionItem(input: $i) { status } }',
      variables: { i: { actionItemId: (await insertNote(app, org, { locked: true })).actionItemId, status: 'DONE' } },
    }),
  },
  updateSupervisionPolicy: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({
      query: 'mutation($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }',
      variables: { i: { programId: org.programs.b, preset: 'WEEKLY_6M_THEN_BIWEEKLY' } },
    }),
  },
  upsertLexiconEntry: {
    access: ['ADMIN'],
    sample: () => ({
      query: 'mutation($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase source } }',
      variables: { i: { phrase: `matrix phrase ${unique()}`, pattern: 'HIERARCHICAL', weight: 1 } },
    }),
  },
  deleteLexiconEntry: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => {
      const phrase = `matrix delete ${unique()}`;
      await app.owner.query(
        `INSERT INTO lexicon_entry (organization_id, phrase, phrase_key, pattern, weight) VALUES ($1, $2, $2, 'ERRAND', 1)`, [org.id, phrase],
      );
      return { query: 'mutation($p: String!) { deleteLexiconEntry(phrase: $p) }', variables: { p: phrase } };
    },
  },
  revokeCalendarFeed: { access: 'signed-in', sample: () => ({ query: 'mutation { revokeCalendarFeed }' }) },
};
