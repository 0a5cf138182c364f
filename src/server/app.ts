// The server's HTTP app: request ids and JSON access logs, security headers, body limits and a
// time limit, health checks, the API (src/api, on the SQL store) under /api, and the SPA.
import { createHash } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { ReadAccess } from '@/domain/accounts';
import { createApi, noSuchEndpoint, type AlertsContext } from '@/api/app';
import type { AccountsStore } from '@/api/accounts-store';
import type { PasswordHasher } from '@/api/auth';
import type { ChangeHub } from '@/api/change-hub';
import type { StorageFailure, Store } from '@/api/store';
import { bodyLimits } from './body-limit';
import { errorFields, type Logger } from './log';
import { pageRenderer, type FirstScreenDrawer } from './page';
import { routePreloads, type Manifest } from './route-preloads';
import { SECURITY_HEADERS } from './security-headers';
import { sendStatic, type StaticFile } from './static-files';

export interface ServerAppOptions {
  store: Store;
  accounts: AccountsStore;
  passwords: PasswordHasher;
  readAccess: ReadAccess;
  sessionIdleMs: number;
  sessionMaxMs: number;
  trustProxy: boolean;
  /** Alerts (their store, the sender, the public address) and their trigger after each write. */
  alerts?: AlertsContext & { afterWrite: () => void };
  logger: Logger;
  /**
   * Whether the server can serve (for /readyz): true, or why not (the database does not answer,
   * the disk refuses writes, a table lost rows); false means the database does not answer.
   */
  ready: () => Promise<boolean | { unavailable: string }>;
  /** A failed request's error as a storage failure naming its cause (507), or null. */
  storageFailure?: (error: unknown) => StorageFailure | null;
  /** The SPA's files; none for an API-only app (tests). */
  files?: Map<string, StaticFile>;
  /** The client build's manifest: which scripts each route's page preloads. */
  manifest?: Manifest | null;
  /** Draws the first screen into the pages that open on figures; without it the client draws. */
  drawFirstScreen?: FirstScreenDrawer | null;
  requestTimeoutMs: number;
  bodyLimitBytes: number;
  importBodyLimitBytes: number;
  now?: () => Date;
  /** The change feed (`GET /api/events`); without one the endpoint is not there. */
  feed?: ChangeHub;
  /** How often an idle feed stream sends a heartbeat comment (ms). */
  heartbeatMs?: number;
}

/** The change feed's path: a stream that stays open, exempt from the time limit and compression. */
export const FEED_PATH = '/api/events';

/** Runs `middleware` on every request but the feed's stream. */
const exceptFeed =
  <E extends Env>(middleware: MiddlewareHandler<E>): MiddlewareHandler<E> =>
  (c, next) =>
    c.req.path === FEED_PATH ? next() : middleware(c, next);

type Env = { Variables: { requestId: string } };

const problemBody = (code: string, message: string) => ({ error: { code, message } });

