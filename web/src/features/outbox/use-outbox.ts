import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutboxFilterInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { OutboxMessagesQueryDocument, OutboxSummaryQueryDocument, RetryOutboxMessageMutationDocument } from './outbox.graphql';

export const OUTBOX_PAGE_SIZE = 20;

export const outboxKeys = { all: ['outbox'] as const };

export function useOutboxMessages(filter: OutboxFilterInput, page: number) {
  return useQuery({
    queryKey: [...outboxKeys.all, filter, page],
    queryFn: () => request(OutboxMessagesQueryDocument, { filter, page: { skip: (page - 1) * OUTBOX_PAGE_SIZE, take: OUTBOX_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxSummary() {
  return useQuery({ queryKey: [...outboxKeys.all, 'summary'], queryFn: () => request(OutboxSummaryQueryDocument), select: (d) => d.outboxSummary });
}

/** "Retry now": the message goes back to the queue at once. */
export function useRetryOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request(RetryOutboxMessageMutationDocument, { input: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}
