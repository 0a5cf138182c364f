import { describe, expect, it } from 'vitest';
import { createPath, parsePath, resolve } from './history';
import { matchRoutes, rankRoutes, type RouteObject } from './match';

// The app's table in shape: two routes outside the shell, a pathless layout, a catch-all.
const present: RouteObject = { path: '/present' };
const brief: RouteObject = { path: '/brief' };
const overview: RouteObject = { path: '/' };
const thrust: RouteObject = { path: '/thrusts/:thrustId' };
const indicator: RouteObject = { path: '/indicators/:indicatorId' };
const departments: RouteObject = { path: '/departments' };
const notFound: RouteObject = { path: '*' };
const shell: RouteObject = { children: [overview, thrust, indicator, departments, notFound] };
const branches = rankRoutes([present, brief, shell]);

describe('a pathname selects one route, inside its layouts', () => {
  it.each([
    ['the overview', '/', [shell, overview], {}],
    ['a static page', '/departments', [shell, departments], {}],
    ['a static page, any case, trailing slash', '/Departments/', [shell, departments], {}],
    ['a page outside the shell', '/present', [present], {}],
    ['a parameter', '/thrusts/T1', [shell, thrust], { thrustId: 'T1' }],
    ['a parameter keeps its case', '/thrusts/t1', [shell, thrust], { thrustId: 't1' }],
    [
      'a parameter, decoded',
      '/indicators/%E5%8D%97%E4%BA%AC',
      [shell, indicator],
      { indicatorId: '南京' },
    ],
    [
      'an encoded slash stays in the parameter',
      '/thrusts/a%2Fb',
      [shell, thrust],
      { thrustId: 'a/b' },
    ],
    [
      'a malformed escape is kept as written',
      '/thrusts/%E0%A4%A',
      [shell, thrust],
      { thrustId: '%E0%A4%A' },
    ],
    ['a parameter needs a segment', '/thrusts', [shell, notFound], { '*': 'thrusts' }],
    [
      'too many segments fall through',
      '/thrusts/T1/extra',
      [shell, notFound],
      { '*': 'thrusts/T1/extra' },
    ],
    ['anything else is not found', '/nowhere/at/all', [shell, notFound], { '*': 'nowhere/at/all' }],
  ])('%s: %s', (_, pathname, routes, params) => {
    expect(matchRoutes(branches, pathname)).toEqual({ routes, params });
  });

  it('a static segment beats a parameter, and a parameter the catch-all, in any table order', () => {
    const fallback: RouteObject = { path: '*' };
    const byId: RouteObject = { path: '/items/:id' };
    const fresh: RouteObject = { path: '/items/new' };
    const ranked = rankRoutes([fallback, byId, fresh]);
    expect(matchRoutes(ranked, '/items/new')?.routes).toEqual([fresh]);
    expect(matchRoutes(ranked, '/items/7')?.routes).toEqual([byId]);
    expect(matchRoutes(ranked, '/other')?.routes).toEqual([fallback]);
  });

  it('relative child paths extend their parent, and a parent with a path matches alone', () => {
    const child: RouteObject = { path: ':id' };
    const parent: RouteObject = { path: '/items', children: [child] };
    const ranked = rankRoutes([parent]);
    expect(matchRoutes(ranked, '/items/3')).toEqual({
      routes: [parent, child],
      params: { id: '3' },
    });
    expect(matchRoutes(ranked, '/items')).toEqual({ routes: [parent], params: {} });
  });

  it('no route, no match', () => {
    expect(matchRoutes(rankRoutes([overview]), '/elsewhere')).toBeNull();
  });
});

describe('paths are read, written and resolved like the address bar', () => {
  it.each([
    ['/thrusts/T1?dept=a#x', { pathname: '/thrusts/T1', search: '?dept=a', hash: '#x' }],
    ['/?', { pathname: '/', search: '', hash: '' }],
    ['?q=1', { pathname: '', search: '?q=1', hash: '' }],
    ['/a#b?c', { pathname: '/a', search: '', hash: '#b?c' }],
  ])('parses %s', (path, parsed) => {
    expect(parsePath(path)).toEqual(parsed);
  });

  const from = { pathname: '/thrusts/T1', search: '?dept=a', hash: '#top' };
  it.each([
    ['an absolute path', '/departments', '/departments'],
    ['a search alone keeps the path, not the old search', '?dept=b', '/thrusts/T1?dept=b'],
    ['an object without a pathname keeps the path', { search: 'dept=b' }, '/thrusts/T1?dept=b'],
    ['an empty search drops it', { pathname: '/', search: '' }, '/'],
    ['a search without its ?', { pathname: '/present', search: 'dept=a' }, '/present?dept=a'],
    ['a lone ? is no search', { pathname: '/', search: '?' }, '/'],
  ])('%s', (_, to, href) => {
    expect(createPath(resolve(to, from))).toBe(href);
  });
});
