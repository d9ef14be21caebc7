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
    "mutation ScheduleSupervisionInOccurrenceBudget($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionInOccurrenceBudgetDocument,
    "query SupervisionComplianceInOccurrenceBudget($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded ratio daysSinceLast lastSessionAt status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  total { supervisees required recorded ratio } } }": typeof types.SupervisionComplianceInOccurrenceBudgetDocument,
    "mutation ScheduleSupervisionInSupervisionSessions($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) {\n  warnings session { id version recurrence recurrenceText startsAt startsLocal timeZone seriesEndsAt isRecurring supervisor { id } supervisees { id } } } }": typeof types.ScheduleSupervisionInSupervisionSessionsDocument,
    "mutation UpdateSupervisionSessionInSupervisionSessions($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { warnings session { id version location recurrence previousSessionId startsAt seriesEndsAt } } }": typeof types.UpdateSupervisionSessionInSupervisionSessionsDocument,
    "query SupervisionSessionsInSupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) {\n  id sessionId startsAt endsAt originalStartsAt timeZone status statusReason moved isRecurring recurrenceText location icsPath supervisor { id } supervisees { id } note { id } } }": typeof types.SupervisionSessionsInSupervisionSessionsDocument,
    "mutation CancelSupervisionOccurrenceInSupervisionSessions($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { warnings occurrence { id status statusReason } } }": typeof types.CancelSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation MoveSupervisionOccurrenceInSupervisionSessions($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { warnings occurrence { id startsAt originalStartsAt moved location } } }": typeof types.MoveSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation EndSupervisionSeriesInSupervisionSessions($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { warnings session { id recurrence seriesEndsAt } } }": typeof types.EndSupervisionSeriesInSupervisionSessionsDocument,
    "mutation MarkSupervisionOccurrenceInSupervisionSessions($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { id status } } }": typeof types.MarkSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation CreateCalendarFeed { createCalendarFeed }": typeof types.CreateCalendarFeedDocument,
    "query CalendarFeed { calendarFeed { active createdAt } }": typeof types.CalendarFeedDocument,
    "mutation RevokeCalendarFeed { revokeCalendarFeed }": typeof types.RevokeCalendarFeedDocument,
    "mutation ScheduleSupervisionInStatements($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionInStatementsDocument,
    "query SupervisionComplianceInStatements($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded status } total { supervisees required recorded } } }": typeof types.SupervisionComplianceInStatementsDocument,
    "query SupervisionSessionsInStatements($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }": typeof types.SupervisionSessionsInStatementsDocument,
    "query SupervisorWeekInStatements { supervisorWeek { sessions { id } notesToWrite { id } notesAwaiting { noteId } } }": typeof types.SupervisorWeekInStatementsDocument,
};
const documents: Documents = {
    "mutation ScheduleSupervisionInOccurrenceBudget($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionInOccurrenceBudgetDocument,
    "query SupervisionComplianceInOccurrenceBudget($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded ratio daysSinceLast lastSessionAt status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  total { supervisees required recorded ratio } } }": types.SupervisionComplianceInOccurrenceBudgetDocument,
    "mutation ScheduleSupervisionInSupervisionSessions($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) {\n  warnings session { id version recurrence recurrenceText startsAt startsLocal timeZone seriesEndsAt isRecurring supervisor { id } supervisees { id } } } }": types.ScheduleSupervisionInSupervisionSessionsDocument,
    "mutation UpdateSupervisionSessionInSupervisionSessions($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { warnings session { id version location recurrence previousSessionId startsAt seriesEndsAt } } }": types.UpdateSupervisionSessionInSupervisionSessionsDocument,
    "query SupervisionSessionsInSupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) {\n  id sessionId startsAt endsAt originalStartsAt timeZone status statusReason moved isRecurring recurrenceText location icsPath supervisor { id } supervisees { id } note { id } } }": types.SupervisionSessionsInSupervisionSessionsDocument,
    "mutation CancelSupervisionOccurrenceInSupervisionSessions($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { warnings occurrence { id status statusReason } } }": types.CancelSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation MoveSupervisionOccurrenceInSupervisionSessions($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { warnings occurrence { id startsAt originalStartsAt moved location } } }": types.MoveSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation EndSupervisionSeriesInSupervisionSessions($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { warnings session { id recurrence seriesEndsAt } } }": types.EndSupervisionSeriesInSupervisionSessionsDocument,
    "mutation MarkSupervisionOccurrenceInSupervisionSessions($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { id status } } }": types.MarkSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation CreateCalendarFeed { createCalendarFeed }": types.CreateCalendarFeedDocument,
    "query CalendarFeed { calendarFeed { active createdAt } }": types.CalendarFeedDocument,
    "mutation RevokeCalendarFeed { revokeCalendarFeed }": types.RevokeCalendarFeedDocument,
    "mutation ScheduleSupervisionInStatements($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionInStatementsDocument,
    "query SupervisionComplianceInStatements($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded status } total { supervisees required recorded } } }": types.SupervisionComplianceInStatementsDocument,
    "query SupervisionSessionsInStatements($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }": types.SupervisionSessionsInStatementsDocument,
    "query SupervisorWeekInStatements { supervisorWeek { sessions { id } notesToWrite { id } notesAwaiting { noteId } } }": types.SupervisorWeekInStatementsDocument,
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
export function graphql(source: "mutation ScheduleSupervisionInOccurrenceBudget($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionInOccurrenceBudget($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInOccurrenceBudget($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded ratio daysSinceLast lastSessionAt status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  total { supervisees required recorded ratio } } }"): (typeof documents)["query SupervisionComplianceInOccurrenceBudget($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded ratio daysSinceLast lastSessionAt status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  total { supervisees required recorded ratio } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInSupervisionSessions($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) {\n  warnings session { id version recurrence recurrenceText startsAt startsLocal timeZone seriesEndsAt isRecurring supervisor { id } supervisees { id } } } }"): (typeof documents)["mutation ScheduleSupervisionInSupervisionSessions($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) {\n  warnings session { id version recurrence recurrenceText startsAt startsLocal timeZone seriesEndsAt isRecurring supervisor { id } supervisees { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionSessionInSupervisionSessions($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { warnings session { id version location recurrence previousSessionId startsAt seriesEndsAt } } }"): (typeof documents)["mutation UpdateSupervisionSessionInSupervisionSessions($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { warnings session { id version location recurrence previousSessionId startsAt seriesEndsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInSupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) {\n  id sessionId startsAt endsAt originalStartsAt timeZone status statusReason moved isRecurring recurrenceText location icsPath supervisor { id } supervisees { id } note { id } } }"): (typeof documents)["query SupervisionSessionsInSupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) {\n  id sessionId startsAt endsAt originalStartsAt timeZone status statusReason moved isRecurring recurrenceText location icsPath supervisor { id } supervisees { id } note { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelSupervisionOccurrenceInSupervisionSessions($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { warnings occurrence { id status statusReason } } }"): (typeof documents)["mutation CancelSupervisionOccurrenceInSupervisionSessions($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { warnings occurrence { id status statusReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveSupervisionOccurrenceInSupervisionSessions($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { warnings occurrence { id startsAt originalStartsAt moved location } } }"): (typeof documents)["mutation MoveSupervisionOccurrenceInSupervisionSessions($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { warnings occurrence { id startsAt originalStartsAt moved location } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSupervisionSeriesInSupervisionSessions($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { warnings session { id recurrence seriesEndsAt } } }"): (typeof documents)["mutation EndSupervisionSeriesInSupervisionSessions($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { warnings session { id recurrence seriesEndsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkSupervisionOccurrenceInSupervisionSessions($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { id status } } }"): (typeof documents)["mutation MarkSupervisionOccurrenceInSupervisionSessions($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCalendarFeed { createCalendarFeed }"): (typeof documents)["mutation CreateCalendarFeed { createCalendarFeed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarFeed { calendarFeed { active createdAt } }"): (typeof documents)["query CalendarFeed { calendarFeed { active createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeCalendarFeed { revokeCalendarFeed }"): (typeof documents)["mutation RevokeCalendarFeed { revokeCalendarFeed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInStatements($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionInStatements($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInStatements($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded status } total { supervisees required recorded } } }"): (typeof documents)["query SupervisionComplianceInStatements($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded status } total { supervisees required recorded } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInStatements($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }"): (typeof documents)["query SupervisionSessionsInStatements($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisorWeekInStatements { supervisorWeek { sessions { id } notesToWrite { id } notesAwaiting { noteId } } }"): (typeof documents)["query SupervisorWeekInStatements { supervisorWeek { sessions { id } notesToWrite { id } notesAwaiting { noteId } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;