import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateOrganizationInput } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { OrganizationQueryDocument, UpdateOrganizationMutationDocument } from './settings.graphql';

export function useOrganization() {
  return useQuery({ queryKey: ['organization'], queryFn: () => request(OrganizationQueryDocument) });
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOrganizationInput) => request(UpdateOrganizationMutationDocument, { input }),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['organization'] }), queryClient.invalidateQueries({ queryKey: ['me'] })]),
  });
}
