// GET /events: the change feed as Server-Sent Events. Each committed change is one `change`
// message whose id is the revision it produced; a client that reconnects with Last-Event-ID gets
// every change after it, then the live ones, with no gap and no repeat. A comment line every
// `heartbeatMs` keeps proxies from closing an idle stream.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChangeHub } from '../change-hub';
import { changeMessage } from '../change-hub';
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
    return streamSSE(c, async (stream) => {
      let last = -1;
      let queued = 0;
      let writing: Promise<unknown> = Promise.resolve();
      let finish = () => {};
      const done = new Promise<void>((resolve) => {
        finish = resolve;
      });
      stream.onAbort(() => finish());
      // Messages go out one after another; a client that stops reading is let go rather than
      // buffered for without bound.
      const send = (message: Uint8Array) => {
        if (stream.aborted || stream.closed) return;
        if (queued >= maxQueued) {
          finish();
          return;
        }
        queued += 1;
        writing = writing.then(() => stream.write(message)).finally(() => (queued -= 1));
      };
      const resetMessage = (revision: number) =>
        encoder.encode(`id: ${revision}\nevent: reset\ndata: {"revision":${revision}}\n\n`);

      // Live changes wait here while the history before them is being sent.
      let held: Parameters<typeof send>[0][] | null = [];
      const heldRevisions: number[] = [];
      const unsubscribe = await hub.subscribe({
        change(event, message) {
          if (held) {
            held.push(message);
            heldRevisions.push(event.revision);
          } else if (event.revision > last) {
            last = event.revision;
            send(message);
          }
        },
        reset(revision) {
          last = revision;
          send(resetMessage(revision));
        },
        close: () => finish(),
      });
      try {
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
        const waiting = held;
        held = null;
        waiting.forEach((message, i) => {
          const revision = heldRevisions[i] ?? 0;
          if (revision > last) {
            last = revision;
            send(message);
          }
        });
        const beat = encoder.encode(': heartbeat\n\n');
        const heartbeat = setInterval(() => send(beat), heartbeatMs);
        await done;
        clearInterval(heartbeat);
      } finally {
        unsubscribe();
      }
    });
  });
}
