// Alerts end to end on the server: an editor's write turns a commitment off track; the owner's
// inbox shows it with what happened (old and new, who recorded it and when, the reason), exactly
// one email reaches a local SMTP server, and signed webhooks reach a local receiver (allow-listed:
// it is on this machine), retried after a 500. Evaluations running at once (two instances) raise
// it once; a second target change on one day is an alert of its own.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateNow } from '@/api/alerts-evaluation';
import { createLogger } from '@/server/log';
import { deliveryWorker } from '@/server/alerts/deliver';
import { queueDigests } from '@/server/alerts/digest';
import { smtpSender } from '@/server/alerts/send';
import { startAlerts, type Alerts } from '@/server/alerts/service';
import { openDatabase } from '@/server/store/database';
import { sqlAlertsStore } from '@/server/store/sql-alerts-store';
import { signature } from '@/server/alerts/webhooks';
import type { serverAppOn } from './harness';
import {
  appWithAlerts,
  callerOf,
  DATABASE_KIND,
  startTestServer,
  type TestServer,
} from './harness';
import { mailServer, receiver } from './receivers';

let server: TestServer;
let app: ReturnType<typeof serverAppOn>;
let alerts: Alerts;
let smtp: Awaited<ReturnType<typeof mailServer>>;
let hooks: Awaited<ReturnType<typeof receiver>>;
let failNext = 1;
const PUBLIC = 'https://tracker.example';

beforeAll(async () => {
  server = await startTestServer();
  smtp = await mailServer();
  hooks = await receiver();
  hooks.answer((_req, res, got) => {
    if (got.path.startsWith('/json') && failNext > 0) {
      failNext -= 1;
      res.writeHead(500).end('busy');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"errcode":0}');
  });
  alerts = startAlerts({
    db: server.database.db,
    logger: createLogger('silent'),
    publicUrl: PUBLIC,
    smtpUrl: smtp.url,
    mailFrom: 'tracker@example.org',
    intervalMs: 3_600_000,
    // The receiver is on this machine: an intranet deployment's allow-list.
    webhookAllowList: ['127.0.0.1'],
    retryDelaysMs: [0, 0],
  });
  app = appWithAlerts(server.database, alerts);
  await alerts.runOnce();
});
afterAll(async () => {
  await alerts.stop();
  await smtp.close();
  await hooks.close();
  await server.close();
});

const call: ReturnType<typeof callerOf> = (...args) => callerOf(app)(...args);

