// Alerts that one receiver cannot hold up, and webhooks that cannot reach inside (issue 25,
// findings 6, 9, 13, 14). A hung mail server and a webhook that never answers do not delay the
// inbox or the other deliveries; each delivery ends within its own short time limits and is
// retried. A webhook's answer is read only up to a small cap. Webhooks are https only and may not
// point inside, however the address is written or resolved; redirects are not followed; what went
// wrong is shown as a category; credentials and query tokens are never shown back.
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@/server/log';
import { deliveryWorker } from '@/server/alerts/deliver';
import { startAlerts, type Alerts } from '@/server/alerts/service';
import type { serverAppOn } from './harness';
import { appWithAlerts, callerOf, startTestServer, type TestServer } from './harness';
import { hungMailServer, receiver } from './receivers';

let server: TestServer;
let app: ReturnType<typeof serverAppOn>;
let alerts: Alerts;
let hung: Awaited<ReturnType<typeof hungMailServer>>;
let hooks: Awaited<ReturnType<typeof receiver>>;
const logLines: string[] = [];
/** Requests the slow path holds open, never answered until the test ends. */
const held: Socket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  hung = await hungMailServer();
  hooks = await receiver();
  hooks.answer((req, res, got) => {
    if (got.path === '/slow') {
      held.push(req.socket);
      return;
    }
    if (got.path === '/moved') {
      res.writeHead(302, { Location: '/elsewhere' }).end();
      return;
    }
    if (got.path === '/busy') {
      res.writeHead(503).end('overloaded');
      return;
    }
    if (got.path === '/endless') {
      // A robot's "all fine", then a body that never ends.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"errcode":0,"padding":"');
      const chunk = 'x'.repeat(64 * 1024);
      const pour = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pour);
      };
      pour();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"errcode":0}');
  });
  alerts = startAlerts({
    db: server.database.db,
    logger: createLogger('debug', (line) => logLines.push(line)),
    publicUrl: 'https://tracker.example',
    smtpUrl: hung.url,
    mailFrom: 'tracker@example.org',
    intervalMs: 3_600_000,
    webhookAllowList: ['127.0.0.1'],
    timeouts: { connectMs: 1_000, greetingMs: 1_500, socketMs: 2_000 },
    retryDelaysMs: [60_000],
  });
  app = appWithAlerts(server.database, alerts);
  await alerts.runOnce();
});
afterAll(async () => {
  for (const s of held) s.destroy();
  await alerts.stop();
  await hung.close();
  await hooks.close();
  await server.close();
});

const call: ReturnType<typeof callerOf> = (...args) => callerOf(app)(...args);

async function slip(cookie: string, id: string, date: string, state = 'delayed') {
  const etag = (await call(cookie, `/api/indicators/${id}`)).headers.get('ETag') ?? '';
  const res = await call(
    cookie,
    `/api/indicators/${id}/milestone-updates`,
    'POST',
    { update: { date, state, provenance: { kind: 'illustrative' } } },
    { 'If-Match': etag },
  );
  expect(res.status).toBe(201);
}

/** Waits up to `ms` for `check` to hold, asking every 50 ms; how long it took. */
async function within(ms: number, check: () => Promise<boolean> | boolean): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}

const unread = async (cookie: string) =>
  ((await (await call(cookie, '/api/inbox')).json()) as { unread: number }).unread;

const deliveries = () =>
  server.database.db
    .selectFrom('deliveries')
    .select(['channel', 'target', 'attempts', 'last_error', 'delivered_at', 'failed_at'])
    .execute();

