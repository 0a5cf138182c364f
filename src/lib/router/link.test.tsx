import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Link, NavLink } from './link';
import { RouterProvider } from './provider';
import { createMemoryRouter, type Router } from './router';
import type { RouteObject } from './match';

const here = (router: Router) => {
  const { pathname, search } = router.state.location;
  return `${pathname}${search}`;
};

function renderAt(path: string, element: RouteObject['element']) {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

// jsdom cannot follow a link: the clicks the app leaves to the browser stop at the document.
let browserFollowed: boolean[] = [];
const follow = (e: MouseEvent) => {
  browserFollowed.push(!e.defaultPrevented);
  e.preventDefault();
};
beforeEach(() => {
  browserFollowed = [];
  document.addEventListener('click', follow);
});
afterEach(() => document.removeEventListener('click', follow));

describe('a Link is a real anchor', () => {
  it.each([
    ['a path', '/departments', '/departments'],
    ['a path with a search', { pathname: '/thrusts/T1', search: '?dept=a' }, '/thrusts/T1?dept=a'],
    ['a search alone, on the current path', { search: 'dept=b' }, '/indicators/x?dept=b'],
    ['an empty search', { pathname: '/', search: '' }, '/'],
  ])('%s', (_, to, href) => {
    renderAt('/indicators/x?dept=a', <Link to={to}>go</Link>);
    expect(screen.getByRole('link', { name: 'go' })).toHaveAttribute('href', href);
  });

  it('passes class, aria and data attributes through', () => {
    renderAt('/', <Link to="/a" className="c" aria-label="named" data-x="1" title="t" />);
    const a = screen.getByRole('link', { name: 'named' });
    expect(a).toHaveClass('c');
    expect(a).toHaveAttribute('data-x', '1');
    expect(a).toHaveAttribute('title', 't');
  });
});

describe('a Link navigates in the app on a plain left click only', () => {
  it.each([
    ['a plain left click', {}, {}, true],
    ['with Ctrl', { ctrlKey: true }, {}, false],
    ['with Cmd', { metaKey: true }, {}, false],
    ['with Shift', { shiftKey: true }, {}, false],
    ['with Alt', { altKey: true }, {}, false],
    ['a middle click', { button: 1 }, {}, false],
    ['a right click', { button: 2 }, {}, false],
    ['into a new tab', {}, { target: '_blank' }, false],
    ['into the same frame, named', {}, { target: '_self' }, true],
    ['a download', {}, { download: true }, false],
  ])('%s', (_, click, props, inApp) => {
    const router = renderAt(
      '/',
      <Link to="/departments?dept=a" {...props}>
        go
      </Link>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'go' }), click);
    expect(here(router)).toBe(inApp ? '/departments?dept=a' : '/');
    expect(browserFollowed).toEqual([!inApp]);
  });

  it('not when its own onClick prevented it', () => {
    const router = renderAt(
      '/',
      <Link to="/departments" onClick={(e) => e.preventDefault()}>
        go
      </Link>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'go' }));
    expect(here(router)).toBe('/');
  });

  it.each([
    ['a new page adds an entry', '/a', undefined, 2],
    ['replace does not', '/a', true, 1],
    ['the current page does not', '/', undefined, 1],
  ])('%s', async (_, to, replace, entries) => {
    const router = renderAt(
      '/',
      <Link to={to} replace={replace} state={{ from: 'test' }}>
        go
      </Link>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'go' }));
    expect(router.state.location.state).toEqual({ from: 'test' });
    // going back leaves the app's first page only when an entry was added
    await act(() => router.navigate(-1));
    expect(here(router)).toBe(entries === 2 ? '/' : to);
  });
});

describe('a NavLink says which page is current', () => {
  it.each([
    ['its own page', '/departments', '/departments', false, true],
    ['a page below it', '/thrusts', '/thrusts/T1', false, true],
    ['a page below it, with end', '/thrusts', '/thrusts/T1', true, false],
    ['a page that only starts alike', '/thrusts', '/thrustsX', false, false],
    ['any case', '/Departments', '/departments', false, true],
    ['the root, with end, elsewhere', '/', '/departments', true, false],
    ['the root, with end, at home', '/', '/', true, true],
  ])('%s', (_, to, at, end, active) => {
    renderAt(
      `${at}?dept=a`,
      <NavLink to={{ pathname: to, search: '?dept=a' }} end={end} className="nav">
        go
      </NavLink>,
    );
    const link = screen.getByRole('link', { name: 'go' });
    if (active) expect(link).toHaveAttribute('aria-current', 'page');
    else expect(link).not.toHaveAttribute('aria-current');
    expect(link).toHaveClass('nav');
    expect(link.classList.contains('active')).toBe(active);
  });

  it('takes a className function', () => {
    renderAt(
      '/a',
      <NavLink to="/a" className={({ isActive }) => (isActive ? 'on' : 'off')}>
        go
      </NavLink>,
    );
    expect(screen.getByRole('link', { name: 'go' })).toHaveAttribute('class', 'on');
  });
});
