// How many rows each table of users' work should hold, kept by the database itself: triggers on
// every insert, delete and truncate move the table's count in `row_counts`, in the same
// transaction as the write. At start the server counts the rows it can read and compares
// (integrity.ts): a page of a table lost on disk shows as rows missing, by name, instead of
// figures silently gone. Stands alone (it only adds a table and triggers), so it can land beside
// other migrations in any order.
import { sql, type Kysely } from 'kysely';

/** The figures, their audit trail, accounts and screens: the tables a backup holds as documents. */
export const DOCUMENT_TABLES_COUNTED = [
  'programme',
  'thrusts',
  'departments',
  'indicators',
  'audit_entries',
  'accounts',
  'displays',
] as const;

/** What people follow and how they hear, their inboxes, the alerts behind them, webhooks. */
export const ROW_TABLES_COUNTED = [
  'follows',
  'notification_settings',
  'webhooks',
  'alert_states',
  'alert_events',
  'inbox_items',
  'deliveries',
] as const;

/** The tables counted: every table of users' work as this migration found them. */
export const COUNTED_TABLES = [...DOCUMENT_TABLES_COUNTED, ...ROW_TABLES_COUNTED] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('row_counts')
    .addColumn('table_name', 'text', (c) => c.primaryKey())
    .addColumn('row_count', 'bigint', (c) => c.notNull())
    .execute();
  await sql`
    create function row_counts_track() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        update row_counts set row_count = row_count + (select count(*) from added)
        where table_name = tg_table_name;
      elsif tg_op = 'DELETE' then
        update row_counts set row_count = row_count - (select count(*) from removed)
        where table_name = tg_table_name;
      else
        update row_counts set row_count = 0 where table_name = tg_table_name;
      end if;
      return null;
    end $$`.execute(db);
  for (const table of COUNTED_TABLES) {
    const t = sql.table(table);
    await sql`insert into row_counts (table_name, row_count)
      select ${table}, count(*) from ${t}`.execute(db);
    // One trigger per event: a trigger with a transition table may have only one.
    await sql`create trigger ${sql.id(`${table}_count_insert`)} after insert on ${t}
      referencing new table as added for each statement execute function row_counts_track()`.execute(
      db,
    );
    await sql`create trigger ${sql.id(`${table}_count_delete`)} after delete on ${t}
      referencing old table as removed for each statement execute function row_counts_track()`.execute(
      db,
    );
    await sql`create trigger ${sql.id(`${table}_count_truncate`)} after truncate on ${t}
      for each statement execute function row_counts_track()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of COUNTED_TABLES) {
    for (const event of ['insert', 'delete', 'truncate']) {
      await sql`drop trigger ${sql.id(`${table}_count_${event}`)} on ${sql.table(table)}`.execute(
        db,
      );
    }
  }
  await db.schema.dropTable('row_counts').execute();
  await sql`drop function row_counts_track`.execute(db);
}
