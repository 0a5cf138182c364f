// Alerts as the views ask for them (issue 17): the inbox (polled for the header's badge), follows,
// notification settings and, for admins, webhooks, and a test message for each way out. The
// server and the mock API both have these routes; an API without them answers 404, and the views
// then show nothing of them (see `alertsAbsent`).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '@/domain/zod';
import {
  createdWebhookSchema,
  followsResponseSchema,
  inboxResponseSchema,
  notificationSettingsResponseSchema,
  testDeliveryResponseSchema,
  webhookListResponseSchema,
  type FollowKind,
  type NewWebhook,
  type NotificationSettings,
} from '@/domain/inbox';
import type { IssueCode } from '@/domain/field-issue';
import type { Language } from '@/domain/format';
import { ApiError, ApiValidationError, apiGet, apiPost, apiSend } from './client';

const noContent = z.undefined();
export const INBOX_POLL_MS = 15_000;

/** The API has no alerts (the mock API, or a server without them): nothing about them is shown. */
export function alertsAbsent(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** Why the server refused a webhook's address (https only, nothing inside), or null. */
export function refusedUrl(error: unknown): IssueCode | null {
  if (!(error instanceof ApiValidationError)) return null;
  return error.issues.find((i) => i.path === 'url')?.code ?? null;
}

export const alertQueries = {
  all: ['alerts'] as const,
  /** Every inbox query, whatever its language (to refetch after a change). */
  inboxes: () => [...alertQueries.all, 'inbox'] as const,
  /** The inbox, its messages in the reader's language. */
  inbox: (lang: Language) =>
    queryOptions({
      queryKey: [...alertQueries.inboxes(), lang] as const,
      queryFn: ({ signal }) =>
        apiGet('/inbox', inboxResponseSchema, { signal, params: new URLSearchParams({ lang }) }),
      // Modest polling, and again when the window comes back into focus; none once the API
      // said it has no inbox.
      refetchInterval: (query) => (alertsAbsent(query.state.error) ? false : INBOX_POLL_MS),
      refetchOnWindowFocus: true,
      staleTime: 5_000,
    }),
  follows: () =>
    queryOptions({
      queryKey: [...alertQueries.all, 'follows'] as const,
      queryFn: ({ signal }) => apiGet('/follows', followsResponseSchema, { signal }),
      select: (data) => data.items,
    }),
  settings: () =>
    queryOptions({
      queryKey: [...alertQueries.all, 'settings'] as const,
      queryFn: ({ signal }) =>
        apiGet('/notification-settings', notificationSettingsResponseSchema, { signal }),
    }),
  webhooks: () =>
    queryOptions({
      queryKey: [...alertQueries.all, 'webhooks'] as const,
      queryFn: ({ signal }) => apiGet('/webhooks', webhookListResponseSchema, { signal }),
      select: (data) => data.items,
    }),
};

/** Marks inbox items read: some (`keys`) or all of them. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { keys: string[] } | { all: true }) =>
      apiPost('/inbox/read', which, noContent),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertQueries.inboxes() }),
  });
}

export function useFollow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, follow }: { kind: FollowKind; id: string; follow: boolean }) =>
      apiSend(
        follow ? 'PUT' : 'DELETE',
        `/follows/${kind}/${encodeURIComponent(id)}`,
        undefined,
        noContent,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertQueries.follows().queryKey }),
  });
}

export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: NotificationSettings) =>
      apiSend('PUT', '/notification-settings', settings, notificationSettingsResponseSchema),
    onSuccess: (saved) => queryClient.setQueryData(alertQueries.settings().queryKey, saved),
  });
}

export function useWebhookWrites() {
  const queryClient = useQueryClient();
  const onSettled = () =>
    queryClient.invalidateQueries({ queryKey: alertQueries.webhooks().queryKey });
  return {
    create: useMutation({
      mutationFn: (input: NewWebhook) => apiPost('/webhooks', input, createdWebhookSchema),
      onSettled,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        apiSend('DELETE', `/webhooks/${encodeURIComponent(id)}`, undefined, noContent),
      onSettled,
    }),
  };
}

/** Sends a test email to the saved address. */
export function useTestEmail() {
  return useMutation({
    mutationFn: () => apiPost('/notification-settings/test', undefined, testDeliveryResponseSchema),
  });
}

/** Sends a test message to one webhook. */
export function useTestWebhook() {
  return useMutation({
    mutationFn: (id: string) =>
      apiPost(`/webhooks/${encodeURIComponent(id)}/test`, undefined, testDeliveryResponseSchema),
  });
}
