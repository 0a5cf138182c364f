// The mock API's alerts, kept in the browser's localStorage beside the data (mocks/db.ts) and the
// accounts (mocks/accounts-db.ts): what each evaluation remembered, the events raised, every
// account's inbox, follows, notification settings and webhooks. It implements the API's
// AlertsStore, so the demo's inbox, follow buttons and settings behave as the server's do. The
// demo sends nothing: its sender says so (501 `notInDemo` for a test message), and a webhook's
// delivery is recorded as not sent (`demo`), which the admin page shows.
import { z } from '@/domain/zod';
import { alertEventSchema } from '@/domain/alerts';
import {
  DELIVERY_ERRORS,
  FOLLOW_KINDS,
  WEBHOOK_FORMATS,
  notificationSettingsSchema,
} from '@/domain/inbox';
import { STATUSES } from '@/domain/status';
import type { AlertSender, AlertsStore, EvaluationTx } from '@/api/alerts-store';
import { StorageFailure } from '@/api/store';
import { mockAccountsStore } from './accounts-db';
import { mockStore } from './db';

export const ALERTS_STORAGE_KEY = 'npf-tracker:mock-alerts';

/** The demo's sender: it runs in the browser and sends nothing. */
export const DEMO_SENDER: AlertSender = {
  email: 'demo',
  webhookAllowList: [],
  testEmail: () => Promise.resolve({ delivered: false, error: 'demo' }),
  testWebhook: () => Promise.resolve({ delivered: false, error: 'demo' }),
};

const storedSchema = z.object({
  version: z.literal(1),
  states: z.record(
    z.string(),
    z.object({
      status: z.nullable(z.enum(STATUSES)),
      stale: z.boolean(),
      pastDue: z.boolean(),
      target: z.nullable(z.string()),
      version: z.number(),
    }),
  ),
  events: z.array(z.object({ event: alertEventSchema, createdAt: z.string() })),
  inbox: z.array(
    z.object({
      username: z.string(),
      eventKey: z.string(),
      createdAt: z.string(),
      readAt: z.nullable(z.string()),
    }),
  ),
  follows: z.array(z.object({ username: z.string(), kind: z.enum(FOLLOW_KINDS), id: z.string() })),
  settings: z.array(
    z.extend(notificationSettingsSchema, {
      username: z.string(),
      lastDigestOn: z.nullable(z.string()),
    }),
  ),
  webhooks: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      url: z.string(),
      format: z.enum(WEBHOOK_FORMATS),
      secret: z.string(),
      departments: z.array(z.string()),
      createdAt: z.string(),
    }),
  ),
  deliveries: z.array(
    z.object({
      channel: z.enum(['email', 'webhook']),
      target: z.string(),
      eventKey: z.string(),
      error: z.enum(DELIVERY_ERRORS),
    }),
  ),
});
type Tables = z.infer<typeof storedSchema>;

/** What the demo keeps of the events and inboxes: the newest, as a browser's storage is small. */
const KEEP = 500;

const empty = (): Tables => ({
  version: 1,
  states: {},
  events: [],
  inbox: [],
  follows: [],
  settings: [],
  webhooks: [],
  deliveries: [],
});

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Where there is no localStorage (plain Node, a worker): the tables in memory. */
let memory: Tables | null = null;

/** The tables as storage holds them now (another tab may have written); unreadable: empty. */
function read(): Tables {
  const store = storage();
  if (!store) return (memory ??= empty());
  const raw = store.getItem(ALERTS_STORAGE_KEY);
  if (raw === null) return empty();
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    // What cannot be read holds no figures, only alerts about them: started afresh.
    return parsed.success ? parsed.data : empty();
  } catch {
    return empty();
  }
}

function write(tables: Tables): void {
  tables.events = tables.events.slice(-KEEP);
  tables.inbox = tables.inbox.slice(-KEEP * 4);
  tables.deliveries = tables.deliveries.slice(-KEEP);
  const store = storage();
  if (!store) {
    memory = tables;
    return;
  }
  try {
    store.setItem(ALERTS_STORAGE_KEY, JSON.stringify(tables));
  } catch (cause) {
    throw new StorageFailure(
      `the browser refused to store the change (${cause instanceof Error ? cause.name : 'error'}); nothing was saved`,
    );
  }
}

