// Live updates from a server's feed, against what a real network allows: an answer the API read
// before a save that reaches the page after the save's event, and a feed that connects only after
// a save. The page must show the save either way. The feed is a fake EventSource the test speaks
// for (jsdom has none); the API is the mock API, the same app the server runs.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockStore } from '@mocks/db';
import { INITIAL_DATA_ELEMENT_ID, initialDataScript } from '@/domain/initial-data';
import { apiUrl } from '@/lib/api/client';
import { queryForPath } from '@/lib/api/queries';
import { seedInitialData } from '@/lib/initial-data';
import { startLiveUpdates } from '@/lib/live/live-updates';
import { createQueryClient, readBeforeSession } from '@/lib/query-client';
import { useLiveStatus } from '@/stores/live-status';
import { holdFirstAuditAnswer } from '@tests/held-answer';
import { renderApp } from '@tests/render';
import { DEMO, signInAs } from '@tests/session';

const ID = 'metro-gdp';

/** The server's feed as the page sees it: the test sends its messages. */
class FakeFeed {
  static opened: FakeFeed[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly #listeners = new Map<string, (message: MessageEvent<string>) => void>();
  constructor(readonly url: string) {
    FakeFeed.opened.push(this);
  }
  addEventListener(type: string, listener: (message: MessageEvent<string>) => void) {
    this.#listeners.set(type, listener);
  }
  close() {}
  send(type: 'ready' | 'change', id: number, data: unknown) {
    const message = new MessageEvent(type, {
      data: JSON.stringify(data),
      lastEventId: `${id}`,
    });
    this.#listeners.get(type)?.(message);
  }
  /** `ready`, as the server sends it to a new client: where the feed stands now. */
  async ready() {
    const revision = await mockStore.revision();
    this.send('ready', revision, { revision });
  }
}

/** Whether the indicator's data table (drawn from its detail, not the list) shows the saved value. */
const dataTableShows = () =>
  within(screen.getByRole('table', { name: /观测值、目标与应达路径/ })).queryAllByText(/6\.1万亿/)
    .length > 0;

let stopLive = () => {};
beforeEach(() => {
  FakeFeed.opened = [];
  vi.stubGlobal('EventSource', FakeFeed);
});
afterEach(() => {
  stopLive();
  stopLive = () => {};
  useLiveStatus.setState({ status: 'off' });
  vi.unstubAllGlobals();
  document.getElementById(INITIAL_DATA_ELEMENT_ID)?.remove();
});

/** Starts the page's live updates on the fake feed; the stream is open, nothing said yet. */
function openFeed(queryClient: ReturnType<typeof createQueryClient>): FakeFeed {
  stopLive = startLiveUpdates(queryClient, { source: 'stream' });
  const feed = FakeFeed.opened.at(-1);
  if (!feed) throw new Error('the page opened no feed');
  feed.onopen?.();
  return feed;
}

/** Another client (the admin, elsewhere) saves a value through the API; its change event. */
async function anotherClientSaves(value: number) {
  const before = await mockStore.revision();
  await signInAs('admin');
  const res = await fetch(apiUrl(`/indicators/${ID}/observations`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
    body: JSON.stringify({
      observation: {
        date: '2026-09-30',
        value,
        qualifier: 'exact',
        provenance: { kind: 'illustrative' },
      },
    }),
  });
  expect(res.status).toBe(201);
  const found = await mockStore.changes(before, 10);
  const event = found.reset ? undefined : found.events.at(-1);
  if (!event) throw new Error('the save made no change event');
  return event;
}

describe("live updates from a server's feed", () => {
  it.each([
    {
      case: 'hears the save as a change',
      feedStarts: 'before',
      tell: (feed: FakeFeed, event: { revision: number }) =>
        feed.send('change', event.revision, event),
    },
    {
      // Its `ready` names a revision past the save: no change event follows.
      case: 'connects after the save',
      feedStarts: 'after',
      tell: (feed: FakeFeed, event: { revision: number }) =>
        feed.send('ready', event.revision, { revision: event.revision }),
    },
  ])(
    'shows a save in the audit trail when the page $case while the trail’s first answer, read before the save, is on its way',
    async ({ feedStarts, tell }) => {
      const held = holdFirstAuditAnswer(ID);
      const queryClient = createQueryClient();
      renderApp(`/indicators/${ID}`, { queryClient });
      const history = await screen.findByRole('region', { name: '修改记录' });
      let feed = feedStarts === 'before' ? openFeed(queryClient) : null;
      await feed?.ready();
      await held.wasRead;

      const event = await anotherClientSaves(6.1e12);
      feed ??= openFeed(queryClient);
      tell(feed, event);
      // The answer from before the save arrives after the page heard of it.
      held.release();

      expect(await within(history).findByText(DEMO.admin.displayName)).toBeInTheDocument();
      await waitFor(() => expect(dataTableShows()).toBe(true));
    },
  );

  it('shows a save made before the feed connected when the page’s figures came from a server whose clock runs ahead', async () => {
    // The page came with the indicator, timestamped by the server's clock, a minute ahead of ours.
    const indicator: unknown = await (await fetch(apiUrl(`/indicators/${ID}`))).json();
    const at = new Date(Date.now() + 60_000).toISOString();
    document.body.insertAdjacentHTML(
      'beforeend',
      initialDataScript({
        at,
        resources: { [`/indicators/${ID}`]: indicator },
      }),
    );
    const queryClient = createQueryClient({ sessionFirst: true });
    expect(seedInitialData(queryClient, document, queryForPath)).toBe(1);
    readBeforeSession(queryClient);
    renderApp(`/indicators/${ID}`, { queryClient });
    await screen.findByRole('region', { name: '修改记录' });
    expect(dataTableShows()).toBe(false);

    await anotherClientSaves(6.1e12);
    await openFeed(queryClient).ready();

    await waitFor(() => expect(dataTableShows()).toBe(true));
  });
});
