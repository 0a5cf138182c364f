// Starts the mock API when mocks are on, then renders. The only file in src that imports mocks/.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { config } from '@/config/env';
import '@/styles/global.css';

async function start() {
  if (config.useMocks) {
    const { startMockApi } = await import('@mocks/browser');
    await startMockApi();
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
}

void start();
