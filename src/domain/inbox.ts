// What the alerts API answers (issue 17): an account's inbox, what it follows, how it wants to
// hear, and for admins the webhooks with their failing deliveries.
import { z } from './zod';
import { alertEventSchema } from './alerts';

export const inboxItemSchema = z.object({
  key: z.string(),
  event: alertEventSchema,
  message: z.object({ title: z.string(), reason: z.string(), link: z.string() }),
  createdAt: z.string(),
  readAt: z.nullable(z.string()),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxResponseSchema = z.object({
  unread: z.number(),
  items: z.array(inboxItemSchema),
});
export type InboxResponse = z.infer<typeof inboxResponseSchema>;

export const FOLLOW_KINDS = ['indicator', 'thrust', 'department'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

export const followsResponseSchema = z.object({
  items: z.array(z.object({ kind: z.enum(FOLLOW_KINDS), id: z.string() })),
});

export const DIGESTS = ['off', 'daily', 'weekly'] as const;

/** As the server checks it: an address or nothing, and the three choices. */
export const notificationSettingsSchema = z.object({
  email: z.nullable(
    z.string().check(z.trim(), z.maxLength(200), z.regex(/^[^\s@]+@[^\s@]+$/, 'an email address')),
  ),
  emailAlerts: z.boolean(),
  digest: z.enum(DIGESTS),
  language: z.enum(['zh', 'en']),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

export const WEBHOOK_FORMATS = ['json', 'wecom', 'dingtalk'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export const webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Without its query string (a robot's key may be there). */
  url: z.string(),
  format: z.enum(WEBHOOK_FORMATS),
  departments: z.array(z.string()),
  createdAt: z.string(),
  problems: z.array(
    z.object({
      event: z.string(),
      attempts: z.number(),
      error: z.nullable(z.string()),
      state: z.enum(['failed', 'retrying']),
      nextAttemptAt: z.nullable(z.string()),
    }),
  ),
});
export type Webhook = z.infer<typeof webhookSchema>;
export const webhookListResponseSchema = z.object({ items: z.array(webhookSchema) });

export const newWebhookSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  url: z.string().check(z.trim(), z.regex(/^https?:\/\/\S+$/, 'an http(s) URL'), z.maxLength(500)),
  format: z.enum(WEBHOOK_FORMATS),
  secret: z.string().check(z.minLength(8), z.maxLength(200)),
  departments: z.array(z.string()),
});
export type NewWebhook = z.infer<typeof newWebhookSchema>;

/** `POST /inbox/read`: some alerts by key, or all of them. */
export const markReadSchema = z.object({
  keys: z.optional(z.array(z.string()).check(z.maxLength(500))),
  all: z.optional(z.boolean()),
});

export const createdWebhookSchema = z.object({ id: z.string() });
