// The router: a route table over a history. It keeps the current location and tells the
// RouterProvider when it changes.
import { lazy, type ComponentType } from 'react';
import {
  createBrowserHistory,
  createMemoryHistory,
  resolve,
  type History,
  type Location,
  type To,
} from './history';
import { matchRoutes, rankRoutes, type Branch, type RouteObject } from './match';

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

export type Navigate = (to: To | number, options?: NavigateOptions) => Promise<void>;

export interface Router {
  readonly routes: RouteObject[];
  readonly state: { readonly location: Location };
  /** Goes to `to`, or moves through the history by a number of entries (-1 is back). */
  readonly navigate: Navigate;
  readonly subscribe: (listener: (location: Location) => void) => () => void;
  /** @internal the ranked table, and the component each lazy route loads */
  readonly branches: Branch[];
  /** @internal */
  readonly views: Map<RouteObject, ComponentType>;
}

export function createRouter(routes: RouteObject[], history: History): Router {
  const listeners = new Set<(location: Location) => void>();
  const views = new Map<RouteObject, ComponentType>();
  /** Starts (once) loading a lazy route's view; settles when it can render. */
  const loaders = new Map<RouteObject, () => Promise<unknown>>();
  const loaded = new Set<RouteObject>();
  const collect = (list: RouteObject[]) =>
    list.forEach((route) => {
      const { lazy: load } = route;
      if (load) {
        let chunk: Promise<{ default: ComponentType }> | undefined;
        const get = () =>
          (chunk ??= load().then((m) => {
            loaded.add(route);
            return { default: m.Component };
          }));
        loaders.set(route, get);
        views.set(route, lazy(get));
      }
      if (route.children) collect(route.children);
    });
  collect(routes);
  const branches = rankRoutes(routes);
  // Only the latest navigation lands; back/forward cancel one still loading.
  let latest = 0;

  const router = {
    routes,
    branches,
    views,
    state: { location: history.location },
    navigate: (to: To | number, options: NavigateOptions = {}) => {
      if (typeof to === 'number') {
        history.go(to);
        return Promise.resolve();
      }
      const path = resolve(to, router.state.location);
      const id = (latest += 1);
      const commit = () => {
        if (id !== latest) return;
        history.write(path, options.state ?? null, !!options.replace);
        changed();
      };
      // As with a page load, the address changes when the new view can show: its code comes
      // first. A failed load still lands, so the route's errorElement can say so.
      const loading = (matchRoutes(branches, path.pathname)?.routes ?? []).flatMap((r) => {
        const load = loaders.get(r);
        return load && !loaded.has(r) ? [load()] : [];
      });
      if (!loading.length) {
        commit();
        return Promise.resolve();
      }
      return Promise.all(loading).then(commit, commit);
    },
    subscribe: (listener: (location: Location) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  const changed = () => {
    router.state = { location: history.location };
    listeners.forEach((l) => l(router.state.location));
  };
  history.listen(() => {
    latest += 1;
    changed();
  });
  return router;
}

export const createBrowserRouter = (routes: RouteObject[]) =>
  createRouter(routes, createBrowserHistory());

export const createMemoryRouter = (
  routes: RouteObject[],
  { initialEntries, initialIndex }: { initialEntries?: string[]; initialIndex?: number } = {},
) => createRouter(routes, createMemoryHistory(initialEntries, initialIndex));
