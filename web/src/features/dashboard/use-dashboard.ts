import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type {
  ChecklistFilterInput, CreateAnnotationInput, DriftFilterInput, DriftTeamSort, LanguageSeriesFilterInput, SupervisionComplianceFilterInput,
  UpdateAnnotationInput,
} from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  CreateAnnotationMutationDocument, DeleteAnnotationMutationDocument, DriftSupervisionQueryDocument,
  LanguageDensityQueryDocument, PersonDriftQueryDocument, SignalChecklistsQueryDocument, TeamDriftQueryDocument, TeamMembersQueryDocument,
  UpdateAnnotationMutationDocument,
} from './dashboard.graphql';
import { DriftOverviewQueryDocument } from './drift-overview.graphql';
import { OVERVIEW_METRICS, type OverviewMetric } from './drift-shaping';

export const driftKeys = {
  all: ['drift'] as const,
  overview: (filter: DriftFilterInput, list: TeamListOptions) => ['drift', 'overview', filter, list] as const,
  team: (teamId: string, filter: DriftFilterInput) => ['drift', 'team', teamId, filter] as const,
  person: (personId: string, filter: DriftFilterInput) => ['drift', 'person', personId, filter] as const,
  members: (teamId: string) => ['drift', 'members', teamId] as const,
  supervision: (filter: SupervisionComplianceFilterInput) => ['drift', 'supervision', filter] as const,
  language: (filter: LanguageSeriesFilterInput) => ['drift', 'language', filter] as const,
  checklists: (filter: ChecklistFilterInput) => ['drift', 'checklists', filter] as const,
};

/** Teams the dashboard asks for at a time (its cards and heat-map rows). */
export const TEAM_PAGE_SIZE = 24;

export interface TeamListOptions {
  search?: string;
  sort?: DriftTeamSort;
  /** The measure the small multiples draw: the only series the page asks for (MFI unless named). */
  measure?: OverviewMetric;
}

export const TEAM_SORTS: { value: DriftTeamSort; label: string }[] = [
  { value: 'CONCERN', label: 'Most concern first' },
  { value: 'NAME', label: 'Name (A–Z)' },
];

/**
 * The team list's search (`q`), order (`sort`) and measure (`metric`) in the URL; most concern first and the fidelity
 * index unless another known order or measure is named.
 */
export function teamListFrom(params: URLSearchParams): { search: string; sort: DriftTeamSort; measure: OverviewMetric } {
  const sort = params.get('sort');
  const metric = params.get('metric');
  return {
    search: params.get('q') ?? '',
    sort: TEAM_SORTS.find((x) => x.value === sort)?.value ?? 'CONCERN',
    measure: OVERVIEW_METRICS.find((m) => m.value === metric)?.value ?? 'MFI',
  };
}

/** The dashboard's first request, one definition for the page and for starting it early (usePrefetchDriftOverview). */
export function driftOverviewOptions(filter: DriftFilterInput, list: TeamListOptions = {}) {
  return infiniteQueryOptions({
    queryKey: driftKeys.overview(filter, list),
    queryFn: ({ pageParam }) =>
      request(DriftOverviewQueryDocument, {
        filter,
        page: { first: TEAM_PAGE_SIZE, after: pageParam, search: list.search || undefined, sort: list.sort },
        seriesMetrics: [list.measure ?? 'MFI'],
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.driftOverview.teams.pageInfo.hasNextPage ? last.driftOverview.teams.pageInfo.endCursor : null),
  });
}

/**
 * The first screen for the filter (key figures, where to look first, improving, program rollups) and the team list a
 * page at a time: `fetchNextPage` asks for the next page after the last cursor.
 */
export function useDriftOverview(filter: DriftFilterInput, list: TeamListOptions = {}) {
  return useInfiniteQuery({ ...driftOverviewOptions(filter, list), placeholderData: keepPreviousData });
}

/**
 * Asks for the dashboard's first screen as soon as the caller knows it will show (a manager's home), so the answer is
 * on its way while the dashboard's code loads instead of after it. Same key as the page's, so the page finds it.
 * Returns whether that answer is in (or failed), for what may wait for it.
 */
export function usePrefetchDriftOverview(filter: DriftFilterInput, list: TeamListOptions, enabled: boolean): boolean {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (enabled) void queryClient.prefetchInfiniteQuery(driftOverviewOptions(filter, list));
  }, [queryClient, filter, list, enabled]);
  // Watches the same query without asking for it.
  const { isPending } = useInfiniteQuery({ ...driftOverviewOptions(filter, list), enabled: false });
  return enabled && !isPending;
}

export function useTeamDrift(teamId: string | null, filter: DriftFilterInput) {
  return useQuery({
    queryKey: driftKeys.team(teamId ?? '', filter),
    queryFn: () => request(TeamDriftQueryDocument, { teamId: teamId!, filter }),
    enabled: Boolean(teamId),
    placeholderData: keepPreviousData,
  });
}

export function usePersonDrift(personId: string, filter: DriftFilterInput, enabled = true) {
  return useQuery({
    queryKey: driftKeys.person(personId, filter),
    queryFn: () => request(PersonDriftQueryDocument, { personId, filter }),
    enabled,
  });
}

export function useTeamMembers(teamId: string) {
  return useQuery({ queryKey: driftKeys.members(teamId), queryFn: () => request(TeamMembersQueryDocument, { id: teamId }), staleTime: 60_000 });
}

/** Supervision held vs required (the API's compliance figures for the same dates and program). */
export function useDriftSupervision(filter: SupervisionComplianceFilterInput, enabled = true) {
  return useQuery({
    queryKey: driftKeys.supervision(filter),
    queryFn: () => request(DriftSupervisionQueryDocument, { filter }),
    enabled,
    staleTime: 60_000,
  });
}

export function useLanguageDensity(filter: LanguageSeriesFilterInput, enabled = true) {
  return useQuery({
    queryKey: driftKeys.language(filter),
    queryFn: () => request(LanguageDensityQueryDocument, { filter }),
    enabled,
    staleTime: 60_000,
  });
}

export function useSignalChecklists(filter: ChecklistFilterInput, enabled: boolean) {
  return useQuery({
    queryKey: driftKeys.checklists(filter),
    queryFn: () => request(SignalChecklistsQueryDocument, { filter, page: { skip: 0, take: 10 } }),
    enabled,
  });
}

/** Annotation changes redraw every drift chart (they sit on team and person charts). */
export function useInvalidateDrift() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: driftKeys.all });
}

export function useCreateAnnotation() {
  const invalidate = useInvalidateDrift();
  return useMutation({ mutationFn: (input: CreateAnnotationInput) => request(CreateAnnotationMutationDocument, { input }), onSuccess: invalidate });
}

export function useUpdateAnnotation() {
  const invalidate = useInvalidateDrift();
  return useMutation({ mutationFn: (input: UpdateAnnotationInput) => request(UpdateAnnotationMutationDocument, { input }), onSuccess: invalidate });
}

export function useDeleteAnnotation() {
  const invalidate = useInvalidateDrift();
  return useMutation({ mutationFn: (annotationId: string) => request(DeleteAnnotationMutationDocument, { annotationId }), onSuccess: invalidate });
}
