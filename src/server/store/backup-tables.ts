// Which tables a backup holds, and how the tables without a document of their own (what people
// follow, their notification settings, their inboxes, the alerts behind them, webhooks and their
// deliveries) travel: row by row, every column, as the database has them. Every table of the
// schema is in one of the two lists below; a test fails on a table in neither.
import { sql, type Kysely, type Transaction } from 'kysely';
import { DOCUMENT_TABLES_COUNTED, ROW_TABLES_COUNTED } from './migrations/0005-row-counts';
import type { Database } from './schema';

/**
 * The tables written as documents of the data model (backup.ts): the figures, the audit trail
 * and accounts with their screens. `counters` travels as the backup's `revision`.
 */
export const DOCUMENT_TABLES = [...DOCUMENT_TABLES_COUNTED, 'counters'] as const;

/** The tables copied row by row, in the order a restore writes them. */
export const ROW_TABLES = ROW_TABLES_COUNTED;
export type RowTable = (typeof ROW_TABLES)[number];

/** The tables a backup leaves out, each with why: none of them is anyone's work. */
export const LEFT_OUT: Record<string, string> = {
  sessions: 'a restore signs everyone out',
  sign_in_failures: 'the sign-in throttle starts afresh',
  change_events:
    "the change feed's recent history: clients of a restored database are told to reload",
  row_counts: "the integrity check's counts, rebuilt as the rows are restored",
  kysely_migration: 'the schema is made by the migrations',
  kysely_migration_lock: 'the schema is made by the migrations',
};

/** Each table's rows, JSON-safe (timestamps as ISO text, bigints as text). */
export type TableRows = Partial<Record<RowTable, Record<string, unknown>[]>>;

function jsonSafe(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    out[column] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** Every row of every row-copied table, in a stable order (inside the export's transaction). */
export async function exportRows(trx: Transaction<Database>): Promise<TableRows> {
  const out: TableRows = {};
  for (const table of ROW_TABLES) {
    const rows = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(table)} order by 1, 2`.execute(trx);
    out[table] = rows.rows.map(jsonSafe);
  }
  return out;
}

/** The columns of a table as the database has them now, with whether each is jsonb. */
async function columnsOf(db: Kysely<Database>, table: string): Promise<Map<string, boolean>> {
  const rows = await sql<{ column_name: string; data_type: string }>`
    select column_name, data_type from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}`.execute(db);
  return new Map(rows.rows.map((r) => [r.column_name, r.data_type === 'jsonb']));
}

/**
 * Writes the rows back (inside the restore's transaction), each column checked against the
 * table's own; serial counters are moved past the highest restored value.
 */
export async function importRows(
  trx: Transaction<Database>,
  tables: TableRows,
  fail: (message: string) => Error,
): Promise<void> {
  for (const table of ROW_TABLES) {
    const rows = tables[table] ?? [];
    if (rows.length === 0) continue;
    const columns = await columnsOf(trx, table);
    for (const [index, row] of rows.entries()) {
      const names = Object.keys(row);
      const unknown = names.find((n) => !columns.has(n));
      if (unknown) throw fail(`${table}[${index}]: no column ${JSON.stringify(unknown)}`);
      const values = names.map((n) => {
        const value = row[n];
        return columns.get(n) && value !== null ? JSON.stringify(value) : value;
      });
      await sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
        values (${sql.join(values)})`.execute(trx);
    }
    if (columns.has('seq')) {
      await sql`select setval(pg_get_serial_sequence(${table}, 'seq'),
        greatest((select max(seq) from ${sql.table(table)}), 1))`.execute(trx);
    }
  }
}

/** The tables of the database's own schema. */
export async function schemaTables(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(db);
  return rows.rows.map((r) => r.table_name);
}
