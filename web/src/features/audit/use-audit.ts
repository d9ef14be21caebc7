import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditFilterInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { AuditEventsQueryDocument } from './audit.graphql';

export const AUDIT_PAGE_SIZE = 50;

export function useAuditEvents(filter: AuditFilterInput, page: number) {
  return useQuery({
    queryKey: ['audit', filter, page],
    queryFn: () => request(AuditEventsQueryDocument, { filter, page: { skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}
