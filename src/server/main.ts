// `npm start`: reads the configuration, opens (and on first start creates, migrates and seeds) the
// database, builds the client if needed, and serves the API and the SPA from one process. SIGTERM
// drains in-flight requests and closes the database.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createServerApp } from './app';
import { startChangeFeed } from './change-feed';
import { ensureClientBuild, firstScreenModule } from './client-build';
import { ConfigError, loadConfig } from './config';
import { createLogger, errorFields, type Logger } from './log';
import type { FirstScreenDrawer } from './page';
import { readManifest } from './route-preloads';
import { loadStaticFiles } from './static-files';
import { StorageFailure } from '@/api/store';
import { SERVER_OWNER, serverControl } from './control';
import { openDatabase } from './store/database';
import { checkIntegrity, readiness } from './store/integrity';
import { classifyStorageFailure } from './store/storage-errors';
import { seedIfEmpty } from './store/seed';
import { sqlStore } from './store/sql-store';
import { sqlAccountsStore } from './store/sql-accounts-store';
import { ensureFirstAdmin } from './first-admin';
import { scryptPasswords } from './passwords';
import { startAlerts } from './alerts/service';
import { sqlAlertsStore } from './store/sql-alerts-store';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nThe server did not start.\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const root = process.cwd();
  const staticDir = resolve(root, config.staticDir);
  if (process.env.CLIENT_BUILD !== 'skip') {
    ensureClientBuild(root, staticDir, (msg) => logger.info(msg));
  }
  const files = loadStaticFiles(staticDir);

  const database = await openDatabase(config.database, SERVER_OWNER);
  const seeded = await seedIfEmpty(database.db);
  const integrity = await checkIntegrity(database.db);
  logger.info('database ready', {
    kind: database.kind,
    where: database.where,
    seeded,
    integrityCheckMs: integrity.ms,
  });
  if (integrity.damage.length > 0) {
    logger.error('the database does not hold what it should: not ready', {
      damage: integrity.damage,
    });
  }
  // The CLI tools' backups and account commands, done here while this server holds DATA_DIR.
  database.hold?.serve(serverControl(database.db, scryptPasswords));
  const dataDir = config.database.kind === 'pglite' ? config.database.dataDir : null;

  const accounts = sqlAccountsStore(database.db);
  await ensureFirstAdmin(accounts, scryptPasswords, config.firstAdmin, new Date(), (text) =>
    process.stdout.write(`${text}\n`),
  );

  const alerts = startAlerts({
    db: database.db,
    logger,
    publicUrl: config.publicUrl,
    smtpUrl: config.smtpUrl,
    mailFrom: config.mailFrom,
    intervalMs: config.alertIntervalMs,
    webhookAllowList: config.webhookAllowList,
  });

  const store = sqlStore(database.db);
  const feed = await startChangeFeed(database, store, logger);
  const app = createServerApp({
    store,
    feed: feed.hub,
    alerts: {
      store: sqlAlertsStore(database.db),
      sender: alerts.sender,
      publicUrl: config.publicUrl,
      afterWrite: () => alerts.trigger(),
    },
    accounts,
    passwords: scryptPasswords,
    readAccess: config.readAccess,
    sessionIdleMs: config.sessionIdleMs,
    sessionMaxMs: config.sessionMaxMs,
    trustProxy: config.trustProxy,
    logger,
    files,
    manifest: readManifest(staticDir),
    drawFirstScreen: await loadFirstScreenDrawer(staticDir, logger),
    ready: readiness(database.db, dataDir, integrity.damage),
    storageFailure: (error) => {
      const problem = classifyStorageFailure(error, dataDir);
      return problem ? new StorageFailure(problem.message) : null;
    },
    requestTimeoutMs: config.requestTimeoutMs,
    bodyLimitBytes: config.bodyLimitBytes,
    importBodyLimitBytes: config.importBodyLimitBytes,
  });

  if (process.env.BENCH === '1') benchMetrics(logger, () => feed.hub.size());

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info('listening', { url: `http://${config.host}:${info.port}` });
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping: draining requests', { signal });
    const force = setTimeout(() => {
      logger.warn('drain time over: closing open connections');
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, config.shutdownGraceMs);
    force.unref();
    // Open feed streams would hold close() until the grace ran out: they end now, and their
    // clients reconnect (to another instance, or to this one when it is back) and resume.
    void feed.close();
    server.close(() => {
      void alerts
        .stop()
        .then(() => database.close())
        .then(() => {
          logger.info('stopped');
          process.exit(0);
        });
    });
    // Idle keep-alive connections would hold close() open: closed now, and again as each
    // request in flight finishes and leaves its connection idle.
    if ('closeIdleConnections' in server) {
      server.closeIdleConnections();
      setInterval(() => server.closeIdleConnections(), 50).unref();
    }
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/**
 * `BENCH=1` (tests/bench/live.mjs): a log line every 2 s with the event loop's delay and the
 * open streams, so a benchmark can see where time goes without a debugging endpoint in production.
 */
/**
 * The client build's module that draws the first screen (src/app/render-page.tsx). Without it
 * (a client build made before there was one) the pages go out as before and the client draws.
 */
async function loadFirstScreenDrawer(
  staticDir: string,
  logger: Logger,
): Promise<FirstScreenDrawer | null> {
  const file = firstScreenModule(staticDir);
  if (!existsSync(file)) {
    logger.warn('no first-screen module beside the client build: the client draws it', { file });
    return null;
  }
  const module = (await import(pathToFileURL(file).href)) as { renderPage?: unknown };
  if (typeof module.renderPage !== 'function') {
    logger.warn('the first-screen module has no renderPage: the client draws it', { file });
    return null;
  }
  return module.renderPage as FirstScreenDrawer;
}

function benchMetrics(logger: ReturnType<typeof createLogger>, streams: () => number): void {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  setInterval(() => {
    logger.warn('bench metrics', {
      streams: streams(),
      loopDelayP50Ms: Math.round(delay.percentile(50) / 1e4) / 100,
      loopDelayP99Ms: Math.round(delay.percentile(99) / 1e4) / 100,
      loopDelayMaxMs: Math.round(delay.max / 1e4) / 100,
      // Where the memory is: V8's heap, and outside it (PGlite's WebAssembly memory, buffers).
      ...Object.fromEntries(
        Object.entries(process.memoryUsage()).map(([k, v]) => [`${k}Mb`, Math.round(v / 1048576)]),
      ),
    });
    delay.reset();
  }, 2000).unref();
}

main().catch((error: unknown) => {
  createLogger('error').error('the server could not start', errorFields(error));
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
