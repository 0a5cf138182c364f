import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '@/domain/accounts';
import { ApiError, ApiTimeoutError, ApiValidationError } from './api/client';
import {
  createQueryClient,
  mayReadNow,
  retryDelay,
  SESSION_KEY,
  shouldRetry,
} from './query-client';

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

type Principal = SessionResponse['principal'];
const user: Principal = {
  kind: 'user',
  username: 'viewer',
  displayName: '张观（只读）',
  role: 'viewer',
  departments: [],
};
const display: Principal = {
  kind: 'display',
  id: 'd1',
  name: '大厅',
  departments: [],
  playlist: {},
};

describe('whether a page may ask for data yet', () => {
  it.each<{
    name: string;
    sessionFirst: boolean;
    session: SessionResponse | null;
    readable: boolean;
  }>([
    {
      name: 'no session yet, data asked at once (the mock API)',
      sessionFirst: false,
      session: null,
      readable: true,
    },
    {
      name: 'no session yet, a server page without figures',
      sessionFirst: true,
      session: null,
      readable: false,
    },
    {
      name: 'anonymous where reading is public',
      sessionFirst: true,
      session: { principal: { kind: 'anonymous' }, readAccess: 'public' },
      readable: true,
    },
    {
      name: 'anonymous where reading needs a sign-in',
      sessionFirst: false,
      session: { principal: { kind: 'anonymous' }, readAccess: 'signed-in' },
      readable: false,
    },
    {
      name: 'a user where reading needs a sign-in',
      sessionFirst: true,
      session: { principal: user, readAccess: 'signed-in' },
      readable: true,
    },
    {
      name: 'a paired screen where reading needs a sign-in',
      sessionFirst: true,
      session: { principal: display, readAccess: 'signed-in' },
      readable: true,
    },
  ])('$name: $readable', ({ sessionFirst, session, readable }) => {
    const client = createQueryClient({ sessionFirst });
    if (session) client.setQueryData(SESSION_KEY, session);
    expect(mayReadNow(client)).toBe(readable);
  });

  it('asks anyway when the session cannot be had, so each view can say what is wrong', async () => {
    const client = createQueryClient({ sessionFirst: true });
    await client
      .query({ queryKey: SESSION_KEY, queryFn: () => Promise.reject(new Error('down')) })
      .catch(() => undefined);
    expect(mayReadNow(client)).toBe(true);
  });
});
