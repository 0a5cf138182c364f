// QueryClient defaults: retry transient failures with backoff, never a 4xx or an invalid payload;
// ask for data only while the session allows reading it.
import { MutationCache, QueryCache, QueryClient, type Query } from '@tanstack/react-query';
import type { SessionResponse } from '@/domain/accounts';
import { ApiError } from './api/client';

/**
 * `failureCount` is how many attempts have failed so far (0 after the first). Up to three retries
 * for a transient failure; a timeout only once more, since each one already cost the full limit.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && !error.transient) return false;
  if (error instanceof ApiError && error.code === 'timeout') return failureCount < 1;
  return failureCount < 3;
}

/** 1 s, 2 s, 4 s … at most 15 s between attempts. */
export function retryDelay(failureCount: number): number {
  return Math.min(1000 * 2 ** failureCount, 15_000);
}

/** The session query's key (src/lib/api/session.ts), here so the first screen need not load it. */
export const SESSION_KEY = ['session'] as const;

/** A 401 saying the session is gone: the session is asked again, so the header says signed out. */
function sessionLost(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 401 &&
    (error.problemCode === 'signInRequired' || error.problemCode === 'sessionExpired')
  );
}

const isSession = (query: Query) => query.queryKey[0] === SESSION_KEY[0];

/** What a client assumes about reading before the session answers (createQueryClient). */
const readingBeforeSession = new WeakMap<QueryClient, boolean>();

/**
 * The page vouches for its visitor: a server sends figures with its page only to someone who may
 * read them, so the views ask at once instead of a round trip later, after the session.
 */
export function readBeforeSession(client: QueryClient): void {
  readingBeforeSession.set(client, true);
}

/**
 * Whether this page may ask for data now. The session decides once it has answered: reading is
 * public, or someone (a user, a paired screen) is signed in. Before that, what the client was
 * told to assume; and if the session cannot be had at all, the data's own requests say what is
 * wrong, panel by panel.
 */
export function mayReadNow(client: QueryClient): boolean {
  const session = client.getQueryState<SessionResponse>(SESSION_KEY);
  if (session?.data) {
    return session.data.readAccess === 'public' || session.data.principal.kind !== 'anonymous';
  }
  if (session?.status === 'error') return true;
  return readingBeforeSession.get(client) ?? true;
}

/** Calls `changed` each time `mayReadNow` turns; returns the unsubscribe. */
export function watchReading(client: QueryClient, changed: (readable: boolean) => void) {
  let readable = mayReadNow(client);
  return client.getQueryCache().subscribe((event) => {
    if (!isSession(event.query as Query)) return;
    const now = mayReadNow(client);
    if (now === readable) return;
    readable = now;
    changed(now);
  });
}

/**
 * Runs `start` while reading is allowed: at once if it is, else when it becomes so; the function
 * it returns is called when reading stops being allowed (signed out). Returns the stop.
 */
export function whileReadable(client: QueryClient, start: () => () => void): () => void {
  let stop = mayReadNow(client) ? start() : null;
  const unwatch = watchReading(client, (readable) => {
    stop?.();
    stop = readable ? start() : null;
  });
  return () => {
    unwatch();
    stop?.();
    stop = null;
  };
}

/** Whether a query an observer has been waiting on needs asking now (as it would on mount). */
function wanted(query: Query): boolean {
  if (query.state.data === undefined || query.state.isInvalidated) return true;
  return query.observers.some(({ options }) => {
    const staleTime =
      typeof options.staleTime === 'function' ? options.staleTime(query) : options.staleTime;
    return query.isStaleByTime(staleTime);
  });
}

export interface QueryClientOptions {
  /**
   * Ask for nothing but the session until it says reading is allowed. For a page that cannot
   * vouch for its visitor: a server's page that came without figures (where reading needs a
   * sign-in, it sends figures only to those signed in). Without it, data is asked for at once and
   * the session, when it answers, decides from then on (the mock API reads publicly).
   */
  sessionFirst?: boolean;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const onError = (error: unknown) => {
    if (sessionLost(error)) void client.invalidateQueries({ queryKey: SESSION_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        // Where reading needs a sign-in, each request of an anonymous visitor would answer 401
        // (a console error apiece): until the session allows it, only the session is asked for.
        enabled: (query) => isSession(query) || mayReadNow(client),
      },
    },
  });
  readingBeforeSession.set(client, !options.sessionFirst);
  // The queries on screen waited for the session: they ask now.
  watchReading(client, (readable) => {
    if (!readable) return;
    void client.refetchQueries({
      type: 'active',
      predicate: (query) => !isSession(query) && wanted(query),
    });
  });
  return client;
}
