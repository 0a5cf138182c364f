// The mock API: the same app the server runs (src/api), over the browser's storage, shared by the
// browser worker, the Node test server and the e2e build. Fault scenarios go in front of it.
import { http } from 'msw';
import { createApi } from '@/api/app';
import {
  DEMO_ACCOUNTS,
  mockAccountsStore,
  mockSessionCarrier,
  pbkdf2Passwords,
} from '../accounts-db';
import { db, mockStore } from '../db';
import { API, wait, type HandlerOptions } from './respond';

/**
 * The request as the API app sees it: the path below the API's base (`…/api/indicators` →
 * `/indicators`), whatever the page's origin and base.
 */
async function forApi(request: Request): Promise<Request> {
  const url = new URL(request.url);
  const at = url.pathname.indexOf('/api/');
  const path = at >= 0 ? url.pathname.slice(at + 4) : url.pathname;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(new URL(`${path}${url.search}`, url.origin), {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : null,
  });
}

export function createHandlers(options: HandlerOptions = { latencyMs: 0 }) {
  const api = createApi({
    store: mockStore,
    // The demo reads without signing in, so it shows everything; changes need a demo account.
    auth: {
      accounts: mockAccountsStore,
      passwords: pbkdf2Passwords,
      readAccess: 'public',
      sessionIdleMs: 2 * 3_600_000,
      sessionMaxMs: 12 * 3_600_000,
      carrier: mockSessionCarrier,
      clientAddress: () => 'this-browser',
      demoAccounts: DEMO_ACCOUNTS,
    },
    resetDemo: () => Promise.resolve(db.reset()),
  });
  return [
    http.all(`${API}/*`, async ({ request }) => {
      await wait(options);
      return api.fetch(await forApi(request));
    }),
  ];
}

export const handlers = createHandlers();
