// The route table, shared by the browser router and the memory router in tests.
import type { RouteObject } from 'react-router';
import { routePatterns } from '@/config/paths';
import { AppShell } from './layout/AppShell';
import { BriefRoute } from './routes/BriefRoute';
import { DepartmentsRoute } from './routes/DepartmentsRoute';
import { IndicatorRoute } from './routes/IndicatorRoute';
import { ImportRoute } from './routes/ImportRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { OverviewRoute } from './routes/OverviewRoute';
import { RootError } from './routes/RootError';
import { ThrustRoute } from './routes/ThrustRoute';

export const routes: RouteObject[] = [
  // Full screen, outside the shell; loaded on demand so the desk views do not carry it.
  {
    path: routePatterns.present,
    errorElement: <RootError />,
    hydrateFallbackElement: <p role="status">…</p>,
    lazy: () => import('./routes/PresentRoute').then((m) => ({ Component: m.PresentRoute })),
  },
  // Printable, outside the shell: what is on screen, as an A4 brief.
  { path: routePatterns.brief, element: <BriefRoute />, errorElement: <RootError /> },
  {
    element: <AppShell />,
    errorElement: <RootError />,
    children: [
      { path: routePatterns.overview, element: <OverviewRoute /> },
      { path: routePatterns.thrust, element: <ThrustRoute /> },
      { path: routePatterns.indicator, element: <IndicatorRoute /> },
      { path: routePatterns.departments, element: <DepartmentsRoute /> },
      { path: routePatterns.importData, element: <ImportRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
