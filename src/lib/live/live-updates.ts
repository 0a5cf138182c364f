// Live updates: each committed change refetches just the queries it touches (the indicator's
// detail and audit trail, and the list every overview is drawn from), in the background, so the
// views change without a reload and without a loading state. Against a server they come from the
// change feed (GET /events, Server-Sent Events); in the demo, from the mock API's announcements on
// a BroadcastChannel (its other tabs' writes). While the feed is down the page refreshes its
// figures on a timer and reconnects with backoff, resuming after the last change it heard.
// Loaded beside the first screen (src/main.tsx), never in it.
import type { QueryClient } from '@tanstack/react-query';
import { config } from '@/config/env';
import { changeEventSchema, MOCK_CHANGE_CHANNEL, type ChangeEvent } from '@/domain/change-events';
import { auditQueries } from '@/lib/api/audit-queries';
import { apiUrl } from '@/lib/api/client';
import { indicatorQueries } from '@/lib/api/queries';
import { whileReadable } from '@/lib/query-client';
import { refreshQueries } from '@/lib/refresh-queries';
import { useLiveStatus } from '@/stores/live-status';

export interface LiveOptions {
  /** `stream`: the server's feed; `channel`: the mock API's BroadcastChannel. */
  source?: 'stream' | 'channel';
  /** While the feed is down, how often the figures are refetched (ms). */
  pollMs?: number;
  /** The wait before the nth reconnect (n from 0). */
  backoffMs?: (attempt: number) => number;
}

/** 1 s, 2 s, 4 s … at most 30 s, each with up to a fifth more, so screens do not reconnect in step. */
export const reconnectDelay = (attempt: number) =>
  Math.min(1000 * 2 ** attempt, 30_000) * (1 + Math.random() * 0.2);

/**
 * The feed's URL, resuming after `lastId` when there is one (a new EventSource cannot send the
 * Last-Event-ID header, so it goes in the query). A screen's credentials would go here too.
 */
export function eventsUrl(lastId: string | null): string {
  return apiUrl('/events', lastId ? new URLSearchParams({ lastEventId: lastId }) : undefined);
}

/**
 * Refetches (in the background, for views showing them) what one change touched, including what
 * was being fetched when the change was heard: that answer may predate it.
 */
export function applyChange(queryClient: QueryClient, event: ChangeEvent): void {
  for (const { id } of event.indicators) {
    void refreshQueries(queryClient, { queryKey: indicatorQueries.detail(id).queryKey });
    void refreshQueries(queryClient, { queryKey: [...auditQueries.lists(), id] });
  }
  void refreshQueries(queryClient, { queryKey: indicatorQueries.lists() });
}

/**
 * Everything that changes with the data, after a gap the feed cannot fill: what was being fetched
 * is asked again too, as it may predate a change made in the gap.
 */
function refetchFigures(queryClient: QueryClient): void {
  void refreshQueries(queryClient, { queryKey: indicatorQueries.all });
  void refreshQueries(queryClient, { queryKey: auditQueries.all });
}

/**
 * Everything that changes with the data, on a timer while there is no feed. A tick brings no
 * news: a request on its way is as recent as one asked now would be, and is kept.
 */
function pollFigures(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: indicatorQueries.all });
  void queryClient.invalidateQueries({ queryKey: auditQueries.all });
}

function parseChange(data: unknown): ChangeEvent | null {
  try {
    const parsed = changeEventSchema.safeParse(typeof data === 'string' ? JSON.parse(data) : data);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

let running: (() => void) | null = null;

/** Starts live updates for this page (once); returns the function that stops them. */
export function startLiveUpdates(queryClient: QueryClient, options: LiveOptions = {}): () => void {
  if (running) return running;
  const source = options.source ?? (config.useMocks ? 'channel' : 'stream');
  // The server's feed answers 401 where reading needs a sign-in: it opens once the session allows
  // reading, and closes on signing out.
  const stop =
    source === 'channel'
      ? listenChannel(queryClient)
      : whileReadable(queryClient, () => {
          const close = listenStream(queryClient, options);
          return () => {
            close();
            useLiveStatus.getState().feedStopped();
          };
        });
  running = () => {
    stop();
    running = null;
    useLiveStatus.getState().feedStopped();
  };
  return running;
}

function listenChannel(queryClient: QueryClient): () => void {
  const status = useLiveStatus.getState();
  if (typeof BroadcastChannel !== 'function') {
    // No way to hear the other tabs: refresh on a timer instead.
    status.feedLost();
    const timer = setInterval(() => pollFigures(queryClient), 30_000);
    return () => clearInterval(timer);
  }
  const channel = new BroadcastChannel(MOCK_CHANGE_CHANNEL);
  channel.onmessage = (message: MessageEvent) => {
    const event = parseChange(message.data);
    if (event) applyChange(queryClient, event);
  };
  status.feedOpened();
  return () => channel.close();
}

function listenStream(queryClient: QueryClient, options: LiveOptions): () => void {
  const { pollMs = 30_000, backoffMs = reconnectDelay } = options;
  const status = useLiveStatus.getState();
  let lastId: string | null = null;
  let attempt = 0;
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let poll: ReturnType<typeof setInterval> | null = null;
  let stopped = false;

  const heard = (message: MessageEvent<string>) => {
    if (message.lastEventId) lastId = message.lastEventId;
  };
  const connect = () => {
    retry = null;
    const es = new EventSource(eventsUrl(lastId));
    source = es;
    es.onopen = () => {
      attempt = 0;
      if (poll) clearInterval(poll);
      poll = null;
      status.feedOpened();
    };
    // The first `ready`: the feed starts from now, but the figures on screen were fetched before
    // it was listening; a change saved in between would be missed. All of them are fetched once
    // more (a 304 when nothing changed), whatever their timestamps say: those sent with the page
    // carry the server's clock, which may run ahead of this one.
    es.addEventListener('ready', (message: MessageEvent<string>) => {
      const first = lastId === null;
      heard(message);
      if (first) refetchFigures(queryClient);
    });
    es.addEventListener('change', (message: MessageEvent<string>) => {
      heard(message);
      const event = parseChange(message.data);
      if (event) applyChange(queryClient, event);
    });
    es.addEventListener('reset', (message: MessageEvent<string>) => {
      heard(message);
      refetchFigures(queryClient);
    });
    // A dropped stream, a server restarting, a proxy's error page: the browser would retry some
    // of these itself and give up on others; the page decides instead, the same way for all.
    es.onerror = () => {
      es.close();
      if (stopped || source !== es) return;
      source = null;
      status.feedLost();
      // Catch up at once: what happened while the stream was going (and the reason it went,
      // such as a screen unpaired by an admin) shows now, not a poll later.
      if (!poll) refetchFigures(queryClient);
      poll ??= setInterval(() => pollFigures(queryClient), pollMs);
      retry = setTimeout(connect, backoffMs(attempt));
      attempt += 1;
    };
  };
  connect();
  return () => {
    stopped = true;
    source?.close();
    if (retry) clearTimeout(retry);
    if (poll) clearInterval(poll);
  };
}
