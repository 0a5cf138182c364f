// Refreshing what a change made out of date, including answers already on their way.
import type { QueryClient, QueryFilters } from '@tanstack/react-query';

/**
 * Marks the queries `filters` match as out of date and asks again for those on screen, as
 * `invalidateQueries` does, and also restarts every request for them still on its way: the
 * server may have read it before the change, so its answer, arriving after, would be taken as
 * the news. `invalidateQueries` keeps such a request whenever it cannot replace it (a query with
 * no data yet: a panel's first request; one no view shows or one not enabled yet), and its answer
 * then clears the mark, so the view would keep the old answer until it next went stale.
 * Whoever awaits the old request gets the new one's answer.
 */
export function refreshQueries(client: QueryClient, filters: QueryFilters): Promise<void> {
  for (const query of client.getQueryCache().findAll(filters)) {
    if (query.state.fetchStatus === 'idle') continue;
    // Silently: the cancelled request's promise follows the one that replaces it.
    void query.cancel({ silent: true });
    query.fetch().catch(() => undefined);
  }
  // What is fetching now was asked after the change: kept, not asked twice.
  return client.invalidateQueries(filters, { cancelRefetch: false });
}
