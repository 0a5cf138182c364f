// Links that are real anchors (open in a new tab, copy, middle-click all work) and navigate in the
// app on a plain left click.
import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { useRouter } from './context';
import { createPath, resolve, type To } from './history';

export type LinkProps = Omit<ComponentPropsWithRef<'a'>, 'href'> & {
  to: To;
  replace?: boolean;
  state?: unknown;
};

/** A click the browser would handle as "follow this link here": the app can handle it instead. */
export function isPlainClick(event: MouseEvent<HTMLAnchorElement>) {
  const a = event.currentTarget;
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) &&
    (!a.target || a.target === '_self') &&
    !a.hasAttribute('download')
  );
}

export function Link({ to, replace, state, onClick, ...rest }: LinkProps) {
  const { router, location } = useRouter();
  const href = createPath(resolve(to, location));
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainClick(event)) return;
        event.preventDefault();
        // Following a link to where one already is adds no history entry.
        const here = href === createPath(router.state.location);
        void router.navigate(href, { replace: replace ?? here, state });
      }}
    />
  );
}

export type NavLinkProps = Omit<LinkProps, 'className'> & {
  /** Active only on this exact path, not on paths below it. */
  end?: boolean;
  className?: string | ((state: { isActive: boolean }) => string | undefined);
};

/** A Link that marks itself aria-current="page" (and class "active") on its page. */
export function NavLink({ end, className, ...rest }: NavLinkProps) {
  const { location } = useRouter();
  const target = resolve(rest.to, location).pathname.toLowerCase();
  const here = location.pathname.toLowerCase();
  const boundary = target.length - (target !== '/' && target.endsWith('/') ? 1 : 0);
  const isActive =
    here === target || (!end && here.startsWith(target) && here.charAt(boundary) === '/');
  return (
    <Link
      aria-current={isActive ? 'page' : undefined}
      {...rest}
      className={
        typeof className === 'function'
          ? className({ isActive })
          : [className, isActive && 'active'].filter(Boolean).join(' ') || undefined
      }
    />
  );
}
