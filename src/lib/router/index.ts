// A small router for this app: browser or in-memory history, nested and lazy routes, links.
export { createBrowserRouter, createMemoryRouter, type Router } from './router';
export type { RouteObject } from './match';
export type { Location, To } from './history';
export { useLocation, useNavigate, useParams, useRouteError, useSearchParams } from './context';
export { Outlet, RouterProvider } from './provider';
export { Link, NavLink } from './link';
