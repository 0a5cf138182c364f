// Renders the real app (providers, routes) in a memory router, talking to MSW like the browser does.
import { render } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from '@/lib/router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { ChartSizeContext } from '@/components/charts/ChartFrame';
import { createQueryClient } from '@/lib/query-client';

export function renderApp(
  path = '/',
  options: { retries?: boolean; queryClient?: QueryClient } = {},
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = options.queryClient ?? createQueryClient();
  // Tests should see a failure at once rather than wait out the backoff; a test of the retry
  // policy keeps the policy and only drops the waits between attempts.
  queryClient.setDefaultOptions({
    queries: {
      ...queryClient.getDefaultOptions().queries,
      ...(options.retries ? { retryDelay: 1 } : { retry: false }),
    },
  });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <ChartSizeContext.Provider value={{ width: 800, height: 320 }}>
        <RouterProvider router={router} />
      </ChartSizeContext.Provider>
    </AppProvider>,
  );
  return { ...view, router, user, queryClient };
}

/** The URL the memory router is at, as the address bar would show it. */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  const { pathname, search } = router.state.location;
  return `${pathname}${search}`;
}
