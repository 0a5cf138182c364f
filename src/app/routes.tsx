// The route table, shared by the browser router and the memory router in tests.
import type { RouteObject } from 'react-router';
import { routePatterns } from '@/config/paths';
import { AppShell } from './layout/AppShell';
import { DepartmentsRoute } from './routes/DepartmentsRoute';
import { IndicatorRoute } from './routes/IndicatorRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { OverviewRoute } from './routes/OverviewRoute';
import { RootError } from './routes/RootError';
import { ThrustRoute } from './routes/ThrustRoute';

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RootError />,
    children: [
      { path: routePatterns.overview, element: <OverviewRoute /> },
      { path: routePatterns.thrust, element: <ThrustRoute /> },
      { path: routePatterns.indicator, element: <IndicatorRoute /> },
      { path: routePatterns.departments, element: <DepartmentsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
