// Test data for supervision component tests (shapes as the API answers them), typed by the generated GraphQL types so
// a schema change breaks them at compile time.
import type { ReflectLanguageQuery, SupervisionDriftCodesQuery } from '../../../gql/graphql';
import { answer } from '../../../test/graphql-stub';
import { ReflectLanguageQueryDocument, SupervisionAgendaQueryDocument } from '../notes.graphql';
import type { ActionItem, Note } from '../use-notes';
import type { Occurrence } from '../use-supervision';
import { MINUTE_MS } from '@tandem/shared';

export const SUPERVISOR = { id: 'sup-1', name: 'Sam Okafor' };
export const SUPERVISEE = { id: 'staff-1', name: 'Jordan Lee' };

export function occurrenceFixture(overrides: Partial<Occurrence> = {}): Occurrence {
  const startsAt = overrides.startsAt ?? '2026-03-03T12:00:00.000Z';
  const id = overrides.id ?? `sess-1_${startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
  return {
    id,
    sessionId: 'sess-1',
    title: '',
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + 60 * MINUTE_MS).toISOString(),
    originalStartsAt: startsAt,
    durationMinutes: 60,
    timeZone: 'UTC',
    status: 'SCHEDULED',
    statusReason: '',
    moved: false,
    adHoc: false,
    isRecurring: true,
    recurrenceText: 'every week on Tuesday',
    modality: 'INDIVIDUAL',
    channel: 'IN_PERSON',
    location: 'Room 2',
    link: '',
    icsPath: `/calendar/session/${id}.ics`,
    supervisorId: SUPERVISOR.id,
    supervisor: SUPERVISOR,
    superviseeIds: [SUPERVISEE.id],
    supervisees: [SUPERVISEE],
    note: null,
    ...overrides,
  };
}

export function actionItemFixture(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'ai-1',
    description: 'Ask what would help before offering ideas',
    textVisible: true,
    dimension: 'D1',
    dueOn: '2026-03-20',
    status: 'OPEN',
    ownerId: SUPERVISEE.id,
    owner: SUPERVISEE,
    noteId: 'note-1',
    occurrenceId: null,
    driftSignalId: null,
    superviseeId: null,
    completedAt: null,
    ...overrides,
  };
}

export function noteFixture(overrides: Partial<Note> = {}): Note {
  return {
    id: 'note-1',
    version: 3,
    status: 'DRAFT',
    occurrenceId: 'occ',
    heldAt: '2026-03-03T12:00:00.000Z',
    lockedAt: null,
    finalizedAt: null,
    signingOrder: 'SUPERVISEES_FIRST',
    signatureWithdrawals: [],
    updatedAt: '2026-03-03T13:00:00.000Z',
    textVisible: true,
    viewerParty: 'SUPERVISOR',
    types: ['SUPPORTIVE'],
    dimensions: ['D2'],
    driftCodes: [],
    strengths: 'Curious, person-led conversations.',
    concerns: '',
    supervisorNote: 'We talked about the week.',
    supervisorSignedAt: null,
    supervisorSignedBy: null,
    reflections: [{ superviseeId: SUPERVISEE.id, supervisee: SUPERVISEE, reflection: '', signedAt: null }],
    actionItems: [],
    amendments: [],
    ...overrides,
  };
}

export const DRIFT_CODES: SupervisionDriftCodesQuery['supervisionDriftCodes'] = [
  { code: 'H1', family: 'HIERARCHICAL', label: 'Expert stance, advice-giving' },
  { code: 'M2', family: 'MEDICAL_MODEL', label: 'Compliance work (medication, appointments)' },
];

export function agendaResponse() {
  return answer(SupervisionAgendaQueryDocument, {
      supervisionAgenda: {
        superviseeId: SUPERVISEE.id,
        since: '2025-12-03T00:00:00.000Z',
        olderOpenActionCount: 0,
        supervisee: SUPERVISEE,
        nextOccurrence: null,
        openActionItems: [actionItemFixture({ id: 'ai-dash', description: 'Talk about sharing decisions', noteId: null, driftSignalId: 'sig-1', superviseeId: SUPERVISEE.id })],
        recentDriftCodes: [{ code: 'H1', label: 'Expert stance, advice-giving', count: 2, lastSeenAt: '2026-02-20T00:00:00.000Z' }],
        recentDimensions: [{ code: 'D1', label: 'Shared power and equality', count: 1 }],
      },
  });
}

/** A reflection of "she was non-compliant with her meds. I did not write "patient"." with a counting and a quoted hit. */
export function reflectionResponse(text: string) {
  const hits: ReflectLanguageQuery['reflectLanguage']['hits'] = [];
  const nc = text.indexOf('non-compliant');
  if (nc >= 0) {
    hits.push({
      phrase: 'non-compliant', pattern: 'MEDICAL_MODEL', weight: 2, start: nc, end: nc + 13, matchedText: 'non-compliant', suppressed: null,
      alternative: 'Describe what the person decided and the reasons they gave.',
    });
  }
  const pt = text.indexOf('patient');
  if (pt >= 0) {
    hits.push({ phrase: 'patient', pattern: 'MEDICAL_MODEL', weight: 1, start: pt, end: pt + 7, matchedText: 'patient', suppressed: 'QUOTED', alternative: 'The person, or their name.' });
  }
  return answer(ReflectLanguageQueryDocument, {
      reflectLanguage: {
        wordCount: text.split(/\s+/).length,
        balance: hits.length ? -100 : 0,
        hits,
        summary: {
          tone: hits.length ? 'WORTH_A_LOOK' : 'NOTHING_FOUND',
          headline: hits.length ? '1 phrase might read differently to the person you work with. Some ideas are below; it is your call.' : 'Nothing in this note matched the reflection list.',
          setAsideNote: pt >= 0 ? '1 phrase was set aside because they were quoted, negated or about the words themselves.' : null,
          mutualPhrases: [],
        },
      },
  });
}
