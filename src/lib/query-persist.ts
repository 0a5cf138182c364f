// The last figures this browser fetched, kept in localStorage, so a reload (a wall display after a
// reboot, an analyst's second visit) shows them at once while the API is asked again, and still
// shows them if it does not answer. Only the resources listed by the caller are kept; each one is
// checked against its schema again when read back, and an entry that fails is dropped.
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

/** What a kept resource needs: its query key and the schema its query function parses with. */
export interface KeptQuery {
  queryKey: QueryKey;
  schema: { safeParse: (data: unknown) => { success: boolean } };
}

interface Stored {
  version: number;
  entries: { key: string; data: unknown; updatedAt: number }[];
}

/** Raised when the stored shape changes; older entries are then ignored. */
const VERSION = 1;
/** Older figures than this are not worth showing before the API answers. */
export const KEEP_MS = 7 * 24 * 60 * 60 * 1000;
const PREFIX = 'npf-tracker:figures:';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Puts what was kept for `scope` into the cache, as data fetched when it was fetched (so it is
 * refetched if stale). `scope` names the data source: another API or mock scenario keeps its own.
 * Returns how many resources were restored.
 */
export function restoreQueries(
  client: QueryClient,
  scope: string,
  kept: readonly KeptQuery[],
  now = Date.now(),
): number {
  const store = storage();
  let stored: Stored;
  try {
    const raw = store?.getItem(PREFIX + scope);
    if (!raw) return 0;
    stored = JSON.parse(raw) as Stored;
  } catch {
    return 0;
  }
  if (stored.version !== VERSION || !Array.isArray(stored.entries)) return 0;
  let restored = 0;
  for (const { queryKey, schema } of kept) {
    const entry = stored.entries.find((e) => e.key === hashKey(queryKey));
    if (!entry || typeof entry.updatedAt !== 'number') continue;
    if (now - entry.updatedAt > KEEP_MS || entry.updatedAt > now) continue;
    if (!schema.safeParse(entry.data).success) continue;
    client.setQueryData(queryKey, entry.data, { updatedAt: entry.updatedAt });
    restored += 1;
  }
  return restored;
}

/**
 * Writes the listed resources for `scope` whenever one of them is fetched anew; writes are
 * batched, and a full or missing storage only means nothing is kept. Returns the unsubscribe.
 */
export function keepQueries(
  client: QueryClient,
  scope: string,
  kept: readonly KeptQuery[],
  delayMs = 500,
): () => void {
  const keys = new Set(kept.map((k) => hashKey(k.queryKey)));
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const entries: Stored['entries'] = [];
    for (const { queryKey } of kept) {
      const state = client.getQueryState(queryKey);
      if (state?.status !== 'success' || state.data === undefined) continue;
      entries.push({ key: hashKey(queryKey), data: state.data, updatedAt: state.dataUpdatedAt });
    }
    try {
      storage()?.setItem(PREFIX + scope, JSON.stringify({ version: VERSION, entries }));
    } catch {
      /* quota or privacy mode: the next visit simply waits for the API */
    }
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (!keys.has(event.query.queryHash)) return;
    timer ??= setTimeout(write, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
