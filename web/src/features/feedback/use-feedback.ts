import { useMutation, useQuery } from '@tanstack/react-query';
import type { PersonServedAnswersInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { PersonServedFormQueryDocument, SubmitPersonServedFeedbackMutationDocument } from './feedback.graphql';

/** The short form behind a one-time link (no session: never redirects to sign-in). */
export function usePersonServedForm(token: string) {
  return useQuery({
    queryKey: ['feedback', token],
    queryFn: async () => (await request(PersonServedFormQueryDocument, { token })).personServedForm,
    meta: { authRedirect: false },
    staleTime: Infinity,
  });
}

export function useSubmitPersonServedFeedback() {
  return useMutation({
    mutationFn: async (input: PersonServedAnswersInput) => (await request(SubmitPersonServedFeedbackMutationDocument, { input })).submitPersonServedFeedback,
    meta: { authRedirect: false },
  });
}
