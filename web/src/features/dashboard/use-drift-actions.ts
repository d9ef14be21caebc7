import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '../../components/ui/toast';
import { request } from '../../lib/graphql-client';
import type { ActionValues } from './action-dialog';
import { CreateDriftActionMutationDocument } from './dashboard.graphql';
import type { DriftSignal } from './drift-shaping';
import { driftKeys } from './use-dashboard';

/**
 * Creating an action straight from a drift signal (`createDriftAction`). The union type keeps the page honest: if
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

export function useActionFromSignal(teamId: string): ActionFromSignal {
  const queryClient = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: ({ signal, values }: { signal: DriftSignal; values: ActionValues }) =>
      request(CreateDriftActionMutationDocument, {
        input: {
          teamId,
          signalId: signal.id,
          description: values.description,
          superviseeId: values.superviseeId,
          ownerId: values.ownerId,
          dueOn: values.dueOn,
          dimensionCode: values.dimension || undefined,
        },
      }),
    // The marker shows on the team's charts; the action lands on agendas and home pages.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: driftKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
        queryClient.invalidateQueries({ queryKey: ['supervision'] }),
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
            toast.show('Action created: it is on the supervision agenda and marked on the chart');
            onDone();
          },
        },
      ),
  };
}
