import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { refreshQueries } from './refresh-queries';

const KEY = ['audit', 'list', 'metro-gdp'] as const;

/**
 * A server whose answer is the revision it stands at when the request reaches it, sent a moment
 * later; the test saves in that moment, as another client would.
 */
function fakeServer() {
  let revision = 1;
  let requests = 0;
  return {
    save: () => {
      revision += 1;
    },
    requests: () => requests,
    queryFn: () => {
      requests += 1;
      const read = revision;
      return new Promise<number>((resolve) => setTimeout(() => resolve(read), 5));
    },
  };
}

type Server = ReturnType<typeof fakeServer>;

describe('refreshQueries', () => {
  it.each([
    {
      case: "a panel's first request, on screen",
      start: (client: QueryClient, server: Server) => {
        new QueryObserver(client, { queryKey: KEY, queryFn: server.queryFn }).subscribe(() => {});
        return null;
      },
    },
    {
      case: 'a request no view shows yet (a prefetch)',
      start: (client: QueryClient, server: Server) =>
        client.query({ queryKey: KEY, queryFn: server.queryFn }),
    },
    {
      case: 'a refresh of an answer no view shows any more',
      start: (client: QueryClient, server: Server) => {
        client.setQueryData(KEY, 0);
        return client.query({ queryKey: KEY, queryFn: server.queryFn });
      },
    },
    {
      case: 'a request on screen not enabled any more (the session went)',
      start: (client: QueryClient, server: Server) => {
        const observer = new QueryObserver(client, { queryKey: KEY, queryFn: server.queryFn });
        observer.subscribe(() => {});
        observer.setOptions({ queryKey: KEY, queryFn: server.queryFn, enabled: false });
        return null;
      },
    },
  ])('replaces $case, read before the change, with one asked after it', async ({ start }) => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const server = fakeServer();
    const awaited = start(client, server);
    expect(client.getQueryState(KEY)?.fetchStatus).toBe('fetching');

    server.save();
    void refreshQueries(client, { queryKey: KEY });

    // Whoever awaited the first request gets the answer from after the change, not an error.
    if (awaited) expect(await awaited).toBe(2);
    await vi.waitFor(() => expect(client.getQueryState(KEY)?.fetchStatus).toBe('idle'));
    expect(client.getQueryData(KEY)).toBe(2);
    expect(client.getQueryState(KEY)?.status).toBe('success');
    expect(server.requests()).toBe(2);
  });

  it('asks once, not twice, for a query on screen that is not being fetched', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const server = fakeServer();
    const observer = new QueryObserver(client, { queryKey: KEY, queryFn: server.queryFn });
    observer.subscribe(() => {});
    await vi.waitFor(() => expect(client.getQueryData(KEY)).toBe(1));

    server.save();
    await refreshQueries(client, { queryKey: KEY });
    expect(client.getQueryData(KEY)).toBe(2);
    expect(server.requests()).toBe(2);
  });

  it('only marks out of date what nothing shows and nothing is fetching', () => {
    const client = new QueryClient();
    const server = fakeServer();
    client.setQueryDefaults(KEY, { queryFn: server.queryFn });
    client.setQueryData(KEY, 1);
    void refreshQueries(client, { queryKey: KEY });
    expect(client.getQueryState(KEY)?.isInvalidated).toBe(true);
    expect(client.getQueryState(KEY)?.fetchStatus).toBe('idle');
    expect(server.requests()).toBe(0);
  });
});
