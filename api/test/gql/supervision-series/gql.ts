/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query SupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status note { id } } }": typeof types.SupervisionSessionsDocument,
    "query SupervisionComplianceInSupervisionDemoSeed { supervisionCompliance { teams { id ratio overdue supervisees reconciliation { heldNotDocumented missed cancelled documentedNotScheduled } } } }": typeof types.SupervisionComplianceInSupervisionDemoSeedDocument,
    "query LanguageDensitySeriesInSupervisionDemoSeed($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes densities { medicalModel hierarchical mutuality } } } }": typeof types.LanguageDensitySeriesInSupervisionDemoSeedDocument,
    "mutation ScheduleInSeriesRevision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }": typeof types.ScheduleInSeriesRevisionDocument,
    "mutation UpdateSessionInSeriesRevision($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }": typeof types.UpdateSessionInSeriesRevisionDocument,
    "mutation EndSeriesInSeriesRevision($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }": typeof types.EndSeriesInSeriesRevisionDocument,
    "mutation CancelInSeriesRevision($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }": typeof types.CancelInSeriesRevisionDocument,
    "mutation MoveInSeriesRevision($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }": typeof types.MoveInSeriesRevisionDocument,
    "mutation MarkInSeriesRevision($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": typeof types.MarkInSeriesRevisionDocument,
    "mutation RecordNoteInSeriesRevision($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }": typeof types.RecordNoteInSeriesRevisionDocument,
    "mutation AssignTeamInSeriesRevision($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInSeriesRevisionDocument,
    "query OccurrencesInSeriesRevision($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }": typeof types.OccurrencesInSeriesRevisionDocument,
    "query ComplianceInSeriesRevision($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId required recorded ratio daysSinceLast lastSessionAt overdue status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  teams { id supervisees required recorded ratio onTrack behind overdue }\n  total { supervisees required recorded ratio } } }": typeof types.ComplianceInSeriesRevisionDocument,
    "query SupervisorWeek($i: SupervisorWeekInput) { supervisorWeek(input: $i) {\n  timeZone from to\n  sessions { id startsAt status }\n  notesToWrite { id startsAt status supervisees { id } }\n  notesAwaiting { noteId occurrenceId step with { id } }\n  ratingsDue { subjectId raterType dueDate status }\n  actionItemsDue { id dueOn status description }\n} }": typeof types.SupervisorWeekDocument,
};
const documents: Documents = {
    "query SupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status note { id } } }": types.SupervisionSessionsDocument,
    "query SupervisionComplianceInSupervisionDemoSeed { supervisionCompliance { teams { id ratio overdue supervisees reconciliation { heldNotDocumented missed cancelled documentedNotScheduled } } } }": types.SupervisionComplianceInSupervisionDemoSeedDocument,
    "query LanguageDensitySeriesInSupervisionDemoSeed($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes densities { medicalModel hierarchical mutuality } } } }": types.LanguageDensitySeriesInSupervisionDemoSeedDocument,
    "mutation ScheduleInSeriesRevision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }": types.ScheduleInSeriesRevisionDocument,
    "mutation UpdateSessionInSeriesRevision($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }": types.UpdateSessionInSeriesRevisionDocument,
    "mutation EndSeriesInSeriesRevision($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }": types.EndSeriesInSeriesRevisionDocument,
    "mutation CancelInSeriesRevision($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }": types.CancelInSeriesRevisionDocument,
    "mutation MoveInSeriesRevision($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }": types.MoveInSeriesRevisionDocument,
    "mutation MarkInSeriesRevision($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": types.MarkInSeriesRevisionDocument,
    "mutation RecordNoteInSeriesRevision($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }": types.RecordNoteInSeriesRevisionDocument,
    "mutation AssignTeamInSeriesRevision($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInSeriesRevisionDocument,
    "query OccurrencesInSeriesRevision($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }": types.OccurrencesInSeriesRevisionDocument,
    "query ComplianceInSeriesRevision($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId required recorded ratio daysSinceLast lastSessionAt overdue status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  teams { id supervisees required recorded ratio onTrack behind overdue }\n  total { supervisees required recorded ratio } } }": types.ComplianceInSeriesRevisionDocument,
    "query SupervisorWeek($i: SupervisorWeekInput) { supervisorWeek(input: $i) {\n  timeZone from to\n  sessions { id startsAt status }\n  notesToWrite { id startsAt status supervisees { id } }\n  notesAwaiting { noteId occurrenceId step with { id } }\n  ratingsDue { subjectId raterType dueDate status }\n  actionItemsDue { id dueOn status description }\n} }": types.SupervisorWeekDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status note { id } } }"): (typeof documents)["query SupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status note { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInSupervisionDemoSeed { supervisionCompliance { teams { id ratio overdue supervisees reconciliation { heldNotDocumented missed cancelled documentedNotScheduled } } } }"): (typeof documents)["query SupervisionComplianceInSupervisionDemoSeed { supervisionCompliance { teams { id ratio overdue supervisees reconciliation { heldNotDocumented missed cancelled documentedNotScheduled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguageDensitySeriesInSupervisionDemoSeed($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes densities { medicalModel hierarchical mutuality } } } }"): (typeof documents)["query LanguageDensitySeriesInSupervisionDemoSeed($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes densities { medicalModel hierarchical mutuality } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleInSeriesRevision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }"): (typeof documents)["mutation ScheduleInSeriesRevision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSessionInSeriesRevision($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }"): (typeof documents)["mutation UpdateSessionInSeriesRevision($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSeriesInSeriesRevision($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }"): (typeof documents)["mutation EndSeriesInSeriesRevision($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelInSeriesRevision($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }"): (typeof documents)["mutation CancelInSeriesRevision($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveInSeriesRevision($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }"): (typeof documents)["mutation MoveInSeriesRevision($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkInSeriesRevision($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"): (typeof documents)["mutation MarkInSeriesRevision($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordNoteInSeriesRevision($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }"): (typeof documents)["mutation RecordNoteInSeriesRevision($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInSeriesRevision($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInSeriesRevision($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OccurrencesInSeriesRevision($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }"): (typeof documents)["query OccurrencesInSeriesRevision($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceInSeriesRevision($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId required recorded ratio daysSinceLast lastSessionAt overdue status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  teams { id supervisees required recorded ratio onTrack behind overdue }\n  total { supervisees required recorded ratio } } }"): (typeof documents)["query ComplianceInSeriesRevision($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId required recorded ratio daysSinceLast lastSessionAt overdue status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  teams { id supervisees required recorded ratio onTrack behind overdue }\n  total { supervisees required recorded ratio } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisorWeek($i: SupervisorWeekInput) { supervisorWeek(input: $i) {\n  timeZone from to\n  sessions { id startsAt status }\n  notesToWrite { id startsAt status supervisees { id } }\n  notesAwaiting { noteId occurrenceId step with { id } }\n  ratingsDue { subjectId raterType dueDate status }\n  actionItemsDue { id dueOn status description }\n} }"): (typeof documents)["query SupervisorWeek($i: SupervisorWeekInput) { supervisorWeek(input: $i) {\n  timeZone from to\n  sessions { id startsAt status }\n  notesToWrite { id startsAt status supervisees { id } }\n  notesAwaiting { noteId occurrenceId step with { id } }\n  ratingsDue { subjectId raterType dueDate status }\n  actionItemsDue { id dueOn status description }\n} }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;