/** One change at a time, read, changed and written in one step. */
let queue: Promise<unknown> = Promise.resolve();
function change<T>(apply: (tables: Tables) => T | Promise<T>): Promise<T> {
  const run = async () => {
    const tables = read();
    const result = await apply(tables);
    write(tables);
    return result;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

const clone = <T>(value: T): T => structuredClone(value);

/** No alerts at all (tests; the demo's reset). */
export function resetMockAlerts(): void {
  memory = null;
  storage()?.removeItem(ALERTS_STORAGE_KEY);
}

function evaluationTx(t: Tables): EvaluationTx {
  return {
    indicators: () => mockStore.indicators(),
    audit: async (id) => (await mockStore.audit(id)).slice(0, 20),
    states: () =>
      Promise.resolve(new Map(Object.entries(t.states).map(([id, s]) => [id, clone(s)]))),
    saveState: (id, state) => {
      t.states[id] = clone(state);
      return Promise.resolve();
    },
    addEvent: (event, at) => {
      if (t.events.some((e) => e.event.key === event.key)) return Promise.resolve(false);
      t.events.push({ event: clone(event), createdAt: at });
      return Promise.resolve(true);
    },
    audience: async () => ({
      accounts: await mockAccountsStore.accounts(),
      follows: clone(t.follows),
      settings: new Map(t.settings.map(({ username, ...s }) => [username, s])),
      webhooks: clone(t.webhooks),
    }),
    toInbox: (username, eventKey, at) => {
      if (!t.inbox.some((i) => i.username === username && i.eventKey === eventKey)) {
        t.inbox.push({ username, eventKey, createdAt: at, readAt: null });
      }
      return Promise.resolve();
    },
    // Nothing leaves the demo: the delivery is recorded as not sent, for the admin to see.
    queue: (delivery) => {
      const { channel, target, eventKey } = delivery;
      const seen = t.deliveries.some(
        (d) => d.channel === channel && d.target === target && d.eventKey === eventKey,
      );
      if (!seen) t.deliveries.push({ channel, target, eventKey, error: 'demo' });
      return Promise.resolve();
    },
  };
}

export const mockAlertsStore: AlertsStore = {
  inbox: (username, limit) =>
    Promise.resolve().then(() => {
      const t = read();
      const mine = t.inbox.filter((i) => i.username === username);
      const events = new Map(t.events.map((e) => [e.event.key, e.event]));
      return {
        unread: mine.filter((i) => i.readAt === null).length,
        items: mine
          .slice(-limit)
          .reverse()
          .flatMap((i) => {
            const event = events.get(i.eventKey);
            return event
              ? [{ key: i.eventKey, event, createdAt: i.createdAt, readAt: i.readAt }]
              : [];
          }),
      };
    }),
  markRead: (username, which, at) =>
    change((t) => {
      for (const item of t.inbox) {
        const picked = 'all' in which || which.keys.includes(item.eventKey);
        if (item.username === username && item.readAt === null && picked) item.readAt = at;
      }
    }),
  follows: (username) =>
    Promise.resolve(
      read()
        .follows.filter((f) => f.username === username)
        .map(({ kind, id }) => ({ kind, id })),
    ),
  follow: (username, kind, id, limit) =>
    change((t) => {
      const mine = t.follows.filter((f) => f.username === username);
      if (mine.some((f) => f.kind === kind && f.id === id)) return 'added' as const;
      if (mine.length >= limit) return 'full' as const;
      t.follows.push({ username, kind, id });
      return 'added' as const;
    }),
  unfollow: (username, kind, id) =>
    change((t) => {
      t.follows = t.follows.filter(
        (f) => !(f.username === username && f.kind === kind && f.id === id),
      );
    }),
  settings: (username) =>
    Promise.resolve().then(() => {
      const found = read().settings.find((s) => s.username === username);
      if (!found) return null;
      const { email, emailAlerts, digest, language, lastDigestOn } = found;
      return { email, emailAlerts, digest, language, lastDigestOn };
    }),
  saveSettings: (username, settings) =>
    change((t) => {
      const lastDigestOn = t.settings.find((s) => s.username === username)?.lastDigestOn ?? null;
      t.settings = [
        ...t.settings.filter((s) => s.username !== username),
        { ...settings, username, lastDigestOn },
      ];
    }),
  webhooks: () => Promise.resolve(clone(read().webhooks)),
  webhook: (id) => Promise.resolve(clone(read().webhooks.find((h) => h.id === id) ?? null)),
  createWebhook: (hook) =>
    change((t) => {
      t.webhooks.push(clone(hook));
    }),
  deleteWebhook: (id) =>
    change((t) => {
      const before = t.webhooks.length;
      t.webhooks = t.webhooks.filter((h) => h.id !== id);
      return t.webhooks.length < before;
    }),
  failingDeliveries: (limit) =>
    Promise.resolve(
      read()
        .deliveries.filter((d) => d.channel === 'webhook')
        .slice(-limit)
        .reverse()
        .map((d) => ({
          webhookId: d.target,
          event: d.eventKey,
          attempts: 0,
          error: d.error,
          state: 'failed' as const,
          nextAttemptAt: null,
        })),
    ),
  evaluation: (work) => change((t) => work(evaluationTx(t))),
};
