// Where a CLI tool does its work. On PGlite the data folder has one owner (data-dir-lock.ts):
// while the server holds it, the tool sends its request to the server, which does the work in its
// own database session; while nobody does, the tool holds the folder itself (a server started
// meanwhile refuses, saying so) and works on it. On PostgreSQL the tool connects as any client.
import type { ServerConfig } from '../config';
import { openDatabase, type OpenDatabase } from '../store/database';
import {
  askOwner,
  DataDirInUse,
  type ControlReply,
  type ControlRequest,
} from '../store/data-dir-lock';

export type OwnerReply = Extract<ControlReply, { ok: true }>;

export async function onDatabase<T>(
  database: ServerConfig['database'],
  owner: string,
  request: ControlRequest,
  work: {
    /** The server did it: what its reply means. */
    online: (reply: OwnerReply) => T;
    /** Nobody holds the folder (or it is PostgreSQL): do it here. */
    offline: (opened: OpenDatabase) => Promise<T>;
  },
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    if (database.kind === 'pglite') {
      const reply = await askOwner(database.dataDir, request);
      if (reply && !reply.ok) throw new Error(`${reply.error} (${reply.owner}, pid ${reply.pid})`);
      if (reply) return work.online(reply);
    }
    let opened: OpenDatabase;
    try {
      opened = await openDatabase(database, owner);
    } catch (error) {
      // A server took the folder between the question and the opening: ask it, once.
      if (error instanceof DataDirInUse && attempt === 0) continue;
      throw error;
    }
    opened.hold?.serve(() =>
      Promise.resolve({
        ok: false,
        owner,
        pid: process.pid,
        error: `${owner} has the data folder open; try again when it has finished`,
      }),
    );
    try {
      return await work.offline(opened);
    } finally {
      await opened.close();
    }
  }
}
