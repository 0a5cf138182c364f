import { describe, expect, it } from 'vitest';
import { matchRoutes, rankRoutes, type RouteObject } from '@/lib/router/match';
import { isFilteredView, paths, pathTo, routePatterns } from './paths';

/** The router's own matching, over the table's patterns only. */
const names = new Map<RouteObject, string>(
  Object.entries(routePatterns).map(([name, path]) => [{ path }, name]),
);
const router = rankRoutes([...names.keys()]);
const routeOf = (href: string) => {
  const match = matchRoutes(router, new URL(href, 'http://x').pathname);
  const route = match?.routes.at(-1);
  return match && route ? { route: names.get(route), params: match.params } : null;
};

describe('every link leads to the route it was built for', () => {
  it.each([
    [paths.overview, 'overview', {}],
    [paths.thrust('T2'), 'thrust', { thrustId: 'T2' }],
    [paths.indicator('metro-gdp'), 'indicator', { indicatorId: 'metro-gdp' }],
    [paths.indicator('a/b c'), 'indicator', { indicatorId: 'a/b c' }],
    [paths.departments, 'departments', {}],
    [paths.importData, 'importData', {}],
    [paths.brief('?dept=finance'), 'brief', {}],
    [paths.present, 'present', {}],
  ])('%s', (href, route, params) => {
    expect(routeOf(href)).toEqual({ route, params });
  });

  it('encodes each parameter as one path segment', () => {
    expect(pathTo(routePatterns.indicator, { indicatorId: 'a/b c' })).toBe('/indicators/a%2Fb%20c');
  });
});

describe('the filter bar shows on the views it filters, and only there', () => {
  it.each([
    [paths.overview, true],
    [paths.thrust('T2'), true],
    [paths.departments, true],
    [paths.indicator('metro-gdp'), false],
    [paths.importData, false],
    [paths.adminUsers, false],
    [paths.adminScreens, false],
    [paths.adminWebhooks, false],
    [paths.inbox, false],
    ['/no-such-page', false],
  ])('%s: %s', (pathname, shown) => {
    expect(isFilteredView(pathname)).toBe(shown);
  });
});
