// GET /events: the change feed as Server-Sent Events. Each committed change is one `change`
// message whose id is the revision it produced; a client that reconnects with Last-Event-ID gets
// every change after it, then the live ones, with no gap and no repeat. A comment line every
// `heartbeatMs` keeps proxies from closing an idle stream.
import { Hono } from 'hono';
import { changeMessage, type ChangeHub, type FeedSubscriber } from '../change-hub';
import type { ApiContext } from '../app';
import { problem } from '../respond';

export interface FeedOptions {
  hub: ChangeHub;
  /** How often an idle stream says it is alive (ms). */
  heartbeatMs?: number;
  /** A client this many messages behind (not reading) is cut off; it reconnects and resumes. */
  maxQueued?: number;
}

/** The revision a Last-Event-ID (or `?lastEventId=`) names: null when none, NaN when not one. */
export function lastEventId(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  return /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
}

const encoder = new TextEncoder();
const BACKLOG_BATCH = 500;
const HEARTBEAT = encoder.encode(': heartbeat\n\n');

export function eventRoutes(api: ApiContext, feed: FeedOptions) {
  const { hub, heartbeatMs = 15_000, maxQueued = 1_000 } = feed;
  const { store } = api;

  return new Hono().get('/events', (c) => {
    // EventSource sends the header on its own reconnects; a client opening a new one passes the
    // id in the query instead (it cannot set headers).
    const after = lastEventId(c.req.header('Last-Event-ID') ?? c.req.query('lastEventId'));
    if (Number.isNaN(after)) {
      return problem(c, 400, 'badRequest', 'Last-Event-ID must be an event id of this feed');
    }
    // One plain stream whose messages are enqueued as they come: no writer, transform or promise
    // per message, since one change goes out to every open screen at once.
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        stop = follow(controller, after, () => api.auth.stillValid(c));
      },
      cancel: () => stop(),
    });
    return c.body(body, 200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      // Proxies that buffer answers (nginx) are told not to hold this one.
      'X-Accel-Buffering': 'no',
    });
  });

  /** Feeds one client's stream until it goes or the hub closes; returns the function that stops. */
  function follow(
    controller: ReadableStreamDefaultController<Uint8Array>,
    after: number | null,
    stillValid: () => Promise<boolean>,
  ): () => void {
    let last = -1;
    let ended = false;
    let heartbeat: ReturnType<typeof setInterval> | null = null;
    let unsubscribe = () => {};
    const end = () => {
      if (ended) return;
      ended = true;
      if (heartbeat) clearInterval(heartbeat);
      unsubscribe();
      try {
        controller.close();
      } catch {
        // Already cancelled by the client.
      }
    };
    // A client that stops reading is let go rather than buffered for without bound.
    const send = (message: Uint8Array) => {
      if (ended) return;
      if ((controller.desiredSize ?? 0) < -maxQueued) {
        end();
        return;
      }
      controller.enqueue(message);
    };
    const resetMessage = (revision: number) =>
      encoder.encode(`id: ${revision}\nevent: reset\ndata: {"revision":${revision}}\n\n`);

    // Live changes wait here while the history before them is being sent.
    let held: { revision: number; message: Uint8Array }[] | null = [];
    const subscriber: FeedSubscriber = {
      change(event, message) {
        if (held) held.push({ revision: event.revision, message });
        else if (event.revision > last) {
          last = event.revision;
          send(message);
        }
      },
      reset(revision) {
        last = revision;
        send(resetMessage(revision));
      },
      close: end,
    };

    const catchUp = async () => {
      const stopListening = await hub.subscribe(subscriber);
      if (ended) {
        stopListening();
        return;
      }
      unsubscribe = stopListening;
      if (after === null) {
        // A new client starts from now: the id of where it stands, so it can resume from there.
        last = await store.revision();
        send(encoder.encode(`id: ${last}\nevent: ready\ndata: {"revision":${last}}\n\n`));
      } else {
        last = after;
        send(encoder.encode(`: resuming after ${after}\n\n`));
        for (;;) {
          const found = await store.changes(last, BACKLOG_BATCH);
          if (found.reset) {
            last = found.revision;
            send(resetMessage(found.revision));
            break;
          }
          for (const event of found.events) {
            last = event.revision;
            send(changeMessage(event));
          }
          if (found.events.length < BACKLOG_BATCH) break;
        }
      }
      const waiting = held ?? [];
      held = null;
      for (const { revision, message } of waiting) {
        if (revision > last) {
          last = revision;
          send(message);
        }
      }
      // Each heartbeat also asks whether the session still stands: a signed-out account or an
      // unpaired screen loses its stream, and its reconnect is refused with the reason.
      if (!ended) {
        heartbeat = setInterval(() => {
          send(HEARTBEAT);
          stillValid().then(
            (ok) => {
              if (!ok) end();
            },
            () => undefined,
          );
        }, heartbeatMs);
      }
    };
    // The store or the hub failing ends the stream; the client reconnects and resumes.
    catchUp().catch(end);
    return end;
  }
}
