import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OutboxFilterInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { OutboxMessagesQueryDocument } from './outbox.graphql';

export const OUTBOX_PAGE_SIZE = 20;

export const outboxKeys = { all: ['outbox'] as const };

export function useOutboxMessages(filter: OutboxFilterInput, page: number) {
  return useQuery({
    queryKey: [...outboxKeys.all, filter, page],
    queryFn: () => request(OutboxMessagesQueryDocument, { filter, page: { skip: (page - 1) * OUTBOX_PAGE_SIZE, take: OUTBOX_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}
