// Route paths and link builders, so a link and its route cannot drift apart.
export const paths = {
  overview: '/',
  thrust: (id: string) => `/thrusts/${encodeURIComponent(id)}`,
  indicator: (id: string) => `/indicators/${encodeURIComponent(id)}`,
  departments: '/departments',
} as const;

export const routePatterns = {
  overview: '/',
  thrust: '/thrusts/:thrustId',
  indicator: '/indicators/:indicatorId',
  departments: '/departments',
} as const;
