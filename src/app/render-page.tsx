// The first screen as HTML, drawn by the server (`npm start`) into the page it sends: the same
// route table, components and query cache as the client, seeded with the same initial data and
// drawn with the visitor's preferences, so the first paint already shows the figures while the
// app's scripts load. Vite builds it as a module of its own for Node (src/server/client-build.ts);
// the server loads it at run time. The client then renders over it (src/main.tsx).
import { renderToString } from 'react-dom/server';
import { arrivalUrl } from '@/app/arrival';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import type { InitialData } from '@/domain/initial-data';
import type { PagePreferences } from '@/domain/preferences-cookie';
import { preloadCommitmentsTable } from '@/components/ui/CommitmentsPanel';
import { queryForPath } from '@/lib/api/queries';
import { FirstScreenDrawn } from '@/lib/first-screen';
import { loadLanguage } from '@/lib/i18n';
import { seedResources } from '@/lib/initial-data';
import { createQueryClient, readBeforeSession } from '@/lib/query-client';
import { createMemoryRouter, RouterProvider } from '@/lib/router';
import { usePreferences } from '@/stores/preferences';

/**
 * The markup of the route at `url` (path and query) for inside `#root`. The route's own code and
 * the commitments table are loaded first, as the client loads them before its first render; the
 * lazy pieces of the header (the account menu) are left to the client.
 */
export async function renderPage(
  url: string,
  data: InitialData,
  preferences: PagePreferences,
): Promise<string> {
  const client = createQueryClient();
  seedResources(client, data, queryForPath);
  readBeforeSession(client);
  const router = createMemoryRouter(routes, {
    initialEntries: [arrivalUrl(url, preferences.defaultDepartment)],
  });
  await Promise.all([
    router.ready(),
    preloadCommitmentsTable(),
    loadLanguage(preferences.language),
  ]);
  // One render at a time, start to end with no await: the process-wide stores hold this visitor's
  // preferences for exactly as long as it takes.
  usePreferences.setState(preferences);
  // A server render reads a zustand store through its initial state (useSyncExternalStore's
  // server snapshot), so that is where this visitor's preferences go too.
  Object.assign(usePreferences.getInitialState(), preferences);
  const html = renderToString(
    <FirstScreenDrawn value={{ drawn: true }}>
      <AppProvider queryClient={client}>
        <RouterProvider router={router} />
      </AppProvider>
    </FirstScreenDrawn>,
  );
  client.clear();
  return html;
}
