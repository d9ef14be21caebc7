import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, createMemoryRouter, RouterProvider } from 'react-router-dom';
import { ToastProvider } from './components/ui/toast';
import { AppErrorBoundary } from './features/errors/error-boundary';
import { createAppQueryClient } from './lib/query-client';
import { PUBLIC_PATHS, routes } from './routes/routes';

type AppRouter = ReturnType<typeof createBrowserRouter>;

export interface TandemApp {
  router: AppRouter;
  queryClient: QueryClient;
}

/**
 * The router and query client, wired together: when the session ends mid-use the person is sent to sign in, then
 * brought back to where they were. Tests build the same app on an in-memory history.
 */
export function createTandemApp(options: { initialPath?: string } = {}): TandemApp {
  // The router is created below; the handler only runs later, on a failed request.
  const holder: { router?: AppRouter } = {};
  const queryClient = createAppQueryClient({
    onUnauthenticated: () => {
      const router = holder.router;
      if (!router) return;
      const { pathname, search } = router.state.location;
      if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) return;
      const next = `${pathname}${search}`;
      // Cached data is dropped when the next person signs in (useLogin), not here under the open page.
      void router.navigate(`/sign-in?reason=expired${next === '/' ? '' : `&next=${encodeURIComponent(next)}`}`, { replace: true });
    },
  });
  holder.router = options.initialPath !== undefined
    ? createMemoryRouter(routes, { initialEntries: [options.initialPath] })
    : createBrowserRouter(routes);
  return { router: holder.router, queryClient };
}

export function App({ app }: { app: TandemApp }) {
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={app.queryClient}>
        <ToastProvider>
          <RouterProvider router={app.router} />
        </ToastProvider>
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
