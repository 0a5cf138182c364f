// QueryClient defaults: retry transient failures with backoff, never a 4xx or an invalid payload.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client';

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && !error.transient) return false;
  return failureCount < 3;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
