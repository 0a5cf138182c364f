// What the RouterProvider hands down, and the hooks that read it.
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Location } from './history';
import type { Params } from './match';
import type { NavigateOptions, Router } from './router';

export const RouterContext = createContext<{
  router: Router;
  location: Location;
  params: Params;
} | null>(null);
/** The matched child route, for the Outlet of the route rendering it. */
export const OutletContext = createContext<ReactNode>(null);
/** What the nearest route error boundary caught. */
export const RouteErrorContext = createContext<unknown>(undefined);

export function useRouter() {
  const value = useContext(RouterContext);
  if (!value) throw new Error('Router hooks need a <RouterProvider> above them');
  return value;
}

/** The location being shown (during a pending navigation, the one still on screen). */
export const useLocation = () => useRouter().location;

/** The decoded `:name` (and `*`) parameters of the matched route. */
export const useParams = (): Partial<Params> => useRouter().params;

/** A stable function: navigate(to, { replace, state }) or navigate(-1). */
export const useNavigate = () => useRouter().router.navigate;

export const useRouteError = () => useContext(RouteErrorContext);

type SearchInit = ConstructorParameters<typeof URLSearchParams>[0];

/**
 * The query string, and a setter that writes a new one on the current path. The params object
 * keeps its identity while the query string does not change; the setter always does.
 */
export function useSearchParams() {
  const { router, location } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = useCallback(
    (next: SearchInit | ((current: URLSearchParams) => SearchInit), options?: NavigateOptions) => {
      // The latest URL, not the rendered one: two quick changes must not undo each other.
      const { pathname, search } = router.state.location;
      const value = typeof next === 'function' ? next(new URLSearchParams(search)) : next;
      void router.navigate({ pathname, search: new URLSearchParams(value).toString() }, options);
    },
    [router],
  );
  return [params, setParams] as const;
}
