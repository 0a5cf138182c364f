// Route paths and link builders, so a link and its route cannot drift apart.
export const paths = {
  overview: '/',
  thrust: (id: string) => `/thrusts/${encodeURIComponent(id)}`,
  indicator: (id: string) => `/indicators/${encodeURIComponent(id)}`,
  departments: '/departments',
  importData: '/import',
  /** The printable brief takes the view's filters as its query string. */
  brief: (search = '') => `/brief${search}`,
  present: '/present',
} as const;

export const routePatterns = {
  overview: '/',
  thrust: '/thrusts/:thrustId',
  indicator: '/indicators/:indicatorId',
  departments: '/departments',
  importData: '/import',
  brief: '/brief',
  present: '/present',
} as const;

/** The thrust whose page `pathname` is, as written in the path (upper-cased), or null. */
export function thrustOfPath(pathname: string): string | null {
  const match = /^\/thrusts\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]).toUpperCase() : null;
}
