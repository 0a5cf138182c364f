// The change feed's history: one row per committed change, keyed by the revision it produced, so
// a client resumes with "everything after revision N". Independent of other migrations (it only
// adds a table), so it can land beside them in any order.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('change_events')
    .addColumn('revision', 'bigint', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('event', 'jsonb', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('change_events').execute();
}
