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
    "mutation ScheduleSupervisionInSupervisionFiguresCache($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }": typeof types.ScheduleSupervisionInSupervisionFiguresCacheDocument,
    "mutation UpdateSupervisionSessionInSupervisionFiguresCache($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version } } }": typeof types.UpdateSupervisionSessionInSupervisionFiguresCacheDocument,
    "mutation EndSupervisionSeriesInSupervisionFiguresCache($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }": typeof types.EndSupervisionSeriesInSupervisionFiguresCacheDocument,
    "mutation CancelOccurrenceStatusInSupervisionFiguresCache($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }": typeof types.CancelOccurrenceStatusInSupervisionFiguresCacheDocument,
    "mutation MoveSupervisionOccurrenceInSupervisionFiguresCache($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }": typeof types.MoveSupervisionOccurrenceInSupervisionFiguresCacheDocument,
    "mutation MarkSupervisionOccurrenceInSupervisionFiguresCache($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": typeof types.MarkSupervisionOccurrenceInSupervisionFiguresCacheDocument,
    "mutation RecordSupervisionNoteVersionInSupervisionFiguresCache($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }": typeof types.RecordSupervisionNoteVersionInSupervisionFiguresCacheDocument,
    "mutation FinalizeSupervisionNoteInSupervisionFiguresCache($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { version } }": typeof types.FinalizeSupervisionNoteInSupervisionFiguresCacheDocument,
    "mutation SignSupervisionNoteInSupervisionFiguresCache($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }": typeof types.SignSupervisionNoteInSupervisionFiguresCacheDocument,
    "mutation UpdateSupervisionPolicyInSupervisionFiguresCache($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }": typeof types.UpdateSupervisionPolicyInSupervisionFiguresCacheDocument,
    "query SupervisionSessionsInSupervisionFiguresCache($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }": typeof types.SupervisionSessionsInSupervisionFiguresCacheDocument,
    "fragment CachedReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }": typeof types.CachedReconciliationFragmentDoc,
    "query SupervisionComplianceInSupervisionFiguresCache($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId required requiredByEnd recorded ratio daysSinceLast lastSessionAt currentIntervalDays overdue status\n    reconciliation { ...CachedReconciliation } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...CachedReconciliation } }\n  programs { id supervisees required recorded ratio }\n  total { supervisees required recorded ratio reconciliation { ...CachedReconciliation } } } }": typeof types.SupervisionComplianceInSupervisionFiguresCacheDocument,
};
const documents: Documents = {
    "mutation ScheduleSupervisionInSupervisionFiguresCache($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }": types.ScheduleSupervisionInSupervisionFiguresCacheDocument,
    "mutation UpdateSupervisionSessionInSupervisionFiguresCache($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version } } }": types.UpdateSupervisionSessionInSupervisionFiguresCacheDocument,
    "mutation EndSupervisionSeriesInSupervisionFiguresCache($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }": types.EndSupervisionSeriesInSupervisionFiguresCacheDocument,
    "mutation CancelOccurrenceStatusInSupervisionFiguresCache($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }": types.CancelOccurrenceStatusInSupervisionFiguresCacheDocument,
    "mutation MoveSupervisionOccurrenceInSupervisionFiguresCache($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }": types.MoveSupervisionOccurrenceInSupervisionFiguresCacheDocument,
    "mutation MarkSupervisionOccurrenceInSupervisionFiguresCache($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": types.MarkSupervisionOccurrenceInSupervisionFiguresCacheDocument,
    "mutation RecordSupervisionNoteVersionInSupervisionFiguresCache($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }": types.RecordSupervisionNoteVersionInSupervisionFiguresCacheDocument,
    "mutation FinalizeSupervisionNoteInSupervisionFiguresCache($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { version } }": types.FinalizeSupervisionNoteInSupervisionFiguresCacheDocument,
    "mutation SignSupervisionNoteInSupervisionFiguresCache($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }": types.SignSupervisionNoteInSupervisionFiguresCacheDocument,
    "mutation UpdateSupervisionPolicyInSupervisionFiguresCache($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }": types.UpdateSupervisionPolicyInSupervisionFiguresCacheDocument,
    "query SupervisionSessionsInSupervisionFiguresCache($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }": types.SupervisionSessionsInSupervisionFiguresCacheDocument,
    "fragment CachedReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }": types.CachedReconciliationFragmentDoc,
    "query SupervisionComplianceInSupervisionFiguresCache($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId required requiredByEnd recorded ratio daysSinceLast lastSessionAt currentIntervalDays overdue status\n    reconciliation { ...CachedReconciliation } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...CachedReconciliation } }\n  programs { id supervisees required recorded ratio }\n  total { supervisees required recorded ratio reconciliation { ...CachedReconciliation } } } }": types.SupervisionComplianceInSupervisionFiguresCacheDocument,
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
export function graphql(source: "mutation ScheduleSupervisionInSupervisionFiguresCache($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }"): (typeof documents)["mutation ScheduleSupervisionInSupervisionFiguresCache($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionSessionInSupervisionFiguresCache($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version } } }"): (typeof documents)["mutation UpdateSupervisionSessionInSupervisionFiguresCache($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSupervisionSeriesInSupervisionFiguresCache($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }"): (typeof documents)["mutation EndSupervisionSeriesInSupervisionFiguresCache($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelOccurrenceStatusInSupervisionFiguresCache($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }"): (typeof documents)["mutation CancelOccurrenceStatusInSupervisionFiguresCache($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveSupervisionOccurrenceInSupervisionFiguresCache($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }"): (typeof documents)["mutation MoveSupervisionOccurrenceInSupervisionFiguresCache($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkSupervisionOccurrenceInSupervisionFiguresCache($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"): (typeof documents)["mutation MarkSupervisionOccurrenceInSupervisionFiguresCache($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteVersionInSupervisionFiguresCache($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }"): (typeof documents)["mutation RecordSupervisionNoteVersionInSupervisionFiguresCache($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNoteInSupervisionFiguresCache($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { version } }"): (typeof documents)["mutation FinalizeSupervisionNoteInSupervisionFiguresCache($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNoteInSupervisionFiguresCache($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }"): (typeof documents)["mutation SignSupervisionNoteInSupervisionFiguresCache($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionPolicyInSupervisionFiguresCache($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }"): (typeof documents)["mutation UpdateSupervisionPolicyInSupervisionFiguresCache($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInSupervisionFiguresCache($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }"): (typeof documents)["query SupervisionSessionsInSupervisionFiguresCache($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CachedReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }"): (typeof documents)["fragment CachedReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInSupervisionFiguresCache($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId required requiredByEnd recorded ratio daysSinceLast lastSessionAt currentIntervalDays overdue status\n    reconciliation { ...CachedReconciliation } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...CachedReconciliation } }\n  programs { id supervisees required recorded ratio }\n  total { supervisees required recorded ratio reconciliation { ...CachedReconciliation } } } }"): (typeof documents)["query SupervisionComplianceInSupervisionFiguresCache($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId required requiredByEnd recorded ratio daysSinceLast lastSessionAt currentIntervalDays overdue status\n    reconciliation { ...CachedReconciliation } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...CachedReconciliation } }\n  programs { id supervisees required recorded ratio }\n  total { supervisees required recorded ratio reconciliation { ...CachedReconciliation } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;