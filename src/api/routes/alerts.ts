// Each account's alerts: its inbox (unread count, mark read), what it follows, how it wants to
// hear (email, digest, language) and a test email. Every route needs a signed-in account; a wall
// screen has no inbox. The same in both homes; what only a server can do (send mail) the demo
// answers plainly with 501 `notInDemo`.
import { Hono, type Context } from 'hono';
import { z } from '@/domain/zod';
import { alertMessage } from '@/domain/alert-messages';
import {
  FOLLOW_KINDS,
  FOLLOW_LIMIT,
  markReadSchema,
  notificationSettingsSchema,
  type FollowKind,
  type NotificationSettingsResponse,
} from '@/domain/inbox';
import type { AlertsStore } from '../alerts-store';
import type { AlertsContext, ApiContext } from '../app';
import { refuse, type AuthEnv } from '../auth';
import { checkedBody, jsonBody, problem, quoteId } from '../respond';
import { notInDemo, testThrottle } from './alert-tests';

const followKind = z.enum(FOLLOW_KINDS);
/** The newest inbox items an account is shown. */
const INBOX_SIZE = 100;

/** The signed-in account's name, or the refusal for whoever else asks. */
export function me(c: Context<AuthEnv>): string | Response {
  const refused = refuse(c, { kind: 'record', ownerIds: [] });
  const who = c.get('who').principal;
  if (who.kind === 'user') return who.username;
  return refused ?? problem(c, 401, 'signInRequired', 'sign in to see alerts');
}

export async function settingsOf(store: AlertsStore, username: string) {
  const row = await store.settings(username);
  return {
    email: row?.email ?? null,
    emailAlerts: row?.emailAlerts ?? true,
    digest: row?.digest ?? 'off',
    language: row?.language ?? 'zh',
  } as const;
}

export function alertRoutes(api: ApiContext, alerts: AlertsContext) {
  const { store, sender } = alerts;
  const throttle = testThrottle(api.now);

  /** Whether what a follow names exists. */
  async function exists(kind: FollowKind, id: string): Promise<boolean> {
    if (kind === 'indicator') return (await api.store.indicator(id)) !== null;
    const list = kind === 'thrust' ? await api.store.thrusts() : await api.store.departments();
    return list.some((item) => item.id === id);
  }

  const settingsAnswer = async (username: string): Promise<NotificationSettingsResponse> => ({
    ...(await settingsOf(store, username)),
    emailDelivery: sender.email,
  });

  return new Hono<AuthEnv>()
    .get('/inbox', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      // In the reader's language when the view names one, else the account's settings'.
      const asked = c.req.query('lang');
      const language =
        asked === 'zh' || asked === 'en' ? asked : (await settingsOf(store, username)).language;
      const { unread, items } = await store.inbox(username, INBOX_SIZE);
      const indicators = new Map((await api.store.indicators()).map((i) => [i.id, i]));
      return c.json({
        unread,
        items: items.flatMap((item) => {
          const indicator = indicators.get(item.event.indicatorId);
          if (!indicator) return [];
          return [
            {
              ...item,
              message: alertMessage(item.event, indicator, language, alerts.publicUrl),
            },
          ];
        }),
      });
    })
    .post('/inbox/read', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      const parsed = markReadSchema.safeParse(await jsonBody(c));
      if (!parsed.success || (!parsed.data.all && !parsed.data.keys))
        return problem(c, 400, 'badRequest', 'send { "keys": [...] } or { "all": true }');
      const which = parsed.data.all ? { all: true as const } : { keys: parsed.data.keys ?? [] };
      await store.markRead(username, which, api.now().toISOString());
      return c.body(null, 204);
    })
    .get('/follows', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      return c.json({ items: await store.follows(username) });
    })
    .put('/follows/:kind/:id', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      const kind = followKind.safeParse(c.req.param('kind'));
      if (!kind.success)
        return problem(c, 404, 'notFound', 'follow an indicator, a thrust or a department');
      const id = c.req.param('id');
      if (!(await exists(kind.data, id)))
        return problem(c, 404, 'notFound', `no ${kind.data} ${quoteId(id)}`);
      if ((await store.follow(username, kind.data, id, FOLLOW_LIMIT)) === 'full') {
        return problem(
          c,
          409,
          'tooManyFollows',
          `an account may follow at most ${FOLLOW_LIMIT} indicators, thrusts and departments`,
        );
      }
      return c.body(null, 204);
    })
    .delete('/follows/:kind/:id', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      const kind = followKind.safeParse(c.req.param('kind'));
      if (!kind.success)
        return problem(c, 404, 'notFound', 'follow an indicator, a thrust or a department');
      await store.unfollow(username, kind.data, c.req.param('id'));
      return c.body(null, 204);
    })
    .get('/notification-settings', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      return c.json(await settingsAnswer(username));
    })
    .put('/notification-settings', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      const checked = await checkedBody(c, notificationSettingsSchema, 'invalidSettings');
      if ('refused' in checked) return checked.refused;
      await store.saveSettings(username, { ...checked.data, email: checked.data.email || null });
      return c.json(await settingsAnswer(username));
    })
    .post('/notification-settings/test', async (c) => {
      const username = me(c);
      if (typeof username !== 'string') return username;
      if (sender.email === 'demo') return notInDemo(c, 'send email');
      if (sender.email === 'notConfigured') {
        return problem(
          c,
          409,
          'emailNotConfigured',
          'this server has no mail server (SMTP_URL): alerts reach the inbox only',
        );
      }
      const { email, language } = await settingsOf(store, username);
      if (!email) return problem(c, 409, 'noEmailAddress', 'save an email address first');
      const wait = throttle(`email:${username}`);
      if (wait) return wait(c);
      return c.json(await sender.testEmail(email, language));
    });
}
