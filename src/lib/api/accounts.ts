// Accounts and wall screens, as an admin manages them: query factories and the writes on them.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '@/domain/zod';
import {
  accountListResponseSchema,
  accountSchema,
  createdDisplayResponseSchema,
  displayListResponseSchema,
  type AccountChange,
  type NewAccount,
  type NewDisplay,
  type TargetChangeInput,
} from '@/domain/accounts';
import { changeResponseSchema } from '@/domain/audit';
import { refreshQueries } from '@/lib/refresh-queries';
import { apiGet, apiPost, apiSend } from './client';
import { auditQueries } from './audit-queries';
import { indicatorQueries } from './queries';

const noContent = z.undefined();

export const userQueries = {
  all: ['users'] as const,
  list: () =>
    queryOptions({
      queryKey: [...userQueries.all, 'list'] as const,
      queryFn: ({ signal }) => apiGet('/users', accountListResponseSchema, { signal }),
      select: (data) => data.items,
    }),
};

export const displayQueries = {
  all: ['displays'] as const,
  list: () =>
    queryOptions({
      queryKey: [...displayQueries.all, 'list'] as const,
      queryFn: ({ signal }) => apiGet('/displays', displayListResponseSchema, { signal }),
      select: (data) => data.items,
    }),
};

const user = (username: string) => `/users/${encodeURIComponent(username)}`;

/** Every write on accounts: each answer refreshes the list. */
export function useUserWrites() {
  const queryClient = useQueryClient();
  const onSettled = () => void queryClient.invalidateQueries({ queryKey: userQueries.all });
  return {
    create: useMutation({
      mutationFn: (input: NewAccount) => apiPost('/users', input, accountSchema),
      onSettled,
    }),
    change: useMutation({
      mutationFn: ({ username, change }: { username: string; change: AccountChange }) =>
        apiSend('PATCH', user(username), change, accountSchema),
      onSettled,
    }),
    endSessions: useMutation({
      mutationFn: (username: string) =>
        apiSend('DELETE', `${user(username)}/sessions`, undefined, noContent),
      onSettled,
    }),
    unlock: useMutation({
      mutationFn: (username: string) =>
        apiSend('DELETE', `${user(username)}/sign-in-failures`, undefined, noContent),
      onSettled,
    }),
  };
}

export function useDisplayWrites() {
  const queryClient = useQueryClient();
  const onSettled = () => void queryClient.invalidateQueries({ queryKey: displayQueries.all });
  return {
    create: useMutation({
      mutationFn: (input: NewDisplay) => apiPost('/displays', input, createdDisplayResponseSchema),
      onSettled,
    }),
    revoke: useMutation({
      mutationFn: (id: string) =>
        apiSend('DELETE', `/displays/${encodeURIComponent(id)}`, undefined, noContent),
      onSettled,
    }),
  };
}

/** An admin's new target; `basedOn` is the indicator's version, refused (412) when out of date. */
export function useTargetChange(indicatorId: string) {
  const queryClient = useQueryClient();
  const detailKey = indicatorQueries.detail(indicatorId).queryKey;
  return useMutation({
    mutationFn: ({ input, basedOn }: { input: TargetChangeInput; basedOn: number }) =>
      apiPost(
        `/indicators/${encodeURIComponent(indicatorId)}/targets`,
        input,
        changeResponseSchema,
        { ifMatch: basedOn },
      ),
    onSuccess: ({ indicator }) => queryClient.setQueryData(detailKey, indicator),
    // Not awaited: the form says "saved" at once; the refetches follow.
    onSettled: () => {
      void Promise.all([
        refreshQueries(queryClient, { queryKey: detailKey }),
        refreshQueries(queryClient, { queryKey: indicatorQueries.lists() }),
        refreshQueries(queryClient, { queryKey: auditQueries.list(indicatorId).queryKey }),
      ]);
    },
  });
}
