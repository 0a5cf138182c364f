// Alerts end to end on the server: an editor's write turns a commitment off track; the owner's
// inbox shows it, exactly one email reaches a local SMTP server, and signed webhooks reach a local
// receiver, retried after a 500. Evaluations running at once (two instances) raise it once.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@/server/log';
import { alertRoutes } from '@/server/alerts/routes';
import { evaluateNow } from '@/server/alerts/evaluate';
import { deliverDue } from '@/server/alerts/deliver';
import { queueDigests } from '@/server/alerts/digest';
import { smtpSender, startAlerts, type Alerts } from '@/server/alerts/service';
import { openDatabase } from '@/server/store/database';
import { signature } from '@/server/alerts/webhooks';
import { DATABASE_KIND, serverAppOn, startTestServer, type TestServer } from './harness';
import { decoded } from '../mail';

let server: TestServer;
let app: ReturnType<typeof serverAppOn>;
let alerts: Alerts;
let smtp: SMTPServer;
let sender: ReturnType<typeof smtpSender>;
const mails: { to: string; body: string }[] = [];
let receiver: Server;
const hooks: { path: string; url: string; headers: Record<string, string>; body: string }[] = [];
let failNext = 1;
const PUBLIC = 'https://tracker.example';

beforeAll(async () => {
  server = await startTestServer();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let body = '';
      stream.on('data', (b: Buffer) => (body += b.toString()));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          body: decoded(body),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  sender = smtpSender(`smtp://127.0.0.1:${smtpPort}`, 'tracker@example.org');

  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (b: Buffer) => (body += b.toString()));
    req.on('end', () => {
      hooks.push({
        path: (req.url ?? '').split('?')[0] ?? '',
        url: req.url ?? '',
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body,
      });
      if ((req.url ?? '').startsWith('/json') && failNext > 0) {
        failNext -= 1;
        res.writeHead(500).end('busy');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"errcode":0}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));

  alerts = startAlerts({
    db: server.database.db,
    logger: createLogger('silent'),
    publicUrl: PUBLIC,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    mailFrom: 'tracker@example.org',
    intervalMs: 3_600_000,
    retryDelaysMs: [0, 0],
  });
  app = serverAppOn(server.database, {
    alerts: {
      routes: alertRoutes(server.database.db, PUBLIC, () => alerts.trigger()),
      afterWrite: () => alerts.trigger(),
    },
  });
  await alerts.runOnce();
});
afterAll(async () => {
  await alerts.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await server.close();
});

