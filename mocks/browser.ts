// MSW in the browser: the dev server, the demo and the production mock build all use it.
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

/** A little latency, so loading states are real; small, so the first figure still shows at once. */
export const worker = setupWorker(...createHandlers({ latencyMs: 60 }));

export function startMockApi(): Promise<unknown> {
  return worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
