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
    "mutation InvitePersonIdInNotificationsMail($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }": typeof types.InvitePersonIdInNotificationsMailDocument,
    "mutation AcceptInvitationTokenInNotificationsMail($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }": typeof types.AcceptInvitationTokenInNotificationsMailDocument,
    "mutation SendPasswordResetInNotificationsMail($id: ID!) { sendPasswordReset(personId: $id) }": typeof types.SendPasswordResetInNotificationsMailDocument,
    "mutation RetryOutboxMessage($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id status attempts lastError } }": typeof types.RetryOutboxMessageDocument,
    "query OutboxSummary { outboxSummary { mailConfigured held queued sending sent failed } }": typeof types.OutboxSummaryDocument,
    "query OutboxMessages($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id kind status attempts lastError sentAt } } }": typeof types.OutboxMessagesDocument,
    "mutation ScheduleSupervisionSessionIdInNotificationsMail($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionSessionIdInNotificationsMailDocument,
    "mutation UpdateNotificationSettingsInNotificationsMail($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }": typeof types.UpdateNotificationSettingsInNotificationsMailDocument,
    "query NotificationsInNotificationsMail { notifications { unreadCount items { kind title link } } }": typeof types.NotificationsInNotificationsMailDocument,
};
const documents: Documents = {
    "mutation InvitePersonIdInNotificationsMail($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }": types.InvitePersonIdInNotificationsMailDocument,
    "mutation AcceptInvitationTokenInNotificationsMail($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }": types.AcceptInvitationTokenInNotificationsMailDocument,
    "mutation SendPasswordResetInNotificationsMail($id: ID!) { sendPasswordReset(personId: $id) }": types.SendPasswordResetInNotificationsMailDocument,
    "mutation RetryOutboxMessage($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id status attempts lastError } }": types.RetryOutboxMessageDocument,
    "query OutboxSummary { outboxSummary { mailConfigured held queued sending sent failed } }": types.OutboxSummaryDocument,
    "query OutboxMessages($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id kind status attempts lastError sentAt } } }": types.OutboxMessagesDocument,
    "mutation ScheduleSupervisionSessionIdInNotificationsMail($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionSessionIdInNotificationsMailDocument,
    "mutation UpdateNotificationSettingsInNotificationsMail($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }": types.UpdateNotificationSettingsInNotificationsMailDocument,
    "query NotificationsInNotificationsMail { notifications { unreadCount items { kind title link } } }": types.NotificationsInNotificationsMailDocument,
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
export function graphql(source: "mutation InvitePersonIdInNotificationsMail($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }"): (typeof documents)["mutation InvitePersonIdInNotificationsMail($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitationTokenInNotificationsMail($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }"): (typeof documents)["mutation AcceptInvitationTokenInNotificationsMail($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendPasswordResetInNotificationsMail($id: ID!) { sendPasswordReset(personId: $id) }"): (typeof documents)["mutation SendPasswordResetInNotificationsMail($id: ID!) { sendPasswordReset(personId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetryOutboxMessage($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id status attempts lastError } }"): (typeof documents)["mutation RetryOutboxMessage($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id status attempts lastError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutboxSummary { outboxSummary { mailConfigured held queued sending sent failed } }"): (typeof documents)["query OutboxSummary { outboxSummary { mailConfigured held queued sending sent failed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutboxMessages($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id kind status attempts lastError sentAt } } }"): (typeof documents)["query OutboxMessages($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id kind status attempts lastError sentAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionSessionIdInNotificationsMail($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionSessionIdInNotificationsMail($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationSettingsInNotificationsMail($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }"): (typeof documents)["mutation UpdateNotificationSettingsInNotificationsMail($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInNotificationsMail { notifications { unreadCount items { kind title link } } }"): (typeof documents)["query NotificationsInNotificationsMail { notifications { unreadCount items { kind title link } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;