import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportRosterMutation } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { ImportRosterMutationDocument } from './roster.graphql';

export type RosterResult = ImportRosterMutation['importRoster'];
export type RosterRowResult = RosterResult['rows'][number];

/** A dry run: every row checked, nothing written. */
export function useRosterPreview() {
  return useMutation({
    mutationFn: async (csv: string) => ({ csv, result: (await request(ImportRosterMutationDocument, { input: { csv, dryRun: true } })).importRoster }),
  });
}

/** The real import: all rows or none. */
export function useRosterApply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (csv: string) => (await request(ImportRosterMutationDocument, { input: { csv, dryRun: false } })).importRoster,
    onSuccess: () =>
      Promise.all(['people', 'teams', 'home'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });
}
