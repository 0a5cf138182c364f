// The contract suite, for the alerts: every alerts endpoint and every error answer, asked of the
// server (SQL) and of the mock API (localStorage), with the same answers. The inbox fills from
// the evaluation both homes run; what only a server can do (send a test message) each home
// answers in its own way, at the end.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiProblemSchema } from '@/domain/api-problem';
import {
  FOLLOW_LIMIT,
  followsResponseSchema,
  inboxResponseSchema,
  notificationSettingsResponseSchema,
  webhookListResponseSchema,
} from '@/domain/inbox';
import { contractTargets, json, type Target } from './contract-targets';

const contract = contractTargets();
const { targets } = contract;

beforeAll(() => contract.start());
afterAll(() => contract.close());

const put = (body?: unknown): RequestInit => ({
  method: 'PUT',
  headers: { 'Content-Type': 'application/json' },
  ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
});
const del: RequestInit = { method: 'DELETE' };
const errorOf = async (res: Response) => apiProblemSchema.parse(await res.json()).error;

const hook = {
  name: '金融局群',
  url: 'https://robot:pw@qyapi.weixin.qq.com/cgi-bin/webhook/send?key=ROBOT-KEY',
  format: 'wecom',
  secret: 'webhook-secret',
  departments: ['finance'],
};

/** finance's editor records the pilot zone delayed: on track → off track. */
async function slip(target: Target) {
  await target.evaluate();
  const etag =
    (await target.requestAs('finance', '/indicators/sci-fin-pilot-zone')).headers.get('ETag') ?? '';
  const saved = await target.requestAs(
    'finance',
    '/indicators/sci-fin-pilot-zone/milestone-updates',
    json(
      { update: { date: '2026-11-20', state: 'delayed', provenance: { kind: 'illustrative' } } },
      { 'If-Match': etag },
    ),
  );
  expect(saved.status).toBe(201);
  await target.evaluate();
}

