import { graphql } from '../../gql';

export const UnreadNotificationCountQueryDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQueryDocument = graphql(`
  query Notifications($input: NotificationsInput) {
    notifications(input: $input) {
      totalCount
      unreadCount
      items {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
`);

export const MarkNotificationReadMutationDocument = graphql(`
  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutationDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesQueryDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      channel
      label
    }
    notificationSettings {
      timeZone
      digestWeekday
      digestTime
      digestWhenQuiet
    }
  }
`);

export const SetNotificationPreferenceMutationDocument = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      kind
      channel
      label
    }
  }
`);

export const UpdateNotificationSettingsMutationDocument = graphql(`
  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      timeZone
      digestWeekday
      digestTime
      digestWhenQuiet
    }
  }
`);
