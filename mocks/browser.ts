// MSW in the browser: the dev server, the demo and the production mock build all use it.
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { applyScenario, chooseScenario } from './scenarios';

/** A little latency, so loading states are real; small, so the first figure still shows at once. */
export const worker = setupWorker(...createHandlers({ latencyMs: 60 }));

declare global {
  interface Window {
    /** Mock mode only: lets browser tests add MSW overrides (`worker.use(...)`) like unit tests do. */
    __mockApi?: {
      worker: typeof worker;
      http: typeof http;
      HttpResponse: typeof HttpResponse;
      /** Requests the mock API has answered, for the soak benchmark (no DevTools network capture). */
      requests: () => number;
    };
  }
}

export async function startMockApi(): Promise<void> {
  applyScenario(chooseScenario(window.location.search, window.sessionStorage));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  let requests = 0;
  worker.events.on('request:start', () => {
    requests += 1;
  });
  window.__mockApi = { worker, http, HttpResponse, requests: () => requests };
}
