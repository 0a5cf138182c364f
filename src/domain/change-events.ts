// The change feed's messages (GET /api/events): each committed change, with the revision it
// produced as its id, in commit order. The client reads them to refetch only what changed.
import { z } from './zod';

export const changeEventSchema = z.object({
  /** The store's revision this change produced: the event's id, increasing in commit order. */
  revision: z.int().check(z.positive()),
  /** When the change was saved, as an ISO timestamp. */
  at: z.iso.datetime({ offset: true }),
  /** A record saved through the form (or the API), or an import of many rows. */
  what: z.enum(['record', 'import']),
  /** Each indicator the change touched, with the version it now has. */
  indicators: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      version: z.int().check(z.positive()),
    }),
  ),
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;

/** A `reset` event's data: the history no longer reaches back to the client's last id. */
export const feedResetSchema = z.object({
  /** The revision to resume from once everything has been fetched again. */
  revision: z.int().check(z.nonnegative()),
});
export type FeedReset = z.infer<typeof feedResetSchema>;

/** What the feed has after a given revision: the events, or `reset` when it cannot say. */
export type ChangeBatch =
  { reset: false; events: ChangeEvent[] } | { reset: true; revision: number };

/**
 * The BroadcastChannel the mock API announces its writes on, so the demo's other tabs update
 * live as a server's clients do through the feed.
 */
export const MOCK_CHANGE_CHANNEL = 'npf-tracker:changes';
