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
    "mutation UpdateNotificationSettings($i: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime digestWhenQuiet } }": typeof types.UpdateNotificationSettingsDocument,
    "query NotificationSettings { notificationSettings { timeZone digestWeekday digestTime digestWhenQuiet } }": typeof types.NotificationSettingsDocument,
    "mutation ScheduleSupervisionInNotificationEvents($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }": typeof types.ScheduleSupervisionInNotificationEventsDocument,
    "mutation CancelSupervisionOccurrence($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id status } } }": typeof types.CancelSupervisionOccurrenceDocument,
    "mutation MoveSupervisionOccurrence($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id startsAt } } }": typeof types.MoveSupervisionOccurrenceDocument,
    "mutation RecordSupervisionNote($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version status } }": typeof types.RecordSupervisionNoteDocument,
    "mutation UpdateSupervisionSession($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version startsAt } } }": typeof types.UpdateSupervisionSessionDocument,
    "mutation EndSupervisionSeries($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id recurrence } } }": typeof types.EndSupervisionSeriesDocument,
    "mutation SignSupervisionNote($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { id version status } }": typeof types.SignSupervisionNoteDocument,
    "mutation FinalizeSupervisionNote($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { id version status } }": typeof types.FinalizeSupervisionNoteDocument,
};
const documents: Documents = {
    "mutation UpdateNotificationSettings($i: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime digestWhenQuiet } }": types.UpdateNotificationSettingsDocument,
    "query NotificationSettings { notificationSettings { timeZone digestWeekday digestTime digestWhenQuiet } }": types.NotificationSettingsDocument,
    "mutation ScheduleSupervisionInNotificationEvents($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }": types.ScheduleSupervisionInNotificationEventsDocument,
    "mutation CancelSupervisionOccurrence($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id status } } }": types.CancelSupervisionOccurrenceDocument,
    "mutation MoveSupervisionOccurrence($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id startsAt } } }": types.MoveSupervisionOccurrenceDocument,
    "mutation RecordSupervisionNote($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version status } }": types.RecordSupervisionNoteDocument,
    "mutation UpdateSupervisionSession($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version startsAt } } }": types.UpdateSupervisionSessionDocument,
    "mutation EndSupervisionSeries($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id recurrence } } }": types.EndSupervisionSeriesDocument,
    "mutation SignSupervisionNote($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { id version status } }": types.SignSupervisionNoteDocument,
    "mutation FinalizeSupervisionNote($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { id version status } }": types.FinalizeSupervisionNoteDocument,
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
export function graphql(source: "mutation UpdateNotificationSettings($i: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime digestWhenQuiet } }"): (typeof documents)["mutation UpdateNotificationSettings($i: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime digestWhenQuiet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationSettings { notificationSettings { timeZone digestWeekday digestTime digestWhenQuiet } }"): (typeof documents)["query NotificationSettings { notificationSettings { timeZone digestWeekday digestTime digestWhenQuiet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInNotificationEvents($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }"): (typeof documents)["mutation ScheduleSupervisionInNotificationEvents($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelSupervisionOccurrence($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id status } } }"): (typeof documents)["mutation CancelSupervisionOccurrence($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveSupervisionOccurrence($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id startsAt } } }"): (typeof documents)["mutation MoveSupervisionOccurrence($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNote($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version status } }"): (typeof documents)["mutation RecordSupervisionNote($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionSession($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version startsAt } } }"): (typeof documents)["mutation UpdateSupervisionSession($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSupervisionSeries($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id recurrence } } }"): (typeof documents)["mutation EndSupervisionSeries($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id recurrence } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNote($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { id version status } }"): (typeof documents)["mutation SignSupervisionNote($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNote($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { id version status } }"): (typeof documents)["mutation FinalizeSupervisionNote($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { id version status } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;