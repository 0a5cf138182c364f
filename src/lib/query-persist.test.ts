import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEP_MS, keepQueries, restoreQueries, type KeptQuery } from './query-persist';

const NOW = Date.UTC(2026, 10, 26, 8);
/** Accepts `{ items: number[] }`, the way a response schema accepts its payload. */
const itemsSchema = {
  safeParse: (data: unknown) => ({
    success:
      typeof data === 'object' &&
      data !== null &&
      Array.isArray((data as { items?: unknown }).items) &&
      (data as { items: unknown[] }).items.every((x) => typeof x === 'number'),
  }),
};
const kept: KeptQuery[] = [{ queryKey: ['indicators', 'list', {}], schema: itemsSchema }];

function store(scope: string, value: unknown) {
  localStorage.setItem(`npf-tracker:figures:${scope}`, JSON.stringify(value));
}
const entry = (data: unknown, updatedAt = NOW - 60_000) => ({
  version: 1,
  entries: [{ key: '["indicators","list",{}]', data, updatedAt }],
});

afterEach(() => vi.useRealTimers());

describe('restoreQueries', () => {
  it.each([
    ['a valid entry of this scope', 'mock', entry({ items: [1, 2] }), 1],
    ['nothing kept yet', 'other', entry({ items: [1] }), 0],
    [
      'an entry that fails its schema (tampered or from an older build)',
      'mock',
      entry({ items: ['x'] }),
      0,
    ],
    ['figures older than a week', 'mock', entry({ items: [1] }, NOW - KEEP_MS - 1), 0],
    ['a date in the future', 'mock', entry({ items: [1] }, NOW + 60_000), 0],
    ['another storage version', 'mock', { ...entry({ items: [1] }), version: 0 }, 0],
    ['not JSON at all', 'mock', null, 0],
  ])('%s', (_case, scope, value, restored) => {
    if (value === null) localStorage.setItem('npf-tracker:figures:mock', '{not json');
    else store('mock', value);
    const client = new QueryClient();
    expect(restoreQueries(client, scope, kept, NOW)).toBe(restored);
    const state = client.getQueryState(['indicators', 'list', {}]);
    if (restored) {
      expect(state?.data).toEqual({ items: [1, 2] });
      // Restored as data fetched back then, so a stale entry is fetched again on mount.
      expect(state?.dataUpdatedAt).toBe(NOW - 60_000);
    } else {
      expect(state).toBeUndefined();
    }
  });
});

describe('keepQueries', () => {
  it('writes a listed resource once it is fetched, and leaves others out', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const stop = keepQueries(client, 'mock', kept, 100);
    await client.query({
      queryKey: ['indicators', 'list', {}],
      queryFn: () => ({ items: [7] }),
    });
    await client.query({ queryKey: ['audit', 'list', 'x'], queryFn: () => ({ items: [9] }) });
    expect(localStorage.getItem('npf-tracker:figures:mock')).toBeNull();
    vi.advanceTimersByTime(100);
    const saved = JSON.parse(localStorage.getItem('npf-tracker:figures:mock') ?? '{}') as {
      entries: { key: string; data: unknown }[];
    };
    expect(saved.entries).toEqual([
      expect.objectContaining({ key: '["indicators","list",{}]', data: { items: [7] } }),
    ]);
    stop();

    const next = new QueryClient();
    expect(restoreQueries(next, 'mock', kept)).toBe(1);
    expect(next.getQueryData(['indicators', 'list', {}])).toEqual({ items: [7] });
  });

  it('keeps working when storage is full', async () => {
    vi.useFakeTimers();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const client = new QueryClient();
    keepQueries(client, 'mock', kept, 10);
    await client.query({
      queryKey: ['indicators', 'list', {}],
      queryFn: () => ({ items: [1] }),
    });
    expect(() => vi.advanceTimersByTime(10)).not.toThrow();
    expect(setItem).toHaveBeenCalled();
  });
});
