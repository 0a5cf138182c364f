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
    const lazyView = router.viewFor(route);
    const own = route.element ?? (lazyView ? createElement(lazyView) : <Outlet />);
    // A layout with a fallback renders at once; on the first load its outlet shows the fallback
    // until a lazy child's code is in (rather than the whole page blank, then all of it at once).
    const inner =
      route.element !== undefined && route.hydrateFallbackElement !== undefined ? (
        <Suspense fallback={route.hydrateFallbackElement}>{outlet}</Suspense>
      ) : (
        outlet
      );
    const element = <OutletContext value={inner}>{own}</OutletContext>;
    return route.errorElement ? (
      <RouteErrorBoundary location={location} fallback={route.errorElement}>
        {element}
      </RouteErrorBoundary>
    ) : (
      element
    );
  }, null);
  // Boundaries that stay mounted: a transition never swaps shown content for them, so their
  // fallbacks only appear on the first load. This one is for a lazy view outside any layout.
  const fallback = match.routes.find(
    (r) => r.hydrateFallbackElement !== undefined && r.element === undefined,
  )?.hydrateFallbackElement;
  return (
    <RouterContext value={value}>
      <Suspense fallback={fallback}>{view}</Suspense>
    </RouterContext>
  );
}
