import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '../../components/ui/toast';
import { request } from '../../lib/graphql-client';
import type { ActionValues } from './action-dialog';
import { CreateActionMutationDocument } from '../actions/actions.graphql';
import type { DriftSignal } from './drift-shaping';
import { driftKeys } from './use-dashboard';

/**
 * Creating an action straight from a drift signal (`createAction`, for the team or one person). The union type keeps the page honest: if
 * the capability is ever switched off, the page shows the supervision route instead of a dead button.
 */
export type ActionFromSignal =
  | { available: false }
  | {
    available: true;
    pending: boolean;
    error: unknown;
    create: (signal: DriftSignal, values: ActionValues, onDone: () => void) => void;
    reset: () => void;
  };

const CREATED: Record<ActionValues['scope'], string> = {
  TEAM: 'Action created for the team: it is on the Actions page and marked on the chart',
  CASELOAD: 'Action created for the caseload: it is on the Actions page and marked on the chart',
  PERSON: 'Action created: it is on the supervision agenda and marked on the chart',
};

export function useActionFromSignal(teamId: string): ActionFromSignal {
  const queryClient = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: ({ signal, values }: { signal: DriftSignal; values: ActionValues }) =>
      request(CreateActionMutationDocument, {
        input: {
          scope: values.scope,
          teamId,
          signalId: signal.id,
          signalDirection: signal.direction,
          description: values.description,
          ...(values.scope === 'PERSON' ? { superviseeId: values.superviseeId } : {}),
          ...(values.scope === 'CASELOAD' ? { supervisorId: values.supervisorId } : {}),
          ownerId: values.ownerId,
          dueOn: values.dueOn,
        },
      }),
    // The marker shows on the team's charts; the action lands on agendas and home pages.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: driftKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
        queryClient.invalidateQueries({ queryKey: ['supervision'] }),
        queryClient.invalidateQueries({ queryKey: ['actions'] }),
      ]),
  });
  return {
    available: true,
    pending: mutation.isPending,
    error: mutation.error,
    reset: mutation.reset,
    create: (signal, values, onDone) =>
      mutation.mutate(
        { signal, values },
        {
          onSuccess: () => {
            toast.show(CREATED[values.scope]);
            onDone();
          },
        },
      ),
  };
}
