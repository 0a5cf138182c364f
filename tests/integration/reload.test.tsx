// A reload (a wall display after a reboot, a second visit) shows the figures fetched last time at
// once, while the API is asked again, and keeps them when it does not answer.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { config } from '@/config/env';
import { keptQueries } from '@/lib/api/queries';
import { createQueryClient } from '@/lib/query-client';
import { keepQueries, restoreQueries } from '@/lib/query-persist';
import { renderApp } from '@tests/render';

/** A first visit: the app fetches its figures and keeps them; resolves once they are written. */
async function firstVisit(scope: string) {
  const client = createQueryClient();
  const stop = keepQueries(client, scope, keptQueries, 0);
  const view = renderApp('/', { queryClient: client });
  await within(await screen.findByRole('region', { name: '核心数据' })).findByText('超5万亿元');
  // Every kept resource written, however long the other requests took (not a fixed wait).
  await waitFor(() => {
    const stored = JSON.parse(localStorage.getItem(`npf-tracker:figures:${scope}`) ?? '{}') as {
      entries?: unknown[];
    };
    expect(stored.entries).toHaveLength(keptQueries.length);
  });
  stop();
  view.unmount();
}

describe('reloading the dashboard', () => {
  it('shows the last figures at once, before the API answers', async () => {
    await firstVisit('mock');
    const client = createQueryClient();
    expect(restoreQueries(client, 'mock', keptQueries)).toBe(keptQueries.length);
    renderApp('/', { queryClient: client });
    const panel = screen.getByRole('region', { name: '核心数据' });
    // there at the first render: no loading state in between
    expect(within(panel).getByText('超5万亿元')).toBeInTheDocument();
    expect(within(panel).getByText('138家')).toBeInTheDocument();
  });

  it('asks again for figures kept long ago, and keeps showing them, marked, if that fails', async () => {
    await firstVisit('mock');
    const key = 'npf-tracker:figures:mock';
    const kept = JSON.parse(localStorage.getItem(key)!) as { entries: { updatedAt: number }[] };
    for (const e of kept.entries) e.updatedAt -= 2 * 60 * 60 * 1000;
    localStorage.setItem(key, JSON.stringify(kept));
    server.use(http.all(`${config.apiBaseUrl}/*`, () => HttpResponse.error()));

    const client = createQueryClient();
    restoreQueries(client, 'mock', keptQueries);
    renderApp('/', { queryClient: client, retries: true });
    const panel = screen.getByRole('region', { name: '核心数据' });
    expect(within(panel).getByText('超5万亿元')).toBeInTheDocument();
    expect(await within(panel).findByText(/未能刷新/)).toBeInTheDocument();
    expect(within(panel).getByText('超5万亿元')).toBeInTheDocument();
  });

  it('does not show one data source’s figures on another’s page', async () => {
    await firstVisit('mock:scale');
    const client = createQueryClient();
    expect(restoreQueries(client, 'mock', keptQueries)).toBe(0);
    renderApp('/', { queryClient: client });
    const panel = screen.getByRole('region', { name: '核心数据' });
    expect(within(panel).getByRole('status', { name: '正在加载…' })).toBeInTheDocument();
    expect(within(panel).queryByText('超5万亿元')).not.toBeInTheDocument();
  });
});
