// The alerts' API on the server: each account's inbox (unread count, mark read), what it follows,
// how it wants to hear (email, digest, language), and for admins the webhooks and the deliveries
// that failed. Every route needs a signed-in account; a screen has no inbox.
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { z } from '@/domain/zod';
import { alertMessage } from '@/domain/alert-messages';
import { alertEventSchema } from '@/domain/alerts';
import {
  FOLLOW_KINDS,
  markReadSchema,
  newWebhookSchema,
  notificationSettingsSchema,
} from '@/domain/inbox';
import { indicatorSchema } from '@/domain/schemas';
import { refuse, type AuthEnv } from '@/api/auth';
import { jsonBody, problem, quoteId } from '@/api/respond';
import type { Database } from '../store/schema';

const followKind = z.enum(FOLLOW_KINDS);

function me(c: Context<AuthEnv>): string | Response {
  const refused = refuse(c, { kind: 'record', ownerIds: [] });
  const who = c.get('who').principal;
  if (who.kind === 'user') return who.username;
  return refused ?? problem(c, 401, 'signInRequired', 'sign in to see alerts');
}

export function alertRoutes(db: Kysely<Database>, publicUrl: string, onChange: () => void) {
  const settingsOf = async (username: string) => {
    const row = await db
      .selectFrom('notification_settings')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return {
      email: row?.email ?? null,
      emailAlerts: row?.email_alerts ?? true,
      digest: row?.digest ?? 'off',
      language: row?.language === 'en' ? ('en' as const) : ('zh' as const),
    };
  };

  const routes = new Hono<AuthEnv>();
  routes
    .get('/inbox', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      const { language } = await settingsOf(username);
      const rows = await db
        .selectFrom('inbox_items')
        .innerJoin('alert_events', 'alert_events.key', 'inbox_items.event_key')
        .leftJoin('indicators', 'indicators.id', 'alert_events.indicator_id')
        .select([
          'inbox_items.event_key',
          'inbox_items.created_at',
          'inbox_items.read_at',
          'alert_events.event',
          'indicators.data',
          'indicators.version',
        ])
        .where('inbox_items.username', '=', username)
        .orderBy('inbox_items.seq', 'desc')
        .limit(100)
        .execute();
      const items = rows.flatMap((r) => {
        const event = alertEventSchema.safeParse(r.event);
        const indicator = indicatorSchema.safeParse(
          r.data ? { ...r.data, version: r.version } : null,
        );
        if (!event.success || !indicator.success) return [];
        return [
          {
            key: r.event_key,
            event: event.data,
            message: alertMessage(event.data, indicator.data, language, publicUrl),
            createdAt: new Date(r.created_at).toISOString(),
            readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
          },
        ];
      });
      const unread = await db
        .selectFrom('inbox_items')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('username', '=', username)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return c.json({ unread: Number(unread.n), items });
    })
    .post('/inbox/read', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      const parsed = markReadSchema.safeParse(await jsonBody(c));
      if (!parsed.success)
        return problem(c, 400, 'badRequest', 'send { "keys": [...] } or { "all": true }');
      let update = db
        .updateTable('inbox_items')
        .set({ read_at: new Date().toISOString() })
        .where('username', '=', username)
        .where('read_at', 'is', null);
      if (!parsed.data.all)
        update = update.where('event_key', 'in', [...(parsed.data.keys ?? []), '']);
      await update.execute();
      return c.body(null, 204);
    })
    .get('/follows', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      const rows = await db
        .selectFrom('follows')
        .select(['kind', 'target_id'])
        .where('username', '=', username)
        .execute();
      return c.json({ items: rows.map((r) => ({ kind: r.kind, id: r.target_id })) });
    })
    .put('/follows/:kind/:id', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      const kind = followKind.safeParse(c.req.param('kind'));
      if (!kind.success)
        return problem(c, 404, 'notFound', 'follow an indicator, a thrust or a department');
      await db
        .insertInto('follows')
        .values({ username, kind: kind.data, target_id: c.req.param('id').slice(0, 100) })
        .onConflict((oc) => oc.columns(['username', 'kind', 'target_id']).doNothing())
        .execute();
      return c.body(null, 204);
    })
    .delete('/follows/:kind/:id', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      await db
        .deleteFrom('follows')
        .where('username', '=', username)
        .where('kind', '=', c.req.param('kind'))
        .where('target_id', '=', c.req.param('id'))
        .execute();
      return c.body(null, 204);
    })
    .get('/notification-settings', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      return c.json(await settingsOf(username));
    })
    .put('/notification-settings', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      const parsed = notificationSettingsSchema.safeParse(await jsonBody(c));
      if (!parsed.success) {
        return problem(
          c,
          422,
          'invalidSettings',
          parsed.error.issues[0]?.message ?? 'invalid settings',
        );
      }
      const s = parsed.data;
      const values = {
        email: s.email || null,
        email_alerts: s.emailAlerts,
        digest: s.digest,
        language: s.language,
      };
      await db
        .insertInto('notification_settings')
        .values({ username, ...values })
        .onConflict((oc) => oc.column('username').doUpdateSet(values))
        .execute();
      return c.json(await settingsOf(username));
    })
    .get('/webhooks', async (c) => {
      const refused = refuse(c, { kind: 'manageAccounts' });
      if (refused) return refused;
      const hooks = await db
        .selectFrom('webhooks')
        .select(['id', 'name', 'url', 'format', 'departments', 'created_at'])
        .orderBy('created_at')
        .execute();
      const failures = await db
        .selectFrom('deliveries')
        .select([
          'target',
          'event_key',
          'attempts',
          'last_error',
          'failed_at',
          'next_attempt_at',
          'delivered_at',
        ])
        .where('channel', '=', 'webhook')
        .where('delivered_at', 'is', null)
        .where('last_error', 'is not', null)
        .orderBy('seq', 'desc')
        .limit(200)
        .execute();
      return c.json({
        items: hooks.map((h) => ({
          id: h.id,
          name: h.name,
          // The URL may carry the robot's key: shown without its query string.
          url: h.url.replace(/\?.*$/, '?…'),
          format: h.format,
          departments: h.departments,
          createdAt: new Date(h.created_at).toISOString(),
          problems: failures
            .filter((f) => f.target === h.id)
            .map((f) => ({
              event: f.event_key,
              attempts: f.attempts,
              error: f.last_error,
              state: f.failed_at ? 'failed' : 'retrying',
              nextAttemptAt: f.failed_at ? null : new Date(f.next_attempt_at).toISOString(),
            })),
        })),
      });
    })
    .post('/webhooks', async (c) => {
      const refused = refuse(c, { kind: 'manageAccounts' });
      if (refused) return refused;
      const parsed = newWebhookSchema.safeParse(await jsonBody(c));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return problem(
          c,
          422,
          'invalidWebhook',
          `${String(issue?.path[0] ?? 'body')}: ${issue?.message ?? 'invalid'}`,
        );
      }
      const id = crypto.randomUUID();
      await db
        .insertInto('webhooks')
        .values({
          id,
          name: parsed.data.name,
          url: parsed.data.url,
          format: parsed.data.format,
          secret: parsed.data.secret,
          departments: JSON.stringify(parsed.data.departments),
          created_at: new Date().toISOString(),
        })
        .execute();
      onChange();
      return c.json({ id }, 201);
    })
    .delete('/webhooks/:id', async (c) => {
      const refused = refuse(c, { kind: 'manageAccounts' });
      if (refused) return refused;
      const id = c.req.param('id');
      const gone = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
      if (Number(gone.numDeletedRows) === 0)
        return problem(c, 404, 'notFound', `no webhook ${quoteId(id)}`);
      return c.body(null, 204);
    });
  return routes;
}
