// Renders the route the location matches, nested layouts around it. Location changes are
// transitions, so the current view stays on screen while a lazy view loads (back/forward to a view
// not loaded yet; the router itself loads the code before it commits an in-app navigation).
import {
  Component,
  createElement,
  startTransition,
  Suspense,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { OutletContext, RouteErrorContext, RouterContext } from './context';
import type { Location } from './history';
import { matchRoutes } from './match';
import type { Router } from './router';

/** Where a layout route shows its matched child. */
export function Outlet() {
  return useContext(OutletContext);
}

interface BoundaryProps {
  location: Location;
  fallback: ReactNode;
  children: ReactNode;
}
interface BoundaryState {
  caught: { error: unknown } | null;
  location: Location;
}

/** A route's errorElement, shown when the route (or a view it loads) throws; a navigation resets it. */
class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { caught: null, location: this.props.location };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { caught: { error } };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.location === state.location ? null : { caught: null, location: props.location };
  }

  override render() {
    const { caught } = this.state;
    return caught ? (
      <RouteErrorContext value={caught.error}>{this.props.fallback}</RouteErrorContext>
    ) : (
      this.props.children
    );
  }
}

export function RouterProvider({ router }: { router: Router }) {
  const [location, setLocation] = useState(router.state.location);
  // A layout effect, so it listens before any child's effect can navigate.
  useLayoutEffect(
    () => router.subscribe((next) => startTransition(() => setLocation(next))),
    [router],
  );
  const match = useMemo(
    () => matchRoutes(router.branches, location.pathname),
    [router, location.pathname],
  );
  const value = useMemo(
    () => ({ router, location, params: match?.params ?? {} }),
    [router, location, match],
  );
  if (!match) return null;

  const view = match.routes.reduceRight<ReactNode>((outlet, route) => {
    const lazyView = router.views.get(route);
    const own = route.element ?? (lazyView ? createElement(lazyView) : <Outlet />);
    const element = <OutletContext value={outlet}>{own}</OutletContext>;
    return route.errorElement ? (
      <RouteErrorBoundary location={location} fallback={route.errorElement}>
        {element}
      </RouteErrorBoundary>
    ) : (
      element
    );
  }, null);
  // One boundary that stays mounted: a transition never swaps shown content for it, so its
  // fallback only appears on the first load.
  const fallback = match.routes.find(
    (r) => r.hydrateFallbackElement !== undefined,
  )?.hydrateFallbackElement;
  return (
    <RouterContext value={value}>
      <Suspense fallback={fallback}>{view}</Suspense>
    </RouterContext>
  );
}
