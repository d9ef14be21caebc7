import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionItemStatus, ActionScope } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { ActionsPageQueryDocument, SetActionStatusMutationDocument } from './actions.graphql';

export const ACTIONS_PAGE_SIZE = 25;

export interface ActionFilters {
  status: ActionItemStatus | null;
  scope: ActionScope | null;
  teamId: string | null;
  ownerId: string | null;
  overdue: boolean;
  actionId: string | null;
}

/** The filters as API input (empty ones left out). */
export function actionsInput(f: ActionFilters) {
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.scope ? { scope: f.scope } : {}),
    ...(f.teamId ? { teamId: f.teamId } : {}),
    ...(f.ownerId ? { ownerId: f.ownerId } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.actionId ? { actionId: f.actionId } : {}),
  };
}

/** The CSV of exactly the filtered actions (a plain link: the browser downloads it with the session cookie). */
export function actionsCsvHref(f: ActionFilters): string {
  const { actionId: _one, ...rest } = actionsInput(f);
  void _one;
  const params = new URLSearchParams(Object.entries(rest).map(([k, v]) => [k, String(v)]));
  const query = params.toString();
  return `/reports/actions.csv${query ? `?${query}` : ''}`;
}

export function useActionsPage(filters: ActionFilters, page: number) {
  const input = { ...actionsInput(filters), offset: (page - 1) * ACTIONS_PAGE_SIZE, limit: ACTIONS_PAGE_SIZE };
  return useQuery({ queryKey: ['actions', input], queryFn: () => request(ActionsPageQueryDocument, { input }), placeholderData: keepPreviousData });
}

export function useSetActionStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { actionItemId: string; status: ActionItemStatus }) => request(SetActionStatusMutationDocument, { input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['actions'] }),
        queryClient.invalidateQueries({ queryKey: ['drift'] }),
        queryClient.invalidateQueries({ queryKey: ['supervision'] }),
      ]),
  });
}
