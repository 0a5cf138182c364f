// Where the app is, and the two places that can be kept: the browser's session history, or an
// in-memory list for tests. The router only ever talks to the History interface.

export interface Path {
  pathname: string;
  /** '' or starting with '?' */
  search: string;
  /** '' or starting with '#' */
  hash: string;
}

export interface Location extends Path {
  state: unknown;
  /** Differs for every entry, even two entries with the same URL. */
  key: string;
}

/** An absolute path ('/a?b#c'), a search or hash alone ('?b', '#c'), or parts of a path. */
export type To = string | Partial<Path>;

export interface History {
  readonly location: Location;
  /** Adds an entry, or replaces the current one; listeners are not told. */
  write: (path: Path, state: unknown, replace: boolean) => void;
  /** Moves through the entries (back is -1); listeners are told once it has happened. */
  go: (delta: number) => void;
  listen: (listener: () => void) => void;
}

const prefixed = (part = '', mark: string) =>
  !part || part === mark ? '' : part[0] === mark ? part : mark + part;

export function parsePath(path: string): Path {
  const [, pathname = '', search, hash] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(path) ?? [];
  return { pathname, search: prefixed(search, '?'), hash: prefixed(hash, '#') };
}

export const createPath = ({ pathname, search, hash }: Path) => pathname + search + hash;

/** Where `to` leads from `from`: a missing pathname keeps the current one, search and hash do not. */
export function resolve(to: To, from: Path): Path {
  const path = typeof to === 'string' ? parsePath(to) : to;
  return {
    pathname: path.pathname || from.pathname,
    search: prefixed(path.search, '?'),
    hash: prefixed(path.hash, '#'),
  };
}

const newKey = () => Math.random().toString(36).slice(2, 10);

export function createBrowserHistory(): History {
  const { history } = window;
  return {
    get location() {
      const { pathname, search, hash } = window.location;
      const entry = history.state as { usr?: unknown; key?: string } | null;
      return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
    },
    write(path, state, replace) {
      const url = createPath(path);
      try {
        history[replace ? 'replaceState' : 'pushState']({ usr: state, key: newKey() }, '', url);
      } catch {
        // Safari limits pushState calls per second: a full page load still gets the user there.
        window.location[replace ? 'replace' : 'assign'](url);
      }
    },
    go: (delta) => history.go(delta),
    listen: (listener) => window.addEventListener('popstate', listener),
  };
}

export function createMemoryHistory(initialEntries = ['/'], initialIndex?: number): History {
  const entry = (path: Path, state: unknown): Location => ({ ...path, state, key: newKey() });
  const entries = (initialEntries.length ? initialEntries : ['/']).map((p) =>
    entry(parsePath(p), null),
  );
  const clamp = (i: number) => Math.min(Math.max(i, 0), entries.length - 1);
  let index = clamp(initialIndex ?? entries.length - 1);
  const listeners: (() => void)[] = [];
  return {
    get location() {
      return entries[index] as Location;
    },
    write(path, state, replace) {
      // A new entry drops the ones ahead of it, as the browser does.
      if (replace) entries[index] = entry(path, state);
      else entries.splice((index += 1), entries.length, entry(path, state));
    },
    go(delta) {
      const next = clamp(index + delta);
      if (next === index) return;
      index = next;
      listeners.forEach((l) => l());
    },
    listen: (listener) => listeners.push(listener),
  };
}
