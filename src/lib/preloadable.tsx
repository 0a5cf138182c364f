// A component whose code loads on demand, like React's lazy, that can also be loaded ahead: once
// its code is in, it renders at once instead of suspending for a render (React's lazy always
// suspends the first time). For a first render that must draw what the server drew.
import { lazy, useState, type ComponentType, type JSX } from 'react';

export interface Preloadable<P extends object> {
  (props: P): JSX.Element;
  /** Loads the code (once); settles when the component renders without suspending. */
  preload: () => Promise<unknown>;
}

export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const get = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => get().then((component) => ({ default: component })));
  function Component(props: P) {
    // Chosen once per mounted instance: a component that changed type would remount.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  }
  return Object.assign(Component, { preload: get });
}
