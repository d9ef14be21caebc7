/**
 * Maximum lengths of the text people send, in one table: the API enforces them (and documents each one in the
 * GraphQL schema), the web forms put the same number in `maxLength`, and both say the same thing when a text is
 * too long (`tooLongMessage`).
 */
export const TEXT_LIMITS = {
  // People and accounts
  personName: 120,
  email: 254,
  password: 256,
  jobTitle: 120,
  /** One-time links: invitations, person-served feedback. */
  token: 200,
  peopleSearch: 120,
  /** The dashboard's team search. */
  teamSearch: 120,
  // Organisation structure
  organizationName: 200,
  programName: 120,
  teamName: 120,
  /** Program and team descriptions. */
  description: 1000,
  // Checklists and instruments
  instrumentKey: 63,
  itemCode: 40,
  /** Prompts, help and reflection prompts of an instrument item. */
  instrumentText: 2000,
  /** A whole instrument definition (JSON) or an imported file: 1 MB (the API also refuses more than 1 MB of UTF-8). */
  instrumentFile: 1_048_576,
  answerComment: 2000,
  amendReason: 500,
  idempotencyKey: 100,
  /** Short codes and enumerated words sent as text (status, kind, dimension codes). */
  code: 40,
  // Dashboard
  annotationLabel: 200,
  annotationDetails: 2000,
  signalId: 300,
  actionDescription: 1000,
  /** Why a team's drift baseline was restarted (a team day, a restructure). */
  baselineReason: 500,
  // Supervision
  timeZone: 64,
  recurrence: 500,
  sessionTitle: 200,
  location: 500,
  link: 1000,
  occurrenceReason: 500,
  /** Strengths and concerns of a note, and an amendment. */
  noteSection: 10_000,
  /** The supervisor's note and a supervisee's reflection. */
  noteText: 20_000,
  /** The text `reflectLanguage` reads (a whole note: every section together). */
  reflectText: 50_000,
  lexiconPhrase: 100,
  lexiconAlternative: 500,
  // Roster import
  rosterCsv: 2_000_000,
  // Audit filter
  auditEntity: 60,
  auditAction: 80,
} as const;

export type TextLimitKey = keyof typeof TEXT_LIMITS;

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The one message for a text that is too long, in the API's errors and the web forms alike. */
export function tooLongMessage(max: number): string {
  return `Use at most ${grouped(max)} characters.`;
}

/** The sentence the GraphQL schema adds to the description of every text input. */
export function maxLengthNote(max: number): string {
  return `At most ${grouped(max)} characters.`;
}

/** The one message for text with a NUL character or a broken (unpaired surrogate) character. */
export const UNSAFE_TEXT_MESSAGE = 'This text contains a character that cannot be stored (a null character or a broken symbol). Remove it and try again.';

const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when a text can be stored as it is: no NUL character and no unpaired UTF-16 surrogate. */
export function isStorableText(value: string): boolean {
  return !UNSAFE.test(value);
}
