// Opens the database the configuration names: PostgreSQL through DATABASE_URL, or else PGlite
// (PostgreSQL in WASM) in DATA_DIR, created on first start. Both get the same migrations.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { holdDataDir, type DataDirHold } from './data-dir-lock';
import { migrateToLatest } from './migrate';
import { storageError } from './storage-errors';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /** Where it is, without secrets: the data folder, or the server and database name. */
  where: string;
  /** PGlite in a folder: this process's hold on it (data-dir-lock.ts), released by close(). */
  hold: DataDirHold | null;
  close(): Promise<void>;
  /**
   * Calls `heard` with each notification's payload on `channel` (NOTIFY from any instance on the
   * same database, this one included). On PostgreSQL it holds one connection of its own, outside
   * the pool, and opens it again when it drops, calling `resumed` so the caller can catch up on
   * what it missed meanwhile. Resolves with the function that stops listening.
   */
  listen(
    channel: string,
    heard: (payload: string) => void,
    resumed?: () => void,
  ): Promise<Unlisten>;
}

export type Unlisten = () => Promise<void>;

/** The application_name of each instance's LISTEN connection. */
export const LISTEN_APPLICATION = 'npf-change-listener';

/** A dedicated LISTEN connection to PostgreSQL, reopened with backoff while it is wanted. */
async function listenPostgres(
  url: string,
  channel: string,
  heard: (payload: string) => void,
  resumed: () => void,
  warn: (msg: string, error: unknown) => void,
): Promise<Unlisten> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let delay = 500;
  const open = async (): Promise<void> => {
    // Named, so an operator (or a test) can tell it from the pool's connections in pg_stat_activity.
    const next = new pg.Client({ connectionString: url, application_name: LISTEN_APPLICATION });
    next.on('notification', (m) => {
      if (m.channel === channel) heard(m.payload ?? '');
    });
    const lost = (error?: unknown) => {
      if (client !== next || stopped) return;
      client = null;
      warn('change notifications lost: reconnecting', error);
      next.end().catch(() => undefined);
      schedule();
    };
    next.on('error', lost);
    next.on('end', () => lost());
    client = next;
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    delay = 500;
  };
  const schedule = () => {
    retry = setTimeout(() => {
      retry = null;
      open().then(resumed, (error: unknown) => {
        client = null;
        warn('change notifications: reconnect failed', error);
        delay = Math.min(delay * 2, 30_000);
        if (!stopped) schedule();
      });
    }, delay);
    retry.unref();
  };
  await open();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const last = client;
    client = null;
    await last?.end().catch(() => undefined);
  };
}

function warnLine(msg: string, error: unknown): void {
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg, error: { message: error instanceof Error ? error.message : 'connection ended' } })}\n`,
  );
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` null: in memory (tests). */
  | { kind: 'pglite'; dataDir: string | null };

// Dates stay text ("2024-05-16"), as the domain keeps them; bigint counters come back as strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

/**
 * PGlite's postgresql.conf, written at each open. Its `initdb` default of 128 MB of shared buffers
 * lives in the WASM heap, and every page of it that is touched stays resident: the whole data set
 * with its history is a few MB, so 16 MB holds it all and keeps an idle server near 160 MB
 * instead of 270 MB (`npm run bench:live` gives the figures under load). The rest is initdb's own.
 */
export const PGLITE_CONF = [
  'shared_buffers = 16MB',
  'max_wal_size = 1GB',
  'min_wal_size = 80MB',
  "datestyle = 'iso, mdy'",
  'timezone = UTC',
  'log_timezone = UTC',
  'lc_messages = C',
  'lc_monetary = C',
  'lc_numeric = C',
  'lc_time = C',
  "default_text_search_config = 'pg_catalog.english'",
].join('\n');

/**
 * Creates a new PGlite data folder (`initdb`, with page checksums) in a child process that then
 * exits. Run in this
 * process, initdb's WASM instance leaves some 600 MB resident for the life of the server (its
 * heap is never handed back to the system); in a child it is gone when the child ends.
 */
async function createDataDir(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const script = [
    `const { PGlite } = await import(${JSON.stringify(pglite)});`,
    // Page checksums: PostgreSQL then checks every page it reads and refuses one that was
    // damaged on disk, instead of reading it as if nothing were wrong.
    "const db = new PGlite(process.argv[1], { initDbStartParams: ['--data-checksums'] });",
    'await db.waitReady;',
    'await db.close();',
  ].join('\n');
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script, dataDir],
      { maxBuffer: 4 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error)
          reject(
            new Error(
              `creating the database in ${dataDir} failed: ${stderr.trim() || error.message}`,
            ),
          );
        else resolve();
      },
    );
  });
}

/**
 * Opens the database. A PGlite folder is held first (data-dir-lock.ts) as `owner`, so no other
 * process opens it meanwhile: a DataDirInUse error says who has it.
 */
export async function openDatabase(
  target: DatabaseTarget,
  owner = `a process (pid ${process.pid})`,
): Promise<OpenDatabase> {
  let opened: OpenDatabase;
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection that the server drops (a restart, a failover) is an error event on the
    // pool: heard here, it costs that connection; unheard, it would end the process. The next
    // query opens a new one, and /readyz says whether the database answers.
    pool.on('error', (error) => {
      process.stderr.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg: 'database connection lost', error: { message: error.message } })}\n`,
      );
    });
    const url = new URL(target.url);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    opened = {
      db,
      kind: 'postgres',
      where: `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`,
      hold: null,
      close: () => db.destroy(),
      listen: (channel, heard, resumed = () => undefined) =>
        listenPostgres(target.url, channel, heard, resumed, warnLine),
    };
  } else {
    const hold = target.dataDir ? await holdDataDir(target.dataDir, owner) : null;
    let lite: PGlite;
    try {
      if (target.dataDir) await createDataDir(target.dataDir);
      lite = new PGlite(target.dataDir ?? undefined, { postgresqlconf: PGLITE_CONF });
      await lite.waitReady;
    } catch (error) {
      await hold?.release();
      throw storageError(target.dataDir, error);
    }
    const db = new Kysely<Database>({ dialect: new PGliteDialect(lite) });
    opened = {
      db,
      kind: 'pglite',
      where: target.dataDir ?? 'memory',
      hold,
      close: async () => {
        await db.destroy();
        await hold?.release();
      },
      // PGlite is one session, this process's own: its NOTIFY reaches its LISTEN in-process. The
      // LISTEN is issued holding the connection, so it cannot land inside someone's transaction.
      listen: (channel, heard) =>
        db.connection().execute(async () => {
          const stop = await lite.listen(channel, heard);
          return () => (lite.closed ? Promise.resolve() : stop());
        }),
    };
  }
  try {
    await migrateToLatest(opened.db);
  } catch (error) {
    await opened.close().catch(() => undefined);
    throw storageError(target.kind === 'pglite' ? target.dataDir : null, error);
  }
  return opened;
}
