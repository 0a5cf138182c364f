// The indicators with their status on today's date, from the cached list; filtering happens in
// memory so it is instant.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useFirstScreenDrawn } from '@/lib/first-screen';
import { matchesFilters, searchText, type ViewFilters } from '@/domain/filters';
import type { Indicator } from '@/domain/schemas';
import { assess, type Assessment } from '@/domain/status';
import { indicatorQueries } from '@/lib/api/queries';
import { useToday } from './use-today';

export interface AssessedIndicator {
  indicator: Indicator;
  assessment: Assessment;
  text: string;
}

export function useAssessedIndicators(options: { today?: string; refetchInterval?: number } = {}) {
  const fixedToday = useToday();
  // A wall screen runs for days: it passes the current day; a desk view keeps the day it opened on.
  const today = options.today ?? fixedToday;
  const select = useCallback(
    (data: { items: Indicator[] }): AssessedIndicator[] =>
      data.items.map((indicator) => ({
        indicator,
        assessment: assess(indicator, today),
        text: searchText(indicator),
      })),
    [today],
  );
  return useQuery({
    ...indicatorQueries.list(),
    select,
    ...(options.refetchInterval
      ? { refetchInterval: options.refetchInterval, refetchIntervalInBackground: true }
      : {}),
  });
}

/**
 * The same list, one render later: for the panels below the headline figures, so that the figures
 * are committed and painted first and the rest follows. That holds when the data arrives and also
 * on the first render, which on a reload already has the figures kept from the last visit.
 */
export function useDeferredAssessedIndicators() {
  const query = useAssessedIndicators();
  // Where the server drew the first screen, not a render later: at once, as it drew them.
  const drawn = useFirstScreenDrawn();
  const now = query.data ?? null;
  // `null` stands for "none yet": an initial value of `undefined` would count as none given.
  const data = useDeferredValue(now, drawn ? now : null) ?? undefined;
  return { ...query, data };
}

export function applyFilters(
  items: readonly AssessedIndicator[],
  filters: ViewFilters,
): AssessedIndicator[] {
  return items.filter((a) => matchesFilters(a.indicator, a.assessment, filters, a.text));
}

export function useFilteredIndicators(filters: ViewFilters) {
  const query = useAssessedIndicators();
  const filtered = useMemo(
    () => (query.data ? applyFilters(query.data, filters) : undefined),
    [query.data, filters],
  );
  return { query, all: query.data, filtered };
}