const call = (cookie: string, path: string, method = 'GET', body?: unknown) =>
  app.request(`http://localhost${path}`, {
    method,
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('alerts', () => {
  it('tells the owner once, in the inbox, by email and through signed webhooks', async () => {
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    expect(
      (
        await call(finance, '/api/notification-settings', 'PUT', {
          email: 'wang.min@example.org',
          emailAlerts: true,
          digest: 'off',
          language: 'zh',
        })
      ).status,
    ).toBe(200);
    for (const [name, path, format] of [
      ['金融局群', '/json', 'json'],
      ['钉钉群', '/ding?access_token=abc', 'dingtalk'],
    ] as const) {
      const made = await call(admin, '/api/webhooks', 'POST', {
        name,
        url: `${receiverUrl}${path}`,
        format,
        secret: 'webhook-secret',
        departments: ['finance'],
      });
      expect(made.status).toBe(201);
    }
    await alerts.runOnce();

    // The finance bureau's editor reports the pilot zone delayed: on track → off track.
    const current = await call(finance, '/api/indicators/sci-fin-pilot-zone');
    const saved = await app.request(
      'http://localhost/api/indicators/sci-fin-pilot-zone/milestone-updates',
      {
        method: 'POST',
        headers: {
          Cookie: finance,
          'Content-Type': 'application/json',
          'If-Match': current.headers.get('ETag') ?? '',
        },
        body: JSON.stringify({
          update: { date: '2026-11-30', state: 'delayed', provenance: { kind: 'illustrative' } },
        }),
      },
    );
    expect(saved.status).toBe(201);
    await alerts.runOnce();
    await alerts.runOnce();

    const inbox = (await (await call(finance, '/api/inbox')).json()) as {
      unread: number;
      items: {
        key: string;
        event: { kind: string; from: string; to: string };
        message: { title: string; link: string };
      }[];
    };
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]?.event).toMatchObject({
      kind: 'statusWorse',
      from: 'onTrack',
      to: 'offTrack',
    });
    expect(inbox.items[0]?.message.title).toContain('【滞后】');
    expect(inbox.items[0]?.message.link).toBe(`${PUBLIC}/indicators/sci-fin-pilot-zone`);
    // Another department's editor hears nothing.
    const sti = await server.signIn('sti');
    expect(((await (await call(sti, '/api/inbox')).json()) as { unread: number }).unread).toBe(0);

    // Exactly one email, in Chinese, with the reason and the link.
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe('wang.min@example.org');
    expect(mails[0]?.body).toContain('tracker.example/indicators/sci-fin-pilot-zone');
    expect(mails[0]?.body).toContain('状态由“正常推进”转为“滞后”（示意）');

    // The JSON webhook failed once with 500 and was retried; both attempts were signed.
    const json = hooks.filter((h) => h.path === '/json');
    expect(json).toHaveLength(2);
    for (const h of json) {
      expect(h.headers['x-npf-signature']).toBe(
        signature('webhook-secret', h.headers['x-npf-timestamp'] ?? '', h.body),
      );
    }
    expect(JSON.parse(json[1]!.body)).toMatchObject({
      event: 'statusWorse',
      indicatorId: 'sci-fin-pilot-zone',
      to: 'offTrack',
    });
    // DingTalk's robot gets its text message and its own signature in the URL.
    const ding = hooks.filter((h) => h.path === '/ding');
    expect(ding).toHaveLength(1);
    const url = new URL(`http://x${ding[0]!.url}`);
    const ts = url.searchParams.get('timestamp') ?? '';
    expect(url.searchParams.get('sign')).toBe(
      createHmac('sha256', 'webhook-secret').update(`${ts}\nwebhook-secret`).digest('base64'),
    );
    expect(JSON.parse(ding[0]!.body)).toMatchObject({ msgtype: 'text' });

    // Marked read, the count goes.
    expect((await call(finance, '/api/inbox/read', 'POST', { all: true })).status).toBe(204);
    expect(((await (await call(finance, '/api/inbox')).json()) as { unread: number }).unread).toBe(
      0,
    );
  });

  it('raises one event for one change when several instances evaluate at once', async () => {
    const finance = await server.signIn('finance');
    const current = await call(finance, '/api/indicators/financial-competitiveness-rank');
    const saved = await app.request(
      'http://localhost/api/indicators/financial-competitiveness-rank/observations',
      {
        method: 'POST',
        headers: {
          Cookie: finance,
          'Content-Type': 'application/json',
          'If-Match': current.headers.get('ETag') ?? '',
        },
        body: JSON.stringify({
          observation: {
            date: '2026-11-30',
            value: 10,
            qualifier: 'exact',
            provenance: { kind: 'illustrative' },
          },
        }),
      },
    );
    expect(saved.status).toBe(201);
    const options = { now: new Date(), publicUrl: PUBLIC, email: true };
    const runs = await Promise.all([
      evaluateNow(server.database.db, options),
      evaluateNow(server.database.db, options),
      evaluateNow(server.database.db, options),
    ]);
    const raised = runs.flat().filter((e) => e.indicatorId === 'financial-competitiveness-rank');
    expect(raised.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['statusWorse', 'atRisk', 'offTrack'],
    ]);
    await alerts.runOnce();
    expect(mails.filter((m) => m.body.includes('financial-competitiveness-rank'))).toHaveLength(1);
  });

  it('shows admins the webhook deliveries that are failing, and only admins', async () => {
    const admin = await server.signIn('admin');
    const list = (await (await call(admin, '/api/webhooks')).json()) as {
      items: { name: string; url: string }[];
    };
    expect(list.items.map((h) => h.name)).toEqual(['金融局群', '钉钉群']);
    // The robot's access token in the URL is not shown back.
    expect(JSON.stringify(list)).not.toContain('access_token=abc');
    const viewer = await server.signIn('viewer');
    expect((await call(viewer, '/api/webhooks')).status).toBe(403);
  });
});

