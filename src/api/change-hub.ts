// One reader of the change feed per process, shared by every stream it serves: told that something
// was committed (a database notification, a write in this tab), it reads the new events once and
// hands each, in revision order and already encoded as an SSE message, to every subscriber.
import type { ChangeEvent } from '@/domain/change-events';
import type { Store } from './store';

export interface FeedSubscriber {
  /** A new event, and its SSE message (the same bytes for every subscriber). */
  change(event: ChangeEvent, message: Uint8Array): void;
  /** The hub lost track (its history was pruned past it): the subscriber must start over. */
  reset(revision: number): void;
  /** The hub is closing (the server is shutting down): end the stream. */
  close(): void;
}

export interface ChangeHub {
  /**
   * Resolves once the hub knows where it stands, so that any change committed after this resolves
   * reaches `subscriber`; the caller reads what came before from the store. Returns the
   * unsubscribe function.
   */
  subscribe(subscriber: FeedSubscriber): Promise<() => void>;
  /** Something may have been committed: read what is new. Calls made while reading coalesce. */
  poke(): void;
  /** How many streams are open (metrics, tests). */
  size(): number;
  /** Closes every subscription and refuses new ones (shutdown). */
  close(): void;
}

const encoder = new TextEncoder();

/** An event as the stream sends it: its revision as the id, so a reconnect resumes after it. */
export function changeMessage(event: ChangeEvent): Uint8Array {
  return encoder.encode(`id: ${event.revision}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`);
}

export interface ChangeHubOptions {
  /**
   * A safety net: while anyone listens, read anyway this often (ms), in case a notification was
   * lost (a dropped LISTEN connection between its reconnects). 0: never.
   */
  pollMs?: number;
  /** How many events one read takes. */
  batch?: number;
  onError?: (error: unknown) => void;
}

export function createChangeHub(
  store: Pick<Store, 'changes' | 'revision'>,
  options: ChangeHubOptions = {},
): ChangeHub {
  const { pollMs = 10_000, batch = 500, onError = () => undefined } = options;
  const subscribers = new Set<FeedSubscriber>();
  let cursor: number | null = null;
  let starting: Promise<void> | null = null;
  let reading = false;
  let again = false;
  let closed = false;
  let timer: ReturnType<typeof setInterval> | null = null;

  const start = () =>
    (starting ??= store.revision().then(
      (revision) => {
        cursor ??= revision;
        // A notification heard while the hub was starting was dropped: read once to be sure.
        poke();
      },
      (error: unknown) => {
        starting = null;
        throw error;
      },
    ));

  async function readNew(): Promise<void> {
    if (cursor === null) return;
    for (;;) {
      const found = await store.changes(cursor, batch);
      if (found.reset) {
        cursor = found.revision;
        for (const s of subscribers) s.reset(found.revision);
        return;
      }
      for (const event of found.events) {
        if (event.revision <= cursor) continue;
        cursor = event.revision;
        const message = changeMessage(event);
        for (const s of subscribers) s.change(event, message);
      }
      if (found.events.length < batch) return;
    }
  }

  function poke(): void {
    if (closed || cursor === null) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    void readNew()
      .catch(onError)
      .finally(() => {
        reading = false;
        if (again) {
          again = false;
          poke();
        }
      });
  }

  function watch(): void {
    if (timer === null && pollMs > 0 && subscribers.size > 0) {
      timer = setInterval(poke, pollMs);
      // A safety net must not keep a process (or a test run) alive.
      (timer as { unref?: () => void }).unref?.();
    } else if (timer !== null && subscribers.size === 0) {
      clearInterval(timer);
      timer = null;
    }
  }

  return {
    async subscribe(subscriber) {
      if (closed) throw new Error('the change feed is closed');
      await start();
      subscribers.add(subscriber);
      watch();
      return () => {
        subscribers.delete(subscriber);
        watch();
      };
    },
    poke,
    size: () => subscribers.size,
    close() {
      closed = true;
      for (const s of [...subscribers]) s.close();
      subscribers.clear();
      watch();
    },
  };
}
