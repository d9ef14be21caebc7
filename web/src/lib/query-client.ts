import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, isClientError } from './graphql-client';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { authRedirect?: boolean };
    mutationMeta: { authRedirect?: boolean };
  }
}

export interface AppQueryClientOptions {
  /** Called when a request finds the session missing or expired (not for sign-in forms, which show the error). */
  onUnauthenticated: () => void;
}

/**
 * The app's query client: server state only. Errors the person must act on (4xx-type codes) are not retried; an
 * expired session sends the person to sign in.
 */
export function createAppQueryClient({ onUnauthenticated }: AppQueryClientOptions): QueryClient {
  const handle = (error: unknown, authRedirect: boolean | undefined) => {
    if (authRedirect !== false && isApiError(error, 'UNAUTHENTICATED')) onUnauthenticated();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handle(error, query.meta?.authRedirect) }),
    mutationCache: new MutationCache({ onError: (error, _v, _c, mutation) => handle(error, mutation.meta?.authRedirect) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
