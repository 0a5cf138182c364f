import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiReady, waitForApi } from './ready';
import { apiGet, ApiError } from './client';
import { z } from '@/domain/zod';

describe('getting the API ready', () => {
  afterEach(() => {
    waitForApi(() => Promise.resolve());
  });

  it('makes requests wait until the API is ready', async () => {
    let open = () => {};
    waitForApi(() => new Promise<void>((resolve) => (open = resolve)));
    let done = false;
    const waiting = apiReady().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    open();
    await waiting;
    expect(done).toBe(true);
  });

  it('tries again on the next request after a failed start, so a retry can succeed', async () => {
    const start = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(undefined);
    waitForApi(start);
    await expect(apiReady()).rejects.toThrow('dynamically imported module');
    await expect(apiReady()).resolves.toBeUndefined();
    expect(start).toHaveBeenCalledTimes(2);
    // and once ready, it is not started again
    await apiReady();
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('reports a failed start to the request as a network failure, which is retried', async () => {
    waitForApi(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const error: unknown = await apiGet('/programme', z.object({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('network');
    expect((error as ApiError).transient).toBe(true);
  });
});
