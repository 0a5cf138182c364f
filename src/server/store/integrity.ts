// The start-up check: does each table hold what the database says it should? The counts kept by
// triggers with every write (migration 0005) are compared, in one snapshot, with the rows a full
// scan of each table can read (no index may stand in: a page lost from a table still has its
// index entries). One query for every table; when it fails (a page that fails its checksum, a
// table that cannot be read), each table is asked alone, so the damage is named by table.
import { sql, type Kysely } from 'kysely';
import { COUNTED_TABLES } from './migrations/0005-row-counts';
import { probeWritable } from './storage-errors';
import type { Database } from './schema';

export interface IntegrityReport {
  /** What is wrong, one line a table; empty when every table holds what it should. */
  damage: string[];
  /** How long the check took, in milliseconds. */
  ms: number;
}

type Count = { table_name: string; found: string; expected: string | null };

async function countRows(db: Kysely<Database>, tables: readonly string[]): Promise<Count[]> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`set local enable_indexscan = off`.execute(trx);
      await sql`set local enable_indexonlyscan = off`.execute(trx);
      await sql`set local enable_bitmapscan = off`.execute(trx);
      const counts = sql.join(
        tables.map(
          (table) =>
            sql`select ${table}::text as table_name, (select count(*) from ${sql.table(table)}) as found`,
        ),
        sql` union all `,
      );
      const rows = await sql<Count>`select c.table_name, c.found, r.row_count as expected
        from (${counts}) c left join row_counts r on r.table_name = c.table_name`.execute(trx);
      return rows.rows;
    });
}

const describe = (c: Count) =>
  c.expected === null
    ? `${c.table_name}: no count kept for it`
    : `${c.table_name}: ${c.found} rows readable, ${c.expected} expected`;

export async function checkIntegrity(db: Kysely<Database>): Promise<IntegrityReport> {
  const started = performance.now();
  const wrong = (counts: Count[]) =>
    counts.filter((c) => c.expected === null || Number(c.found) !== Number(c.expected));
  let damage: string[];
  try {
    damage = wrong(await countRows(db, COUNTED_TABLES)).map(describe);
  } catch {
    damage = [];
    for (const table of COUNTED_TABLES) {
      try {
        damage.push(...wrong(await countRows(db, [table])).map(describe));
      } catch (error) {
        damage.push(
          `${table}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
        );
      }
    }
  }
  return { damage, ms: Math.round(performance.now() - started) };
}

/**
 * /readyz's question: ready, or why not. Not while the start-up check found damage, nor while the
 * data folder refuses a write (a full disk, a read-only file system), nor while the database does
 * not answer.
 */
export function readiness(
  db: Kysely<Database>,
  dataDir: string | null,
  damage: readonly string[],
): () => Promise<true | { unavailable: string }> {
  return async () => {
    if (damage.length > 0) return { unavailable: `the database is damaged: ${damage.join('; ')}` };
    const refused = dataDir ? probeWritable(dataDir) : null;
    if (refused) return { unavailable: refused.message };
    await sql`select 1`.execute(db);
    return true;
  };
}
