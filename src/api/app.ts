// The API's behaviour, once: a web-standard Request → Response app over a Store. The server mounts
// it on SQL (src/server), the mock API on the browser's localStorage (mocks/), so a rule, a status
// code or an error message cannot differ between the two.
import { Hono } from 'hono';
import { todayInShanghai } from '@/domain/dates';
import type { CheckContext } from '@/domain/entry';
import type { AlertSender, AlertsStore } from './alerts-store';
import { createAuth, type Auth, type AuthEnv, type AuthOptions } from './auth';
import { problem } from './respond';
import { CorruptStore, StorageFailure, type Store } from './store';
import { alertRoutes } from './routes/alerts';
import { webhookRoutes } from './routes/webhooks';
import { entryRoutes } from './routes/entry';
import { eventRoutes, type FeedOptions } from './routes/events';
import { importRoutes } from './routes/imports';
import { indicatorRoutes } from './routes/indicators';
import { programmeRoutes } from './routes/programme';
import { displayRoutes } from './routes/displays';
import { sessionRoutes } from './routes/session';
import { userRoutes } from './routes/users';

export interface ApiOptions {
  store: Store;
  /** Accounts, sessions and screens; who may read and who may change what. */
  auth: AuthOptions;
  /** The current instant; "today" is its calendar day in Nanjing. */
  now?: () => Date;
  /** Ids for audit entries. */
  newId?: () => string;
  /** Told after every committed change (the server's alerts evaluate then). */
  afterWrite?: () => void;
  /** Alerts: inboxes, follows, notification settings, webhooks (both homes have them). */
  alerts?: AlertsContext;
  /** The change feed (`GET /events`): the hub that hears this store's commits. */
  feed?: FeedOptions;
  /** The server's: an error its storage caused, as a StorageFailure naming the cause (507). */
  storageFailure?: (error: unknown) => StorageFailure | null;
  /** Mock mode only: `POST /demo/reset` restores the shipped data set. A server has none. */
  resetDemo?: () => Promise<void>;
}

export interface AlertsContext {
  store: AlertsStore;
  /** What only a server can do (send); the mock's answers that the demo sends nothing. */
  sender: AlertSender;
  /** The tracker's address as users reach it, for the links in messages. */
  publicUrl: string;
}

export interface ApiContext {
  store: Store;
  auth: Auth;
  /** Call after a change is committed. */
  committed: () => void;
  /** What this home of the API offers beyond the shared routes. */
  features: { alerts: boolean };
  now: () => Date;
  newId: () => string;
  /** The rules' context: today in Nanjing, and the departments a citation may name. */
  checkContext: () => Promise<CheckContext>;
}

export const noSuchEndpoint = (method: string, path: string) =>
  `no such endpoint: ${method} ${path}`;

export function createApi(options: ApiOptions): Hono<AuthEnv> {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const ctx: ApiContext = {
    store,
    auth: createAuth(options.auth, now),
    committed: options.afterWrite ?? (() => undefined),
    features: { alerts: options.alerts !== undefined },
    now,
    newId: options.newId ?? (() => crypto.randomUUID()),
    checkContext: async () => ({
      today: todayInShanghai(now()),
      departments: new Set((await store.departments()).map((d) => d.id)),
    }),
  };

  const api = new Hono<AuthEnv>();
  api.use(ctx.auth.middleware);
  api.route('/', sessionRoutes(ctx));
  api.route('/', userRoutes(ctx));
  api.route('/', displayRoutes(ctx));
  api.route('/', programmeRoutes(ctx));
  api.route('/', indicatorRoutes(ctx));
  api.route('/', entryRoutes(ctx));
  api.route('/', importRoutes(ctx));
  if (options.alerts) {
    api.route('/', alertRoutes(ctx, options.alerts));
    api.route('/', webhookRoutes(ctx, options.alerts));
  }
  if (options.feed) api.route('/', eventRoutes(ctx, options.feed));
  const { resetDemo } = options;
  if (resetDemo) {
    api.post('/demo/reset', async (c) => {
      await resetDemo();
      return c.body(null, 204);
    });
  }

  api.notFound((c) =>
    problem(c, 404, 'notFound', `no such endpoint: ${c.req.method} ${c.req.path}`),
  );
  api.onError((error, c) => {
    if (error instanceof StorageFailure) {
      return problem(c, 507, 'storageFailed', error.message);
    }
    if (error instanceof CorruptStore) return problem(c, 500, 'storeCorrupt', error.message);
    const failure = options.storageFailure?.(error);
    if (failure) return problem(c, 507, 'storageFailed', failure.message);
    // Details stay in the server's log; the client learns only that it failed.
    console.error(error);
    return problem(c, 500, 'internal', 'the server could not answer this request');
  });
  return api;
}