/**
 * The address a request came from: the proxy's word for it when it is trusted. The proxy appends
 * the address it saw to X-Forwarded-For, after whatever the client sent in it: only the last entry
 * is the proxy's, every one before it is the client's own say.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not on a socket (a test calling the app directly).
    return 'unknown';
  }
}

export function createServerApp(options: ServerAppOptions): Hono<Env> {
  const { logger, files } = options;
  const app = new Hono<Env>();

  // A request id for every request (the caller's, when it sent a sane one), echoed and logged.
  app.use(async (c, next) => {
    const sent = c.req.header('X-Request-Id');
    const id = sent && /^[\w.-]{1,64}$/.test(sent) ? sent : crypto.randomUUID();
    c.set('requestId', id);
    const started = performance.now();
    await next();
    c.header('X-Request-Id', id);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    const status = c.res.status;
    const fields = {
      reqId: id,
      method: c.req.method,
      // The path only: a query string may hold what someone searched for.
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error('request', fields);
    else logger.debug('request', fields);
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const state = await options.ready().catch(() => false);
    if (state === true) return c.json({ status: 'ready' });
    const reason = state === false ? 'the database does not answer' : state.unavailable;
    return c.json({ status: 'unavailable', reason }, 503);
  });

  // Every body is limited (src/server/body-limit.ts): imports get the larger limit, sign-in and
  // pairing a small one, every other route the default.
  app.use(
    bodyLimits({ defaultBytes: options.bodyLimitBytes, importBytes: options.importBodyLimitBytes }),
  );
  // The feed's stream is open for hours by design, and each message must leave at once: neither
  // the time limit nor compression (which would buffer it) applies to it.
  app.use(
    '/api/*',
    exceptFeed(
      timeout(
        options.requestTimeoutMs,
        () =>
          new HTTPException(503, {
            res: Response.json(
              problemBody('timeout', `no answer within ${options.requestTimeoutMs} ms`),
              { status: 503 },
            ),
          }),
      ),
    ),
  );
  // Only reads are compressed (lists, records, audit trails): every other answer is small, and
  // each compression is work for libuv's thread pool, which password checks need (a flood of
  // sign-ins once queued hundreds of compressions of error answers ahead of them).
  const gzip = compress();
  app.use(
    '/api/*',
    exceptFeed((c, next) => (c.req.method === 'GET' ? gzip(c, next) : next())),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });
  const now = options.now ?? (() => new Date());
  const api = createApi({
    store: options.store,
    now,
    ...(options.alerts
      ? {
          alerts: {
            store: options.alerts.store,
            sender: options.alerts.sender,
            publicUrl: options.alerts.publicUrl,
          },
          afterWrite: options.alerts.afterWrite,
        }
      : {}),
    ...(options.storageFailure ? { storageFailure: options.storageFailure } : {}),
    auth: {
      accounts: options.accounts,
      passwords: options.passwords,
      readAccess: options.readAccess,
      sessionIdleMs: options.sessionIdleMs,
      sessionMaxMs: options.sessionMaxMs,
      trustProxy: options.trustProxy,
      clientAddress: (c) => clientAddress(c, options.trustProxy),
      // Node's digest, on this thread: WebCrypto's waits for libuv's pool, behind password checks.
      rememberRefusals: true,
      sha256: (text) => Promise.resolve(createHash('sha256').update(text).digest('hex')),
    },
    ...(options.feed
      ? {
          feed: {
            hub: options.feed,
            ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
          },
        }
      : {}),
  });
  app.route('/api', api);
  // A mounted app's notFound is not asked: the API's 404 in its own error shape.
  app.all('/api/*', (c) =>
    c.json(problemBody('notFound', noSuchEndpoint(c.req.method, c.req.path.slice(4))), 404),
  );

  if (files) {
    const index = files.get('/index.html');
    const preloads = options.manifest ? routePreloads(options.manifest) : null;
    if (preloads && preloads.missing.length > 0) {
      logger.warn('the client build lacks modules its routes preload', {
        modules: preloads.missing,
      });
    }
    const publicRead = options.readAccess === 'public';
    const firstScreen = options.drawFirstScreen
      ? {
          draw: options.drawFirstScreen,
          failed: (error: unknown) =>
            logger.error(
              'drawing the first screen failed: the page goes out without it',
              errorFields(error),
            ),
        }
      : null;
    const pages = index
      ? pageRenderer(index, api, options.store, now, publicRead, preloads, firstScreen)
      : null;
    app.on(['GET', 'HEAD'], '*', async (c) => {
      const file = files.get(c.req.path);
      if (file) return sendStatic(c, file);
      // A file that is not there (an old hashed asset, build metadata) is a 404, not the SPA.
      const last = c.req.path.split('/').at(-1) ?? '';
      if (c.req.path.startsWith('/assets/') || c.req.path.startsWith('/.') || last.includes('.')) {
        return c.text('not found', 404);
      }
      return pages ? sendStatic(c, await pages.page(c)) : c.text('not found', 404);
    });
  }

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    logger.error('unhandled', {
      reqId: c.get('requestId'),
      error: { name: error.name, message: error.message },
    });
    return c.json(problemBody('internal', 'the server could not answer this request'), 500);
  });
  return app;
}
