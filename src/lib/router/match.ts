// The route table and which of its branches a pathname selects.
import type { ComponentType, ReactNode } from 'react';

export interface RouteObject {
  /** Static segments, `:name` segments and a trailing `*`; none for a layout route. */
  path?: string;
  /** What the route shows; a route with neither this nor `lazy` shows its child (an Outlet). */
  element?: ReactNode;
  /** Loads the view on first visit; while it loads the current view stays. */
  lazy?: () => Promise<{ Component: ComponentType }>;
  /** Shown instead of this route and its children when they throw. */
  errorElement?: ReactNode;
  /** Shown on the first load while a lazy view below this route loads. */
  hydrateFallbackElement?: ReactNode;
  children?: RouteObject[];
}

export type Params = Record<string, string>;

export interface Branch {
  /** Outermost route first. */
  routes: RouteObject[];
  segments: string[];
}

export interface Match {
  routes: RouteObject[];
  params: Params;
}

const split = (path: string) => path.split('/').filter(Boolean);

// A static segment beats a parameter, which beats the catch-all; deeper paths beat shallower.
const score = (segments: string[]) =>
  segments.reduce(
    (s, seg) => s + (seg === '*' ? -2 : seg.startsWith(':') ? 3 : 10),
    segments.length,
  );

/** Every route that can be matched, with the layouts around it, best first (table order on ties). */
export function rankRoutes(routes: RouteObject[]): Branch[] {
  const branches: Branch[] = [];
  const walk = (list: RouteObject[], parents: RouteObject[], base: string[]) => {
    for (const route of list) {
      const chain = [...parents, route];
      const { path } = route;
      const segments =
        path === undefined ? base : path.startsWith('/') ? split(path) : [...base, ...split(path)];
      if (route.children) walk(route.children, chain, segments);
      if (path !== undefined) branches.push({ routes: chain, segments });
    }
  };
  walk(routes, [], []);
  // sort is stable: equal scores keep the table's order
  return branches.sort((a, b) => score(b.segments) - score(a.segments));
}

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/** Case-insensitive, like the address bar users type into; trailing slashes do not matter. */
export function matchBranch(branch: Branch, pathname: string): Params | null {
  const parts = split(pathname);
  const params: Params = {};
  for (const [i, seg] of branch.segments.entries()) {
    if (seg === '*') {
      params['*'] = parts.slice(i).map(decode).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (seg.startsWith(':')) params[seg.slice(1)] = decode(part);
    else if (seg.toLowerCase() !== decode(part).toLowerCase()) return null;
  }
  return parts.length === branch.segments.length ? params : null;
}

export function matchRoutes(branches: Branch[], pathname: string): Match | null {
  for (const branch of branches) {
    const params = matchBranch(branch, pathname);
    if (params) return { routes: branch.routes, params };
  }
  return null;
}
