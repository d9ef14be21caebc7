import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, UpdateProfileInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { ChangePasswordMutationDocument, UpdateMyProfileMutationDocument } from './profile.graphql';

export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => request(UpdateMyProfileMutationDocument, { input }),
    onSuccess: () =>
      Promise.all(['me', 'people', 'home', 'teams'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (input: ChangePasswordInput) => request(ChangePasswordMutationDocument, { input }) });
}