describe.each(targets)('the alerts contract: $name', (target) => {
  beforeEach(async () => {
    await target.reset();
  });

  it('puts a slip in the owner’s inbox, saying what happened, and marks it read', async () => {
    await slip(target);
    const res = await target.requestAs('finance', '/inbox');
    expect(res.status).toBe(200);
    const inbox = inboxResponseSchema.parse(await res.json());
    expect(inbox.unread).toBe(1);
    const [item] = inbox.items;
    expect(item?.event).toMatchObject({ kind: 'statusWorse', from: 'onTrack', to: 'offTrack' });
    expect(item?.message.title).toBe('【滞后】国家科创金融改革试验区（示意）');
    expect(item?.message.facts).toContainEqual({
      label: '记录人',
      value: '王敏（市金融局）',
      illustrative: false,
    });
    expect(item?.message.facts).toContainEqual({
      label: '新进展',
      value: '延期（2026年11月20日）',
      illustrative: true,
    });
    // The admin owns nothing and follows nothing: an empty inbox.
    const admins = inboxResponseSchema.parse(await (await target.request('/inbox')).json());
    expect(admins).toEqual({ unread: 0, items: [] });

    const read = await target.requestAs('finance', '/inbox/read', json({ keys: [item!.key] }));
    expect(read.status).toBe(204);
    const after = inboxResponseSchema.parse(
      await (await target.requestAs('finance', '/inbox')).json(),
    );
    expect(after.unread).toBe(0);
    expect(after.items[0]?.readAt).not.toBeNull();
  });

  it('refuses a mark-read body that is neither keys nor all (400)', async () => {
    const res = await target.request('/inbox/read', json({ keys: 'all' }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('badRequest');
  });

  it('follows what exists, lists it, stops following it', async () => {
    expect((await target.request('/follows/indicator/key-labs', put())).status).toBe(204);
    expect((await target.request('/follows/thrust/T4', put())).status).toBe(204);
    // Twice is still once.
    expect((await target.request('/follows/thrust/T4', put())).status).toBe(204);
    const list = followsResponseSchema.parse(await (await target.request('/follows')).json());
    expect(list.items).toEqual([
      { kind: 'indicator', id: 'key-labs' },
      { kind: 'thrust', id: 'T4' },
    ]);
    expect((await target.request('/follows/thrust/T4', del)).status).toBe(204);
    const left = followsResponseSchema.parse(await (await target.request('/follows')).json());
    expect(left.items).toEqual([{ kind: 'indicator', id: 'key-labs' }]);
  });

  it.each([
    ['/follows/indicator/no-such-indicator', 'no indicator "no-such-indicator"'],
    ['/follows/thrust/T9', 'no thrust "T9"'],
    ['/follows/department/nobody', 'no department "nobody"'],
    ['/follows/planet/mars', 'follow an indicator, a thrust or a department'],
  ])('refuses to follow %s (404), and stores nothing', async (path, message) => {
    const res = await target.request(path, put());
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({ code: 'notFound', message });
    const list = followsResponseSchema.parse(await (await target.request('/follows')).json());
    expect(list.items).toEqual([]);
  });

  it(`refuses a follow past ${FOLLOW_LIMIT} (409), but not one already followed`, async () => {
    await target.fillFollows('admin', FOLLOW_LIMIT - 1);
    expect((await target.request('/follows/thrust/T1', put())).status).toBe(204);
    const full = await target.request('/follows/thrust/T2', put());
    expect(full.status).toBe(409);
    expect((await errorOf(full)).code).toBe('tooManyFollows');
    expect((await target.request('/follows/thrust/T1', put())).status).toBe(204);
    const list = followsResponseSchema.parse(await (await target.request('/follows')).json());
    expect(list.items).toHaveLength(FOLLOW_LIMIT);
  });

  it('keeps notification settings, and refuses a bad address (422) or a body that is not JSON (400)', async () => {
    const first = notificationSettingsResponseSchema.parse(
      await (await target.request('/notification-settings')).json(),
    );
    expect(first).toMatchObject({ email: null, emailAlerts: true, digest: 'off', language: 'zh' });
    const wanted = {
      email: 'admin@example.gov.cn',
      emailAlerts: false,
      digest: 'weekly',
      language: 'en',
    };
    const saved = await target.request('/notification-settings', put(wanted));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject(wanted);
    const bad = await target.request('/notification-settings', put({ ...wanted, email: 'nope' }));
    expect(bad.status).toBe(422);
    expect((await errorOf(bad)).code).toBe('invalidSettings');
    const notJson = await target.request('/notification-settings', put('{"email'));
    expect(notJson.status).toBe(400);
    const now = notificationSettingsResponseSchema.parse(
      await (await target.request('/notification-settings')).json(),
    );
    expect(now).toMatchObject(wanted);
  });

  it('keeps webhooks, shows them without credentials or keys, and removes them', async () => {
    const made = await target.request('/webhooks', json(hook));
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    const res = await target.request('/webhooks');
    const list = webhookListResponseSchema.parse(await res.clone().json());
    expect(list.items).toEqual([
      expect.objectContaining({
        id,
        name: '金融局群',
        url: 'https://…@qyapi.weixin.qq.com/cgi-bin/webhook/send?…',
        format: 'wecom',
        departments: ['finance'],
      }),
    ]);
    expect(await res.text()).not.toMatch(/ROBOT-KEY|robot:pw|webhook-secret/);
    expect((await target.request(`/webhooks/${id}`, del)).status).toBe(204);
    const gone = await target.request(`/webhooks/${id}`, del);
    expect(gone.status).toBe(404);
    expect((await errorOf(gone)).code).toBe('notFound');
    expect((await target.request('/webhooks/nope/test', { method: 'POST' })).status).toBe(404);
  });

  it.each([
    ['http://hooks.example.org/npf', 'httpsRequired'],
    ['https://169.254.169.254/latest/meta-data/', 'internalAddress'],
    ['https://2130706433/', 'internalAddress'],
  ])('refuses a webhook to %s (422 %s)', async (url, code) => {
    const res = await target.request('/webhooks', json({ ...hook, url }));
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('invalidWebhook');
    expect(error.issues).toEqual([expect.objectContaining({ path: 'url', code })]);
  });

  it('refuses a webhook with an unknown department (422) or a body that is not JSON (400)', async () => {
    const unknown = await target.request('/webhooks', json({ ...hook, departments: ['nobody'] }));
    expect(unknown.status).toBe(422);
    expect((await errorOf(unknown)).message).toBe('departments: no such department: "nobody"');
    expect((await target.request('/webhooks', json('{"oops'))).status).toBe(400);
    const list = webhookListResponseSchema.parse(await (await target.request('/webhooks')).json());
    expect(list.items).toEqual([]);
  });
});

describe('what only a server can do (send), each home answers in its own way', () => {
  it('the server without a mail server says so, on the settings and when asked for a test', async () => {
    const server = targets[0]!;
    const settings = notificationSettingsResponseSchema.parse(
      await (await server.request('/notification-settings')).json(),
    );
    expect(settings.emailDelivery).toBe('notConfigured');
    const res = await server.request('/notification-settings/test', { method: 'POST' });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('emailNotConfigured');
  });

  it('the demo says plainly that it sends nothing, and shows a webhook’s delivery as not sent', async () => {
    const mock = targets[1]!;
    await mock.reset();
    const settings = notificationSettingsResponseSchema.parse(
      await (await mock.request('/notification-settings')).json(),
    );
    expect(settings.emailDelivery).toBe('demo');
    const email = await mock.request('/notification-settings/test', { method: 'POST' });
    expect(email.status).toBe(501);
    expect(await errorOf(email)).toMatchObject({ code: 'notInDemo' });
    const made = await mock.request('/webhooks', json(hook));
    const { id } = (await made.json()) as { id: string };
    const test = await mock.request(`/webhooks/${id}/test`, { method: 'POST' });
    expect(test.status).toBe(501);
    await slip(mock);
    const list = webhookListResponseSchema.parse(await (await mock.request('/webhooks')).json());
    expect(list.items[0]?.problems).toEqual([
      expect.objectContaining({ error: 'demo', state: 'failed' }),
    ]);
  });
});
