// Renders the app at once and, when mocks are on, starts the mock API beside it: requests wait for
// the worker, the shell does not. The only file in src that imports mocks/.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { config } from '@/config/env';
import { waitForApi } from '@/lib/api/ready';
import '@/styles/global.css';

if (config.useMocks) {
  waitForApi(import('@mocks/browser').then((m) => m.startMockApi()));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <RouterProvider router={createBrowserRouter(routes)} />
    </AppProvider>
  </StrictMode>,
);