describe('one receiver cannot hold the others up (finding 6)', () => {
  it('writes the inbox and delivers to a healthy webhook while a mail server hangs and a webhook stalls', async () => {
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    const settings = await call(finance, '/api/notification-settings', 'PUT', {
      email: 'wang.min@example.org',
      emailAlerts: true,
      digest: 'off',
      language: 'zh',
    });
    expect(settings.status).toBe(200);
    for (const [name, path] of [
      ['慢', '/slow'],
      ['快', '/fast'],
    ]) {
      const made = await call(admin, '/api/webhooks', 'POST', {
        name,
        url: `${hooks.url}${path}`,
        format: 'json',
        secret: 'webhook-secret',
        departments: ['finance'],
      });
      expect(made.status).toBe(201);
    }
    await slip(finance, 'sci-fin-pilot-zone', '2026-12-01');
    alerts.trigger();
    // The inbox at once, and the healthy webhook, though the mail server has not even greeted.
    await within(1_500, async () => (await unread(finance)) === 1);
    await within(1_500, () => hooks.requests.some((r) => r.path === '/fast'));
    expect(hung.connections()).toBeGreaterThan(0);

    // Back on track, then a second slip, while the first email still hangs: its inbox entry does
    // not wait either.
    await slip(finance, 'sci-fin-pilot-zone', '2026-12-02', 'inProgress');
    await alerts.evaluateOnce();
    await slip(finance, 'sci-fin-pilot-zone', '2026-12-03');
    alerts.trigger();
    await within(1_500, async () => (await unread(finance)) === 2);

    // Each stuck delivery ends within its own time limits, as a timeout, to be tried again.
    await within(4_000, async () =>
      (await deliveries()).some((d) => d.channel === 'email' && d.last_error === 'timeout'),
    );
    await within(4_000, async () =>
      (await deliveries()).some((d) => d.channel === 'webhook' && d.last_error === 'timeout'),
    );
    const stuck = (await deliveries()).filter((d) => d.last_error === 'timeout');
    expect(stuck.every((d) => d.delivered_at === null && d.failed_at === null)).toBe(true);
  });
});

