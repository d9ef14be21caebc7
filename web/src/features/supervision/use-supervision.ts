import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CancelSupervisionOccurrenceInput, EndSupervisionSeriesInput, MarkSupervisionOccurrenceInput, MoveSupervisionOccurrenceInput,
  ScheduleSupervisionInput, SupervisionOccurrenceFieldsFragment, SupervisionSessionsFilterInput,
} from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import {
  CalendarFeedQueryDocument, CancelSupervisionOccurrenceMutationDocument, CreateCalendarFeedMutationDocument, EndSupervisionSeriesMutationDocument,
  MarkSupervisionOccurrenceMutationDocument, MoveSupervisionOccurrenceMutationDocument, RevokeCalendarFeedMutationDocument,
  ScheduleSupervisionMutationDocument, SupervisionOccurrenceQueryDocument, SupervisionOccurrencesQueryDocument, SupervisionPeopleQueryDocument, SupervisionSupervisorsQueryDocument,
} from './supervision.graphql';

export type Occurrence = SupervisionOccurrenceFieldsFragment;

export const supervisionKeys = {
  all: ['supervision'] as const,
  occurrences: (filter: SupervisionSessionsFilterInput) => ['supervision', 'occurrences', filter] as const,
  occurrence: (id: string) => ['supervision', 'occurrence', id] as const,
  people: ['supervision', 'people'] as const,
  supervisors: ['supervision', 'supervisors'] as const,
  feed: ['supervision', 'feed'] as const,
  note: (id: string) => ['supervision', 'note', id] as const,
  agenda: (superviseeId: string) => ['supervision', 'agenda', superviseeId] as const,
  driftCodes: ['supervision', 'drift-codes'] as const,
  reflect: (text: string) => ['supervision', 'reflect', text] as const,
  compliance: (filter: object) => ['supervision', 'compliance', filter] as const,
  programs: ['supervision', 'programs'] as const,
  policy: (programId: string) => ['supervision', 'policy', programId] as const,
  lexicon: ['supervision', 'lexicon'] as const,
};

/** Occurrences in a range (the calendar). */
export function useOccurrences(filter: SupervisionSessionsFilterInput) {
  return useQuery({
    queryKey: supervisionKeys.occurrences(filter),
    queryFn: () => request(SupervisionOccurrencesQueryDocument, { filter }).then((d) => d.supervisionSessions),
    placeholderData: keepPreviousData,
  });
}

/** "<sessionId>_20260303T150000Z" → the original start instant; null when the id has another shape. */
export function originalStartOf(occurrenceId: string): Date | null {
  const m = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(occurrenceId);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** One occurrence by id, wherever it was moved to. */
async function fetchOccurrence(id: string): Promise<Occurrence> {
  return (await request(SupervisionOccurrenceQueryDocument, { id })).supervisionOccurrence as Occurrence;
}

export function useOccurrence(id: string) {
  return useQuery({ queryKey: supervisionKeys.occurrence(id), queryFn: () => fetchOccurrence(id) });
}

/** The viewer's current supervisees (supervisors). */
export function useSupervisionPeople(enabled = true) {
  return useQuery({ queryKey: supervisionKeys.people, queryFn: () => request(SupervisionPeopleQueryDocument), enabled, staleTime: 60_000 });
}

/** Supervisors with their supervisees (admins schedule for anyone). */
export function useSupervisors(enabled = true) {
  return useQuery({
    queryKey: supervisionKeys.supervisors,
    queryFn: () => request(SupervisionSupervisorsQueryDocument).then((d) => d.people.items),
    enabled,
    staleTime: 60_000,
  });
}

/** Supervision changes reach the calendar, session pages, agendas, compliance and the home cards. */
export function invalidateSupervision(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: supervisionKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['home'] }),
  ]);
}

function useSupervisionMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidateSupervision(queryClient) });
}

export function useScheduleSupervision() {
  return useSupervisionMutation((input: ScheduleSupervisionInput) =>
    request(ScheduleSupervisionMutationDocument, { input }).then((d) => d.scheduleSupervision));
}

export function useCancelOccurrence() {
  return useSupervisionMutation((input: CancelSupervisionOccurrenceInput) =>
    request(CancelSupervisionOccurrenceMutationDocument, { input }).then((d) => d.cancelSupervisionOccurrence));
}

export function useMoveOccurrence() {
  return useSupervisionMutation((input: MoveSupervisionOccurrenceInput) =>
    request(MoveSupervisionOccurrenceMutationDocument, { input }).then((d) => d.moveSupervisionOccurrence));
}

export function useMarkOccurrence() {
  return useSupervisionMutation((input: MarkSupervisionOccurrenceInput) =>
    request(MarkSupervisionOccurrenceMutationDocument, { input }).then((d) => d.markSupervisionOccurrence));
}

export function useEndSeries() {
  return useSupervisionMutation((input: EndSupervisionSeriesInput) =>
    request(EndSupervisionSeriesMutationDocument, { input }).then((d) => d.endSupervisionSeries));
}

/** Whether the viewer has a live private feed, and since when (its address is shown only once, when made). */
export function useCalendarFeed() {
  return useQuery({
    queryKey: supervisionKeys.feed,
    queryFn: () => request(CalendarFeedQueryDocument).then((d) => d.calendarFeed),
  });
}

/** Makes a new feed address (replacing the current one) and returns it: the only time it can be shown. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(CreateCalendarFeedMutationDocument).then((d) => d.createCalendarFeed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supervisionKeys.feed }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(RevokeCalendarFeedMutationDocument),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supervisionKeys.feed }),
  });
}
