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
  /**
   * Loads the code of the lazy routes the current location matches; they then render at once,
   * without a fallback first: for a first render that must match markup already on the page.
   */
  readonly ready: () => Promise<void>;
  /** @internal the ranked table */
  readonly branches: Branch[];
  /** @internal the component a lazy route renders (the same one every time it is asked) */
  readonly viewFor: (route: RouteObject) => ComponentType | undefined;
}

export function createRouter(routes: RouteObject[], history: History): Router {
  const listeners = new Set<(location: Location) => void>();
  /** Starts (once) loading a lazy route's view; settles when it can render. */
  const loaders = new Map<RouteObject, () => Promise<{ default: ComponentType }>>();
  const loaded = new Map<RouteObject, ComponentType>();
  /**
   * What each lazy route renders, fixed the first time it is asked (a component that changed
   * type would remount its view): the view itself when its code is already in, else a lazy one.
   */
  const views = new Map<RouteObject, ComponentType>();
  const collect = (list: RouteObject[]) =>
    list.forEach((route) => {
      const { lazy: load } = route;
      if (load) {
        let chunk: Promise<{ default: ComponentType }> | undefined;
        const get = () =>
          (chunk ??= load().then((m) => {
            loaded.set(route, m.Component);
            return { default: m.Component };
          }));
        loaders.set(route, get);
      }
      if (route.children) collect(route.children);
    });
  collect(routes);
  const viewFor = (route: RouteObject) => {
    let view = views.get(route);
    const load = loaders.get(route);
    if (!view && load) {
      view = loaded.get(route) ?? lazy(load);
      views.set(route, view);
    }
    return view;
  };
  const matchedLoads = (pathname: string) =>
    (matchRoutes(branches, pathname)?.routes ?? []).flatMap((r) => {
      const load = loaders.get(r);
      return load && !loaded.has(r) ? [load()] : [];
    });
  const branches = rankRoutes(routes);
  // Only the latest navigation lands; back/forward cancel one still loading.
  let latest = 0;

  const router = {
    routes,
    branches,
    viewFor,
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
      const loading = matchedLoads(path.pathname);
      if (!loading.length) {
        commit();
        return Promise.resolve();
      }
      return Promise.all(loading).then(commit, commit);
    },
    ready: () => Promise.all(matchedLoads(router.state.location.pathname)).then(() => undefined),
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
