// Alerts: what each indicator's evaluation remembers, the events raised (one per change, by key),
// every account's inbox, what people follow and how they want to hear, the webhooks admins set,
// and the outgoing deliveries (email, webhook) with their attempts.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alert_states')
    .addColumn('indicator_id', 'text', (c) => c.primaryKey())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('alert_events')
    .addColumn('seq', 'bigserial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('event', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('inbox_items')
    .addColumn('seq', 'bigserial', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('event_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .addUniqueConstraint('inbox_items_once', ['username', 'event_key'])
    .execute();
  await db.schema
    .createTable('follows')
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('indicator', 'thrust', 'department')`),
    )
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('follows_pk', ['username', 'kind', 'target_id'])
    .execute();
  await db.schema
    .createTable('notification_settings')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text')
    .addColumn('email_alerts', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('digest', 'text', (c) =>
      c
        .notNull()
        .defaultTo('off')
        .check(sql`digest in ('off', 'daily', 'weekly')`),
    )
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('zh'))
    .addColumn('last_digest_on', 'text')
    .execute();
  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) =>
      c.notNull().check(sql`format in ('json', 'wecom', 'dingtalk')`),
    )
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('departments', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('deliveries')
    .addColumn('seq', 'bigserial', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('email', 'webhook')`))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('event_key', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('deliveries_once', ['channel', 'target', 'event_key'])
    .execute();
  await db.schema
    .createIndex('deliveries_due')
    .on('deliveries')
    .columns(['delivered_at', 'failed_at', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'deliveries',
    'webhooks',
    'notification_settings',
    'follows',
    'inbox_items',
    'alert_events',
    'alert_states',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
