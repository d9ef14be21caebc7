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
    "mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }": typeof types.SetNotificationPreferenceDocument,
    "mutation LoginInNotificationSignIn($i: LoginInput!) { login(input: $i) { token } }": typeof types.LoginInNotificationSignInDocument,
    "query NotificationPreferences { notificationPreferences { kind label channel } }": typeof types.NotificationPreferencesDocument,
    "mutation SetNotificationPreferenceInBusinessTime($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }": typeof types.SetNotificationPreferenceInBusinessTimeDocument,
    "mutation UpdateNotificationSettingsInBusinessTime($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWhenQuiet } }": typeof types.UpdateNotificationSettingsInBusinessTimeDocument,
    "mutation ScheduleSupervisionInBusinessTime($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionInBusinessTimeDocument,
    "query NotificationsInBusinessTime { notifications { items { id } } }": typeof types.NotificationsInBusinessTimeDocument,
    "mutation MarkNotificationReadInBusinessTime($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }": typeof types.MarkNotificationReadInBusinessTimeDocument,
    "mutation ChangePasswordInBusinessTime($i: ChangePasswordInput!) { changePassword(input: $i) }": typeof types.ChangePasswordInBusinessTimeDocument,
    "mutation SendPasswordResetInBusinessTime($id: ID!) { sendPasswordReset(personId: $id) }": typeof types.SendPasswordResetInBusinessTimeDocument,
    "query Notifications($i: NotificationsInput) { notifications(input: $i) { totalCount unreadCount items { id kind title link readAt } } }": typeof types.NotificationsDocument,
    "query UnreadNotificationCount { unreadNotificationCount }": typeof types.UnreadNotificationCountDocument,
    "mutation MarkNotificationRead($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }": typeof types.MarkNotificationReadDocument,
    "mutation MarkAllNotificationsRead { markAllNotificationsRead }": typeof types.MarkAllNotificationsReadDocument,
    "query NotificationSettingsInNotificationsInbox { notificationSettings { timeZone digestWeekday digestTime } }": typeof types.NotificationSettingsInNotificationsInboxDocument,
    "mutation UpdateNotificationSettingsInNotificationsInbox($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime } }": typeof types.UpdateNotificationSettingsInNotificationsInboxDocument,
    "mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionSessionIdDocument,
};
const documents: Documents = {
    "mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }": types.SetNotificationPreferenceDocument,
    "mutation LoginInNotificationSignIn($i: LoginInput!) { login(input: $i) { token } }": types.LoginInNotificationSignInDocument,
    "query NotificationPreferences { notificationPreferences { kind label channel } }": types.NotificationPreferencesDocument,
    "mutation SetNotificationPreferenceInBusinessTime($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }": types.SetNotificationPreferenceInBusinessTimeDocument,
    "mutation UpdateNotificationSettingsInBusinessTime($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWhenQuiet } }": types.UpdateNotificationSettingsInBusinessTimeDocument,
    "mutation ScheduleSupervisionInBusinessTime($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionInBusinessTimeDocument,
    "query NotificationsInBusinessTime { notifications { items { id } } }": types.NotificationsInBusinessTimeDocument,
    "mutation MarkNotificationReadInBusinessTime($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }": types.MarkNotificationReadInBusinessTimeDocument,
    "mutation ChangePasswordInBusinessTime($i: ChangePasswordInput!) { changePassword(input: $i) }": types.ChangePasswordInBusinessTimeDocument,
    "mutation SendPasswordResetInBusinessTime($id: ID!) { sendPasswordReset(personId: $id) }": types.SendPasswordResetInBusinessTimeDocument,
    "query Notifications($i: NotificationsInput) { notifications(input: $i) { totalCount unreadCount items { id kind title link readAt } } }": types.NotificationsDocument,
    "query UnreadNotificationCount { unreadNotificationCount }": types.UnreadNotificationCountDocument,
    "mutation MarkNotificationRead($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }": types.MarkNotificationReadDocument,
    "mutation MarkAllNotificationsRead { markAllNotificationsRead }": types.MarkAllNotificationsReadDocument,
    "query NotificationSettingsInNotificationsInbox { notificationSettings { timeZone digestWeekday digestTime } }": types.NotificationSettingsInNotificationsInboxDocument,
    "mutation UpdateNotificationSettingsInNotificationsInbox($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime } }": types.UpdateNotificationSettingsInNotificationsInboxDocument,
    "mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionSessionIdDocument,
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
export function graphql(source: "mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }"): (typeof documents)["mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInNotificationSignIn($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation LoginInNotificationSignIn($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationPreferences { notificationPreferences { kind label channel } }"): (typeof documents)["query NotificationPreferences { notificationPreferences { kind label channel } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetNotificationPreferenceInBusinessTime($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }"): (typeof documents)["mutation SetNotificationPreferenceInBusinessTime($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationSettingsInBusinessTime($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWhenQuiet } }"): (typeof documents)["mutation UpdateNotificationSettingsInBusinessTime($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWhenQuiet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInBusinessTime($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionInBusinessTime($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInBusinessTime { notifications { items { id } } }"): (typeof documents)["query NotificationsInBusinessTime { notifications { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationReadInBusinessTime($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }"): (typeof documents)["mutation MarkNotificationReadInBusinessTime($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePasswordInBusinessTime($i: ChangePasswordInput!) { changePassword(input: $i) }"): (typeof documents)["mutation ChangePasswordInBusinessTime($i: ChangePasswordInput!) { changePassword(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendPasswordResetInBusinessTime($id: ID!) { sendPasswordReset(personId: $id) }"): (typeof documents)["mutation SendPasswordResetInBusinessTime($id: ID!) { sendPasswordReset(personId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($i: NotificationsInput) { notifications(input: $i) { totalCount unreadCount items { id kind title link readAt } } }"): (typeof documents)["query Notifications($i: NotificationsInput) { notifications(input: $i) { totalCount unreadCount items { id kind title link readAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount { unreadNotificationCount }"): (typeof documents)["query UnreadNotificationCount { unreadNotificationCount }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationRead($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }"): (typeof documents)["mutation MarkNotificationRead($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllNotificationsRead { markAllNotificationsRead }"): (typeof documents)["mutation MarkAllNotificationsRead { markAllNotificationsRead }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationSettingsInNotificationsInbox { notificationSettings { timeZone digestWeekday digestTime } }"): (typeof documents)["query NotificationSettingsInNotificationsInbox { notificationSettings { timeZone digestWeekday digestTime } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationSettingsInNotificationsInbox($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime } }"): (typeof documents)["mutation UpdateNotificationSettingsInNotificationsInbox($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;