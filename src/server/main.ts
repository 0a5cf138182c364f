// `npm start`: reads the configuration, opens (and on first start creates, migrates and seeds) the
// database, builds the client if needed, and serves the API and the SPA from one process. SIGTERM
// drains in-flight requests and closes the database.
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { createServerApp } from './app';
import { ensureClientBuild } from './client-build';
import { ConfigError, loadConfig } from './config';
import { createLogger, errorFields } from './log';
import { loadStaticFiles } from './static-files';
import { openDatabase } from './store/database';
import { seedIfEmpty } from './store/seed';
import { sqlStore } from './store/sql-store';
import { sqlAccountsStore } from './store/sql-accounts-store';
import { ensureFirstAdmin } from './first-admin';
import { scryptPasswords } from './passwords';
import { alertRoutes } from './alerts/routes';
import { startAlerts } from './alerts/service';

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

  const database = await openDatabase(config.database);
  const seeded = await seedIfEmpty(database.db);
  logger.info('database ready', { kind: database.kind, where: database.where, seeded });

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
  });

  const app = createServerApp({
    alerts: {
      routes: alertRoutes(database.db, config.publicUrl, () => alerts.trigger()),
      afterWrite: () => alerts.trigger(),
    },
    store: sqlStore(database.db),
    accounts,
    passwords: scryptPasswords,
    readAccess: config.readAccess,
    sessionIdleMs: config.sessionIdleMs,
    sessionMaxMs: config.sessionMaxMs,
    trustProxy: config.trustProxy,
    logger,
    files,
    ready: async () => {
      await sql`select 1`.execute(database.db);
      return true;
    },
    requestTimeoutMs: config.requestTimeoutMs,
    bodyLimitBytes: config.bodyLimitBytes,
    importBodyLimitBytes: config.importBodyLimitBytes,
  });

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

main().catch((error: unknown) => {
  createLogger('error').error('the server could not start', errorFields(error));
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
