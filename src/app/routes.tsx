// The route table, shared by the browser router and the memory router in tests.
import type { ComponentType } from 'react';
import type { RouteObject } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { Skeleton } from '@/components/ui/Panel';
import { routePatterns } from '@/config/paths';
import { AppShell } from './layout/AppShell';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { OverviewRoute } from './routes/OverviewRoute';
import { RootError } from './routes/RootError';

/** While a view's code loads on its first visit: a placeholder that says what it is waiting for. */
function ViewLoading() {
  const { t } = useTranslation();
  return <Skeleton label={t('app.loading')} />;
}

// The overview is the first screen and ships in the main bundle; every other view, and the chart
// library, CSV parser and presentation mode they use, load when first visited.
const lazyRoute =
  <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  () =>
    load().then((m) => ({ Component: m[name] }));

export const routes: RouteObject[] = [
  // Full screen, outside the shell; loaded on demand so the desk views do not carry it.
  {
    path: routePatterns.present,
    errorElement: <RootError />,
    hydrateFallbackElement: <ViewLoading />,
    lazy: lazyRoute(() => import('./routes/PresentRoute'), 'PresentRoute'),
  },
  // Printable, outside the shell: what is on screen, as an A4 brief.
  {
    path: routePatterns.brief,
    errorElement: <RootError />,
    hydrateFallbackElement: <ViewLoading />,
    lazy: lazyRoute(() => import('./routes/BriefRoute'), 'BriefRoute'),
  },
  // Full page, outside the shell: where reading needs a sign-in, the shell's data cannot load yet.
  {
    path: routePatterns.signIn,
    errorElement: <RootError />,
    hydrateFallbackElement: <ViewLoading />,
    lazy: lazyRoute(() => import('./routes/SignInRoute'), 'SignInRoute'),
  },
  // A wall screen's first visit, on its way to the show.
  {
    path: routePatterns.pair,
    errorElement: <RootError />,
    hydrateFallbackElement: <ViewLoading />,
    lazy: lazyRoute(() => import('./routes/PairRoute'), 'PairRoute'),
  },
  {
    element: <AppShell />,
    errorElement: <RootError />,
    hydrateFallbackElement: <ViewLoading />,
    children: [
      { path: routePatterns.overview, element: <OverviewRoute /> },
      {
        path: routePatterns.thrust,
        lazy: lazyRoute(() => import('./routes/ThrustRoute'), 'ThrustRoute'),
      },
      {
        path: routePatterns.indicator,
        lazy: lazyRoute(() => import('./routes/IndicatorRoute'), 'IndicatorRoute'),
      },
      {
        path: routePatterns.departments,
        lazy: lazyRoute(() => import('./routes/DepartmentsRoute'), 'DepartmentsRoute'),
      },
      {
        path: routePatterns.importData,
        lazy: lazyRoute(() => import('./routes/ImportRoute'), 'ImportRoute'),
      },
      {
        path: routePatterns.adminUsers,
        lazy: lazyRoute(() => import('./routes/AdminUsersRoute'), 'AdminUsersRoute'),
      },
      {
        path: routePatterns.adminScreens,
        lazy: lazyRoute(() => import('./routes/AdminScreensRoute'), 'AdminScreensRoute'),
      },
      {
        path: routePatterns.adminWebhooks,
        lazy: lazyRoute(() => import('./routes/AdminWebhooksRoute'), 'AdminWebhooksRoute'),
      },
      {
        path: routePatterns.inbox,
        lazy: lazyRoute(() => import('./routes/InboxRoute'), 'InboxRoute'),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
