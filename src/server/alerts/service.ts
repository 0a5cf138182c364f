// Alerts running in the server: an evaluation right after each write (a moment later, so a burst
// of writes is one evaluation) and on a schedule (time alone can make a figure overdue), which
// writes the inboxes first and queues what goes out; then the deliveries, sent apart by a worker
// that no evaluation waits for. Also the routes' sender: whether email can go out, and test
// messages. Stopped with the server.
import type { Kysely } from 'kysely';
import type { AlertSender } from '@/api/alerts-store';
import { evaluateNow } from '@/api/alerts-evaluation';
import type { Language } from '@/domain/format';
import type { Database } from '../store/schema';
import { sqlAlertsStore } from '../store/sql-alerts-store';
import type { Logger } from '../log';
import { deliveryWorker } from './deliver';
import { queueDigests } from './digest';
import { postWebhook, smtpSender, type EmailSender, type SendResult, type Timeouts } from './send';
import { webhookRequest } from './webhooks';

export interface AlertsOptions {
  db: Kysely<Database>;
  logger: Logger;
  publicUrl: string;
  /** smtp://user:pass@host:port (or smtps://); null: no email. */
  smtpUrl: string | null;
  /** The sender's address on emails. */
  mailFrom: string;
  intervalMs: number;
  /** Hosts and ranges webhooks may reach though inside (WEBHOOK_ALLOW). */
  webhookAllowList?: readonly string[];
  now?: () => Date;
  /** For tests: shorter time limits, and the delays between attempts. */
  timeouts?: Timeouts;
  retryDelaysMs?: readonly number[];
}

export interface Alerts {
  /** Evaluate soon (after a write). */
  trigger(): void;
  /** One full round now: evaluate, digests, then every due delivery to its end (tests). */
  runOnce(): Promise<void>;
  /** One evaluation now (the inboxes), without waiting for any delivery. */
  evaluateOnce(): Promise<void>;
  /** What the routes tell of sending, and their test messages. */
  sender: AlertSender;
  stop(): Promise<void>;
}

const TEST_WORDS: Record<Language, { subject: string; text: string; title: string }> = {
  zh: {
    subject: '【测试】新质生产力举措跟踪的提醒邮件',
    title: '【测试】提醒通道可用',
    text: '这是一封测试邮件：有提醒时，您会在这个地址收到邮件。',
  },
  en: {
    subject: '[Test] Alert email from the NPF tracker',
    title: '[Test] The alert channel works',
    text: 'This is a test message: when there is an alert, you will get an email at this address.',
  },
};

const answer = (result: SendResult) =>
  result.ok ? { delivered: true } : { delivered: false, error: result.error };

/** The routes' sender on a server: email when a mail server is configured, webhooks always. */
export function alertSender(
  email: EmailSender | null,
  options: { allowList: readonly string[]; now: () => Date; logger: Logger; timeouts?: Timeouts },
): AlertSender {
  const { allowList, now } = options;
  return {
    email: email ? 'ready' : 'notConfigured',
    webhookAllowList: allowList,
    async testEmail(to, lang) {
      if (!email) return { delivered: false, error: 'notConfigured' };
      const words = TEST_WORDS[lang];
      return answer(await email.send({ to, subject: words.subject, text: `${words.text}\n` }));
    },
    async testWebhook(hook, lang) {
      const words = TEST_WORDS[lang];
      const body =
        hook.format === 'json'
          ? { event: 'test', title: words.title, reason: words.text }
          : { msgtype: 'text', text: { content: `${words.title}\n${words.text}` } };
      const result = await postWebhook(webhookRequest(hook, body, now()), {
        allowList,
        ...(options.timeouts ? { timeouts: options.timeouts } : {}),
      });
      if (!result.ok) {
        options.logger.warn('test webhook failed', { error: result.error, detail: result.detail });
      }
      return answer(result);
    },
  };
}

export function startAlerts(options: AlertsOptions): Alerts {
  const now = options.now ?? (() => new Date());
  const allowList = options.webhookAllowList ?? [];
  const email = options.smtpUrl
    ? smtpSender(options.smtpUrl, options.mailFrom, options.timeouts)
    : null;
  const store = sqlAlertsStore(options.db);
  const deliveries = deliveryWorker(options.db, {
    now,
    email,
    logger: options.logger,
    allowList,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
  });
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let soon: ReturnType<typeof setTimeout> | null = null;

  async function round(): Promise<void> {
    const at = now();
    const events = await evaluateNow(store, {
      now: at,
      publicUrl: options.publicUrl,
      email: email !== null,
    });
    if (events.length > 0) options.logger.info('alerts raised', { count: events.length });
    if (email) await queueDigests(options.db, { now: at, publicUrl: options.publicUrl });
    // Sent apart: the next evaluation never waits for a receiver.
    deliveries.pump();
  }

  /** One evaluation at a time; a request during one makes one more after it. */
  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = round()
      .catch((error: unknown) => {
        options.logger.error('alerts round failed', {
          error: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void run();
        }
      });
    return running;
  }

  const timer = setInterval(() => void run(), options.intervalMs);
  timer.unref();
  // A first round at start: remember every indicator's state, send what is due.
  void run();

  const sender = alertSender(email, {
    allowList,
    now,
    logger: options.logger,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
  });

  return {
    trigger() {
      if (stopped || soon) return;
      soon = setTimeout(() => {
        soon = null;
        void run();
      }, 100);
      soon.unref();
    },
    async runOnce() {
      await run();
      deliveries.pump();
      await deliveries.idle();
    },
    evaluateOnce: () => run(),
    sender,
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (soon) clearTimeout(soon);
      await running;
      await deliveries.stop();
    },
  };
}
