// Opens the database the configuration names: PostgreSQL through DATABASE_URL, or else PGlite
// (PostgreSQL in WASM) in DATA_DIR, created on first start. Both get the same migrations.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrate';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /** Where it is, without secrets: the data folder, or the server and database name. */
  where: string;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` null: in memory (tests). */
  | { kind: 'pglite'; dataDir: string | null };

// Dates stay text ("2024-05-16"), as the domain keeps them; bigint counters come back as strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
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
      close: () => db.destroy(),
    };
  } else {
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    const lite = new PGlite(target.dataDir ?? undefined);
    const db = new Kysely<Database>({ dialect: new PGliteDialect(lite) });
    opened = {
      db,
      kind: 'pglite',
      where: target.dataDir ?? 'memory',
      close: () => db.destroy(),
    };
  }
  try {
    await migrateToLatest(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}