describe('digests', () => {
  it('mails each account that asked for one a daily digest, once a day, after 08:00 in Nanjing', async () => {
    const viewer = await server.signIn('viewer');
    // The viewer follows the finance bureau: its indicators' changes, due dates and overdue ones.
    expect((await call(viewer, '/api/follows/department/finance', 'PUT')).status).toBe(204);
    expect(
      (
        await call(viewer, '/api/notification-settings', 'PUT', {
          email: 'zhang.guan@example.org',
          emailAlerts: false,
          digest: 'daily',
          language: 'en',
        })
      ).status,
    ).toBe(200);
    const before = mails.length;
    const early = new Date('2026-12-01T23:30:00Z'); // 07:30 on 2 December in Nanjing
    expect(await queueDigests(server.database.db, { now: early, publicUrl: PUBLIC })).toBe(0);
    const morning = new Date('2026-12-02T00:30:00Z'); // 08:30 in Nanjing
    expect(await queueDigests(server.database.db, { now: morning, publicUrl: PUBLIC })).toBe(1);
    // Asked again the same day: nothing more.
    expect(await queueDigests(server.database.db, { now: morning, publicUrl: PUBLIC })).toBe(0);
    await deliverDue(server.database.db, { now: () => morning, email: sender });
    const digest = mails.slice(before).find((m) => m.to === 'zhang.guan@example.org');
    expect(digest?.body).toContain('What changed:');
    expect(digest?.body).toContain('Overdue:');
    // The finance bureau's Shenzhen exchange milestone is past due (2026-06-30) and unfinished.
    expect(digest?.body).toMatch(/Overdue:[\s\S]*\(30 June 2026\)/);
    expect(mails.slice(before).filter((m) => m.to === 'zhang.guan@example.org')).toHaveLength(1);
  });
});

describe.skipIf(DATABASE_KIND !== 'postgres')('two instances on one PostgreSQL', () => {
  it('turn one slip into one message, whichever instance evaluates', async () => {
    const url = server.databaseUrl ?? '';
    const second = await openDatabase({ kind: 'postgres', url, poolSize: 5 });
    const options = (db: typeof second.db) => ({
      db,
      logger: createLogger('silent'),
      publicUrl: PUBLIC,
      smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      mailFrom: 'tracker@example.org',
      intervalMs: 3_600_000,
      retryDelaysMs: [0, 0],
    });
    const other = startAlerts(options(second.db));
    try {
      await other.runOnce();
      const finance = await server.signIn('finance');
      // Back on track first (in progress), so the next delay is a new slip.
      for (const [date, state] of [
        ['2026-12-01', 'inProgress'],
        // The same day's record, replaced.
        ['2026-12-01', 'delayed'],
      ] as const) {
        const etag = (await call(finance, '/api/indicators/sci-fin-pilot-zone')).headers.get(
          'ETag',
        );
        const res = await app.request(
          'http://localhost/api/indicators/sci-fin-pilot-zone/milestone-updates',
          {
            method: 'POST',
            headers: {
              Cookie: finance,
              'Content-Type': 'application/json',
              'If-Match': etag ?? '',
            },
            body: JSON.stringify({ update: { date, state, provenance: { kind: 'illustrative' } } }),
          },
        );
        expect(res.status, await res.text()).toBe(201);
        await Promise.all([alerts.runOnce(), other.runOnce()]);
      }
      await Promise.all([alerts.runOnce(), other.runOnce()]);
      const keys = await server.database.db
        .selectFrom('alert_events')
        .select('key')
        .where('indicator_id', '=', 'sci-fin-pilot-zone')
        .execute();
      const slips = keys.filter((k) => k.key.startsWith('statusWorse'));
      const mailsAboutIt = mails.filter((m) => m.body.includes('sci-fin-pilot-zone'));
      // One slip from the first test, one now: each once, each mailed once.
      expect(slips).toHaveLength(2);
      expect(mailsAboutIt).toHaveLength(2);
    } finally {
      await other.stop();
      await second.close();
    }
  });
});
