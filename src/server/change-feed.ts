// The server's side of the change feed: one hub per instance, woken by the database's
// notifications (PostgreSQL LISTEN/NOTIFY, so a change saved through any instance reaches the
// streams of all of them; PGlite's in-process LISTEN on one), and closed on shutdown.
import { createChangeHub, type ChangeHub } from '@/api/change-hub';
import type { Store } from '@/api/store';
import { errorFields, type Logger } from './log';
import type { OpenDatabase } from './store/database';
import { CHANGE_CHANNEL } from './store/sql-store';

export interface ServerFeed {
  hub: ChangeHub;
  /** Ends every open stream and stops listening. */
  close(): Promise<void>;
}

export async function startChangeFeed(
  database: Pick<OpenDatabase, 'listen'>,
  store: Store,
  logger: Logger,
  options: { pollMs?: number } = {},
): Promise<ServerFeed> {
  const hub = createChangeHub(store, {
    ...options,
    onError: (error) => logger.warn('change feed: reading new changes failed', errorFields(error)),
  });
  // The payload (the revision) is not needed: the hub reads everything after what it has sent.
  // After a reconnect it reads too, catching up on what was committed meanwhile.
  const unlisten = await database.listen(
    CHANGE_CHANNEL,
    () => hub.poke(),
    () => {
      logger.info('change notifications: listening again');
      hub.poke();
    },
  );
  return {
    hub,
    async close() {
      hub.close();
      // On shutdown the database may already be closing: nothing left to stop listening to.
      await unlisten().catch(() => undefined);
    },
  };
}
