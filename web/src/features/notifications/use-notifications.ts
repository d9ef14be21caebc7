import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SetNotificationPreferenceInput, UpdateNotificationSettingsInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  MarkAllNotificationsReadMutationDocument,
  MarkNotificationReadMutationDocument,
  NotificationPreferencesQueryDocument,
  NotificationsQueryDocument,
  SetNotificationPreferenceMutationDocument,
  UnreadNotificationCountQueryDocument,
  UpdateNotificationSettingsMutationDocument,
} from './notifications.graphql';

export const INBOX_PAGE_SIZE = 20;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  inbox: (unreadOnly: boolean, page: number) => ['notifications', 'inbox', unreadOnly, page] as const,
  preferences: ['notification-preferences'] as const,
};

/** The bell's count; refreshed every minute and whenever the window regains focus. */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => request(UnreadNotificationCountQueryDocument),
    select: (d) => d.unreadNotificationCount,
    refetchInterval: 60_000,
  });
}

export function useNotifications(unreadOnly: boolean, page: number) {
  return useQuery({
    queryKey: notificationKeys.inbox(unreadOnly, page),
    queryFn: () =>
      request(NotificationsQueryDocument, { input: { unreadOnly, page: { skip: (page - 1) * INBOX_PAGE_SIZE, take: INBOX_PAGE_SIZE } } }),
    placeholderData: keepPreviousData,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request(MarkNotificationReadMutationDocument, { input: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(MarkAllNotificationsReadMutationDocument),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useNotificationPreferences() {
  return useQuery({ queryKey: notificationKeys.preferences, queryFn: () => request(NotificationPreferencesQueryDocument) });
}

export function useSetNotificationPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetNotificationPreferenceInput) => request(SetNotificationPreferenceMutationDocument, { input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preferences }),
  });
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateNotificationSettingsInput) => request(UpdateNotificationSettingsMutationDocument, { input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preferences }),
  });
}
