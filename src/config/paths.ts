// Routes in one table: the router's patterns, and the link builders derived from them, so a link
// and its route cannot drift apart.
export const routePatterns = {
  overview: '/',
  thrust: '/thrusts/:thrustId',
  indicator: '/indicators/:indicatorId',
  departments: '/departments',
  importData: '/import',
  brief: '/brief',
  present: '/present',
  signIn: '/sign-in',
  adminUsers: '/admin/users',
  adminScreens: '/admin/screens',
  adminWebhooks: '/admin/webhooks',
  inbox: '/inbox',
  pair: '/pair',
} as const;

type Pattern = (typeof routePatterns)[keyof typeof routePatterns];
/** The `:name` segments of a pattern. */
type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** A pattern with each `:name` filled in, encoded as a path segment. */
export function pathTo<P extends Pattern>(pattern: P, params: Record<ParamsOf<P>, string>): string {
  let path: string = pattern;
  for (const [name, value] of Object.entries<string>(params)) {
    path = path.replace(`:${name}`, encodeURIComponent(value));
  }
  return path;
}

export const paths = {
  overview: routePatterns.overview,
  thrust: (thrustId: string) => pathTo(routePatterns.thrust, { thrustId }),
  indicator: (indicatorId: string) => pathTo(routePatterns.indicator, { indicatorId }),
  departments: routePatterns.departments,
  importData: routePatterns.importData,
  /** The printable brief takes the view's filters as its query string. */
  brief: (search = '') => `${routePatterns.brief}${search}`,
  present: routePatterns.present,
  /** `next`: where to return after signing in (a path of this app). */
  signIn: (next?: string) =>
    next
      ? `${routePatterns.signIn}?${new URLSearchParams({ next }).toString()}`
      : routePatterns.signIn,
  adminUsers: routePatterns.adminUsers,
  adminScreens: routePatterns.adminScreens,
  adminWebhooks: routePatterns.adminWebhooks,
  inbox: routePatterns.inbox,
  pair: routePatterns.pair,
} as const;

/**
 * A `?next=` target that is safe to go to: a path of this app (`/…`; not `//host`, `/\\host`, a
 * scheme or white space), else the overview; never the sign-in page itself.
 */
export function safeNext(next: string | null): string {
  const ok =
    next !== null && /^\/(?!\/)[^\\\s]*$/.test(next) && !next.startsWith(routePatterns.signIn);
  return ok ? next : routePatterns.overview;
}

/** The thrust whose page `pathname` is, as written in the path (upper-cased), or null. */
export function thrustOfPath(pathname: string): string | null {
  const match = /^\/thrusts\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]).toUpperCase() : null;
}

/**
 * Whether the view at `pathname` is one the filter bar filters: the overview, a thrust's page and
 * the departments. Elsewhere (an indicator, the import, the admin pages, the inbox) it would
 * change the URL and nothing on the page.
 */
export function isFilteredView(pathname: string): boolean {
  return (
    pathname === routePatterns.overview ||
    /^\/departments\/?$/.test(pathname) ||
    thrustOfPath(pathname) !== null
  );
}

/**
 * The views whose first screen has the commitments table: a thrust's page. The overview's table is
 * below its first screen and follows a render later (CommitmentsPanel's `deferred`).
 */
export function showsCommitments(pathname: string): boolean {
  return thrustOfPath(pathname) !== null;
}
