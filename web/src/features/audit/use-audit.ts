import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { AuditView } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { AuditEventsQueryDocument, AuditOptionsQueryDocument } from './audit.graphql';
import { MINUTE_MS } from '@tandem/shared';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  view: AuditView;
  personId: string | null;
  action: string | null;
  entity: string | null;
  from: string | null;
  to: string | null;
}

/** The filters as API input (empty ones left out). */
export function auditInput(f: AuditFilters) {
  return {
    view: f.view,
    ...(f.personId ? { personId: f.personId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
}

/** The CSV export of exactly the filtered rows (a plain link: the browser downloads it with the session cookie). */
export function auditCsvHref(f: AuditFilters): string {
  const params = new URLSearchParams(Object.entries(auditInput(f)).map(([k, v]) => [k, String(v)]));
  return `/reports/audit-log.csv?${params.toString()}`;
}

/** Newest first, in keyset pages; `fetchNextPage` appends older events. */
export function useAuditEvents(filters: AuditFilters) {
  const input = auditInput(filters);
  return useInfiniteQuery({
    queryKey: ['audit', input],
    queryFn: ({ pageParam }) => request(AuditEventsQueryDocument, { input: { ...input, first: AUDIT_PAGE_SIZE, ...(pageParam ? { after: pageParam } : {}) } }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.auditEvents.pageInfo.hasNextPage ? last.auditEvents.pageInfo.endCursor : null),
    placeholderData: keepPreviousData,
  });
}

export function useAuditOptions() {
  return useQuery({ queryKey: ['audit', 'options'], queryFn: () => request(AuditOptionsQueryDocument), staleTime: 5 * MINUTE_MS });
}