/** Records on an indicator as `cookie`, based on its current version. */
async function record(
  cookie: string,
  id: string,
  what: 'milestone-updates' | 'observations' | 'targets',
  body: unknown,
) {
  const etag = (await call(cookie, `/api/indicators/${id}`)).headers.get('ETag') ?? '';
  const res = await call(cookie, `/api/indicators/${id}/${what}`, 'POST', body, {
    'If-Match': etag,
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

interface Inbox {
  unread: number;
  items: {
    key: string;
    event: { kind: string; from?: string; to?: string };
    message: {
      title: string;
      reason: string;
      link: string;
      facts: { label: string; value: string; illustrative: boolean }[];
    };
  }[];
}
const inboxOf = async (cookie: string) =>
  (await (await call(cookie, '/api/inbox')).json()) as Inbox;

describe('alerts', () => {
  it('tells the owner once, in the inbox, by email and through signed webhooks, saying what happened', async () => {
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    const saved = await call(finance, '/api/notification-settings', 'PUT', {
      email: 'wang.min@example.org',
      emailAlerts: true,
      digest: 'off',
      language: 'zh',
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ emailDelivery: 'ready' });
    for (const [name, path, format] of [
      ['金融局群', '/json', 'json'],
      ['钉钉群', '/ding?access_token=abc', 'dingtalk'],
    ] as const) {
      const made = await call(admin, '/api/webhooks', 'POST', {
        name,
        url: `${hooks.url}${path}`,
        format,
        secret: 'webhook-secret',
        departments: ['finance'],
      });
      expect(made.status).toBe(201);
    }
    await alerts.runOnce();

    // The finance bureau's editor reports the pilot zone delayed: on track → off track.
    await record(finance, 'sci-fin-pilot-zone', 'milestone-updates', {
      update: { date: '2026-11-30', state: 'delayed', provenance: { kind: 'illustrative' } },
    });
    await alerts.runOnce();
    await alerts.runOnce();

    const inbox = await inboxOf(finance);
    expect(inbox.unread).toBe(1);
    const item = inbox.items[0]!;
    expect(item.event).toMatchObject({ kind: 'statusWorse', from: 'onTrack', to: 'offTrack' });
    // The verdict rests on illustrative inputs: the title says so.
    expect(item.message.title).toContain('【滞后】');
    expect(item.message.title).toContain('（示意）');
    expect(item.message.link).toBe(`${PUBLIC}/indicators/sci-fin-pilot-zone`);
    // What happened: old and new progress, who recorded it and when, the reason.
    const facts = Object.fromEntries(item.message.facts.map((f) => [f.label, f]));
    expect(facts['状态']).toMatchObject({ value: '正常推进 → 滞后', illustrative: true });
    expect(facts['新进展']).toMatchObject({ value: '延期（2026年11月30日）', illustrative: true });
    expect(facts['原进展']?.value).toMatch(/推进中/);
    expect(facts['记录人']?.value).toBe('王敏（市金融局）');
    expect(facts['记录时间']?.value).toMatch(/^2026年12月\d+日 \d\d:\d\d$/);
    expect(facts['原因']?.value).toBe('进展记录为“延期”。');
    // Another department's editor hears nothing.
    const sti = await server.signIn('sti');
    expect((await inboxOf(sti)).unread).toBe(0);

    // Exactly one email, in Chinese, with what happened, the reason, the marks and the link.
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]?.to).toBe('wang.min@example.org');
    const mail = smtp.mails[0]?.body ?? '';
    expect(mail).toContain('tracker.example/indicators/sci-fin-pilot-zone');
    expect(mail).toContain('状态由“正常推进”转为“滞后”（示意）');
    expect(mail).toContain('记录人：王敏（市金融局）');
    expect(mail).toContain('新进展：延期（2026年11月30日）（示意）');
    expect(mail).toContain('标“示意”的数值由本数据集补充');

    // The JSON webhook failed once with 500 and was retried; both attempts were signed.
    const json = hooks.requests.filter((h) => h.path === '/json');
    expect(json).toHaveLength(2);
    for (const h of json) {
      expect(h.headers['x-npf-signature']).toBe(
        signature('webhook-secret', h.headers['x-npf-timestamp'] ?? '', h.body),
      );
    }
    const body = JSON.parse(json[1]!.body) as { facts: { label: string; illustrative: boolean }[] };
    expect(body).toMatchObject({
      event: 'statusWorse',
      indicatorId: 'sci-fin-pilot-zone',
      to: 'offTrack',
      illustrative: true,
      change: { field: 'milestoneUpdate', by: '王敏（市金融局）', after: { state: 'delayed' } },
    });
    expect(body.facts).toContainEqual({
      label: '状态',
      value: '正常推进 → 滞后',
      illustrative: true,
    });
    // DingTalk's robot gets its text message and its own signature in the URL.
    const ding = hooks.requests.filter((h) => h.path === '/ding');
    expect(ding).toHaveLength(1);
    const url = new URL(`http://x${ding[0]!.url}`);
    const ts = url.searchParams.get('timestamp') ?? '';
    expect(url.searchParams.get('sign')).toBe(
      createHmac('sha256', 'webhook-secret').update(`${ts}\nwebhook-secret`).digest('base64'),
    );
    const text = (JSON.parse(ding[0]!.body) as { text: { content: string } }).text.content;
    expect(text).toContain('记录人：王敏（市金融局）');
    expect(text).toContain('（示意）');

    // Marked read, the count goes.
    expect((await call(finance, '/api/inbox/read', 'POST', { all: true })).status).toBe(204);
    expect((await inboxOf(finance)).unread).toBe(0);
  });

  it('raises one event for one change when several instances evaluate at once', async () => {
    const finance = await server.signIn('finance');
    await record(finance, 'financial-competitiveness-rank', 'observations', {
      observation: {
        date: '2026-11-30',
        value: 10,
        qualifier: 'exact',
        provenance: { kind: 'illustrative' },
      },
    });
    const store = sqlAlertsStore(server.database.db);
    const options = { now: new Date(), publicUrl: PUBLIC, email: true };
    const runs = await Promise.all([
      evaluateNow(store, options),
      evaluateNow(store, options),
      evaluateNow(store, options),
    ]);
    const raised = runs.flat().filter((e) => e.indicatorId === 'financial-competitiveness-rank');
    expect(raised.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['statusWorse', 'atRisk', 'offTrack'],
    ]);
    await alerts.runOnce();
    expect(
      smtp.mails.filter((m) => m.body.includes('financial-competitiveness-rank')),
    ).toHaveLength(1);
  });

  it('raises an alert for each target change, two on one day included, each with its reason', async () => {
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    const today = new Date().toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' });
    const store = sqlAlertsStore(server.database.db);
    const evaluate = () => evaluateNow(store, { now: new Date(), publicUrl: PUBLIC, email: false });
    await evaluate();
    for (const [value, reason] of [
      [20, '年度计划调整'],
      [25, '市政府常务会议再次调整'],
    ] as const) {
      await record(admin, 'sci-fin-measures', 'targets', {
        target: {
          value,
          date: '2027-12-31',
          comparator: 'atLeast',
          setOn: today,
          provenance: { kind: 'illustrative' },
        },
        reason,
      });
      const raised = await evaluate();
      expect(raised.map((e) => [e.kind, e.target?.value, e.target?.reason])).toContainEqual([
        'targetChanged',
        value,
        reason,
      ]);
    }
    const titles = (await inboxOf(finance)).items
      .filter((i) => i.event.kind === 'targetChanged')
      .map((i) => [i.message.title, i.message.facts.find((f) => f.label === '原因')?.value]);
    expect(titles).toEqual([
      ['【目标调整】科创金融高质量发展措施（示意）', '市政府常务会议再次调整'],
      ['【目标调整】科创金融高质量发展措施（示意）', '年度计划调整'],
    ]);
  });

  it('shows admins the webhooks without their keys, and only admins', async () => {
    const admin = await server.signIn('admin');
    const list = (await (await call(admin, '/api/webhooks')).json()) as {
      items: { name: string; url: string; problems: { error: string }[] }[];
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
    const saved = await call(viewer, '/api/notification-settings', 'PUT', {
      email: 'zhang.guan@example.org',
      emailAlerts: false,
      digest: 'daily',
      language: 'en',
    });
    expect(saved.status).toBe(200);
    const before = smtp.mails.length;
    const early = new Date('2026-12-01T23:30:00Z'); // 07:30 on 2 December in Nanjing
    expect(await queueDigests(server.database.db, { now: early, publicUrl: PUBLIC })).toBe(0);
    const morning = new Date('2026-12-02T00:30:00Z'); // 08:30 in Nanjing
    expect(await queueDigests(server.database.db, { now: morning, publicUrl: PUBLIC })).toBe(1);
    // Asked again the same day: nothing more.
    expect(await queueDigests(server.database.db, { now: morning, publicUrl: PUBLIC })).toBe(0);
    const worker = deliveryWorker(server.database.db, {
      now: () => morning,
      email: smtpSender(smtp.url, 'tracker@example.org'),
      logger: createLogger('silent'),
      allowList: [],
    });
    worker.pump();
    await worker.idle();
    await worker.stop();
    const digest = smtp.mails.slice(before).find((m) => m.to === 'zhang.guan@example.org');
    expect(digest?.body).toContain('What changed:');
    expect(digest?.body).toContain('Overdue:');
    // The finance bureau's Shenzhen exchange milestone is past due (2026-06-30, an illustrative
    // date) and unfinished.
    expect(digest?.body).toMatch(/Overdue:[\s\S]*\(30 June 2026\) \(illustrative\)/);
    expect(smtp.mails.slice(before).filter((m) => m.to === 'zhang.guan@example.org')).toHaveLength(
      1,
    );
  });
});

describe.skipIf(DATABASE_KIND !== 'postgres')('two instances on one PostgreSQL', () => {
  it('turn one slip into one message, whichever instance evaluates', async () => {
    const url = server.databaseUrl ?? '';
    const second = await openDatabase({ kind: 'postgres', url, poolSize: 5 });
    const other = startAlerts({
      db: second.db,
      logger: createLogger('silent'),
      publicUrl: PUBLIC,
      smtpUrl: smtp.url,
      mailFrom: 'tracker@example.org',
      intervalMs: 3_600_000,
      webhookAllowList: ['127.0.0.1'],
      retryDelaysMs: [0, 0],
    });
    try {
      await other.runOnce();
      const finance = await server.signIn('finance');
      // Back on track first (in progress), so the next delay is a new slip.
      for (const [date, state] of [
        ['2026-12-01', 'inProgress'],
        // The same day's record, replaced.
        ['2026-12-01', 'delayed'],
      ] as const) {
        await record(finance, 'sci-fin-pilot-zone', 'milestone-updates', {
          update: { date, state, provenance: { kind: 'illustrative' } },
        });
        await Promise.all([alerts.runOnce(), other.runOnce()]);
      }
      await Promise.all([alerts.runOnce(), other.runOnce()]);
      const keys = await server.database.db
        .selectFrom('alert_events')
        .select('key')
        .where('indicator_id', '=', 'sci-fin-pilot-zone')
        .execute();
      const slips = keys.filter((k) => k.key.startsWith('statusWorse'));
      const mailsAboutIt = smtp.mails.filter((m) => m.body.includes('sci-fin-pilot-zone'));
      // One slip from the first test, one now: each once, each mailed once.
      expect(slips).toHaveLength(2);
      expect(mailsAboutIt).toHaveLength(2);
    } finally {
      await other.stop();
      await second.close();
    }
  });
});
