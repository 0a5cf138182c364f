import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useParams, useRouteError, useSearchParams } from './context';
import { Outlet, RouterProvider } from './provider';
import { createBrowserRouter, createMemoryRouter, type Router } from './router';
import type { RouteObject } from './match';

const here = (router: Router) => {
  const { pathname, search } = router.state.location;
  return `${pathname}${search}`;
};

function Params() {
  return <p>params {JSON.stringify(useParams())}</p>;
}

function Boom(): never {
  throw new Error('kaputt');
}

function ShowError() {
  const error = useRouteError();
  return <p role="alert">{error instanceof Error ? error.message : 'unknown'}</p>;
}

/** A lazy view whose chunk arrives when the test says so. */
function deferredView(text: string) {
  let resolve!: (m: { Component: () => React.JSX.Element }) => void;
  const chunk = new Promise<{ Component: () => React.JSX.Element }>((r) => (resolve = r));
  const arrive = () => {
    resolve({ Component: () => <p>{text}</p> });
    return chunk;
  };
  return { lazy: () => chunk, arrive };
}

function renderRouter(routes: RouteObject[], path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('rendering routes', () => {
  it('nests a layout around its matched child, with decoded params', () => {
    renderRouter(
      [
        {
          element: (
            <div role="main">
              shell <Outlet />
            </div>
          ),
          children: [{ path: '/things/:id', element: <Params /> }],
        },
      ],
      '/things/%E7%89%A9',
    );
    expect(screen.getByRole('main')).toHaveTextContent('shell params {"id":"物"}');
  });

  it('shows the fallback on the first load of a lazy view, then the view', async () => {
    const view = deferredView('thrust view');
    renderRouter(
      [
        {
          hydrateFallbackElement: <p role="status">…</p>,
          children: [{ path: '/t', lazy: view.lazy }],
        },
      ],
      '/t',
    );
    expect(screen.getByRole('status')).toHaveTextContent('…');
    await act(() => view.arrive());
    expect(await screen.findByText('thrust view')).toBeInTheDocument();
  });

  it('renders a lazy view in its first render, with no fallback, once ready() has settled', async () => {
    const view = deferredView('thrust view');
    const router = createMemoryRouter(
      [
        {
          hydrateFallbackElement: <p role="status">…</p>,
          children: [{ path: '/t', lazy: view.lazy }],
        },
      ],
      { initialEntries: ['/t'] },
    );
    const ready = router.ready();
    void view.arrive();
    await ready;
    // One synchronous render, as the client's first over a page the server drew: no placeholder.
    render(<RouterProvider router={router} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('thrust view')).toBeInTheDocument();
  });

  it('renders a layout at once, with its fallback in the outlet, while a lazy child loads', async () => {
    const view = deferredView('thrust view');
    renderRouter(
      [
        {
          element: (
            <div>
              <header>shell header</header>
              <main>
                <Outlet />
              </main>
            </div>
          ),
          hydrateFallbackElement: <p role="status">…</p>,
          children: [{ path: '/t', lazy: view.lazy }],
        },
      ],
      '/t',
    );
    expect(screen.getByRole('banner')).toHaveTextContent('shell header');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('status'));
    await act(() => view.arrive());
    expect(await screen.findByText('thrust view')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('shell header');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  const lazyTable = (view: ReturnType<typeof deferredView>): RouteObject[] => [
    {
      hydrateFallbackElement: <p role="status">…</p>,
      children: [
        { path: '/', element: <p>overview</p> },
        { path: '/t', lazy: view.lazy },
        { path: '/x', element: <p>elsewhere</p> },
      ],
    },
  ];

  it('keeps the current view, and the address, until a lazy view has loaded', async () => {
    const view = deferredView('thrust view');
    const router = renderRouter(lazyTable(view));
    let arrived = Promise.resolve();
    act(() => void (arrived = router.navigate('/t')));
    expect(here(router)).toBe('/');
    expect(screen.getByText('overview')).toBeInTheDocument();
    await act(async () => {
      await view.arrive();
      await arrived;
    });
    expect(here(router)).toBe('/t');
    expect(await screen.findByText('thrust view')).toBeInTheDocument();
    expect(screen.queryByText('overview')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps the current view when back or forward lead to a view still loading', async () => {
    const view = deferredView('thrust view');
    const router = createMemoryRouter(lazyTable(view), { initialEntries: ['/t', '/'] });
    render(<RouterProvider router={router} />);
    await act(() => router.navigate(-1));
    expect(here(router)).toBe('/t');
    expect(screen.getByText('overview')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await act(() => view.arrive());
    expect(await screen.findByText('thrust view')).toBeInTheDocument();
  });

  it('lands on the latest navigation when an earlier one is still loading', async () => {
    const view = deferredView('thrust view');
    const router = renderRouter(lazyTable(view));
    let first = Promise.resolve();
    act(() => void (first = router.navigate('/t')));
    await act(() => router.navigate('/x'));
    await act(async () => {
      await view.arrive();
      await first;
    });
    expect(here(router)).toBe('/x');
    expect(screen.getByText('elsewhere')).toBeInTheDocument();
    await act(() => router.navigate(-1));
    expect(here(router)).toBe('/');
  });

  it.each([
    ['a view that throws', { path: '/bad', element: <Boom /> }, 'kaputt'],
    [
      'a chunk that fails to load',
      { path: '/bad', lazy: () => Promise.reject(new Error('chunk')) },
      'chunk',
    ],
  ])('shows the errorElement for %s, and recovers on navigation', async (_, bad, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = renderRouter([
      {
        errorElement: <ShowError />,
        children: [{ path: '/', element: <p>overview</p> }, bad],
      },
    ]);
    await act(() => router.navigate('/bad'));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    await act(() => router.navigate(-1));
    expect(await screen.findByText('overview')).toBeInTheDocument();
  });

  it('renders nothing where no route matches', () => {
    const router = renderRouter([{ path: '/', element: <p>overview</p> }], '/elsewhere');
    expect(here(router)).toBe('/elsewhere');
    expect(screen.queryByText('overview')).not.toBeInTheDocument();
  });
});

describe('search params', () => {
  const seen: URLSearchParams[] = [];
  let set: ReturnType<typeof useSearchParams>[1] = () => undefined;
  function Filters() {
    const [params, setParams] = useSearchParams();
    useEffect(() => void seen.push(params), [params]);
    useEffect(() => {
      set = setParams;
    });
    return <p>dept {params.getAll('dept').join(',') || 'all'}</p>;
  }
  afterEach(() => void (seen.length = 0));

  it('keep their identity while the query string is unchanged', async () => {
    const router = renderRouter([{ path: '*', element: <Filters /> }], '/?dept=a');
    // a new entry with the same query string, then a new query string
    await act(() => router.navigate('/?dept=a#top'));
    await act(() => router.navigate('/?dept=b'));
    expect(seen.map(String)).toEqual(['dept=a', 'dept=b']);
  });

  it.each([
    ['a value', () => set(new URLSearchParams('dept=b')), '/x?dept=b', 2],
    [
      'an update of the latest',
      () => set((p) => (p.append('dept', 'b'), p)),
      '/x?dept=a&dept=b',
      2,
    ],
    [
      'two updates in a row',
      () => (set((p) => (p.append('dept', 'b'), p)), set((p) => (p.append('dept', 'c'), p))),
      '/x?dept=a&dept=b&dept=c',
      3,
    ],
    ['replacing the entry', () => set({ dept: 'b' }, { replace: true }), '/x?dept=b', 1],
    ['clearing', () => set(''), '/x', 2],
  ])('are set from %s, on the current path', async (_, change, url, entries) => {
    const router = renderRouter([{ path: '*', element: <Filters /> }], '/x?dept=a');
    act(() => change());
    expect(here(router)).toBe(url);
    await act(() => router.navigate(-(entries - 1)));
    expect(here(router)).toBe(entries === 1 ? url : '/x?dept=a');
  });
});

describe('the browser history', () => {
  it('writes the address bar, and follows back and forward', async () => {
    window.history.replaceState(null, '', '/start?x=1');
    const router = createBrowserRouter([{ path: '*', element: <Params /> }]);
    render(<RouterProvider router={router} />);
    expect(here(router)).toBe('/start?x=1');
    await act(() => router.navigate({ pathname: '/next', search: 'x=2' }, { state: 7 }));
    expect(window.location.pathname + window.location.search).toBe('/next?x=2');
    expect(router.state.location.state).toBe(7);
    expect(screen.getByText(/params/)).toHaveTextContent('next');
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    await act(async () => {
      await router.navigate(-1);
      await popped;
    });
    expect(here(router)).toBe('/start?x=1');
    expect(screen.getByText(/params/)).toHaveTextContent('start');
  });
});
