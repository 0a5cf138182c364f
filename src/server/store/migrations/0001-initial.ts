// The first schema: reference data, indicators with a version each, and the append-only audit
// trail (a trigger refuses to change or delete an entry once written).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('programme')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .execute();
  for (const table of ['thrusts', 'departments']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .execute();
  }
  await db.schema
    .createTable('indicators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('thrust_id', 'text', (c) => c.notNull().references('thrusts.id'))
    .addColumn('version', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`version > 0`),
    )
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('audit_entries')
    .addColumn('seq', 'bigserial', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('record_date', 'date', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('entry', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_entries_by_indicator')
    .on('audit_entries')
    .columns(['indicator_id', 'seq'])
    .execute();
  await sql`
    create function audit_entries_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit trail is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_entries_append_only before update or delete on audit_entries
    for each row execute function audit_entries_append_only()`.execute(db);
  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into counters (name, value) values ('revision', 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['counters', 'audit_entries', 'indicators', 'departments', 'thrusts']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable('programme').execute();
  await sql`drop function audit_entries_append_only`.execute(db);
}
