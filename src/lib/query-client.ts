// QueryClient defaults: retry transient failures with backoff, never a 4xx or an invalid payload.
import { QueryClient } from '@tanstack/react-query';
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

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
      },
    },
  });
}
