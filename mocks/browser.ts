// MSW in the browser: the dev server, the demo and the production mock build all use it.
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { showScenarioBadge } from './scenario-badge';
import { applyScenario, chooseScenario, scenarioHandlers } from './scenarios';
import { workerInControl } from './worker-control';

declare global {
  interface Window {
    /** Mock mode only: lets browser tests add MSW overrides (`worker.use(...)`) like unit tests do. */
    __mockApi?: {
      worker: SetupWorker;
      http: typeof http;
      HttpResponse: typeof HttpResponse;
      /** Requests the mock API has answered, for the soak benchmark (no DevTools network capture). */
      requests: () => number;
    };
  }
}

export async function startMockApi(): Promise<void> {
  const scenario = chooseScenario(window.location.search, window.sessionStorage);
  applyScenario(scenario);
  // A scenario's handlers come first, as the initial ones, so `resetHandlers()` keeps them.
  // A little latency on the happy path, so loading states are real; small, so the first figure
  // still shows at once.
  const worker = setupWorker(...scenarioHandlers(scenario), ...createHandlers({ latencyMs: 60 }));
  await workerInControl();
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  let requests = 0;
  worker.events.on('request:start', () => {
    requests += 1;
  });
  // For these events MSW's worker sends the page a copy of each response's body, as a stream.
  // Nothing here reads it, and an unread copy keeps its stream and message channel alive for good:
  // a wall screen refreshing for days would pile them up. Cancelling the copy lets them go; the
  // response the app reads is a separate branch.
  const release = ({ response }: { response: Response }) => {
    response.body?.cancel().catch(() => undefined);
  };
  worker.events.on('response:mocked', release);
  worker.events.on('response:bypass', release);
  window.__mockApi = { worker, http, HttpResponse, requests: () => requests };
  if (scenario) showScenarioBadge(scenario);
}
