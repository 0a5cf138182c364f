// The audit trail's query factory, apart from the others so the first screen does not carry the
// audit and entry schemas it never reads.
import { queryOptions } from '@tanstack/react-query';
import { auditListResponseSchema } from '@/domain/audit';
import { apiGet } from './client';
import { FIGURES_STALE_MS } from './queries';

/** Who changed what: an indicator's audit trail, newest first. */
export const auditQueries = {
  all: ['audit'] as const,
  lists: () => [...auditQueries.all, 'list'] as const,
  list: (indicatorId: string) =>
    queryOptions({
      queryKey: [...auditQueries.lists(), indicatorId] as const,
      queryFn: ({ signal }) =>
        apiGet(`/indicators/${encodeURIComponent(indicatorId)}/audit`, auditListResponseSchema, {
          signal,
        }),
      select: (data) => data.items,
      staleTime: FIGURES_STALE_MS,
    }),
};
