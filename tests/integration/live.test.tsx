// Live updates in the demo: a change another tab saves (through its mock API, which announces it
// on the BroadcastChannel) shows on an open indicator page and on the overview without a reload,
// and refetches only what it touched.
import { screen, waitFor, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { auditQueries } from '@/lib/api/audit-queries';
import { apiUrl } from '@/lib/api/client';
import { indicatorQueries } from '@/lib/api/queries';
import { applyChange, startLiveUpdates } from '@/lib/live/live-updates';
import { useLiveStatus } from '@/stores/live-status';
import { renderApp } from '@tests/render';
import { DEMO, signInAs } from '@tests/session';

let stop = () => {};
afterEach(() => {
  stop();
  useLiveStatus.setState({ status: 'off' });
});

/**
 * Another tab's analyst (the admin, signed in in this browser) saves a value:
 * its mock API writes storage and announces the change.
 */
async function otherTabSaves(id: string, date: string, value: number, basedOn = 1) {
  await signInAs('admin');
  const res = await fetch(apiUrl(`/indicators/${id}/observations`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${basedOn}"` },
    body: JSON.stringify({
      observation: { date, value, qualifier: 'exact', provenance: { kind: 'illustrative' } },
    }),
  });
  expect(res.status).toBe(201);
}

describe('live updates in mock mode', () => {
  it("shows another tab's save on an open indicator page, without a reload", async () => {
    const { queryClient } = renderApp('/indicators/metro-gdp');
    const history = await screen.findByRole('region', { name: '修改记录' });
    stop = startLiveUpdates(queryClient, { source: 'channel' });
    expect(useLiveStatus.getState().status).toBe('live');
    expect(within(history).queryByText(DEMO.admin.displayName)).not.toBeInTheDocument();

    await otherTabSaves('metro-gdp', '2026-09-30', 6.1e12);

    // The audit trail and the figure refetch in the background: no loading state in between.
    expect(await within(history).findByText(DEMO.admin.displayName)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText(/6\.1万亿/).length).toBeGreaterThan(0));
  });

  it('refetches just the queries a change touches', () => {
    const client = new QueryClient();
    const keys = [
      indicatorQueries.detail('metro-gdp').queryKey,
      indicatorQueries.detail('key-labs').queryKey,
      auditQueries.list('metro-gdp').queryKey,
      auditQueries.list('key-labs').queryKey,
      indicatorQueries.list().queryKey,
    ];
    for (const key of keys) client.setQueryData(key as readonly unknown[], { any: 'thing' });
    applyChange(client, {
      revision: 9,
      at: '2026-12-01T08:00:00.000Z',
      what: 'record',
      indicators: [{ id: 'metro-gdp', version: 2 }],
    });
    const stale = keys.map((key) => client.getQueryState(key)?.isInvalidated);
    expect(stale).toEqual([true, false, true, false, true]);
  });

  it('says discreetly on the wall screen whether it is live or polling', async () => {
    renderApp('/present');
    const bar = await screen.findByRole('banner');
    expect(within(bar).queryByText('实时')).not.toBeInTheDocument();
    stop = startLiveUpdates(new QueryClient(), { source: 'channel' });
    expect(await within(bar).findByText('实时')).toHaveAttribute('title', '数据变化即时显示');
    useLiveStatus.getState().feedLost();
    expect(await within(bar).findByText('轮询')).toBeInTheDocument();
  });
});