describe('a webhook’s answer is read up to a small cap (finding 14)', () => {
  it('takes the robot’s "all fine" from the start of an endless answer and lets the rest go', async () => {
    await server.database.db
      .insertInto('webhooks')
      .values({
        id: 'endless',
        name: '无尽',
        url: `${hooks.url}/endless`,
        format: 'wecom',
        secret: 'webhook-secret',
        departments: '[]',
        created_at: new Date().toISOString(),
      })
      .execute();
    await server.database.db
      .insertInto('deliveries')
      .values({
        channel: 'webhook',
        target: 'endless',
        event_key: 'cap-test',
        payload: JSON.stringify({ msgtype: 'text', text: { content: '测试' } }),
        next_attempt_at: new Date().toISOString(),
        created_at: new Date().toISOString(),
      })
      .execute();
    const rss = process.memoryUsage().rss;
    const worker = deliveryWorker(server.database.db, {
      now: () => new Date(),
      email: null,
      logger: createLogger('silent'),
      allowList: ['127.0.0.1'],
      timeouts: { connectMs: 1_000, greetingMs: 1_000, socketMs: 5_000 },
    });
    const started = Date.now();
    worker.pump();
    await worker.idle();
    await worker.stop();
    expect(Date.now() - started).toBeLessThan(3_000);
    const row = await server.database.db
      .selectFrom('deliveries')
      .select(['delivered_at', 'last_error'])
      .where('event_key', '=', 'cap-test')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ last_error: null });
    expect(row.delivered_at).not.toBeNull();
    // Not the whole answer in memory: far less than the 460 MB of the finding.
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('webhooks cannot reach inside (findings 9 and 13)', () => {
  it.each([
    ['http://hooks.example.org/npf', 'httpsRequired'],
    ['http://127.0.0.1:8080/api/users', 'httpsRequired'],
    ['https://127.0.0.1:8080/api/users', 'internalAddress'],
    ['https://localhost:8080/api/users', 'internalAddress'],
    ['https://0.0.0.0/', 'internalAddress'],
    ['https://2130706433/', 'internalAddress'],
    ['https://0x7f.0.0.1/', 'internalAddress'],
    ['https://[::1]/', 'internalAddress'],
    ['https://[::ffff:127.0.0.1]/', 'internalAddress'],
    ['https://169.254.169.254/latest/meta-data/', 'internalAddress'],
    ['https://100.100.100.200/latest/meta-data/', 'internalAddress'],
    ['https://10.0.0.8/hook', 'internalAddress'],
    ['https://192.168.1.20/hook', 'internalAddress'],
  ])('refuses %s (%s) on a server without an allow-list', async (url, code) => {
    const admin = await server.signIn('admin');
    const res = await server.requestAs(admin, '/api/webhooks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: '探测',
        url,
        format: 'json',
        secret: 'webhook-secret',
        departments: [],
      }),
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      error: { code: string; issues: { path: string; code: string }[] };
    };
    expect(body.error.code).toBe('invalidWebhook');
    expect(body.error.issues).toEqual([expect.objectContaining({ path: 'url', code })]);
  });

  it('checks the address again at send time, follows no redirect, and says what went wrong as a category', async () => {
    const db = server.database.db;
    const insert = (id: string, url: string) =>
      db
        .insertInto('webhooks')
        .values({
          id,
          name: id,
          url,
          format: 'json',
          secret: 'webhook-secret',
          departments: '[]',
          created_at: new Date().toISOString(),
        })
        .execute();
    const queue = async (id: string) =>
      db
        .insertInto('deliveries')
        .values({
          channel: 'webhook',
          target: id,
          event_key: `probe-${id}`,
          payload: '{}',
          next_attempt_at: new Date().toISOString(),
          created_at: new Date().toISOString(),
        })
        .execute();
    const run = async (allowList: string[]) => {
      const worker = deliveryWorker(db, {
        now: () => new Date(),
        email: null,
        logger: createLogger('debug', (line) => logLines.push(line)),
        allowList,
        retryDelaysMs: [60_000],
      });
      worker.pump();
      await worker.idle();
      await worker.stop();
    };
    const before = hooks.requests.length;
    const port = new URL(hooks.url).port;
    // Stored before the rule, or pointed inside by its DNS since: refused when it is sent, on a
    // server with no allow-list.
    await insert('by-name', `https://localhost:${port}/inside`);
    await insert('by-number', `https://2130706433:${port}/inside`);
    await queue('by-name');
    await queue('by-number');
    await run([]);
    // On this machine, allow-listed: a redirect and an error answer.
    await insert('moved', `${hooks.url}/moved`);
    await insert('busy', `${hooks.url}/busy?key=ROBOT-SECRET-KEY`);
    await queue('moved');
    await queue('busy');
    await run(['127.0.0.1']);
    const rows = await db
      .selectFrom('deliveries')
      .select(['target', 'last_error'])
      .where('event_key', 'like', 'probe-%')
      .orderBy('target')
      .execute();
    expect(rows.map((r) => [r.target, r.last_error])).toEqual([
      ['busy', 'rejected'],
      ['by-name', 'blockedAddress'],
      ['by-number', 'blockedAddress'],
      ['moved', 'redirect'],
    ]);
    const paths = hooks.requests.slice(before).map((r) => r.path);
    expect(paths).not.toContain('/inside');
    expect(paths).not.toContain('/elsewhere');

    // The admin sees categories, never the answer's code or the URL's key; nor does the log.
    const admin = await server.signIn('admin');
    const list = await (await call(admin, '/api/webhooks')).text();
    expect(list).toContain('"error":"rejected"');
    expect(list).not.toContain('503');
    expect(list).not.toContain('ROBOT-SECRET-KEY');
    expect(logLines.join('\n')).not.toContain('ROBOT-SECRET-KEY');
  });

  it('never shows a URL’s credentials or query back (finding 13)', async () => {
    const admin = await server.signIn('admin');
    const made = await call(admin, '/api/webhooks', 'POST', {
      name: '带凭据',
      url: 'https://robot:p4ssw0rd@hooks.example.org/npf?token=QUERY-TOKEN#frag',
      format: 'json',
      secret: 'webhook-secret',
      departments: [],
    });
    expect(made.status).toBe(201);
    const list = (await (await call(admin, '/api/webhooks')).json()) as {
      items: { name: string; url: string }[];
    };
    expect(list.items.find((h) => h.name === '带凭据')?.url).toBe(
      'https://…@hooks.example.org/npf?…#…',
    );
    const text = JSON.stringify(list);
    for (const secret of ['robot', 'p4ssw0rd', 'QUERY-TOKEN', 'frag'])
      expect(text).not.toContain(secret);
  });
});
