// The contract suite's two targets: the server (its HTTP app on SQL) and the mock API (MSW over
// the browser stores), each signed in as the demo admin, able to act as another demo account,
// to run the alerts' evaluation, and to go back to the shipped data set.
import { getResponse } from 'msw';
import { expect } from 'vitest';
import { createHandlers, evaluateMockAlerts } from '@mocks/handlers';
import { db as mockDb } from '@mocks/db';
import { DEMO_PASSWORD } from '@mocks/accounts-db';
import { mockAlertsStore, resetMockAlerts } from '@mocks/alerts-db';
import { evaluateNow } from '@/api/alerts-evaluation';
import { sqlAlertsStore } from '@/server/store/sql-alerts-store';
import { DATABASE_KIND, startTestServer, TEST_PUBLIC_URL, type TestServer } from './harness';

export interface Target {
  name: string;
  kind: 'server' | 'mock';
  /** A request as the demo admin. */
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** A request as another demo account. */
  requestAs: (username: string, path: string, init?: RequestInit) => Promise<Response>;
  /** One alerts evaluation now (the server's service, or the demo's around each change). */
  evaluate: () => Promise<unknown>;
  /** Follows `count` made-up things as `username`, straight into the store. */
  fillFollows: (username: string, count: number) => Promise<void>;
  reset: () => Promise<void>;
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

export function contractTargets() {
  let server: TestServer;
  const handlers = createHandlers();
  const cookies = new Map<string, string>();

  const mockRequest = async (path: string, init?: RequestInit) => {
    const response = await getResponse(handlers, new Request(`http://localhost/api${path}`, init));
    if (!response) throw new Error(`the mock API has no handler for ${path}`);
    return response;
  };
  /** The mock keeps one browser's session: it signs the account in, asks, and signs admin back. */
  const mockSignIn = async (username: string) => {
    const res = await mockRequest('/session', json({ username, password: DEMO_PASSWORD }));
    expect(res.status).toBe(200);
  };

  const targets: Target[] = [
    {
      name: `server (${DATABASE_KIND})`,
      kind: 'server',
      request: (path, init) => server.request(`/api${path}`, init),
      async requestAs(username, path, init) {
        if (!cookies.has(username)) cookies.set(username, await server.signIn(username));
        return server.requestAs(cookies.get(username)!, `/api${path}`, init);
      },
      evaluate: () =>
        evaluateNow(sqlAlertsStore(server.database.db), {
          now: new Date(),
          publicUrl: TEST_PUBLIC_URL,
          email: false,
        }),
      async fillFollows(username, count) {
        await server.database.db
          .insertInto('follows')
          .values(
            Array.from({ length: count }, (_, i) => ({
              username,
              kind: 'indicator',
              target_id: `made-up-${i}`,
            })),
          )
          .execute();
      },
      reset: () => server.reset(),
    },
    {
      name: 'mock API (MSW)',
      kind: 'mock',
      request: mockRequest,
      async requestAs(username, path, init) {
        await mockSignIn(username);
        try {
          return await mockRequest(path, init);
        } finally {
          await mockSignIn('admin');
        }
      },
      evaluate: () => evaluateMockAlerts(),
      async fillFollows(username, count) {
        for (let i = 0; i < count; i += 1) {
          await mockAlertsStore.follow(username, 'indicator', `made-up-${i}`, count);
        }
      },
      reset: () => {
        mockDb.reset();
        resetMockAlerts();
        return Promise.resolve();
      },
    },
  ];

  return {
    targets,
    server: () => server,
    async start() {
      server = await startTestServer();
      // Both sign the same demo admin in: the server's test accounts are the mock's demo
      // accounts. (The server target's requests carry the harness's admin session.)
      await mockSignIn('admin');
    },
    close: () => server.close(),
  };
}
