// Saving an observation or milestone update with an optimistic update: the chart, table and
// lists show it at once; if the API refuses or fails, the caches are put back as they were.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import { changeResponseSchema } from '@/domain/audit';
import { applyChange } from '@/domain/entry';
import type {
  Indicator,
  indicatorsResponseSchema,
  MilestoneUpdate,
  Observation,
} from '@/domain/schemas';
import { apiPost } from '@/lib/api/client';
import { auditQueries } from '@/lib/api/audit-queries';
import { indicatorQueries } from '@/lib/api/queries';
import { refreshQueries } from '@/lib/refresh-queries';

export type Change = { observation: Observation } | { update: MilestoneUpdate };
type IndicatorList = z.infer<typeof indicatorsResponseSchema>;

/** `basedOn`: the indicator's version the analyst saw; a change saved since makes this a 412. */
function send(indicatorId: string, change: Change, basedOn: number) {
  const base = `/indicators/${encodeURIComponent(indicatorId)}`;
  const options = { ifMatch: basedOn };
  return 'observation' in change
    ? apiPost(
        `${base}/observations`,
        { observation: change.observation },
        changeResponseSchema,
        options,
      )
    : apiPost(
        `${base}/milestone-updates`,
        { update: change.update },
        changeResponseSchema,
        options,
      );
}

export function useRecordChange(indicatorId: string) {
  const queryClient = useQueryClient();
  const detailKey = indicatorQueries.detail(indicatorId).queryKey;
  const listsKey = indicatorQueries.lists();
  const withChange = (change: Change) => (i: Indicator) =>
    i.id === indicatorId ? applyChange(i, change) : i;

  return useMutation({
    // The audit trail names the signed-in account; the API takes no author from the client.
    mutationFn: ({ change, basedOn }: { change: Change; basedOn: number }) =>
      send(indicatorId, change, basedOn),
    onMutate: async ({ change }) => {
      // A refetch landing now would overwrite the optimistic value with the old one.
      await Promise.all([
        queryClient.cancelQueries({ queryKey: detailKey }),
        queryClient.cancelQueries({ queryKey: listsKey }),
      ]);
      const detail = queryClient.getQueryData(detailKey);
      const lists = queryClient.getQueriesData<IndicatorList>({ queryKey: listsKey });
      if (detail) queryClient.setQueryData(detailKey, withChange(change)(detail));
      queryClient.setQueriesData<IndicatorList>({ queryKey: listsKey }, (old) =>
        old ? { ...old, items: old.items.map(withChange(change)) } : old,
      );
      return { detail, lists };
    },
    onError: (_error, _variables, snapshot) => {
      if (!snapshot) return;
      if (snapshot.detail) queryClient.setQueryData(detailKey, snapshot.detail);
      for (const [key, data] of snapshot.lists) queryClient.setQueryData(key, data);
    },
    onSuccess: ({ indicator }) => {
      queryClient.setQueryData(detailKey, indicator);
    },
    // Whatever happened, the server's word is final: the figures and the audit trail refetch,
    // requests on their way included (the trail's may have been read before the save).
    // Not awaited: during an outage those refetches retry for seconds, and the form must say at
    // once that the save failed (a refetch that fails marks its panel stale on its own).
    onSettled: () => {
      void Promise.all([
        refreshQueries(queryClient, { queryKey: detailKey }),
        refreshQueries(queryClient, { queryKey: listsKey }),
        refreshQueries(queryClient, { queryKey: auditQueries.list(indicatorId).queryKey }),
      ]);
    },
  });
}
