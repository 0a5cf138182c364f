// What the API needs to keep about alerts: what each evaluation remembers of an indicator, the
// events raised, every account's inbox, what it follows and how it wants to hear, the webhooks
// admins keep and the deliveries that failed. One interface, two implementations (SQL in
// src/server/store/sql-alerts-store.ts, localStorage in mocks/alerts-db.ts). Sending (email,
// webhooks, digests) is not here: it is the server's service (src/server/alerts), described to
// the routes by an AlertSender.
import type { Account } from '@/domain/accounts';
import type { AlertEvent, AlertState, Follow } from '@/domain/alerts';
import type { AuditEntry } from '@/domain/audit';
import type {
  DeliveryProblem,
  EmailDelivery,
  FollowKind,
  NotificationSettings,
  TestDeliveryResponse,
  WebhookFormat,
} from '@/domain/inbox';
import type { Language } from '@/domain/format';
import type { Indicator } from '@/domain/schemas';

export interface StoredInboxItem {
  key: string;
  event: AlertEvent;
  createdAt: string;
  readAt: string | null;
}

export interface StoredWebhook {
  id: string;
  name: string;
  /** As the admin gave it: never shown back whole (src/domain/webhook-url.ts). */
  url: string;
  format: WebhookFormat;
  secret: string;
  departments: string[];
  createdAt: string;
}

export interface StoredSettings extends NotificationSettings {
  lastDigestOn: string | null;
}

/** A delivery the evaluation queues: an email to an account, or a webhook's request. */
export interface QueuedDelivery {
  channel: 'email' | 'webhook';
  /** The account (email) or the webhook's id. */
  target: string;
  eventKey: string;
  payload: Record<string, unknown>;
}

/** One evaluation's view of the store, inside its transaction. */
export interface EvaluationTx {
  /** Every indicator as it is now, each with its version. */
  indicators(): Promise<Indicator[]>;
  /** An indicator's recorded changes, newest first (the last few). */
  audit(indicatorId: string): Promise<AuditEntry[]>;
  /** What the last evaluation remembered of each indicator (null: unreadable, remembered afresh). */
  states(): Promise<Map<string, AlertState | null>>;
  saveState(indicatorId: string, state: AlertState, at: string): Promise<void>;
  /** Records a raised event; false when its key was raised before (by this or another instance). */
  addEvent(event: AlertEvent, at: string): Promise<boolean>;
  /** Who may hear: the accounts, what they follow, how they want to hear, the webhooks. */
  audience(): Promise<{
    accounts: Pick<Account, 'username' | 'role' | 'departments' | 'disabled'>[];
    follows: Follow[];
    settings: Map<string, StoredSettings>;
    webhooks: StoredWebhook[];
  }>;
  /** Puts an event in an account's inbox (once). */
  toInbox(username: string, eventKey: string, at: string): Promise<void>;
  /** Queues a delivery (once per channel, target and event). */
  queue(delivery: QueuedDelivery, at: string): Promise<void>;
}

export interface AlertsStore {
  /** The account's newest inbox items, newest first, and how many of all are unread. */
  inbox(username: string, limit: number): Promise<{ unread: number; items: StoredInboxItem[] }>;
  markRead(
    username: string,
    which: { keys: readonly string[] } | { all: true },
    at: string,
  ): Promise<void>;

  follows(username: string): Promise<{ kind: FollowKind; id: string }[]>;
  /** `full`: the account follows `limit` things already; nothing was added. */
  follow(username: string, kind: FollowKind, id: string, limit: number): Promise<'added' | 'full'>;
  unfollow(username: string, kind: FollowKind, id: string): Promise<void>;

  settings(username: string): Promise<StoredSettings | null>;
  saveSettings(username: string, settings: NotificationSettings): Promise<void>;

  webhooks(): Promise<StoredWebhook[]>;
  webhook(id: string): Promise<StoredWebhook | null>;
  createWebhook(hook: StoredWebhook): Promise<void>;
  /** False when there was no such webhook. */
  deleteWebhook(id: string): Promise<boolean>;
  /** Webhook deliveries not delivered and not being sent without trouble, newest first. */
  failingDeliveries(limit: number): Promise<(DeliveryProblem & { webhookId: string })[]>;

  /**
   * Runs one evaluation, alone (instances take turns) and atomically: what it remembers, raises
   * and puts in inboxes lands together, or nothing does.
   */
  evaluation<T>(work: (tx: EvaluationTx) => Promise<T>): Promise<T>;
}

/**
 * What only a server can do, as the routes see it: whether email can go out, sending a test
 * message, and the hosts an intranet deployment lets webhooks reach. The mock API's answers
 * `demo`: it sends nothing.
 */
export interface AlertSender {
  email: EmailDelivery;
  /** Hosts and ranges (address/bits) a webhook may name though they are inside. */
  webhookAllowList: readonly string[];
  testEmail(to: string, lang: Language): Promise<TestDeliveryResponse>;
  testWebhook(hook: StoredWebhook, lang: Language): Promise<TestDeliveryResponse>;
}
