// The mock API: the same app the server runs (src/api), over the browser's storage, shared by the
// browser worker, the Node test server and the e2e build. Fault scenarios go in front of it.
import { http } from 'msw';
import { evaluateNow } from '@/api/alerts-evaluation';
import { createApi } from '@/api/app';
import {
  DEMO_ACCOUNTS,
  mockAccountsStore,
  mockSessionCarrier,
  pbkdf2Passwords,
} from '../accounts-db';
import { createChangeHub } from '@/api/change-hub';
import { DEMO_SENDER, mockAlertsStore, resetMockAlerts } from '../alerts-db';
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

/**
 * The demo's alerts evaluation, as the server's runs after each write and on a schedule: before
 * a change (what was there is remembered; time alone may have raised something) and after it,
 * before the answer goes back, so the inbox shows an alert as soon as the change is saved. The
 * demo sends nothing, so no email is queued.
 */
export function evaluateMockAlerts(): Promise<unknown> {
  return evaluateNow(mockAlertsStore, { now: new Date(), publicUrl: '', email: false });
}

const isChange = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

export function createHandlers(options: HandlerOptions = { latencyMs: 0 }) {
  // The feed answers here as on the server (one contract); the demo's own pages hear other tabs
  // through the BroadcastChannel instead (src/lib/live), as a stream that never ends is not
  // something to push through MSW's service worker, which copies each response to the page.
  const hub = createChangeHub(mockStore, { pollMs: 0 });
  db.onChange(() => hub.poke());
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
    feed: { hub },
    alerts: { store: mockAlertsStore, sender: DEMO_SENDER, publicUrl: '' },
    resetDemo: () => {
      db.reset();
      resetMockAlerts();
      return Promise.resolve();
    },
  });
  return [
    http.all(`${API}/*`, async ({ request }) => {
      await wait(options);
      const change = isChange(request.method);
      if (change) await evaluateMockAlerts().catch(() => undefined);
      const response = await api.fetch(await forApi(request));
      if (change && response.ok) await evaluateMockAlerts().catch(() => undefined);
      return response;
    }),
  ];
}

export const handlers = createHandlers();
