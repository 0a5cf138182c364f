// Renders the app at once and, when mocks are on, starts the mock API beside it: requests wait for
// the worker, the shell does not. The only file in src that imports mocks/.
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from '@/lib/router';
import { mockDataScope } from '@mocks/scenario-scope';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { preloadCommitmentsTable } from '@/components/ui/CommitmentsPanel';
import { config } from '@/config/env';
import { showsCommitments } from '@/config/paths';
import { FirstScreenDrawn } from '@/lib/first-screen';
import { LANGUAGES, warmFormatters } from '@/domain/format';
import { keptQueries, queryForPath } from '@/lib/api/queries';
import { waitForApi } from '@/lib/api/ready';
import { loadLanguage } from '@/lib/i18n';
import { seedInitialData } from '@/lib/initial-data';
import { createQueryClient, readBeforeSession } from '@/lib/query-client';
import { keepQueries, restoreQueries } from '@/lib/query-persist';
import { arrivalUrl } from '@/app/arrival';
import { mirrorPreferencesToCookie, usePreferences } from '@/stores/preferences';
import '@/styles/global.css';

// A milestone for the benchmark (tests/bench/perf.mjs): every module the app imports is evaluated.
performance.mark('npf:app-start');

// The shell does not wait for the mock API: requests do (see src/lib/api/ready.ts). It starts at
// once, unless the page has kept figures to show: then after they are on screen (see render()).
let startMockApi = () => {};
if (config.useMocks) {
  const gate = new Promise<void>((resolve) => {
    startMockApi = resolve;
  });
  waitForApi(() =>
    gate
      .then(() => import('@mocks/browser'))
      .then((m) => m.startMockApi())
      // A milestone for the benchmark (tests/bench/perf.mjs).
      .then(() => performance.mark('npf:mock-api-ready')),
  );
}

// A bare overview opens on the default department: the address says so before the first render,
// as it did in the first screen the server drew.
{
  const here = `${window.location.pathname}${window.location.search}`;
  const there = arrivalUrl(here, usePreferences.getState().defaultDepartment);
  if (there !== here) window.history.replaceState(window.history.state, '', there);
}
// The server draws the first screen in the visitor's language and theme: it reads them here.
if (!config.useMocks) mirrorPreferencesToCookie();

// The last figures fetched from this data source show at once on a reload, and are refreshed as
// the API answers (a mock scenario is a data source of its own).
// Against a server, reading may need a sign-in: the views ask for data once the session allows it
// (the mock API reads publicly).
const queryClient = createQueryClient({ sessionFirst: !config.useMocks });
const scope = config.useMocks
  ? mockDataScope(window.location.search, window.sessionStorage)
  : config.apiBaseUrl;
// A server (`npm start`) sends the first screen's figures with the page: the freshest there are.
const seeded = config.useMocks ? 0 : seedInitialData(queryClient, document, queryForPath);
// It sends them only to someone who may read them: the views need not wait for the session.
if (seeded > 0) readBeforeSession(queryClient);
else if (!config.useMocks) {
  // Asked for at once, whichever view this is: the header's account menu, which would ask for it
  // too, loads beside the first screen, and some views (a wall screen's show) have none.
  // If it cannot be had, the views ask anyway and say what is wrong (mayReadNow).
  void import('@/lib/api/session')
    .then((m) => queryClient.query(m.sessionQueries.detail()))
    .catch(() => undefined);
}
const restored = seeded > 0 || restoreQueries(queryClient, scope, keptQueries) > 0;
if (!restored) startMockApi();
keepQueries(queryClient, scope, keptQueries);

// Live updates (the server's change feed, or the demo's other tabs) load after the first paint,
// beside the first screen rather than in it.
const startLive = () => {
  void import('@/lib/live/live-updates').then((m) => m.startLiveUpdates(queryClient));
};

// English is fetched on first use; a stored English preference, or a link to English slides
// (`?lang=en`), must not paint Chinese first.
const linked = new URLSearchParams(window.location.search).get('lang');
void Promise.all(
  [usePreferences.getState().language, ...LANGUAGES.filter((l) => l === linked)].map(loadLanguage),
).then(render);

/** Runs `run` once the first render is painted: a task posted from the next frame's callback. */
function AfterFirstPaint({ run }: { run: () => void }) {
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(run, 0));
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [run]);
  return null;
}

async function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const router = createBrowserRouter(routes);
  // The server drew the first screen (src/app/render-page.tsx): the first render takes its place
  // in one commit, so it waits for the route's code rather than showing a placeholder for it.
  const drawn = root.firstElementChild !== null;
  if (drawn) {
    const { pathname } = window.location;
    await Promise.all([
      router.ready(),
      showsCommitments(pathname) ? preloadCommitmentsTable() : null,
    ]).catch(() => undefined);
  }
  performance.mark('npf:render');
  const firstScreen = { drawn };
  const firstScreenPainted = () => {
    firstScreen.drawn = false;
  };
  const app = (
    <StrictMode>
      <FirstScreenDrawn value={firstScreen}>
        <AppProvider queryClient={queryClient}>
          <RouterProvider router={router} />
        </AppProvider>
      </FirstScreenDrawn>
      <AfterFirstPaint run={firstScreenPainted} />
      <AfterFirstPaint run={startMockApi} />
      <AfterFirstPaint run={startLive} />
    </StrictMode>
  );
  if (restored) {
    // Figures sent with the page or kept from before: the first render shows them at once (the
    // shell and the headline figures; the panels below follow one render later, unless the server
    // drew them), and the mock layer's start-up waits until they are painted (AfterFirstPaint).
    createRoot(root).render(app);
  } else {
    // A transition renders in slices, so the mock layer's start-up (evaluating it, MSW's round
    // trips to its service worker) goes on in between instead of after the whole first render.
    startTransition(() => createRoot(root).render(app));
  }
  // While the page waits for its figures, not when they arrive.
  const warm = () => warmFormatters(usePreferences.getState().language);
  if ('requestIdleCallback' in window) window.requestIdleCallback(warm);
  else setTimeout(warm, 1);
}
