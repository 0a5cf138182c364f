// QueryClient defaults: retry transient failures with backoff, never a 4xx or an invalid payload.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
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

export function createQueryClient(): QueryClient {
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
      },
    },
  });
  return client;
}
