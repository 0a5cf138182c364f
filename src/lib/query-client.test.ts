import { describe, expect, it } from 'vitest';
import { ApiError, ApiTimeoutError, ApiValidationError } from './api/client';
import { retryDelay, shouldRetry } from './query-client';

describe('retry policy', () => {
  it.each([
    { name: 'a 500', error: new ApiError('http', 'x', 500), retries: 3 },
    { name: 'a 503', error: new ApiError('http', 'x', 503), retries: 3 },
    { name: 'a 408 request timeout', error: new ApiError('http', 'x', 408), retries: 3 },
    { name: 'a 429 too many requests', error: new ApiError('http', 'x', 429), retries: 3 },
    { name: 'no connection', error: new ApiError('network', 'Failed to fetch'), retries: 3 },
    {
      name: 'a timeout (once: each cost the full limit)',
      error: new ApiTimeoutError(10),
      retries: 1,
    },
    { name: 'a 400', error: new ApiError('http', 'x', 400), retries: 0 },
    { name: 'a 404', error: new ApiError('http', 'x', 404), retries: 0 },
    { name: 'a 422', error: new ApiValidationError('x', [], null), retries: 0 },
    { name: 'an answer that is not JSON', error: new ApiError('malformed', 'x', 200), retries: 0 },
    {
      name: 'a payload failing the schema',
      error: new ApiError('invalidPayload', 'x', 200),
      retries: 0,
    },
    { name: 'anything else', error: new TypeError('boom'), retries: 3 },
  ])('retries $name $retries times', ({ error, retries }) => {
    let count = 0;
    while (shouldRetry(count, error)) count += 1;
    expect(count).toBe(retries);
  });

  it('backs off: 1 s, 2 s, 4 s, … never more than 15 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000]);
  });
});
