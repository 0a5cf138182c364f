// The API's AlertsStore on SQL: inboxes, follows, notification settings, webhooks and the failed
// deliveries as rows, and each evaluation as one transaction under a PostgreSQL advisory lock, so
// instances evaluating at the same moment take turns and the second sees what the first
// remembered. The delivery queue itself is the server's (src/server/alerts/deliver.ts).
import { sql, type Kysely } from 'kysely';
import { alertEventSchema } from '@/domain/alerts';
import type { AlertsStore } from '@/api/alerts-store';
import { runEvaluation } from './sql-alerts-evaluation';
import { errorCategory, followsIn, iso, toSettings, toWebhook } from './sql-alerts-rows';
import type { Database } from './schema';

export function sqlAlertsStore(db: Kysely<Database>): AlertsStore {
  return {
    async inbox(username, limit) {
      const rows = await db
        .selectFrom('inbox_items')
        .innerJoin('alert_events', 'alert_events.key', 'inbox_items.event_key')
        .select([
          'inbox_items.event_key',
          'inbox_items.created_at',
          'inbox_items.read_at',
          'alert_events.event',
        ])
        .where('inbox_items.username', '=', username)
        .orderBy('inbox_items.seq', 'desc')
        .limit(limit)
        .execute();
      const unread = await db
        .selectFrom('inbox_items')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('username', '=', username)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return {
        unread: Number(unread.n),
        items: rows.flatMap((r) => {
          const event = alertEventSchema.safeParse(r.event);
          if (!event.success) return [];
          return [
            {
              key: r.event_key,
              event: event.data,
              createdAt: iso(r.created_at),
              readAt: r.read_at ? iso(r.read_at) : null,
            },
          ];
        }),
      };
    },
    async markRead(username, which, at) {
      let update = db
        .updateTable('inbox_items')
        .set({ read_at: at })
        .where('username', '=', username)
        .where('read_at', 'is', null);
      if (!('all' in which)) update = update.where('event_key', 'in', [...which.keys, '']);
      await update.execute();
    },
    async follows(username) {
      return (await followsIn(db, username)).map(({ kind, id }) => ({ kind, id }));
    },
    async follow(username, kind, id, limit) {
      return db.transaction().execute(async (trx) => {
        // One account's follows change one at a time: the count cannot be raced past the cap.
        await sql`select pg_advisory_xact_lock(hashtext(${`follows:${username}`}))`.execute(trx);
        const mine = await followsIn(trx, username);
        if (mine.some((f) => f.kind === kind && f.id === id)) return 'added';
        if (mine.length >= limit) return 'full';
        await trx.insertInto('follows').values({ username, kind, target_id: id }).execute();
        return 'added';
      });
    },
    async unfollow(username, kind, id) {
      await db
        .deleteFrom('follows')
        .where('username', '=', username)
        .where('kind', '=', kind)
        .where('target_id', '=', id)
        .execute();
    },
    async settings(username) {
      const row = await db
        .selectFrom('notification_settings')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      return row ? toSettings(row) : null;
    },
    async saveSettings(username, s) {
      const values = {
        email: s.email,
        email_alerts: s.emailAlerts,
        digest: s.digest,
        language: s.language,
      };
      await db
        .insertInto('notification_settings')
        .values({ username, ...values })
        .onConflict((oc) => oc.column('username').doUpdateSet(values))
        .execute();
    },
    async webhooks() {
      return (
        await db.selectFrom('webhooks').selectAll().orderBy('created_at').orderBy('id').execute()
      ).flatMap(toWebhook);
    },
    async webhook(id) {
      const row = await db
        .selectFrom('webhooks')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? (toWebhook(row)[0] ?? null) : null;
    },
    async createWebhook(hook) {
      await db
        .insertInto('webhooks')
        .values({
          id: hook.id,
          name: hook.name,
          url: hook.url,
          format: hook.format,
          secret: hook.secret,
          departments: JSON.stringify(hook.departments),
          created_at: hook.createdAt,
        })
        .execute();
    },
    async deleteWebhook(id) {
      const gone = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
      return Number(gone.numDeletedRows) > 0;
    },
    async failingDeliveries(limit) {
      const rows = await db
        .selectFrom('deliveries')
        .select(['target', 'event_key', 'attempts', 'last_error', 'failed_at', 'next_attempt_at'])
        .where('channel', '=', 'webhook')
        .where('delivered_at', 'is', null)
        .where('last_error', 'is not', null)
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.map((f) => ({
        webhookId: f.target,
        event: f.event_key,
        attempts: f.attempts,
        error: errorCategory(f.last_error),
        state: f.failed_at ? ('failed' as const) : ('retrying' as const),
        nextAttemptAt: f.failed_at ? null : iso(f.next_attempt_at),
      }));
    },
    evaluation: (work) => runEvaluation(db, work),
  };
}
