// The server under test: its HTTP app on a fresh database, PGlite in memory by default, or a new
// database on the PostgreSQL that TEST_DATABASE_URL names (CI's throwaway cluster).
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { createServerApp } from '@/server/app';
import { createLogger } from '@/server/log';
import { openDatabase, type OpenDatabase } from '@/server/store/database';
import { seedIfEmpty } from '@/server/store/seed';
import { sqlStore } from '@/server/store/sql-store';

export interface TestServer {
  database: OpenDatabase;
  /** The PostgreSQL database's URL, so a second instance can open it; null on PGlite. */
  databaseUrl: string | null;
  app: ReturnType<typeof createServerApp>;
  /** A request to the app, as a client on the same origin sends it. */
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** Back to the shipped data set, with an empty audit trail. */
  reset: () => Promise<void>;
  close: () => Promise<void>;
}

/** Which database the server suite runs on, for the test names and the CI log. */
export const DATABASE_KIND = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

async function freshDatabase(): Promise<{
  database: OpenDatabase;
  url: string | null;
  drop: () => Promise<void>;
}> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    return { database, url: null, drop: () => Promise.resolve() };
  }
  const name = `npf_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 60 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      // The pool's end() resolves before its sockets have closed: wait for them rather than force
      // them shut, which would hand each a FATAL nobody is listening for.
      for (let attempt = 0; ; attempt += 1) {
        try {
          await client.query(`drop database if exists ${name}`);
          break;
        } catch (error) {
          if (attempt >= 100) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await client.end();
    },
  };
}

/** The server's HTTP app on a database, with the test defaults for what it is not given. */
export function serverAppOn(
  database: OpenDatabase,
  options: Partial<Parameters<typeof createServerApp>[0]> = {},
) {
  return createServerApp({
    store: sqlStore(database.db),
    logger: createLogger('silent'),
    ready: async () => {
      await sql`select 1`.execute(database.db);
      return true;
    },
    requestTimeoutMs: 15_000,
    bodyLimitBytes: 262_144,
    importBodyLimitBytes: 8_388_608,
    ...options,
  });
}

export async function startTestServer(
  options: { now?: () => Date; logLines?: string[] } = {},
): Promise<TestServer> {
  const { database, url, drop } = await freshDatabase();
  await seedIfEmpty(database.db);
  const app = serverAppOn(database, {
    logger: createLogger('debug', (line) => options.logLines?.push(line)),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    database,
    databaseUrl: url,
    app,
    request: async (path, init) => app.request(`http://localhost${path}`, init),
    async reset() {
      // TRUNCATE is not a row delete: the audit trail's append-only trigger does not fire.
      await sql`truncate audit_entries, indicators, departments, thrusts, programme`.execute(
        database.db,
      );
      // Seeding moves the revision on, so no cached answer outlives the reset.
      await seedIfEmpty(database.db);
    },
    async close() {
      await database.close();
      await drop();
    },
  };
}
