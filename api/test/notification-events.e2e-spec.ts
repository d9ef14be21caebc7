import { call, ok } from './support/admin-helpers';
import { isoDaysAgo } from './support/clock';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf } from './support/graphql';
import { insertSession, minutesFromNow, occurrenceIdOf } from './support/matrix-supervision';
import { startTestApp, type TestApp } from './support/test-app';
import { addDaysIso, localIsoToInstant } from '@tandem/shared';
import { graphql } from './gql';
import type { ScheduleSupervisionInput } from './gql/graphql';

// Supervision and note events (issue 12): each writes the in-app entry and the outbox message for the right person,
// on the transaction of the change; whoever made the change is not told about it.

const SCHEDULE = graphql(`mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }`);
const CANCEL = graphql(`mutation CancelSupervisionOccurrence($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id status } } }`);
const MOVE = graphql(`mutation MoveSupervisionOccurrence($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id startsAt } } }`);
const RECORD = graphql(`mutation RecordSupervisionNote($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version status } }`);
const UPDATE = graphql(`mutation UpdateSupervisionSession($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version startsAt } } }`);
const END = graphql(`mutation EndSupervisionSeries($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id recurrence } } }`);
const SIGN = graphql(`mutation SignSupervisionNote($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { id version status } }`);
const FINALIZE = graphql(`mutation FinalizeSupervisionNote($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { id version status } }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'Events');
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

interface Entry { recipient_id: string; kind: string; title: string; link: string | null }
interface Mail { recipient_id: string; kind: string; subject: string; body_text: string; calendar_ics: string | null; calendar_method: string | null; status: string }

const entries = async (kind: string): Promise<Entry[]> =>
  app.owner.query(`SELECT recipient_id, kind, title, link FROM notification WHERE organization_id = $1 AND kind = $2 ORDER BY created_at`, [org.id, kind]);
const mails = async (kind: string): Promise<Mail[]> =>
  app.owner.query(
    `SELECT recipient_id, kind, subject, body_text, calendar_ics, calendar_method, status FROM outbox_message WHERE organization_id = $1 AND kind = $2 ORDER BY created_at`,
    [org.id, kind],
  );

const scheduleInput = (startsAt: string, recurrence: string | null): ScheduleSupervisionInput => ({
  supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt, durationMinutes: 60,
  timeZone: 'Europe/London', modality: 'INDIVIDUAL', channel: 'IN_PERSON', recurrence, location: 'Room 1',
});

describe('supervision moved', () => {
  it('tells the supervisee (not the supervisor who moved it) with a METHOD:REQUEST .ics under the feed’s UID', async () => {
    const session = (await ok(app, SCHEDULE, { i: scheduleInput(`${isoDaysAgo(-5)}T10:00`, null) }, { token: t.supervisor })).scheduleSupervision.session!;
    const occurrenceId = occurrenceIdOf(session.id, new Date(session.startsAt));
    await ok(app, MOVE, { i: { occurrenceId, startsAt: `${isoDaysAgo(-6)}T15:30` } }, { token: t.supervisor });

    expect(await entries('SUPERVISION_MOVED')).toEqual([
      expect.objectContaining({ recipient_id: org.people.staff.id, link: `/supervision/occurrences/${occurrenceId}` }),
    ]);
    const [mail, ...more] = await mails('SUPERVISION_MOVED');
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ recipient_id: org.people.staff.id, calendar_method: 'REQUEST', status: 'HELD' });
    expect(mail!.subject).toMatch(/moved to/);
    expect(mail!.body_text).toContain('15:30');
    expect(mail!.body_text).toContain('Europe/London');
    expect(mail!.calendar_ics).toContain('METHOD:REQUEST');
    expect(mail!.calendar_ics).toContain(`UID:${session.id}@tandem`);
  });

  it('is refused to a supervisee (FORBIDDEN) and makes no message then', async () => {
    const session = (await ok(app, SCHEDULE, { i: scheduleInput(`${isoDaysAgo(-8)}T10:00`, null) }, { token: t.supervisor })).scheduleSupervision.session!;
    const occurrenceId = occurrenceIdOf(session.id, new Date(session.startsAt));
    const before = (await mails('SUPERVISION_MOVED')).length;
    expect(codeOf(await call(app, MOVE, { i: { occurrenceId, startsAt: `${isoDaysAgo(-9)}T10:00` } }, { token: t.staff }))).toBe('FORBIDDEN');
    expect(await mails('SUPERVISION_MOVED')).toHaveLength(before);
  });
});

describe('supervision cancelled', () => {
  it('tells the supervisee with a METHOD:CANCEL .ics for that one occurrence of the series (same UID, RECURRENCE-ID)', async () => {
    const firstDay = isoDaysAgo(-3);
    const session = (await ok(app, SCHEDULE, { i: scheduleInput(`${firstDay}T09:00`, 'FREQ=WEEKLY;COUNT=4') }, { token: t.supervisor }))
      .scheduleSupervision.session!;
    // 09:00 in London a week later: seven days and an hour after the first when the clocks change in between.
    const second = new Date(localIsoToInstant(`${addDaysIso(firstDay, 7)}T09:00`, 'Europe/London'));
    const occurrenceId = occurrenceIdOf(session.id, second);
    await ok(app, CANCEL, { i: { occurrenceId, reason: 'Training day' } }, { token: t.supervisor });

    expect(await entries('SUPERVISION_CANCELLED')).toEqual([
      expect.objectContaining({ recipient_id: org.people.staff.id, link: `/supervision/occurrences/${occurrenceId}` }),
    ]);
    const [mail, ...more] = await mails('SUPERVISION_CANCELLED');
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ recipient_id: org.people.staff.id, calendar_method: 'CANCEL' });
    expect(mail!.body_text).toContain('Training day');
    const ics = mail!.calendar_ics!;
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain(`UID:${session.id}@tandem`);
    expect(ics).toMatch(/RECURRENCE-ID;TZID=Europe\/London:\d{8}T090000/);
    expect(ics).toContain('STATUS:CANCELLED');
    // Only that occurrence: the one VEVENT carries no RRULE (a CANCEL of the master would cancel the whole series).
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(1);
    expect(events[0]).not.toContain('RRULE');
  });
});

describe('a series moved or ended', () => {
  it('a new time for a series not yet begun: METHOD:REQUEST of the whole series, newer SEQUENCE, same UID', async () => {
    const session = (await ok(app, SCHEDULE, { i: scheduleInput(`${isoDaysAgo(-10)}T09:00`, 'FREQ=WEEKLY;COUNT=4') }, { token: t.supervisor }))
      .scheduleSupervision.session!;
    await ok(app, UPDATE, { i: { sessionId: session.id, version: 1, startsAt: `${isoDaysAgo(-11)}T11:00` } }, { token: t.supervisor });
    const mail = (await mails('SUPERVISION_MOVED')).find((m) => m.calendar_ics?.includes(`UID:${session.id}@tandem`));
    expect(mail).toMatchObject({ recipient_id: org.people.staff.id, calendar_method: 'REQUEST' });
    expect(mail!.calendar_ics).toContain('RRULE:FREQ=WEEKLY');
    expect(mail!.calendar_ics).toContain('SEQUENCE:1');
    expect((await entries('SUPERVISION_MOVED')).filter((e) => e.recipient_id === org.people.supervisor.id)).toEqual([]);
  });

  it('a series removed from its first session: METHOD:CANCEL of the whole series under its UID', async () => {
    // One day, read once: the series is ended from the midnight before its first session even if the clock passes one.
    const firstDay = isoDaysAgo(-12);
    const session = (await ok(app, SCHEDULE, { i: scheduleInput(`${firstDay}T09:00`, 'FREQ=WEEKLY;COUNT=4') }, { token: t.supervisor }))
      .scheduleSupervision.session!;
    const ended = await ok(app, END, { i: { sessionId: session.id, from: `${firstDay}T00:00` } }, { token: t.supervisor });
    expect(ended.endSupervisionSeries.session).toBeNull();
    const mail = (await mails('SUPERVISION_CANCELLED')).find((m) => m.calendar_ics?.includes(`UID:${session.id}@tandem`));
    expect(mail).toMatchObject({ recipient_id: org.people.staff.id, calendar_method: 'CANCEL' });
    expect(mail!.calendar_ics).toContain('METHOD:CANCEL');
    expect(mail!.calendar_ics).toContain('STATUS:CANCELLED');
    expect(mail!.subject).toMatch(/^Cancelled: supervision with .* from /);
  });
});

describe('note events', () => {
  const draft = async () => {
    const { occurrenceId } = await insertSession(app, org, { startsAt: minutesFromNow(-1) });
    const note = (await ok(app, RECORD, { i: { occurrenceId, types: ['SUPPORTIVE'], supervisorNote: 'We talked about the week.' } }, { token: t.supervisor }))
      .recordSupervisionNote;
    return { occurrenceId, note: note as { id: string; version: number } };
  };

  it('note ready for your reflection: the supervisor finalises, the supervisee hears', async () => {
    const { occurrenceId, note } = await draft();
    await ok(app, FINALIZE, { i: { noteId: note.id, version: note.version } }, { token: t.supervisor });
    const rows = (await entries('NOTE_READY_FOR_REFLECTION')).filter((e) => e.link === `/supervision/occurrences/${occurrenceId}`);
    expect(rows.map((r) => r.recipient_id)).toEqual([org.people.staff.id]);
    const sent = await mails('NOTE_READY_FOR_REFLECTION');
    expect(sent.map((m) => m.recipient_id)).toEqual([org.people.staff.id]);
    expect(sent[0]!.body_text).toContain(`/supervision/occurrences/${occurrenceId}`);
    expect(sent[0]!.body_text).not.toContain('We talked about the week.');
  });

  let signedNote: { id: string; version: number; occurrenceId: string };

  it('note ready to sign: the supervisee signs after finalising, the supervisor hears', async () => {
    const { occurrenceId, note } = await draft();
    const final = (await ok(app, FINALIZE, { i: { noteId: note.id, version: note.version } }, { token: t.supervisor })).finalizeSupervisionNote;
    const signed = (await ok(app, SIGN, { i: { noteId: note.id, version: final.version } }, { token: t.staff })).signSupervisionNote;
    expect(signed.status).toBe('SIGNED_BY_SUPERVISEE');
    signedNote = { id: note.id, version: signed.version, occurrenceId };
    const rows = (await entries('NOTE_READY_TO_SIGN')).filter((e) => e.link === `/supervision/occurrences/${occurrenceId}`);
    expect(rows.map((r) => r.recipient_id)).toEqual([org.people.supervisor.id]);
    expect((await mails('NOTE_READY_TO_SIGN')).map((m) => m.recipient_id)).toEqual([org.people.supervisor.id]);
  });

  it('signature removed because the note changed: the supervisee who had signed hears', async () => {
    const edited = (await ok(app, RECORD, { i: { noteId: signedNote.id, version: signedNote.version, concerns: 'One more thing.' } }, { token: t.supervisor }))
      .recordSupervisionNote;
    expect(edited.status).toBe('DRAFT');
    const rows = (await entries('NOTE_SIGNATURE_REMOVED')).filter((e) => e.link === `/supervision/occurrences/${signedNote.occurrenceId}`);
    expect(rows.map((r) => r.recipient_id)).toEqual([org.people.staff.id]);
    const sent = await mails('NOTE_SIGNATURE_REMOVED');
    expect(sent.map((m) => m.recipient_id)).toEqual([org.people.staff.id]);
    expect(sent[0]!.subject).toMatch(/sign again/);
  });

  it('an edit nobody had signed tells nobody', async () => {
    const { note } = await draft();
    const before = (await entries('NOTE_SIGNATURE_REMOVED')).length;
    await ok(app, RECORD, { i: { noteId: note.id, version: note.version, concerns: 'Draft change.' } }, { token: t.supervisor });
    expect(await entries('NOTE_SIGNATURE_REMOVED')).toHaveLength(before);
  });
});
