// Admins keep the webhooks: the list (each address shown without its credentials and query, with
// its failing deliveries as categories), a new one (https, never an inside address, unless the
// server's allow-list names the host), removing one, and a test message.
import { Hono, type Context } from 'hono';
import { newWebhookSchema, type Webhook } from '@/domain/inbox';
import { redactedUrl, webhookUrlProblem } from '@/domain/webhook-url';
import type { AlertsContext, ApiContext } from '../app';
import { refuse, type AuthEnv } from '../auth';
import { checkedBody, problem, quoteId } from '../respond';
import { notInDemo, testThrottle } from './alert-tests';

const URL_WORDS = {
  invalidUrl: 'an http(s) URL',
  httpsRequired: 'https only, unless the server’s WEBHOOK_ALLOW names the host',
  internalAddress:
    'it points at this machine, a private network, a link-local or a cloud metadata address',
} as const;

export function webhookRoutes(api: ApiContext, alerts: AlertsContext) {
  const { store, sender } = alerts;
  const guard = (c: Context<AuthEnv>) => refuse(c, { kind: 'manageAccounts' });
  const throttle = testThrottle(api.now);

  return new Hono<AuthEnv>()
    .get('/webhooks', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const hooks = await store.webhooks();
      const failing = await store.failingDeliveries(200);
      const items: Webhook[] = hooks.map((h) => ({
        id: h.id,
        name: h.name,
        url: redactedUrl(h.url),
        format: h.format,
        departments: h.departments,
        createdAt: h.createdAt,
        problems: failing
          .filter((f) => f.webhookId === h.id)
          .map(({ event, attempts, error, state, nextAttemptAt }) => ({
            event,
            attempts,
            error,
            state,
            nextAttemptAt,
          })),
      }));
      return c.json({ items });
    })
    .post('/webhooks', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const checked = await checkedBody(c, newWebhookSchema, 'invalidWebhook');
      if ('refused' in checked) return checked.refused;
      const input = checked.data;
      const urlProblem = webhookUrlProblem(input.url, sender.webhookAllowList);
      if (urlProblem) {
        const message = URL_WORDS[urlProblem];
        return problem(
          c,
          422,
          'invalidWebhook',
          `url: ${message}`,
          urlProblem === 'invalidUrl'
            ? {}
            : { issues: [{ path: 'url', code: urlProblem, message }] },
        );
      }
      const known = new Set((await api.store.departments()).map((d) => d.id));
      const unknown = input.departments.filter((d) => !known.has(d));
      if (unknown.length > 0) {
        return problem(
          c,
          422,
          'invalidWebhook',
          `departments: no such department: ${unknown.map(quoteId).join(', ')}`,
        );
      }
      const id = api.newId();
      await store.createWebhook({
        id,
        name: input.name,
        url: input.url,
        format: input.format,
        secret: input.secret,
        departments: [...new Set(input.departments)],
        createdAt: api.now().toISOString(),
      });
      return c.json({ id }, 201);
    })
    .delete('/webhooks/:id', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const id = c.req.param('id');
      if (!(await store.deleteWebhook(id)))
        return problem(c, 404, 'notFound', `no webhook ${quoteId(id)}`);
      return c.body(null, 204);
    })
    .post('/webhooks/:id/test', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const id = c.req.param('id');
      const hook = await store.webhook(id);
      if (!hook) return problem(c, 404, 'notFound', `no webhook ${quoteId(id)}`);
      // The demo's sender (its email is `demo`) sends nothing at all.
      if (sender.email === 'demo') return notInDemo(c, 'call a webhook');
      const wait = throttle(`webhook:${id}`);
      if (wait) return wait(c);
      return c.json(await sender.testWebhook(hook, 'zh'));
    });
}
