// What the alerts API answers (issue 17): an account's inbox, what it follows, how it wants to
// hear, and for admins the webhooks with their failing deliveries.
import { z } from './zod';
import { alertEventSchema } from './alerts';

export const alertFactSchema = z.object({
  label: z.string(),
  value: z.string(),
  /** It rests on illustrative data: shown with the 示意 / illustrative mark. */
  illustrative: z.boolean(),
});

export const inboxItemSchema = z.object({
  key: z.string(),
  event: alertEventSchema,
  message: z.object({
    title: z.string(),
    reason: z.string(),
    facts: z.array(alertFactSchema),
    link: z.string(),
  }),
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
/** How many things one account may follow (the programme has about a hundred to follow). */
export const FOLLOW_LIMIT = 200;

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

/**
 * Whether this home of the API can send email: `ready` (a server with a mail server), `notConfigured`
 * (a server without SMTP_URL: alerts reach the inbox only), `demo` (the mock API in the browser,
 * which sends nothing).
 */
export const EMAIL_DELIVERY = ['ready', 'notConfigured', 'demo'] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERY)[number];

export const notificationSettingsResponseSchema = z.extend(notificationSettingsSchema, {
  emailDelivery: z.enum(EMAIL_DELIVERY),
});
export type NotificationSettingsResponse = z.infer<typeof notificationSettingsResponseSchema>;

/**
 * Why a delivery failed, as a category: what the receiver answered, or where its address points,
 * is not shown back (it would make the webhook a probe).
 */
export const DELIVERY_ERRORS = [
  /** No answer in time (connect, greeting or socket). */
  'timeout',
  /** No connection: refused, reset, or the name does not resolve. */
  'unreachable',
  /** The address resolves inside (loopback, private, link-local, metadata) and is not allowed. */
  'blockedAddress',
  /** The receiver answered with a redirect, which is not followed. */
  'redirect',
  /** The receiver answered with an error status. */
  'rejected',
  /** A chat robot answered with its own error code. */
  'robotRefused',
  /** The receiver's certificate could not be trusted. */
  'tls',
  /** The webhook was removed before the delivery went out. */
  'removed',
  /** The server has no mail server (SMTP_URL). */
  'notConfigured',
  /** The demo (mock API) calls no webhook and sends no email. */
  'demo',
  'other',
] as const;
export type DeliveryError = (typeof DELIVERY_ERRORS)[number];

/** What sending a test message did: delivered, or the category of why not. */
export const testDeliveryResponseSchema = z.object({
  delivered: z.boolean(),
  error: z.optional(z.enum(DELIVERY_ERRORS)),
});
export type TestDeliveryResponse = z.infer<typeof testDeliveryResponseSchema>;

export const WEBHOOK_FORMATS = ['json', 'wecom', 'dingtalk'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export const webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Without its credentials and query string (a robot's key may be there). */
  url: z.string(),
  format: z.enum(WEBHOOK_FORMATS),
  departments: z.array(z.string()),
  createdAt: z.string(),
  problems: z.array(
    z.object({
      event: z.string(),
      attempts: z.number(),
      error: z.nullable(z.enum(DELIVERY_ERRORS)),
      state: z.enum(['failed', 'retrying']),
      nextAttemptAt: z.nullable(z.string()),
    }),
  ),
});
export type Webhook = z.infer<typeof webhookSchema>;
export type DeliveryProblem = Webhook['problems'][number];
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
